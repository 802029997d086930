import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/store` reports itself. */
export interface StoreIssueParams {
  /** Case {agencyId}/{caseId} was updated by someone else: expected version {expectedVersion}, found {actualVersion}; read it again and retry */
  'store.conflict': {
    readonly agencyId: string;
    readonly caseId: string;
    readonly expectedVersion: number;
    readonly actualVersion: number;
  };
  /** Revealing personal data needs a reason, which is recorded */
  'store.reason': Readonly<Record<never, never>>;
  /** The case reference lacks "{field}" */
  'store.caseRef': { readonly field: string };
  /** There are no events to append */
  'store.noEvents': Readonly<Record<never, never>>;
  /** The expected version must be a whole number ≥ 0; got {value} */
  'store.expectedVersion': { readonly value: string };
  /** There is no online application with receipt number {receiptNo} */
  'store.submissionUnknown': { readonly receiptNo: string };
  /** The online application {receiptNo} is already registered as case {caseId} */
  'store.submissionRegistered': { readonly receiptNo: string; readonly caseId: string };
  /** The online application {receiptNo} was withdrawn by the applicant on {withdrawnOn} and is not registered */
  'store.submissionWithdrawn': { readonly receiptNo: string; readonly withdrawnOn: string };
  /** A step the applicant may not take now (the case's state, the clarification period). */
  'store.applicantStep': { readonly step: string };
  /** A clarification supplied against other items than the notice's. */
  'store.clarificationItems': { readonly count: number };
  /** A clarification with every answer blank. */
  'store.clarificationEmpty': Readonly<Record<never, never>>;
  /** The document reference lacks "{field}" */
  'store.documentRef': { readonly field: string };
  /** Another process holds the PGlite data directory. */
  'store.locked': { readonly dataDir: string; readonly holder: string };
  /** The read-only database has schema version {version}; this version needs {expected}: open the primary once (to migrate) and connect when the standby has caught up */
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
