// @gk/publication — 主动公开: publishing government information under the catalogue.

// The record and its lifecycle
export type {
  ApprovedEvent,
  Attachment,
  AttributeDeterminedEvent,
  DraftedEvent,
  PublicationActor,
  PublicationEvent,
  PublicationEventBase,
  PublicationEventType,
  PublicationMetadata,
  PublicationRole,
  PublishedEvent,
  ReviewedEvent,
  ReviewResolution,
  SettledFinding,
  UpdatedEvent,
  Validity,
  ValidityChangedEvent,
  WithdrawnPublicationEvent,
} from './events.js';
export { PUBLICATION_EVENT_TYPES, PUBLICATION_ROLES, REVIEW_RESOLUTIONS, VALIDITY_STATES } from './events.js';
export type {
  EvaluatePublicationOptions,
  PublicationSettings,
  PublicationState,
  PublicationStatus,
  PublishedVersion,
} from './evaluate.js';
export { PUBLICATION_CITATIONS, evaluatePublication } from './evaluate.js';
export {
  MAX_BODY_LENGTH,
  MAX_LIST_ENTRIES,
  MAX_PUBLICATION_EVENTS,
  MAX_SHORT_LENGTH,
  parsePublicationEvents,
  publicationEventJsonSchema,
  safeParsePublicationEvent,
  safeParsePublicationEvents,
} from './parse.js';

// 索引号
export type { IndexNoParts, IndexPatternOptions, NextIndexNoOptions } from './index-number.js';
export {
  DEFAULT_INDEX_PATTERN,
  duplicateIndexNos,
  formatIndexNo,
  nextIndexNo,
  safeParseIndexNo,
} from './index-number.js';

// Compliance against the catalogue
export type {
  CatalogueCompliance,
  CatalogueComplianceOptions,
  ComplianceOptions,
  ComplianceSubject,
  ItemCompliance,
  PeriodicStatus,
  Timeliness,
  ToDo,
} from './compliance.js';
export { catalogueItemKey, checkCatalogueCompliance, checkTimeliness } from './compliance.js';

// 规范性文件库 and its clean-up
export type {
  CleanupListRow,
  CleanupResult,
  CleanupReview,
  CleanupSettings,
  NormativeDocument,
  NormativeDocumentCounts,
  NormativeLibraryOptions,
} from './normative.js';
export {
  CLEANUP_RESULT_LABELS,
  CLEANUP_RESULTS,
  cleanupList,
  normativeDocumentCounts,
  normativeLibrary,
} from './normative.js';

// 法定主动公开内容
export type { StatutoryPlacement, StatutoryPublication } from './statutory.js';
export { checkStatutoryPublication } from './statutory.js';

// 政务新媒体: the account registry and its checks
export type {
  NewMediaAccount,
  NewMediaApproval,
  NewMediaApprovedStep,
  NewMediaCheckOptions,
  NewMediaEvent,
  NewMediaEventType,
  NewMediaIssue,
  NewMediaPlatform,
  NewMediaResponsible,
  NewMediaSettings,
  NewMediaStatus,
  NewMediaStep,
} from './new-media.js';
export {
  checkNewMediaRegistry,
  DEFAULT_STALE_DAYS,
  evaluateNewMediaAccount,
  MAX_NEW_MEDIA_EVENTS,
  NEW_MEDIA_EVENT_ZH,
  NEW_MEDIA_PLATFORM_LABELS,
  NEW_MEDIA_PLATFORMS,
  NEW_MEDIA_STATUSES,
  reviewNewMediaPost,
} from './new-media.js';

// 政府开放日
export type {
  OpenDay,
  OpenDayCheckOptions,
  OpenDayEvaluation,
  OpenDayIssue,
  OpenDayRecord,
  OpenDayRegisterOptions,
  OpenDayRegistration,
  OpenDaySettings,
  OpenDayVisitor,
} from './open-days.js';
export {
  checkOpenDay,
  DEFAULT_OPEN_DAY_SETTINGS,
  maskedRegistrations,
  MAX_OPEN_DAY_CAPACITY,
  registerForOpenDay,
} from './open-days.js';

// Chinese full-text search (character pairs) and highlighting
export type { SearchFields, TextSegment } from './search.js';
export { filterLexeme, highlight, searchQueryText, searchVectorText, snippet } from './search.js';

// Issues and messages
export type {
  PublicationFinding,
  PublicationFindingParams,
  NewMediaIssueParams,
  OpenDayIssueParams,
  PublicationInputIssueParams,
  PublicationIssue,
  PublicationIssueParams,
} from './issues.js';
export {
  describePublicationPath,
  formatNewMediaIssue,
  formatOpenDayIssue,
  formatPublicationIssue,
} from './format-issue.js';
export { PublicationError } from './error.js';
export { en as publicationMessagesEn } from './locales/en.js';
export {
  NEW_MEDIA_FIELDS_ZH,
  NEW_MEDIA_STATUS_ZH,
  NEW_MEDIA_STEPS_ZH,
  PUBLICATION_LABELS_ZH,
  zhCN as publicationMessagesZhCN,
} from './locales/zh-CN.js';

// 政策库 and 政策包
export type {
  EnterpriseSize,
  IndustrySection,
  PackagedPolicy,
  PolicyLibraryEntry,
  PolicyPackage,
  PolicyPackageOptions,
  PolicyProfile,
  PolicyTargets,
  ResidentSituation,
} from './policy-package.js';
export {
  buildPolicyPackage,
  ENTERPRISE_SIZE_ZH,
  ENTERPRISE_SIZES,
  INDUSTRY_SECTIONS,
  MAX_LIBRARY_ENTRIES,
  RESIDENT_SITUATIONS,
} from './policy-package.js';
