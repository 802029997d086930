import { GkError } from '@gk/core';
import type { ReportIssue } from './report-issues.js';
import { formatReportIssue } from './format-issue.js';

/** The error `@gk/annual-report` throws: reports that cannot be combined. */
export class AnnualReportError extends GkError<ReportIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly ReportIssue[]) {
    super(issues, formatReportIssue);
    this.name = 'AnnualReportError';
  }
}
