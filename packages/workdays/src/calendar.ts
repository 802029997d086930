import type { LocalDate } from '@gk/core';
import { createIssue, epochDayOf, localDateFromEpochDay, safeParseLocalDate } from '@gk/core';
import { checkNotice, checkOverlays, isWeekend } from './checks.js';
import { DAY_LABELS } from './day-labels.js';
import { WorkdaysError } from './error.js';
import type { HolidayNotice, RegionalOverlay } from './notice.js';
import { PROVISIONAL_YEARS, provisionalYear } from './provisional.js';
import type { WorkdaysIssue } from './workdays-issues.js';
import type {
  Coverage,
  DayDescription,
  DayKind,
  DaySource,
  DescribeDayOptions,
  WorkdayCalendar,
} from './workday-calendar.js';

import { CALENDAR_CITATIONS } from './workday-calendar.js';

const WORK = 1;
const HOLIDAY = 2;
const MAKE_UP = 4;
const PROVISIONAL = 8;

interface DayInfo {
  readonly name: string;
  readonly source: DaySource;
}

function* daysOf(range: readonly [string, string]): Generator<number> {
  const first = epochDayOf(range[0]);
  const last = epochDayOf(range[1]);
  for (let day = first; day <= last; day++) yield day;
}

const yearStart = (year: number): number => epochDayOf(`${String(year)}-01-01`);
const yearEnd = (year: number): number => epochDayOf(`${String(year)}-12-31`);

class IndexedCalendar implements WorkdayCalendar {
  readonly coverage: Coverage;
  readonly notices: readonly HolidayNotice[];
  readonly overlays: readonly RegionalOverlay[];
  readonly #provisional: boolean;
  readonly #first: number;
  readonly #flags: Uint8Array;
  /** `#count[i]`: workdays among the covered days 0…i. */
  readonly #count: Int32Array;
  /** Offsets of the workdays, in order. */
  readonly #workdays: Int32Array;
  /** Date strings, made when first asked for. */
  readonly #dates: (LocalDate | undefined)[];
  readonly #info: ReadonlyMap<number, DayInfo>;
  #strict: WorkdayCalendar | undefined;

