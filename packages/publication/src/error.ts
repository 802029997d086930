import { GkError } from '@gk/core';
import type { PublicationIssue } from './issues.js';
import { formatPublicationIssue } from './format-issue.js';

/** The error `@gk/publication` throws from its explicit `parse*` functions. */
export class PublicationError extends GkError<PublicationIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly PublicationIssue[]) {
    super(issues, formatPublicationIssue);
    this.name = 'PublicationError';
  }
}
