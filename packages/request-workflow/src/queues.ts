import type { LocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import { chinaCalendar } from '@gk/workdays';
import type { CaseState } from './case-state.js';

/** A case on a staff desk: its id and its evaluated state. */
export interface QueueCase {
  readonly id: string;
  readonly state: CaseState;
}

/** A queue entry: the case and the workdays left until its due date (negative when overdue). */
export interface QueueEntry {
  readonly id: string;
  readonly state: CaseState;
  readonly dueOn: LocalDate;
  readonly workdaysLeft: number;
}

/** Options of the queue functions. */
export interface QueueOptions {
  /** The calendar; `chinaCalendar` by default. */
  readonly calendar?: WorkdayCalendar;
}

/** Options of {@link overdue}: today, and the calendar. */
export interface OverdueOptions extends QueueOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

/** Options of {@link dueSoon}: today, how far ahead, and the calendar. */
export interface DueSoonOptions extends OverdueOptions {
  /** How many workdays ahead to look (today's included). */
  readonly withinWorkdays: number;
}

function open(cases: readonly QueueCase[], today: string, calendar: WorkdayCalendar): QueueEntry[] {
  const entries: QueueEntry[] = [];
  for (const { id, state } of cases) {
    if (state.concludedOn !== null || state.dueOn === null) continue;
    entries.push({ id, state, dueOn: state.dueOn, workdaysLeft: calendar.workdaysBetween(today, state.dueOn) });
  }
  return entries.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Open cases due within a number of workdays from today (today's included), soonest first.
 * Paused cases are included with their provisional due date.
 * @param cases - evaluated cases
 * @param options - today, how far ahead, the calendar
 * @returns the entries, by due date
 */
export function dueSoon(cases: readonly QueueCase[], options: DueSoonOptions): QueueEntry[];
/**
 * The old, positional form of {@link dueSoon}.
 * @deprecated Pass `{ today, withinWorkdays, calendar }`; this form goes in the next minor version.
 */
export function dueSoon(
  cases: readonly QueueCase[],
  today: string,
  withinWorkdays: number,
  options?: QueueOptions,
): QueueEntry[];
export function dueSoon(
  cases: readonly QueueCase[],
  first: DueSoonOptions | string,
  withinWorkdays?: number,
  options: QueueOptions = {},
): QueueEntry[] {
  const { today, within, calendar } =
    typeof first === 'string'
      ? { today: first, within: withinWorkdays ?? 0, calendar: options.calendar }
      : { today: first.today, within: first.withinWorkdays, calendar: first.calendar };
  return open(cases, today, calendar ?? chinaCalendar).filter(
    (entry) => entry.workdaysLeft >= 0 && entry.workdaysLeft <= within,
  );
}

/**
 * Open cases whose due date has passed, most overdue first.
 * @param cases - evaluated cases
 * @param options - today and the calendar
 * @returns the entries, by due date
 * @see 《中华人民共和国政府信息公开条例》第三十三条
 */
export function overdue(cases: readonly QueueCase[], options: OverdueOptions): QueueEntry[];
/**
 * The old, positional form of {@link overdue}.
 * @deprecated Pass `{ today, calendar }`; this form goes in the next minor version.
 */
export function overdue(cases: readonly QueueCase[], today: string, options?: QueueOptions): QueueEntry[];
export function overdue(
  cases: readonly QueueCase[],
  first: OverdueOptions | string,
  options: QueueOptions = {},
): QueueEntry[] {
  const { today, calendar } = typeof first === 'string' ? { today: first, calendar: options.calendar } : first;
  return open(cases, today, calendar ?? chinaCalendar).filter((entry) => entry.dueOn < today);
}
