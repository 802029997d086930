import { GkError } from '@gk/core';
import type { WorkdaysIssue } from './workdays-issues.js';
import { formatWorkdaysIssue } from './format-issue.js';

/**
 * The error `@gk/workdays` throws: a date outside the data (`workdays.outsideCoverage`,
 * `workdays.resultOutsideCoverage`), a malformed date, or a notice or overlay that fails its checks.
 */
export class WorkdaysError extends GkError<WorkdaysIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly WorkdaysIssue[]) {
    super(issues, formatWorkdaysIssue);
    this.name = 'WorkdaysError';
  }

  /** Whether the error is only about dates outside the calendar's data (never a silent guess). */
  get isCoverageError(): boolean {
    return this.issues.every(
      (issue) => issue.code === 'workdays.outsideCoverage' || issue.code === 'workdays.resultOutsideCoverage',
    );
  }
}
