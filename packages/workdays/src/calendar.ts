import type { IssuePath, LegalCitation, Locale, LocalDate } from '@gk/core';
import {
  cite,
  createIssue,
  dayOfWeekOfEpochDay,
  epochDayOf,
  localDateFromEpochDay,
  safeParseDivisionCode,
  safeParseLocalDate,
} from '@gk/core';
import { DAY_LABELS } from './day-labels.js';
import { WorkdaysError } from './error.js';
import type { HolidayNotice, NoticeSource, RegionalOverlay } from './notice.js';
import type { WorkdaysIssue } from './workdays-issues.js';

/** The first and last day a calendar's data covers, both included. */
export interface Coverage {
  readonly first: LocalDate;
  readonly last: LocalDate;
}

/** What kind of day a date is. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** Where a holiday or make-up workday comes from. */
export type DaySource =
  | { readonly kind: 'notice'; readonly year: number; readonly sources: readonly NoticeSource[] }
  | { readonly kind: 'overlay'; readonly id: string; readonly divisionCode: string };

/** A day explained: its kind, the holiday it belongs to, the document that says so. */
export interface DayDescription {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly isWorkday: boolean;
  /** The holiday a day off or a make-up workday belongs to, as the source names it. */
  readonly holiday?: string;
  /** The notice or overlay that sets the day; absent for ordinary weekdays and weekends. */
  readonly source?: DaySource;
  /** A label in the requested locale: 春节 / 调休上班（春节） / 周末 / 工作日. */
  readonly label: string;
}

/** Options of {@link WorkdayCalendar.describeDay}. */
export interface DescribeDayOptions {
  /** The label's locale, `zh-CN` by default. */
  readonly locale?: Locale;
}

/**
 * The official working-day calendar: Monday to Friday, less the days off of the State Council's
 * holiday notices, plus their 调休 make-up workdays, plus any regional overlay. Every method
 * answers in constant time from an index built once; a date outside the data throws a
 * {@link WorkdaysError} (`workdays.outsideCoverage`), never a guess.
 */
export interface WorkdayCalendar {
  /** The first and last day covered. */
  readonly coverage: Coverage;
  /** The notices the calendar is built from, oldest first. */
  readonly notices: readonly HolidayNotice[];
  /** The regional overlays applied, in order. */
  readonly overlays: readonly RegionalOverlay[];
  /**
   * Whether a date is a workday (工作日).
   * @param date - `YYYY-MM-DD`
   */
  isWorkday(date: string): boolean;
  /**
   * Whether a date is a day off under a holiday notice or overlay (法定节假日 and the days
   * joined to it).
   * @param date - `YYYY-MM-DD`
   */
  isHoliday(date: string): boolean;
  /**
   * Whether a date is a Saturday or Sunday made a workday (调休上班日).
   * @param date - `YYYY-MM-DD`
   */
  isMakeUpWorkday(date: string): boolean;
  /**
   * The n-th workday after a date, the date itself not counted (期间开始之日不计算在内), so a
   * Friday plus 1 is the next workday. A negative n counts back: the |n|-th workday before.
   * n = 0 returns the date.
   * @param date - `YYYY-MM-DD`
   * @param n - a whole number of workdays
   * @see 《中华人民共和国民法典》第二百零一条第一款
   */
  addWorkdays(date: string, n: number): LocalDate;
  /**
   * The number of workdays d with from < d ≤ to (negative when `to` is before `from`).
   * @param from - `YYYY-MM-DD`, not counted
   * @param to - `YYYY-MM-DD`, counted
   */
  workdaysBetween(from: string, to: string): number;
  /**
   * The first workday after a date (`addWorkdays(date, 1)`).
   * @param date - `YYYY-MM-DD`
   */
  nextWorkday(date: string): LocalDate;
  /**
   * The date itself when it is a workday, else the first workday after it: where a period
   * counted in calendar days ends on a day off, it ends on the next workday.
   * @param date - `YYYY-MM-DD`
   * @see 《中华人民共和国民法典》第二百零三条第一款
   */
  workdayOnOrAfter(date: string): LocalDate;
  /**
   * Explains a date: 春节 / 调休上班 / 周末 / 工作日, with the notice that sets it.
   * @param date - `YYYY-MM-DD`
   * @param options - the label's locale
   */
  describeDay(date: string, options?: DescribeDayOptions): DayDescription;
  /**
   * A calendar with one more year's notice, or a year's notice replaced (e.g. amended).
   * The year must adjoin the covered years.
   * @param notice - the State Council's notice, as data supplied by the caller
   * @throws {@link WorkdaysError} when the notice fails its checks
   */
  withYear(notice: HolidayNotice): WorkdayCalendar;
  /**
   * A calendar with a regional overlay applied (少数民族节日, 放假办法第四条).
   * @param overlay - the region's days, as data supplied by the caller
   * @throws {@link WorkdaysError} when a day lies outside the coverage or the overlay is malformed
   */
  withOverlay(overlay: RegionalOverlay): WorkdayCalendar;
}

