// The formatter of this package's issues: the issue types (request-issues.ts) wired to their messages.
import type { IssueFormatter, IssuePath, Locale } from '@gk/core';
import { coreMessagesEn, coreMessagesZhCN, createIssueFormatter } from '@gk/core';
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
  const zh = locale === 'zh-CN';
  if (path[0] === 'input' || path[0] === 'state' || (path[0] === 'kind' && path.length === 1)) return '';
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      const n = String(part + 1);
      if (path[i - 1] === 'events') parts.push(zh ? `第${n}条办理记录` : `record ${n}`);
      else parts.push(zh ? `第${n}项` : `item ${n}`);
    } else if (part !== 'events') {
      parts.push(zh ? (FIELD_LABELS_ZH[part] ?? part) : part);
    }
  });
  return parts.join(zh ? ' ' : ', ');
}

/** Renders an issue or finding of `@gk/request-workflow`, zh-CN by default, located for a person. */
export const formatRequestIssue: IssueFormatter<RequestIssueParams> = createIssueFormatter<RequestIssueParams>(
  {
    'zh-CN': { ...coreMessagesZhCN, ...zhCN },
    en: { ...coreMessagesEn, ...en },
  },
  { describePath: describeRequestPath },
);
