import { GkError } from '@gk/core';
import type { CatalogueIssue } from './catalogue-issues.js';
import { formatCatalogueIssue } from './format-issue.js';

/** The error `@gk/catalogue-schema` throws: a catalogue or time limit that fails its checks. */
export class CatalogueError extends GkError<CatalogueIssue> {
  /** @param issues - the issues found (errors first; warnings may follow) */
  constructor(issues: readonly CatalogueIssue[]) {
    super(issues, formatCatalogueIssue);
    this.name = 'CatalogueError';
  }
}
