import { GkError } from '@gk/core';
import type { RequestIssue } from './request-issues.js';
import { formatRequestIssue } from './format-issue.js';

/** The error `@gk/request-workflow` throws from its explicit `parse*` functions and from bad fee counts. */
export class RequestWorkflowError extends GkError<RequestIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly RequestIssue[]) {
    super(issues, formatRequestIssue);
    this.name = 'RequestWorkflowError';
  }
}
