// The formatter of this package's issues: the issue types (issues.ts) wired to their messages.
import type { IssueFormatter } from '@gk/core';
import { createIssueFormatter } from '@gk/core';
import type { AssessmentIssueParams } from './issues.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** Renders an issue of `@gk/assessment`, zh-CN by default. */
export const formatAssessmentIssue: IssueFormatter<AssessmentIssueParams> = createIssueFormatter<AssessmentIssueParams>(
  { 'zh-CN': zhCN, en },
);
