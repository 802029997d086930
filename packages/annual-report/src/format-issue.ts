// The formatter of this package's issues: the issue types (report-issues.ts) wired to their messages.
import type { IssueFormatter } from '@gk/core';
import { createIssueFormatter } from '@gk/core';
import type { ReportIssueParams } from './report-issues.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** Renders a `@gk/annual-report` issue, zh-CN by default. */
export const formatReportIssue: IssueFormatter<ReportIssueParams> = createIssueFormatter<ReportIssueParams>(
  { 'zh-CN': zhCN, en },
  { describePath: () => '' },
);
