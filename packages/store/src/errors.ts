import type { IssueFormatter } from '@gk/core';
import { createIssueFormatter, GkError } from '@gk/core';
import type { RequestIssue } from '@gk/request-workflow';
import { formatRequestIssue } from '@gk/request-workflow';
import type { StoreIssue, StoreIssueParams } from './issues.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** Renders a `@gk/store` issue, zh-CN by default. */
export const formatStoreIssue: IssueFormatter<StoreIssueParams> = createIssueFormatter<StoreIssueParams>({
  'zh-CN': zhCN,
  en,
});

/** The error `@gk/store` throws: a bad request to the store, or events refused before any write. */
export class StoreError extends GkError<StoreIssue | RequestIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly (StoreIssue | RequestIssue)[]) {
    super(issues, (issue, locale) =>
      issue.code.startsWith('store.')
        ? formatStoreIssue(issue as StoreIssue, locale)
        : formatRequestIssue(issue as RequestIssue, locale),
    );
    this.name = 'StoreError';
  }
}

/** A stale writer: the case moved on since it was read. No event was written. */
export class ConflictError extends StoreError {
  readonly expectedVersion: number;
  readonly actualVersion: number;
  /**
   * @param agencyId - the case's agency
   * @param caseId - the case
   * @param expectedVersion - the version the writer read
   * @param actualVersion - the version found
   */
  constructor(agencyId: string, caseId: string, expectedVersion: number, actualVersion: number) {
    super([
      {
        code: 'store.conflict',
        path: [],
        params: { agencyId, caseId, expectedVersion, actualVersion },
        severity: 'error',
      },
    ]);
    this.name = 'ConflictError';
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}
