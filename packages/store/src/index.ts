// The store
export type {
  AgencyFilter,
  DocumentRef,
  RegisterSubmissionInput,
  StoredDocument,
  Submission,
  SubmissionReceipt,
  SubmissionStatus,
  CaseFilter,
  CaseRef,
  CaseStateOptions,
  CaseSummary,
  AuditVerification,
  ChainVerification,
  OpenStoreOptions,
  ReportCaseRow,
  RevealRequest,
  StoreDueSoonOptions,
  StoreLocation,
  StoreOverdueOptions,
} from './store.js';
export { Store, openStore } from './store.js';
export type { AgencyStoreRecords } from './agency-records.js';
export { MAX_AGENCIES_PER_READ } from './agency-records.js';
export type {
  PublicationChainVerification,
  PublicationFilter,
  PublicationHit,
  PublicationRef,
  PublicationStatesOptions,
  PublicationSummary,
} from './publications.js';
export { PublicationStore } from './publications.js';
export type { ApplicantRecord, ApplicantRecordOptions, ApplicantStep, ApplicantStepOptions } from './applicants.js';
export { ApplicantStore, ONLINE_APPLICANT } from './applicants.js';
export type { AuditCheckpoint, CheckpointCase } from './internal/checkpoint.js';
export { CHECKPOINT_FORMAT, MIN_AUDIT_KEY_LENGTH, asCheckpoint } from './internal/checkpoint.js';
export type { HashSecretOptions, SecretKind, VerifySecretOptions } from './internal/codes.js';
export { MAX_CONCURRENT_HASHES, MAX_SECRET_LENGTH, hashSecret, verifySecret } from './internal/codes.js';

// Schema
export type { Migration } from './migrations.js';
export { MIGRATIONS, separateOwnerSql } from './migrations.js';
export type { Db, Row } from './db.js';

// Errors
export type { StoreIssue, StoreIssueParams } from './issues.js';
export { ConflictError, StoreError, formatStoreIssue } from './errors.js';
