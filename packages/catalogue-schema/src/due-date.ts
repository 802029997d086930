import type { LegalCitation, LocalDate } from '@gk/core';
import { addMonths, cite, createIssue, dateInMonth, epochDayOf, localDateFromEpochDay, parseLocalDate } from '@gk/core';
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

/** The articles {@link computeDue} applies to periods counted in calendar days and months. */
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

/** The workdays 条例第二十六条 gives proactive information: the bound of 及时公开 and 实时公开. */
export const PROACTIVE_WORKDAYS = 20;

/**
 * How a due date was reached.
 * - `period`: counted from the trigger (workdays through the calendar; days and months per 民法典
 *   第二百零一条至第二百零三条);
 * - `fixedDay`: a day of the calendar the cell names (每年1月31日前). It is a 期日, not the last day of a
 *   period, so 民法典第二百零三条 does not move it off a rest day;
 * - `leadTime`: counted back from the event (提前一周), not moved either;
 * - `statutoryBound`: the cell says 及时 or 实时 without a number; 条例第二十六条's 20 workdays bound it.
 */
export type DueDateBasis = 'period' | 'fixedDay' | 'leadTime' | 'statutoryBound';

/** A due date with how it was reached and the articles it rests on. */
export interface DueDate {
  readonly dueOn: LocalDate;
  readonly basis: DueDateBasis;
  readonly citations: readonly LegalCitation[];
}

const MONTHS_OF: Readonly<Record<string, number>> = { yearly: 12, halfYearly: 6, quarterly: 3, monthly: 1 };

function dated(clause: TimeLimitClause): boolean {
  return (
    clause.kind === 'period' ||
    clause.kind === 'leadTime' ||
    (clause.kind === 'periodic' && (clause.by !== undefined || clause.times !== undefined))
  );
}

const { startDayExcluded, monthEnd, lastDayOff, proactiveDeadline } = DUE_DATE_CITATIONS;

function dueOf(clause: TimeLimitClause, triggerOn: LocalDate, calendar: WorkdayCalendar): DueDate | null {
  switch (clause.kind) {
    case 'period':
      if (clause.unit === 'workday')
        return {
          dueOn: calendar.addWorkdays(triggerOn, clause.amount),
          basis: 'period',
          citations: [startDayExcluded],
        };
      if (clause.unit === 'day') {
        const last = localDateFromEpochDay(epochDayOf(triggerOn) + clause.amount);
        return { dueOn: calendar.workdayOnOrAfter(last), basis: 'period', citations: [startDayExcluded, lastDayOff] };
      }
      return {
        dueOn: calendar.workdayOnOrAfter(addMonths(triggerOn, clause.amount)),
        basis: 'period',
        citations: [startDayExcluded, monthEnd, lastDayOff],
      };
    case 'leadTime': {
      const dueOn =
        clause.unit === 'workday'
          ? calendar.addWorkdays(triggerOn, -clause.amount)
          : clause.unit === 'day'
            ? localDateFromEpochDay(epochDayOf(triggerOn) - clause.amount)
            : addMonths(triggerOn, -clause.amount);
      return { dueOn, basis: 'leadTime', citations: [] };
    }
    case 'periodic': {
      if (clause.by !== undefined) {
        const { month, day } = clause.by;
        const year = Number(triggerOn.slice(0, 4));
        const on = (y: number): LocalDate => dateInMonth(y, month, day);
        const thisYear = on(year);
        return { dueOn: thisYear >= triggerOn ? thisYear : on(year + 1), basis: 'fixedDay', citations: [] };
      }
      return {
        dueOn: calendar.workdayOnOrAfter(addMonths(triggerOn, MONTHS_OF[clause.frequency] ?? 12)),
        basis: 'period',
        citations: [startDayExcluded, monthEnd, lastDayOff],
      };
    }
    case 'immediate':
    case 'prompt':
      return {
        dueOn: calendar.addWorkdays(triggerOn, PROACTIVE_WORKDAYS),
        basis: 'statutoryBound',
        citations: [proactiveDeadline, startDayExcluded],
      };
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
 * The date by which an item must be published, with how it was reached, or `null` for a limit that sets
 * no date (长期公开, 随…公开, a minimum display period — which is how long a 公示 lasts, never a
 * publication deadline — or an unrecognised text).
 * - Workday periods count through the calendar, the trigger day not counted.
 * - Calendar-day periods start the day after the trigger (《民法典》第二百零一条); month periods end
 *   on the corresponding day or the month's last day (第二百零二条); a last day that is a holiday or
 *   rest day moves to the next workday (第二百零三条).
 * - 及时公开 and 实时公开 name no number: they are bounded by 条例第二十六条's 20 workdays from the
 *   trigger (`basis: 'statutoryBound'`); publishing sooner is what the words ask.
 * - A yearly deadline (每年3月底前) gives the next one on or after `triggerOn`, unmoved: it is a 期日.
 *   "半年至少更新1次" gives six months after `triggerOn`, the last update.
 * - A lead time (提前一周) counts back from `triggerOn`, the event's day.
 * @param limit - a parsed time limit
 * @param options - the trigger day (the event's day for a lead time), the calendar, and the clause when several are dated
 * @returns the due date and its basis, or `null`
 * @throws {@link CatalogueError} when several clauses are dated and none is chosen, or the limit is an unresolved 同上
 * @throws `WorkdaysError` when the dates fall outside the calendar's data
 * @example
 * ```ts
 * computeDue(readTimeLimit('及时公开'), { triggerOn: '2025-09-26', calendar: chinaCalendar });
 * // { dueOn: '2025-10-30', basis: 'statutoryBound', citations: [条例第二十六条, 民法典第二百零一条第一款] }
 * ```
 */
export function computeDue(limit: TimeLimit, options: ComputeDueOnOptions): DueDate | null {
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
  const only = datedClauses[0] ?? clauses.find((clause) => clause.kind === 'prompt' || clause.kind === 'immediate');
  return only === undefined ? null : dueOf(only, triggerOn, options.calendar);
}

/**
 * The date by which an item must be published: `computeDue(limit, options)?.dueOn`, or `null`.
 * @param limit - a parsed time limit
 * @param options - the trigger day, the calendar, and the clause when several are dated
 * @returns the due date, or `null`
 * @example
 * ```ts
 * computeDueOn(readTimeLimit('信息形成或者变更之日起20个工作日内'), { triggerOn: '2025-09-26', calendar: chinaCalendar });
 * // '2025-10-30'
 * ```
 */
export function computeDueOn(limit: TimeLimit, options: ComputeDueOnOptions): LocalDate | null {
  return computeDue(limit, options)?.dueOn ?? null;
}
