// The formatter of this package's issues: the issue types (workdays-issues.ts) wired to their messages.
import type { IssueFormatter } from '@gk/core';
import { coreMessagesEn, coreMessagesZhCN, createIssueFormatter } from '@gk/core';
import { describeWorkdaysPath } from './describe-path.js';
import type { WorkdaysIssueParams } from './workdays-issues.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/**
 * Renders a `@gk/workdays` issue (or a `@gk/core` date issue) with its location written for a person
 * (`节日安排第2项 放假区间第1段 首日`), zh-CN by default.
 */
export const formatWorkdaysIssue: IssueFormatter<WorkdaysIssueParams> = createIssueFormatter<WorkdaysIssueParams>(
  {
    'zh-CN': { ...coreMessagesZhCN, ...zhCN },
    en: { ...coreMessagesEn, ...en },
  },
  { describePath: describeWorkdaysPath },
);
