import type { MessageCatalogue } from '@gk/core';
import type { PublicationIssueParams } from '../issues.js';

/** The Chinese names of event types, fields and attributes the messages quote. */
export const PUBLICATION_LABELS_ZH: Readonly<Record<string, string>> = {
  drafted: '拟稿',
  attributeDetermined: '公开属性认定',
  reviewed: '发布前审查',
  approved: '审批',
  published: '发布',
  updated: '更新',
  validityChanged: '有效性变更',
  withdrawn: '撤回',
  proactive: '主动公开',
  onRequest: '依申请公开',
  withheld: '不予公开',
  drafter: '拟稿人',
  reviewer: '审查人',
  head: '负责人',
  publisher: '信息发布员',
  system: '系统',
  title: '信息名称',
  documentNo: '文号',
  createdOn: '生成日期',
  topic: '主题分类',
  kind: '文件种类',
  audience: '公开范围',
  catalogueItemIds: '对应的目录事项',
  formedOn: '信息形成或者变更之日',
  channels: '公开渠道',
  body: '正文',
  attachments: '附件',
  indexNo: '索引号',
  reason: '理由',
  note: '变更说明',
  effectiveOn: '生效日期',
  findings: '审查发现',
  on: '日期',
  actor: '经办人',
};
const label = (key: string): string => PUBLICATION_LABELS_ZH[key] ?? key;

/** The 政务新媒体 steps and standings the messages name. */
export const NEW_MEDIA_STEPS_ZH: Readonly<Record<string, string>> = {
  opened: '开设',
  renamed: '变更名称',
  responsibleChanged: '变更责任人',
  posted: '发布',
  suspended: '暂停运维',
  resumed: '恢复运维',
  merged: '整合',
  closed: '关停',
};

/** An account's standings as the registry and the messages print them. */
export const NEW_MEDIA_STATUS_ZH: Readonly<Record<string, string>> = {
  operating: '正常运维',
  suspended: '已暂停运维',
  merged: '已整合',
  closed: '已关停',
  notOpened: '尚未开设',
};

/** The fields of an open day the messages name. */
export const OPEN_DAY_FIELDS_ZH: Readonly<Record<string, string>> = {
  date: '开放日期',
  registrationOpensOn: '报名开始日期',
  registrationClosesOn: '报名截止日期',
};

/** The fields of an account's records the messages name. */
export const NEW_MEDIA_FIELDS_ZH: Readonly<Record<string, string>> = {
  platform: '平台',
  name: '账号名称',
  responsible: '责任人',
  into: '整合到的账号',
  reason: '理由',
  approval: '审批',
  on: '日期',
};
const R80 = '（国办发〔2016〕80号）';

