import { GkError } from '@gk/core';
import type { AssessmentIssue } from './issues.js';
import { formatAssessmentIssue } from './format-issue.js';

/** The error `@gk/assessment` throws: options it cannot read, a scoring profile that does not hold. */
export class AssessmentError extends GkError<AssessmentIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly AssessmentIssue[]) {
    super(issues, formatAssessmentIssue);
    this.name = 'AssessmentError';
  }
}
