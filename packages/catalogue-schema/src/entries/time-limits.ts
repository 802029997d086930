// `@gk/catalogue-schema/time-limits`: reading a 公开时限 and computing its due date, without the
// catalogue's schemas and their validation library. The same functions as the package's main entry.
export type {
  Frequency,
  PeriodUnit,
  TimeLimit,
  TimeLimitClause,
  TimeLimitClauseKind,
  Trigger,
  TriggerKind,
} from '../time-limit.js';
export { normalizeTimeLimitText, readTimeLimit, parseTimeLimit } from '../time-limit.js';
export type { ComputeDueOnOptions, DueDate, DueDateBasis } from '../due-date.js';
export { DUE_DATE_CITATIONS, PROACTIVE_WORKDAYS, computeDue, computeDueOn } from '../due-date.js';
export { CatalogueError } from '../error.js';
