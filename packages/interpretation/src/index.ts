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
