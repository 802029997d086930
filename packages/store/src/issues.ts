import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/store` reports itself. */
export interface StoreIssueParams {
  'store.conflict': {
    readonly agencyId: string;
    readonly caseId: string;
    readonly expectedVersion: number;
    readonly actualVersion: number;
  };
  'store.reason': Readonly<Record<never, never>>;
  'store.caseRef': { readonly field: string };
  'store.noEvents': Readonly<Record<never, never>>;
  'store.expectedVersion': { readonly value: string };
  'store.submissionUnknown': { readonly receiptNo: string };
  'store.submissionRegistered': { readonly receiptNo: string; readonly caseId: string };
  'store.submissionWithdrawn': { readonly receiptNo: string; readonly withdrawnOn: string };
  /** A step the applicant may not take now (the case's state, the clarification period). */
  'store.applicantStep': { readonly step: string };
  /** A clarification supplied against other items than the notice's. */
  'store.clarificationItems': { readonly count: number };
  /** A clarification with every answer blank. */
  'store.clarificationEmpty': Readonly<Record<never, never>>;
  'store.documentRef': { readonly field: string };
  /** Another process holds the PGlite data directory. */
  'store.locked': { readonly dataDir: string; readonly holder: string };
  'store.standbyBehind': { readonly version: number; readonly expected: number };
  /** A call's argument is not what it takes. */
  'store.argument': { readonly name: string; readonly expected: string; readonly value: string };
  /** A NUL character, which PostgreSQL text cannot hold. */
  'store.nulByte': { readonly where: string };
  /** A case would hold more events than the store keeps for one case. */
  'store.tooManyEvents': { readonly limit: number };
  /** A secret (password, look-up code) longer than any real one. */
  'store.secretTooLong': { readonly limit: number };
  /** A publication's 索引号 is already used by another publication of the agency (never reused). */
  'store.indexNoUsed': Readonly<Record<never, never>>;
  /** The database driver the location needs is not installed: `pg` for a server, PGlite for embedded storage. */
  'store.driverMissing': { readonly package: '@electric-sql/pglite' | 'pg'; readonly storage: 'server' | 'embedded' };
  /** An audit key shorter than the minimum. */
  'store.auditKey': { readonly min: number };
}

/** An issue of `@gk/store`. */
export type StoreIssue = IssueUnion<StoreIssueParams>;
