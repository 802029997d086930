// The formatter of this package's issues: the issue types (request-issues.ts) wired to their messages.
import type { IssueFormatter, IssuePath, Locale } from '@gk/core';
import { coreMessagesEn, coreMessagesZhCN, createIssueFormatter, describeRecordPath } from '@gk/core';
import { en } from './locales/en.js';
import { FIELD_LABELS_ZH, zhCN } from './locales/zh-CN.js';
import type { RequestIssueParams } from './request-issues.js';

/**
 * Writes where an issue sits for a person: `第3条办理记录 补正期限（工作日数）`, `申请人 公民身份号码`.
 * The whole case (`events` alone) and a notice's inputs and prerequisites add nothing: the message says it.
 * @param path - the issue's path
 * @param locale - the locale
 * @returns the location, empty for the case as a whole
 */
export function describeRequestPath(path: IssuePath, locale: Locale): string {
  if (path[0] === 'input' || path[0] === 'state' || (path[0] === 'kind' && path.length === 1)) return '';
  return describeRecordPath(path, locale, { record: RECORD, labelsZh: FIELD_LABELS_ZH });
}

const RECORD = { 'zh-CN': '办理记录', en: 'record' } as const;

/** Renders an issue or finding of `@gk/request-workflow`, zh-CN by default, located for a person. */
export const formatRequestIssue: IssueFormatter<RequestIssueParams> = createIssueFormatter<RequestIssueParams>(
  {
    'zh-CN': { ...coreMessagesZhCN, ...zhCN },
    en: { ...coreMessagesEn, ...en },
  },
  { describePath: describeRequestPath },
);
