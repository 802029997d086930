import type { LegalCitation, LocalDate } from '@gk/core';
import { cite, createIssue, epochDayOf, localDateFromEpochDay, parseLocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import { CatalogueError } from './error.js';
import type { TimeLimit, TimeLimitClause } from './time-limit.js';

/** Options of {@link computeDueOn}. */
export interface ComputeDueOnOptions {
  /** The day of the trigger (信息形成或者变更之日, the approval, the last update …), `YYYY-MM-DD`. */
  readonly triggerOn: string;
  /** The working-day calendar, e.g. `chinaCalendar` from `@gk/workdays`. */
  readonly calendar: WorkdayCalendar;
  /** Which clause applies, by index, when the limit has several dated clauses. */
  readonly clause?: number;
}

/** The articles {@link computeDueOn} applies to periods counted in calendar days and months. */
export const DUE_DATE_CITATIONS: {
  /** The start day is not counted. */
  readonly startDayExcluded: LegalCitation;
  /** A month period ends on the corresponding day, or the month's last day. */
  readonly monthEnd: LegalCitation;
  /** A last day that is a statutory holiday moves to the day after the holiday. */
  readonly lastDayOff: LegalCitation;
  /** Information is published within 20 workdays of being formed or changed. */
  readonly proactiveDeadline: LegalCitation;
} = {
  startDayExcluded: cite('civilCode', 201, 1),
  monthEnd: cite('civilCode', 202),
  lastDayOff: cite('civilCode', 203, 1),
  proactiveDeadline: cite('regulation', 26),
};

const MONTHS_OF: Readonly<Record<string, number>> = { yearly: 12, halfYearly: 6, quarterly: 3, monthly: 1 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day n months after a date: the corresponding day, or the last day of a shorter month (民法典第二百零二条). */
function addMonths(date: LocalDate, months: number): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}` as LocalDate;
}

function dated(clause: TimeLimitClause): boolean {
  return (
    clause.kind === 'period' || (clause.kind === 'periodic' && (clause.by !== undefined || clause.times !== undefined))
  );
}

function dueOf(clause: TimeLimitClause, triggerOn: LocalDate, calendar: WorkdayCalendar): LocalDate | null {
  switch (clause.kind) {
    case 'period':
      if (clause.unit === 'workday') return calendar.addWorkdays(triggerOn, clause.amount);
      if (clause.unit === 'day') {
        return calendar.workdayOnOrAfter(localDateFromEpochDay(epochDayOf(triggerOn) + clause.amount));
      }
      return calendar.workdayOnOrAfter(addMonths(triggerOn, clause.amount));
    case 'periodic': {
      if (clause.by !== undefined) {
        const { month, day } = clause.by;
        const year = Number(triggerOn.slice(0, 4));
        const on = (y: number): LocalDate =>
          `${String(y)}-${String(month).padStart(2, '0')}-${String(day === 'end' ? daysInMonth(y, month) : Math.min(day, daysInMonth(y, month))).padStart(2, '0')}` as LocalDate;
        const thisYear = on(year);
        return calendar.workdayOnOrAfter(thisYear >= triggerOn ? thisYear : on(year + 1));
      }
      return calendar.workdayOnOrAfter(addMonths(triggerOn, MONTHS_OF[clause.frequency] ?? 12));
    }
    case 'immediate':
    case 'prompt':
    case 'standing':
    case 'withEvent':
    case 'minimumDisplay':
    case 'sameAsAbove':
    case 'unrecognized':
      return null;
    default:
      return clause satisfies never;
  }
}

/**
 * The date by which an item must be published, or `null` for a limit that sets no date
 * (实时, 及时, 长期公开, 随…公开, a minimum display period, an unrecognised text).
 * - Workday periods count through the calendar, the trigger day not counted.
 * - Calendar-day periods start the day after the trigger (《民法典》第二百零一条); month periods end
 *   on the corresponding day or the month's last day (第二百零二条); a last day that is a holiday or
 *   rest day moves to the next workday (第二百零三条).
 * - A yearly deadline (每年3月底前) gives the next one on or after `triggerOn`; "半年至少更新1次"
 *   gives six months after `triggerOn`, the last update.
 * @param limit - a parsed time limit
 * @param options - the trigger day, the calendar, and the clause when several are dated
 * @returns the due date, or `null`
 * @throws {@link CatalogueError} when several clauses are dated and none is chosen, or the limit is an unresolved 同上
 * @throws `WorkdaysError` when the dates fall outside the calendar's data
 * @example
 * ```ts
 * computeDueOn(parseTimeLimit('信息形成或者变更之日起20个工作日内'), { triggerOn: '2025-09-26', calendar: chinaCalendar });
 * // '2025-10-30'
 * ```
 */
export function computeDueOn(limit: TimeLimit, options: ComputeDueOnOptions): LocalDate | null {
  const triggerOn = parseLocalDate(options.triggerOn, ['triggerOn']);
  const { clauses } = limit;
  if (options.clause !== undefined) {
    const chosen = clauses[options.clause];
    if (chosen === undefined) {
      throw new CatalogueError([
        createIssue('timeLimit.clauseIndex', { index: options.clause, count: clauses.length }, ['clause']),
      ]);
    }
    return dueOf(chosen, triggerOn, options.calendar);
  }
  if (clauses.length === 1 && clauses[0]?.kind === 'sameAsAbove') {
    throw new CatalogueError([createIssue('timeLimit.sameAsAbove', {}, ['limit'])]);
  }
  const datedClauses = clauses.filter(dated);
  if (datedClauses.length > 1) {
    throw new CatalogueError([createIssue('timeLimit.clauseRequired', { count: datedClauses.length }, ['clause'])]);
  }
  const only = datedClauses[0];
  return only === undefined ? null : dueOf(only, triggerOn, options.calendar);
}
