// The formatter of @gk/core's issues: the issue types (core-issues.ts) wired to their messages.
import type { CoreIssueParams } from './core-issues.js';
import type { IssueFormatter } from './issue.js';
import { createIssueFormatter } from './issue.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/**
 * Renders a `@gk/core` issue with its location, zh-CN by default.
 * @example
 * ```ts
 * formatCoreIssue(issue, 'en'); // 'receivedOn: "2025-02-29" is not a date: February 2025 has 28 days'
 * ```
 */
export const formatCoreIssue: IssueFormatter<CoreIssueParams> = createIssueFormatter<CoreIssueParams>({
  'zh-CN': zhCN,
  en,
});