/** The articles the calendar applies. */
export const CALENDAR_CITATIONS: {
  /** 期间开始的当日不计入 — the start date of a period is not counted. */
  readonly startDayExcluded: LegalCitation;
  /** 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日. */
  readonly lastDayOff: LegalCitation;
  /** The holidays every citizen has. */
  readonly holidays: LegalCitation;
  /** Festivals of ethnic minorities set by regional governments. */
  readonly regionalFestivals: LegalCitation;
  /** Holidays arranged with 调休. */
  readonly makeUpArrangements: LegalCitation;
} = {
  startDayExcluded: cite('civilCode', 201, 1),
  lastDayOff: cite('civilCode', 203, 1),
  holidays: cite('holidayMeasures', 2),
  regionalFestivals: cite('holidayMeasures', 4),
  makeUpArrangements: cite('holidayMeasures', 7),
};

const WORK = 1;
const HOLIDAY = 2;
const MAKE_UP = 4;

interface DayInfo {
  readonly name: string;
  readonly source: DaySource;
}

function isWeekend(epochDay: number): boolean {
  return dayOfWeekOfEpochDay(epochDay) >= 6;
}

function* daysOf(range: readonly [string, string]): Generator<number> {
  const first = epochDayOf(range[0]);
  const last = epochDayOf(range[1]);
  for (let day = first; day <= last; day++) yield day;
}

function checkDate(value: unknown, path: IssuePath, issues: WorkdaysIssue[]): number {
  const parsed = safeParseLocalDate(value, path);
  if (!parsed.success) {
    issues.push(...parsed.issues);
    return Number.NaN;
  }
  return epochDayOf(parsed.data);
}

/** Checks one notice on its own: year, sources, dates, ranges, conflicts, make-up days on weekends. */
function checkNotice(notice: HolidayNotice, path: IssuePath): WorkdaysIssue[] {
  const issues: WorkdaysIssue[] = [];
  const { year } = notice;
  if (!Number.isInteger(year) || year < 1949 || year > 9999) {
    issues.push(createIssue('workdays.noticeYear', { year }, [...path, 'year']));
    return issues;
  }
  if (notice.sources.length === 0) issues.push(createIssue('workdays.noticeSource', { year }, [...path, 'sources']));
  const earliest = epochDayOf(`${String(year - 1)}-12-01`);
  const latest = epochDayOf(`${String(year)}-12-31`);
  const seen = new Set<number>();
  const note = (day: number, date: string, at: IssuePath): void => {
    if (day < earliest || day > latest) issues.push(createIssue('workdays.noticeDateOutsideYear', { date, year }, at));
    if (seen.has(day)) issues.push(createIssue('workdays.noticeConflict', { date }, at));
    seen.add(day);
  };
  notice.holidays.forEach((holiday, h) => {
    holiday.off.forEach((range, r) => {
      const at = [...path, 'holidays', h, 'off', r];
      const first = checkDate(range[0], [...at, 0], issues);
      const last = checkDate(range[1], [...at, 1], issues);
      if (Number.isNaN(first) || Number.isNaN(last)) return;
      if (last < first) {
        issues.push(createIssue('workdays.noticeRange', { first: range[0], last: range[1] }, at));
        return;
      }
      for (let day = first; day <= last; day++) note(day, localDateFromEpochDay(day), at);
    });
    holiday.makeUpWorkdays.forEach((date, w) => {
      const at = [...path, 'holidays', h, 'makeUpWorkdays', w];
      const day = checkDate(date, at, issues);
      if (Number.isNaN(day)) return;
      if (!isWeekend(day)) issues.push(createIssue('workdays.makeUpOnWeekday', { date }, at));
      note(day, date, at);
    });
  });
  return issues;
}