  constructor(notices: readonly HolidayNotice[], overlays: readonly RegionalOverlay[], provisional: boolean) {
    this.notices = notices;
    this.overlays = overlays;
    const firstYear = notices[0]?.year ?? 0;
    const lastYear = notices[notices.length - 1]?.year ?? 0;
    const lastProvisionalYear = provisional ? Math.max(lastYear, PROVISIONAL_YEARS.last) : lastYear;
    this.#provisional = lastProvisionalYear > lastYear;
    const first = yearStart(firstYear);
    const noticesEnd = yearEnd(lastYear);
    const last = yearEnd(lastProvisionalYear);
    const size = last - first + 1;
    this.#first = first;
    const flags = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const day = first + i;
      flags[i] = (isWeekend(day) ? 0 : WORK) | (day > noticesEnd ? PROVISIONAL : 0);
    }
    const info = new Map<number, DayInfo>();
    const mark = (day: number, flag: number, name: string, source: DaySource): void => {
      if (day < first || day > last) return;
      flags[day - first] = flag | ((flags[day - first] ?? 0) & PROVISIONAL);
      info.set(day, { name, source });
    };
    for (const notice of notices) {
      const source: DaySource = { kind: 'notice', year: notice.year, sources: notice.sources };
      for (const holiday of notice.holidays) {
        for (const range of holiday.off) for (const day of daysOf(range)) mark(day, HOLIDAY, holiday.name, source);
        for (const date of holiday.makeUpWorkdays) mark(epochDayOf(date), WORK | MAKE_UP, holiday.name, source);
      }
    }
    for (let year = lastYear + 1; year <= lastProvisionalYear; year++) {
      for (const holiday of provisionalYear(year)?.holidays ?? []) {
        const statutory: DaySource = { kind: 'provisional', rule: 'statutory', citation: CALENDAR_CITATIONS.holidays };
        const compensatory: DaySource = {
          kind: 'provisional',
          rule: 'compensatory',
          citation: CALENDAR_CITATIONS.compensatoryDayOff,
        };
        for (const date of holiday.days) mark(epochDayOf(date), HOLIDAY, holiday.name, statutory);
        for (const date of holiday.compensatoryDays) mark(epochDayOf(date), HOLIDAY, holiday.name, compensatory);
      }
    }
    for (const overlay of overlays) {
      const source: DaySource = { kind: 'overlay', id: overlay.id, divisionCode: overlay.divisionCode };
      for (const day of overlay.days) {
        const epochDay = epochDayOf(day.date);
        const flag = day.kind === 'off' ? HOLIDAY : isWeekend(epochDay) ? WORK | MAKE_UP : WORK;
        mark(epochDay, flag, day.name, source);
      }
    }
    const count = new Int32Array(size);
    const workdays: number[] = [];
    for (let i = 0; i < size; i++) {
      if (((flags[i] ?? 0) & WORK) !== 0) workdays.push(i);
      count[i] = workdays.length;
    }
    this.#flags = flags;
    this.#count = count;
    this.#workdays = Int32Array.from(workdays);
    this.#dates = new Array<LocalDate | undefined>(size);
    this.#info = info;
    this.coverage = Object.freeze({
      first: localDateFromEpochDay(first),
      last: localDateFromEpochDay(last),
      noticesEnd: localDateFromEpochDay(noticesEnd),
      provisionalFrom: this.#provisional ? localDateFromEpochDay(noticesEnd + 1) : null,
    });
  }

  get strict(): WorkdayCalendar {
    if (!this.#provisional) return this;
    this.#strict ??= new IndexedCalendar(this.notices, this.overlays, false);
    return this.#strict;
  }

  #date(offset: number): LocalDate {
    return (this.#dates[offset] ??= localDateFromEpochDay(this.#first + offset));
  }

  #offset(date: unknown, name: string): number {
    const day = typeof date === 'string' ? epochDayOf(date) : Number.NaN;
    if (Number.isNaN(day)) {
      const parsed = safeParseLocalDate(date, [name]);
      throw new WorkdaysError(parsed.success ? [] : parsed.issues);
    }
    const offset = day - this.#first;
    if (offset < 0 || offset >= this.#flags.length) {
      const { first, last } = this.coverage;
      throw new WorkdaysError([createIssue('workdays.outsideCoverage', { date: date as string, first, last }, [name])]);
    }
    return offset;
  }

  #flag(date: string): number {
    return this.#flags[this.#offset(date, 'date')] ?? 0;
  }

  isWorkday(date: string): boolean {
    return (this.#flag(date) & WORK) !== 0;
  }

  isHoliday(date: string): boolean {
    return (this.#flag(date) & HOLIDAY) !== 0;
  }

  isMakeUpWorkday(date: string): boolean {
    return (this.#flag(date) & MAKE_UP) !== 0;
  }

  isProvisional(date: string): boolean {
    return (this.#flag(date) & PROVISIONAL) !== 0;
  }

  addWorkdays(date: string, n: number): LocalDate {
    const offset = this.#offset(date, 'date');
    if (!Number.isInteger(n)) throw new WorkdaysError([createIssue('workdays.count', { value: n }, ['n'])]);
    if (n === 0) return this.#date(offset);
    const upTo = this.#count[offset] ?? 0;
    // upTo counts workdays ≤ date: the first workday after date is #workdays[upTo].
    const index = n > 0 ? upTo + n - 1 : upTo - ((this.#flags[offset] ?? 0) & WORK) + n;
    const target = this.#workdays[index];
    if (target === undefined) {
      const { first, last } = this.coverage;
      const outside = localDateFromEpochDay(n > 0 ? epochDayOf(last) + 1 : epochDayOf(first) - 1);
      throw new WorkdaysError([
        createIssue('workdays.resultOutsideCoverage', { date, workdays: n, first, last, outside }, ['n']),
      ]);
    }
    return this.#date(target);
  }

  workdaysBetween(from: string, to: string): number {
    const a = this.#offset(from, 'from');
    const b = this.#offset(to, 'to');
    return (this.#count[b] ?? 0) - (this.#count[a] ?? 0);
  }

  nextWorkday(date: string): LocalDate {
    return this.addWorkdays(date, 1);
  }

  workdayOnOrAfter(date: string): LocalDate {
    const offset = this.#offset(date, 'date');
    return ((this.#flags[offset] ?? 0) & WORK) !== 0 ? this.#date(offset) : this.addWorkdays(date, 1);
  }

  describeDay(date: string, options: DescribeDayOptions = {}): DayDescription {
    const offset = this.#offset(date, 'date');
    const flag = this.#flags[offset] ?? 0;
    const info = this.#info.get(this.#first + offset);
    const labels = DAY_LABELS[options.locale ?? 'zh-CN'];
    const provisional = (flag & PROVISIONAL) !== 0;
    const base = {
      date: this.#date(offset),
      isWorkday: (flag & WORK) !== 0,
      provisional,
      ...(provisional ? { note: labels.provisionalNote(Number(date.slice(0, 4))) } : {}),
    };
    const mark = (label: string): string => (provisional ? labels.provisional(label) : label);
    if (info !== undefined && (flag & (HOLIDAY | MAKE_UP)) !== 0) {
      const kind: DayKind = (flag & HOLIDAY) !== 0 ? 'holiday' : 'makeUpWorkday';
      const compensatory = info.source.kind === 'provisional' && info.source.rule === 'compensatory';
      const label =
        kind === 'makeUpWorkday'
          ? labels.makeUpWorkday(info.name)
          : compensatory
            ? labels.compensatory(info.name)
            : labels.holiday(info.name);
      return { ...base, kind, holiday: info.name, source: info.source, label: mark(label) };
    }
    const kind: DayKind = (flag & WORK) !== 0 ? 'workday' : 'weekend';
    return { ...base, kind, label: mark(kind === 'workday' ? labels.workday : labels.weekend) };
  }

  withYear(notice: HolidayNotice): WorkdayCalendar {
    const issues = checkNotice(notice, []);
    const firstYear = this.notices[0]?.year ?? 0;
    const lastYear = this.notices[this.notices.length - 1]?.year ?? 0;
    if (issues.length === 0 && (notice.year < firstYear - 1 || notice.year > lastYear + 1)) {
      issues.push(createIssue('workdays.noticeGap', { year: notice.year, firstYear, lastYear }, ['year']));
    }
    if (issues.length > 0) throw new WorkdaysError(issues);
    const others = this.notices.filter((existing) => existing.year !== notice.year);
    return createCalendar([...others, notice], this.overlays, { provisional: this.#provisional });
  }

  withOverlay(overlay: RegionalOverlay): WorkdayCalendar {
    const issues = checkOverlays([overlay], this.coverage, []);
    if (issues.length > 0) throw new WorkdaysError(issues);
    return createCalendar(this.notices, [...this.overlays, overlay], { provisional: this.#provisional });
  }
}

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /**
   * Continue after the last notice with provisional days up to 2100 (see `provisionalYear`); `false`
   * by default. The notices must then reach at least 2024: provisional days follow the holidays of
   * the 2024 revision of 《全国年节及纪念日放假办法》, in force from 2025.
   */
  readonly provisional?: boolean;
}

/**
 * Builds a working-day calendar from holiday notices covering consecutive years, and optional
 * regional overlays. The calendar covers 1 January of the first year to 31 December of the last, or
 * to 2100 with provisional days. Late-December days that a notice for the following year sets are
 * applied when that notice is added.
 * @param notices - one notice per year, consecutive years, any order
 * @param overlays - regional overlays, applied after the notices, in order
 * @param options - whether to continue with provisional days
 * @returns the calendar
 * @throws {@link WorkdaysError} listing every problem found in the data
 * @example
 * ```ts
 * const calendar = createCalendar(myNotices);
 * calendar.addWorkdays('2025-09-26', 1); // '2025-09-28' (a 调休 Sunday)
 * ```
 */
export function createCalendar(
  notices: readonly HolidayNotice[],
  overlays: readonly RegionalOverlay[] = [],
  options: CreateCalendarOptions = {},
): WorkdayCalendar {
  const sorted = [...notices].sort((a, b) => a.year - b.year);
  const issues: WorkdaysIssue[] = [];
  notices.forEach((notice, n) => issues.push(...checkNotice(notice, ['notices', n])));
  if (sorted.length === 0) issues.push(createIssue('workdays.noNotices', {}, ['notices']));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.year === previous.year) {
      issues.push(
        createIssue('workdays.noticeDuplicateYear', { year: current.year }, [
          'notices',
          notices.lastIndexOf(current),
          'year',
        ]),
      );
    } else if (current.year !== previous.year + 1) {
      issues.push(
        createIssue(
          'workdays.noticeGap',
          { year: current.year, firstYear: sorted[0]?.year ?? 0, lastYear: previous.year },
          ['notices', notices.indexOf(current), 'year'],
        ),
      );
    }
  }
  const firstYear = sorted[0]?.year ?? 0;
  const lastYear = sorted[sorted.length - 1]?.year ?? 0;
  const provisional = options.provisional === true;
  if (provisional && sorted.length > 0 && lastYear < PROVISIONAL_YEARS.first - 1) {
    issues.push(
      createIssue('workdays.provisionalFrom', { lastYear, firstProvisionalYear: PROVISIONAL_YEARS.first }, ['notices']),
    );
  }
  if (issues.length > 0) throw new WorkdaysError(issues);
  const lastDay = provisional ? Math.max(lastYear, PROVISIONAL_YEARS.last) : lastYear;
  const overlayIssues = checkOverlays(overlays, {
    first: `${String(firstYear)}-01-01`,
    last: `${String(lastDay)}-12-31`,
  });
  if (overlayIssues.length > 0) throw new WorkdaysError(overlayIssues);
  return new IndexedCalendar(Object.freeze(sorted), Object.freeze([...overlays]), provisional);
}
