import type { IssueFormatter, IssueUnion } from '@gk/core';
import { createIssueFormatter, GkError } from '@gk/core';
import type { RequestIssue } from '@gk/request-workflow';
import { formatRequestIssue } from '@gk/request-workflow';

/** The params of each issue `@gk/store` reports itself. */
export interface StoreIssueParams {
  'store.conflict': {
    readonly agencyId: string;
    readonly caseId: string;
    readonly expectedVersion: number;
    readonly actualVersion: number;
  };
  'store.reason': Readonly<Record<never, never>>;
  'store.caseRef': { readonly field: string };
  'store.noEvents': Readonly<Record<never, never>>;
  'store.expectedVersion': { readonly value: string };
  'store.submissionUnknown': { readonly receiptNo: string };
  'store.submissionRegistered': { readonly receiptNo: string; readonly caseId: string };
  'store.documentRef': { readonly field: string };
  /** Another process holds the PGlite data directory. */
  'store.locked': { readonly dataDir: string; readonly holder: string };
  /** A call's argument is not what it takes. */
  'store.argument': { readonly name: string; readonly expected: string; readonly value: string };
  /** A NUL character, which PostgreSQL text cannot hold. */
  'store.nulByte': { readonly where: string };
  /** A case would hold more events than the store keeps for one case. */
  'store.tooManyEvents': { readonly limit: number };
  /** A secret (password, look-up code) longer than any real one. */
  'store.secretTooLong': { readonly limit: number };
  /** An audit key shorter than the minimum. */
  'store.auditKey': { readonly min: number };
}

/** An issue of `@gk/store`. */
export type StoreIssue = IssueUnion<StoreIssueParams>;

const zhCN = {
  'store.conflict': (p: StoreIssueParams['store.conflict']) =>
    `案件 ${p.agencyId}/${p.caseId} 已被他人更新：预期版本 ${String(p.expectedVersion)}，实际版本 ${String(p.actualVersion)}；请重新读取后再提交`,
  'store.reason': () => '查看未脱敏的个人信息必须说明理由，理由会记录在案',
  'store.caseRef': (p: StoreIssueParams['store.caseRef']) => `案件标识缺少“${p.field}”`,
  'store.noEvents': () => '没有要写入的事件',
  'store.expectedVersion': (p: StoreIssueParams['store.expectedVersion']) => `预期版本应为非负整数，实际为 ${p.value}`,
  'store.submissionUnknown': (p: StoreIssueParams['store.submissionUnknown']) =>
    `没有回执号为 ${p.receiptNo} 的网上申请`,
  'store.submissionRegistered': (p: StoreIssueParams['store.submissionRegistered']) =>
    `回执号 ${p.receiptNo} 的网上申请已经登记为案件 ${p.caseId}，不能重复登记`,
  'store.documentRef': (p: StoreIssueParams['store.documentRef']) => `文档标识缺少“${p.field}”`,
  'store.locked': (p: StoreIssueParams['store.locked']) =>
    `数据目录 ${p.dataDir} 正由另一个进程使用（${p.holder}）；内嵌数据库只能由一个进程写入，请先关闭它，或改用 PostgreSQL 服务器`,
  'store.argument': (p: StoreIssueParams['store.argument']) => `参数 ${p.name} 应为${p.expected}，实际为“${p.value}”`,
  'store.nulByte': (p: StoreIssueParams['store.nulByte']) => `${p.where}含有空字符（\\0），无法保存；请删除后重试`,
  'store.tooManyEvents': (p: StoreIssueParams['store.tooManyEvents']) =>
    `一个案件最多保存 ${String(p.limit)} 条办理记录，本次写入会超出`,
  'store.secretTooLong': (p: StoreIssueParams['store.secretTooLong']) =>
    `密码或查询码不能超过 ${String(p.limit)} 个字符`,
  'store.auditKey': (p: StoreIssueParams['store.auditKey']) =>
    `审计密钥至少 ${String(p.min)} 个字符；请用随机生成的密钥，并保存在数据库以外`,
};
const en = {
  'store.conflict': (p: StoreIssueParams['store.conflict']) =>
    `Case ${p.agencyId}/${p.caseId} was updated by someone else: expected version ${String(p.expectedVersion)}, found ${String(p.actualVersion)}; read it again and retry`,
  'store.reason': () => 'Revealing personal data needs a reason, which is recorded',
  'store.caseRef': (p: StoreIssueParams['store.caseRef']) => `The case reference lacks "${p.field}"`,
  'store.noEvents': () => 'There are no events to append',
  'store.expectedVersion': (p: StoreIssueParams['store.expectedVersion']) =>
    `The expected version must be a whole number ≥ 0; got ${p.value}`,
  'store.submissionUnknown': (p: StoreIssueParams['store.submissionUnknown']) =>
    `There is no online application with receipt number ${p.receiptNo}`,
  'store.submissionRegistered': (p: StoreIssueParams['store.submissionRegistered']) =>
    `The online application ${p.receiptNo} is already registered as case ${p.caseId}`,
  'store.documentRef': (p: StoreIssueParams['store.documentRef']) => `The document reference lacks "${p.field}"`,
  'store.locked': (p: StoreIssueParams['store.locked']) =>
    `The data directory ${p.dataDir} is in use by another process (${p.holder}); embedded PGlite takes one writing process: close it, or use a PostgreSQL server`,
  'store.argument': (p: StoreIssueParams['store.argument']) => `${p.name} must be ${p.expected}; got "${p.value}"`,
  'store.nulByte': (p: StoreIssueParams['store.nulByte']) =>
    `${p.where} contains a NUL character (\\0), which cannot be stored; remove it and retry`,
  'store.tooManyEvents': (p: StoreIssueParams['store.tooManyEvents']) =>
    `A case keeps at most ${String(p.limit)} events; this append would exceed it`,
  'store.secretTooLong': (p: StoreIssueParams['store.secretTooLong']) =>
    `A password or look-up code may have at most ${String(p.limit)} characters`,
  'store.auditKey': (p: StoreIssueParams['store.auditKey']) =>
    `The audit key needs at least ${String(p.min)} characters; generate it at random and keep it outside the database`,
};

/** Renders a `@gk/store` issue, zh-CN by default. */
export const formatStoreIssue: IssueFormatter<StoreIssueParams> = createIssueFormatter<StoreIssueParams>({
  'zh-CN': zhCN,
  en,
});

/** The error `@gk/store` throws: a bad request to the store, or events refused before any write. */
export class StoreError extends GkError<StoreIssue | RequestIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly (StoreIssue | RequestIssue)[]) {
    super(issues, (issue, locale) =>
      issue.code.startsWith('store.')
        ? formatStoreIssue(issue as StoreIssue, locale)
        : formatRequestIssue(issue as RequestIssue, locale),
    );
    this.name = 'StoreError';
  }
}

/** A stale writer: the case moved on since it was read. No event was written. */
export class ConflictError extends StoreError {
  readonly expectedVersion: number;
  readonly actualVersion: number;
  /**
   * @param agencyId - the case's agency
   * @param caseId - the case
   * @param expectedVersion - the version the writer read
   * @param actualVersion - the version found
   */
  constructor(agencyId: string, caseId: string, expectedVersion: number, actualVersion: number) {
    super([
      {
        code: 'store.conflict',
        path: [],
        params: { agencyId, caseId, expectedVersion, actualVersion },
        severity: 'error',
      },
    ]);
    this.name = 'ConflictError';
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}
