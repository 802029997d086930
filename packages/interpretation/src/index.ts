// Interpretation
export type {
  ContentElement,
  Interpretation,
  InterpretationElement,
  InterpretationForm,
  InterpretationMaterial,
  InterpretationPlan,
  Policy,
  SynchronyOptions,
  SynchronyRule,
} from './interpretation.js';
export {
  CONTENT_ELEMENTS,
  INTERPRETATION_ELEMENTS,
  INTERPRETATION_FORMS,
  NATIONAL_SYNCHRONY,
  ZHENGZHOU_SYNCHRONY,
  checkSynchrony,
  interpretationDueOn,
  interpretationsOf,
  missingInterpretations,
  policyOf,
  upcastInterpretation,
} from './interpretation.js';

// 回应关切
export type { DutyCompliance, IncidentLevel, OpinionIncident, ResponseDuty } from './response.js';
export { RESPONSE_DUTIES, checkResponse } from './response.js';

// Public consultation
export type {
  CheckConsultationOptions,
  CommentPeriodOptions,
  Consultation,
  ConsultationSettings,
  PublicParticipationItem,
} from './consultation.js';
export { MINIMUM_COMMENT_DAYS, checkConsultation, checkParticipationList, commentPeriodEnd } from './consultation.js';

// Issues
export type { InterpretationIssue, InterpretationIssueParams } from './issues.js';
export { formatInterpretationIssue } from './format-issue.js';
export { en as interpretationMessagesEn } from './locales/en.js';
export { zhCN as interpretationMessagesZhCN } from './locales/zh-CN.js';

// Decisions and participation: 重大行政决策事项目录, 建议提案复文, 列席
export type {
  DecisionCatalogueOptions,
  DecisionCategory,
  MajorDecision,
  MajorDecisionCatalogue,
  ParticipationFinding,
} from './decisions.js';
export {
  checkDecisionCatalogue,
  DECISION_CATEGORIES,
  DECISION_CATEGORY_ZH,
  DEFAULT_DECISION_PUBLISH_DAYS,
} from './decisions.js';
export type { ParticipationTexts } from './participation-texts.js';
export type {
  AttendeeCategory,
  MeetingAttendance,
  MeetingAttendanceOptions,
  ProposalKind,
  ProposalReply,
  ProposalReplyOptions,
  ProposalSummary,
} from './proposals.js';
export {
  ATTENDEE_CATEGORY_ZH,
  checkMeetingAttendance,
  checkProposalReplies,
  DEFAULT_MEETING_RECORD_DAYS,
  DEFAULT_REPLY_PUBLISH_DAYS,
  PROPOSAL_KIND_ZH,
  summarizeProposals,
} from './proposals.js';
