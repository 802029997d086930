import type { MessageCatalogue } from '@gk/core';
import { APPLICANT_ACTION_LABELS } from '@gk/request-workflow';
import type { StoreIssueParams } from '../issues.js';

type P = StoreIssueParams;

/** A step's label, or the step as given. */
export const stepLabel = (step: string, locale: 'zh-CN' | 'en'): string =>
  Object.hasOwn(APPLICANT_ACTION_LABELS, step)
    ? APPLICANT_ACTION_LABELS[step as keyof typeof APPLICANT_ACTION_LABELS][locale]
    : step;

/** The store's messages in Chinese. */
export const zhCN: MessageCatalogue<StoreIssueParams> = {
  'store.conflict': (p: P['store.conflict']) =>
    `案件 ${p.agencyId}/${p.caseId} 已被他人更新：预期版本 ${String(p.expectedVersion)}，实际版本 ${String(p.actualVersion)}；请重新读取后再提交`,
  'store.reason': () => '查看未脱敏的个人信息必须说明理由，理由会记录在案',
  'store.caseRef': (p: P['store.caseRef']) => `案件标识缺少“${p.field}”`,
  'store.noEvents': () => '没有要写入的事件',
  'store.expectedVersion': (p: P['store.expectedVersion']) => `预期版本应为非负整数，实际为 ${p.value}`,
  'store.submissionUnknown': (p: P['store.submissionUnknown']) => `没有回执号为 ${p.receiptNo} 的网上申请`,
  'store.submissionRegistered': (p: P['store.submissionRegistered']) =>
    `回执号 ${p.receiptNo} 的网上申请已经登记为案件 ${p.caseId}，不能重复登记`,
  'store.submissionWithdrawn': (p: P['store.submissionWithdrawn']) =>
    `回执号 ${p.receiptNo} 的网上申请已于 ${p.withdrawnOn} 由申请人撤回，不再登记`,
  'store.applicantStep': (p: P['store.applicantStep']) =>
    `本申请现在不能在网上办理“${stepLabel(p.step, 'zh-CN')}”：请刷新页面查看最新的办理状态`,
  'store.clarificationItems': (p: P['store.clarificationItems']) =>
    `补正内容应逐项对应补正告知书列出的 ${String(p.count)} 项`,
  'store.clarificationEmpty': () => '补正内容不能全部为空，请至少填写一项',
  'store.documentRef': (p: P['store.documentRef']) => `文档标识缺少“${p.field}”`,
  'store.driverMissing': (p: P['store.driverMissing']) =>
    `${p.storage === 'server' ? '连接 PostgreSQL 服务器' : '使用内嵌数据库（PGlite）'}需要安装 ${p.package}：npm install ${p.package}（或 pnpm add ${p.package}）`,
  'store.locked': (p: P['store.locked']) =>
    `数据目录 ${p.dataDir} 正由另一个进程使用（${p.holder}）；内嵌数据库只能由一个进程写入，请先关闭它，或改用 PostgreSQL 服务器`,
  'store.standbyBehind': (p: P['store.standbyBehind']) =>
    `只读库的数据结构为第 ${String(p.version)} 版，本版本需要第 ${String(p.expected)} 版：请先用主库打开一次（完成迁移），待只读库同步后再连接`,
  'store.argument': (p: P['store.argument']) => `参数 ${p.name} 应为${p.expected}，实际为“${p.value}”`,
  'store.nulByte': (p: P['store.nulByte']) => `${p.where}含有空字符（\\0），无法保存；请删除后重试`,
  'store.tooManyEvents': (p: P['store.tooManyEvents']) =>
    `一个案件最多保存 ${String(p.limit)} 条办理记录，本次写入会超出`,
  'store.secretTooLong': (p: P['store.secretTooLong']) => `密码或查询码不能超过 ${String(p.limit)} 个字符`,
  'store.indexNoUsed': () => '这个索引号已被本机关的另一条信息使用：索引号不得重复使用，请用 nextIndexNo 取下一个',
  'store.auditKey': (p: P['store.auditKey']) =>
    `审计密钥至少 ${String(p.min)} 个字符；请用随机生成的密钥，并保存在数据库以外`,
};
