// `@gk/request-workflow/clocks`: a case's clocks (evaluateCase, the answer period and its pauses, the
// queues of cases due soon and overdue) without the event schemas and their validation library.
// The same functions as the package's main entry; events are checked by evaluateCase itself.
export type { CaseSettings, CaseState, CaseStatus, EvaluateCaseOptions } from '../case-state.js';
export {
  ANSWER_WORKDAYS,
  CLARIFICATION_NOTICE_WORKDAYS,
  CLOCK_CITATIONS,
  CONSULTATION_REPLY_WORKDAYS,
  FEE_PAYMENT_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
} from '../answer-period.js';
export { evaluateCase } from '../evaluate.js';
export type { DueSoonOptions, OverdueOptions, QueueCase, QueueEntry, QueueOptions } from '../queues.js';
export { dueSoon, overdue } from '../queues.js';
export { RequestWorkflowError } from '../error.js';