class IndexedCalendar implements WorkdayCalendar {
  readonly coverage: Coverage;
  readonly notices: readonly HolidayNotice[];
  readonly overlays: readonly RegionalOverlay[];
  readonly #first: number;
  readonly #flags: Uint8Array;
  /** `#count[i]`: workdays among the covered days 0…i. */
  readonly #count: Int32Array;
  /** Offsets of the workdays, in order. */
  readonly #workdays: Int32Array;
  readonly #dates: readonly LocalDate[];
  readonly #info: ReadonlyMap<number, DayInfo>;

  constructor(notices: readonly HolidayNotice[], overlays: readonly RegionalOverlay[]) {
    this.notices = notices;
    this.overlays = overlays;
    const firstYear = notices[0]?.year ?? 0;
    const lastYear = notices[notices.length - 1]?.year ?? 0;
    const first = epochDayOf(`${String(firstYear)}-01-01`);
    const last = epochDayOf(`${String(lastYear)}-12-31`);
    const size = last - first + 1;
    this.#first = first;
    const flags = new Uint8Array(size);
    const dates: LocalDate[] = new Array<LocalDate>(size);
    for (let i = 0; i < size; i++) {
      flags[i] = isWeekend(first + i) ? 0 : WORK;
      dates[i] = localDateFromEpochDay(first + i);
    }
    const info = new Map<number, DayInfo>();
    const mark = (day: number, flag: number, name: string, source: DaySource): void => {
      if (day < first || day > last) return;
      flags[day - first] = flag;
      info.set(day, { name, source });
    };
    for (const notice of notices) {
      const source: DaySource = { kind: 'notice', year: notice.year, sources: notice.sources };
      for (const holiday of notice.holidays) {
        for (const range of holiday.off) for (const day of daysOf(range)) mark(day, HOLIDAY, holiday.name, source);
        for (const date of holiday.makeUpWorkdays) mark(epochDayOf(date), WORK | MAKE_UP, holiday.name, source);
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
    this.#dates = dates;
    this.#info = info;
    this.coverage = Object.freeze({ first: dates[0]!, last: dates[size - 1]! });
  }

  #offset(date: unknown, name: string): number {
    const day = typeof date === 'string' ? epochDayOf(date) : Number.NaN;
    if (Number.isNaN(day)) {
      const parsed = safeParseLocalDate(date, [name]);
      throw new WorkdaysError(parsed.success ? [] : parsed.issues);
    }
    const offset = day - this.#first;
    if (offset < 0 || offset >= this.#flags.length) {
      throw new WorkdaysError([
        createIssue('workdays.outsideCoverage', { date: date as string, ...this.coverage }, [name]),
      ]);
    }
    return offset;
  }

  isWorkday(date: string): boolean {
    return ((this.#flags[this.#offset(date, 'date')] ?? 0) & WORK) !== 0;
  }

  isHoliday(date: string): boolean {
    return ((this.#flags[this.#offset(date, 'date')] ?? 0) & HOLIDAY) !== 0;
  }

  isMakeUpWorkday(date: string): boolean {
    return ((this.#flags[this.#offset(date, 'date')] ?? 0) & MAKE_UP) !== 0;
  }

  addWorkdays(date: string, n: number): LocalDate {
    const offset = this.#offset(date, 'date');
    if (!Number.isInteger(n)) throw new WorkdaysError([createIssue('workdays.count', { value: n }, ['n'])]);
    if (n === 0) return this.#dates[offset]!;
    const upTo = this.#count[offset] ?? 0;
    // upTo counts workdays ≤ date: the first workday after date is #workdays[upTo].
    const index = n > 0 ? upTo + n - 1 : upTo - ((this.#flags[offset] ?? 0) & WORK) + n;
    const target = this.#workdays[index];
    if (target === undefined) {
      throw new WorkdaysError([
        createIssue('workdays.resultOutsideCoverage', { date, workdays: n, ...this.coverage }, ['n']),
      ]);
    }
    return this.#dates[target]!;
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
    return this.isWorkday(date) ? this.#dates[this.#offset(date, 'date')]! : this.addWorkdays(date, 1);
  }

  describeDay(date: string, options: DescribeDayOptions = {}): DayDescription {
    const offset = this.#offset(date, 'date');
    const flag = this.#flags[offset] ?? 0;
    const info = this.#info.get(this.#first + offset);
    const labels = DAY_LABELS[options.locale ?? 'zh-CN'];
    const base = { date: this.#dates[offset]!, isWorkday: (flag & WORK) !== 0 };
    if (info !== undefined && (flag & (HOLIDAY | MAKE_UP)) !== 0) {
      const kind: DayKind = (flag & HOLIDAY) !== 0 ? 'holiday' : 'makeUpWorkday';
      const label = kind === 'holiday' ? labels.holiday(info.name) : labels.makeUpWorkday(info.name);
      return { ...base, kind, holiday: info.name, source: info.source, label };
    }
    const kind: DayKind = (flag & WORK) !== 0 ? 'workday' : 'weekend';
    return { ...base, kind, label: kind === 'workday' ? labels.workday : labels.weekend };
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
    return createCalendar([...others, notice], this.overlays);
  }

  withOverlay(overlay: RegionalOverlay): WorkdayCalendar {
    const issues = checkOverlays([overlay], this.coverage, []);
    if (issues.length > 0) throw new WorkdaysError(issues);
    return createCalendar(this.notices, [...this.overlays, overlay]);
  }
}

function checkOverlays(
  overlays: readonly RegionalOverlay[],
  coverage: Coverage,
  root: IssuePath = ['overlays'],
): WorkdaysIssue[] {
  const issues: WorkdaysIssue[] = [];
  const first = epochDayOf(coverage.first);
  const last = epochDayOf(coverage.last);
  const ids = new Set<string>();
  overlays.forEach((overlay, o) => {
    const path = overlays.length === 1 && root.length === 0 ? [] : [...root, o];
    if (ids.has(overlay.id)) issues.push(createIssue('workdays.overlayDuplicate', { id: overlay.id }, [...path, 'id']));
    ids.add(overlay.id);
    if (!safeParseDivisionCode(overlay.divisionCode).success) {
      issues.push(
        createIssue('workdays.overlayRegion', { divisionCode: overlay.divisionCode }, [...path, 'divisionCode']),
      );
    }
    overlay.days.forEach((day, d) => {
      const at = [...path, 'days', d, 'date'];
      const epochDay = checkDate(day.date, at, issues);
      if (!Number.isNaN(epochDay) && (epochDay < first || epochDay > last)) {
        issues.push(createIssue('workdays.overlayOutsideCoverage', { date: day.date, ...coverage }, at));
      }
    });
  });
  return issues;
}

/**
 * Builds a working-day calendar from holiday notices covering consecutive years, and optional
 * regional overlays. The calendar covers 1 January of the first year to 31 December of the last.
 * Late-December days that a notice for the following year sets are applied when that notice is added.
 * @param notices - one notice per year, consecutive years, any order
 * @param overlays - regional overlays, applied after the notices, in order
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
  if (issues.length > 0) throw new WorkdaysError(issues);
  const firstYear = sorted[0]?.year ?? 0;
  const lastYear = sorted[sorted.length - 1]?.year ?? 0;
  const coverage: Coverage = {
    first: `${String(firstYear)}-01-01` as LocalDate,
    last: `${String(lastYear)}-12-31` as LocalDate,
  };
  const overlayIssues = checkOverlays(overlays, coverage);
  if (overlayIssues.length > 0) throw new WorkdaysError(overlayIssues);
  return new IndexedCalendar(Object.freeze(sorted), Object.freeze([...overlays]));
}
