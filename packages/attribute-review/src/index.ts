// Attribute determination at drafting
export type {
  AttributeDetermination,
  AttributeIssue,
  AttributeIssueParams,
  AttributeMarkings,
  AttributeReason,
  AttributeSettings,
  AttributeSuggestion,
  DeclaredContent,
  DeterminationResult,
  DisclosureAttribute,
  DocumentKind,
  DraftMetadata,
  ReasonGround,
} from './attribute.js';
export {
  DEFAULT_MARKINGS,
  DISCLOSURE_ATTRIBUTES,
  DOCUMENT_KINDS,
  GROUND_CITATIONS,
  REASON_GROUNDS,
  determineAttribute,
  markingText,
  suggestAttribute,
} from './attribute.js';
export { formatAttributeIssue } from './review-issues.js';

// Pre-publication review
export type { ReviewFinding, ReviewFindingKind, ScanOptions } from './scan.js';
export { REVIEW_FINDING_KINDS, scanText } from './scan.js';
export type { FindingKind } from './kinds.js';
export { FINDING_KINDS } from './kinds.js';
export type { LexiconLineIssue, LexiconTerm, TermMatch, TermSeverity } from './lexicon.js';
export { CompiledLexicon, readLexicon, parseLexicon } from './lexicon.js';
export { NORMAL_FORM, normalizeTerm } from './normalize.js';
export { REDACTABLE_KINDS, redact } from './redact.js';

// Review ledger and periodic review
export type { ReviewDecision, ReviewRecord } from './review-record.js';
export { createReviewRecord, reviewRecordsToCsv, reviewRecordsToJson } from './review-record.js';
export type { ReviewCsvOptions } from './review-record.js';
export type { PeriodicReviewOptions, ProposalOptions, RequestCount, ReviewDue, WithheldItem } from './periodic.js';
export { periodicReviewDue, proposeProactiveDisclosure } from './periodic.js';

// Messages
export { en as attributeMessagesEn, enSuggestions } from './locales/en.js';
export { zhCN as attributeMessagesZhCN, zhCNSuggestions } from './locales/zh-CN.js';