/** `@gk/publication` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<PublicationIssueParams> = {
  'events.notList': () => '发布记录应为一组记录（列表），无法读取',
  'events.tooMany': (p) => `一条信息最多读取 ${String(p.limit)} 条发布记录`,
  'event.notObject': () => '这条发布记录无法读取（格式不对）',
  'event.type': (p) => `无法识别的发布步骤“${p.received}”`,
  'event.field': (p) => `发布记录的“${label(p.field)}”缺失或无效`,
  'event.tooLong': (p) => `“${label(p.field)}”最多 ${String(p.limit)} 个字`,
  'event.tooManyItems': (p) => `“${label(p.field)}”最多 ${String(p.limit)} 项`,
  'drafted.missing': () => '没有拟稿记录，无法确定这条信息的索引号和内容',
  'indexNo.pattern': (p) =>
    `索引号规则“${p.pattern}”无效：应含 {agencyCode}、{year} 和 {sequence} 或 {sequence:位数}，可含 {category}，其余为固定字符`,
  'indexNo.format': (p) => `索引号“${p.indexNo}”不符合本机关的规则“${p.pattern}”`,
  'indexNo.part': (p) => `索引号中的“${p.part}”（${p.value}）无效`,
  'indexNo.duplicate': (p) => `索引号“${p.indexNo}”已被使用，索引号不得重复使用`,
  'indexNo.exhausted': (p) => `本年度的索引号顺序号已用尽（最多 ${String(p.limit)}）`,
  'finding.outOfOrder': (p) => `这条记录的日期早于前一条（${p.previousOn}）`,
  'finding.beforeDraft': (p) => `“${label(p.type)}”记录在拟稿之前`,
  'finding.draftedRepeated': () => '重复的拟稿记录，已忽略',
  'finding.afterWithdrawal': (p) => `信息已撤回，其后又有“${label(p.type)}”记录`,
  'finding.notProactive': (p) =>
    `公开属性认定为${label(p.attribute)}，不应主动发布（《中华人民共和国政府信息公开条例》第十三条至第十六条）`,
  'finding.publishedWithoutDetermination': () => `发布前没有认定公开属性（公文类信息应在拟制时明确公开属性）${R80}`,
  'finding.publishedWithoutReview': () =>
    '发布前没有进行保密审查等发布前审查（《中华人民共和国政府信息公开条例》第十七条）',
  'finding.reviewUnsettled': (p) =>
    `发布前审查有 ${String(p.count)} 处发现既未处理、也未写明保留理由（《中华人民共和国政府信息公开条例》第十七条）`,
  'finding.publishedWithoutApproval': () => '发布前没有经过审批',
  'finding.approverRole': (p) => `审批人为${label(p.role)}，应由${p.allowed}审批`,
  'finding.interpretationMissing': () => `政策文件发布时没有同步发布解读，也没有记录理由${R80}`,
  'finding.publishedRepeated': () => '重复的发布记录：新版本应以“更新”记录',
  'finding.changedBeforePublication': (p) => `信息尚未发布，不能“${label(p.type)}”`,
  'finding.publishedBeforeFormed': (p) => `发布日期早于信息形成之日（${p.formedOn}）`,
  'newMedia.notList': () => '账号记录应为一组记录（列表），无法读取',
  'newMedia.tooMany': (p) => `一个账号最多读取 ${String(p.limit)} 条记录`,
  'newMedia.step': (p) =>
    p.type === ''
      ? '这条账号记录缺少类型，无法读取'
      : `无法识别的账号记录“${NEW_MEDIA_STEPS_ZH[p.type] ?? p.type}”，或日期无效`,
  'newMedia.outOfOrder': (p) => `这条记录的日期早于前一条（${p.previousOn}）`,
  'newMedia.field': (p) => `“${NEW_MEDIA_FIELDS_ZH[p.field] ?? p.field}”缺失或无效（不超过 200 个字）`,
  'newMedia.stepOutOfPlace': (p) =>
    `账号${NEW_MEDIA_STATUS_ZH[p.status] ?? p.status}，不能“${NEW_MEDIA_STEPS_ZH[p.type] ?? p.type}”`,
  'newMedia.approvalMissing': (p) =>
    `“${NEW_MEDIA_STEPS_ZH[p.type] ?? p.type}”没有记录审批（政务新媒体的开设、整合、变更、关停应按流程审批）`,
  'newMedia.notOpened': () => '没有开设记录，无法确定账号的平台和名称',
  'newMedia.today': (p) => `“今天”应为 YYYY-MM-DD 格式的日期，实际为“${p.value}”`,
  'newMedia.noResponsible': (p) => `“${p.name}”没有明确责任人`,
  'newMedia.stale': (p) =>
    `“${p.name}”自 ${p.lastUpdatedOn} 起 ${String(p.days)} 天未更新（超过 ${String(p.limit)} 天）：应及时更新，长期无人维护的应清理关闭`,
  'openDay.date': (p) =>
    `开放日的“${OPEN_DAY_FIELDS_ZH[p.field] ?? p.field}”应为 YYYY-MM-DD 格式的日期，实际为“${p.value}”`,
  'openDay.capacity': (p) => `开放日的名额应为 1 至 ${String(p.max)} 之间的整数，实际为“${p.value}”`,
  'openDay.window': (p) => `报名时间（${p.opensOn} 至 ${p.closesOn}）应在开放日（${p.date}）之前，且开始不晚于截止`,
  'openDay.noticeLate': (p) => `开放日通知应至迟于 ${p.dueOn} 发布（提前 ${String(p.days)} 天）`,
  'openDay.overCapacity': (p) => `报名 ${String(p.count)} 人，超过名额 ${String(p.capacity)} 人`,
  'openDay.recordLate': (p) => `开放日活动记录和评议情况应至迟于 ${p.dueOn} 公开（活动后 ${String(p.days)} 天内）`,
  'openDay.name': () => '请填写姓名（不超过 50 个字）',
  'openDay.phone': () => '请填写正确的联系电话（手机号码或带区号的固定电话）',
  'openDay.closed': (p) => `不在报名时间内：报名时间为 ${p.opensOn} 至 ${p.closesOn}`,
  'openDay.full': (p) => `名额（${String(p.capacity)} 人）已满`,
  'openDay.duplicate': () => '这个电话号码已经报名',
};
