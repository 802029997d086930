// Events and case state
export type {
  Actor,
  ActorRole,
  Applicant,
  Application,
  AnswerOpenedEvent,
  ArchivedEvent,
  CaseEvent,
  CaseEventType,
  ClarificationAnswer,
  ClarificationLapsedEvent,
  ClarificationReceivedEvent,
  ClarificationRequestedEvent,
  ConsultationEndedEvent,
  ConsultationParty,
  ConsultationReply,
  ConsultationStartedEvent,
  DecidedEvent,
  DeferralSetEvent,
  DeliveredEvent,
  DeliveryMethod,
  DeliveryPreference,
  EventBase,
  ExtensionApprovedEvent,
  FeeLapsedEvent,
  FeeMethod,
  FeeNoticeIssuedEvent,
  FeePaidEvent,
  InformationForm,
  NaturalPersonApplicant,
  OrganizationApplicant,
  OrganizationCategory,
  ReasonRequestedEvent,
  ReceiptChannel,
  ReceivedEvent,
  RequestContent,
  WithdrawnEvent,
} from './events.js';
export {
  ACTOR_ROLES,
  CASE_EVENT_TYPES,
  CONFIRMED_CHANNELS,
  CONSULTATION_PARTIES,
  CONSULTATION_REPLIES,
  DELIVERY_METHODS,
  DELIVERY_PREFERENCES,
  FEE_METHODS,
  INFORMATION_FORMS,
  ORGANIZATION_CATEGORIES,
  RECEIPT_CHANNELS,
} from './events.js';
export type {
  CaseSettings,
  CaseState,
  CaseStatus,
  Consultation,
  EvaluateCaseOptions,
  PartyConsultation,
} from './case-state.js';
export {
  ANSWER_WORKDAYS,
  CLARIFICATION_NOTICE_WORKDAYS,
  CLOCK_CITATIONS,
  CONSULTATION_CITATIONS,
  CONSULTATION_REPLY_WORKDAYS,
  FEE_PAYMENT_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
  RECEIPT_CITATIONS,
} from './answer-period.js';
export { checkApplication } from './application-check.js';
export { evaluateCase } from './evaluate.js';

// Outcomes
export type { Outcome, OutcomeGroup, OutcomeInfo } from './outcomes.js';
export { ARTICLE_36_ANSWERS, OUTCOME_CODES, OUTCOMES, isOutcome } from './outcomes.js';

// Fees
export type { FeeBand, PerItemFeeInput, PerPageFeeInput, ProcessingFee } from './fees.js';
export { FEE_LIMITS, processingFee } from './fees.js';

// Notices
export type {
  NoticeAddressee,
  NoticeDate,
  NoticeDefinition,
  NoticeInputField,
  NoticeKind,
  NoticePrerequisite,
  NoticeRemedy,
} from './notices/kinds.js';
export { NOTICE_KINDS, REMEDY_CITATIONS } from './notices/kinds.js';
export { NOTICES } from './notices/registry.js';
export type { Notice, NoticeAgency, NoticeInput, NoticeResult } from './notices/build.js';
export { applicantNoticeKinds } from './notices/applicant.js';
export {
  buildNotice,
  formatChineseDate,
  noticeContactLine,
  noticeKindsFor,
  noticeKindsForOutcome,
  renderNoticeHtml,
  renderNoticeText,
} from './notices/build.js';

// Queues
export type { DueSoonOptions, OverdueOptions, QueueCase, QueueEntry, QueueOptions } from './queues.js';
export { dueSoon, overdue } from './queues.js';

// Issues and errors
export type {
  AnyRequestIssue,
  Finding,
  FindingParams,
  NoParams,
  ProcedureFinding,
  ProcedureFindingParams,
  RequestInputIssueParams,
  RequestIssue,
  RequestIssueParams,
} from './request-issues.js';
export { describeRequestPath, formatRequestIssue } from './format-issue.js';
export { RequestWorkflowError } from './error.js';
export { en as requestMessagesEn } from './locales/en.js';
export { zhCN as requestMessagesZhCN } from './locales/zh-CN.js';
export type { ParseCaseEventsOptions } from './parse.js';
export { MAX_EVENT_WORKDAYS, MAX_FEE_AMOUNT } from './limits.js';
export { parseCaseEvents, safeParseApplication, safeParseCaseEvents } from './parse.js';

// Values stored before the camelCase rename, read in today's spellings
export type { RenamedValue, Upcast } from './renamed-values.js';
export { RENAMED_VALUES, upcastApplication, upcastCaseEvent, upcastCaseEvents } from './renamed-values.js';
export { MAX_CASE_EVENTS, MAX_LIST_ITEMS, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './limits.js';

// Actions a desk may take now
export type { AllowedAction, AllowedActionsOptions, ApplicantActionType } from './actions.js';
export { ACTION_RULES, allowedActions, applicantActions } from './actions.js';

// Labels
export type { Label } from './labels.js';
export {
  ACTOR_ROLE_LABELS,
  APPLICANT_ACTION_LABELS,
  CASE_EVENT_LABELS,
  CASE_STATUS_LABELS,
  DELIVERY_METHOD_LABELS,
  DELIVERY_PREFERENCE_LABELS,
  INFORMATION_FORM_LABELS,
  ORGANIZATION_CATEGORY_LABELS,
} from './labels.js';
export { FIELD_LABELS_ZH } from './locales/zh-CN.js';

// The applicant's view of a case's steps
export type { ApplicantTimelineEntry } from './applicant-timeline.js';
export { applicantTimeline } from './applicant-timeline.js';

// How the deadline was reached
export type { DeadlineLine } from './explain.js';
export { explainDeadline } from './explain.js';
