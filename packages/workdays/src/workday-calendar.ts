// The calendar's public shape: what a working-day calendar answers, and the articles it applies.
import type { LegalCitation, Locale, LocalDate } from '@gk/core';
import { cite } from '@gk/core';
import type { HolidayNotice, NoticeSource, RegionalOverlay } from './notice.js';
import { PROVISIONAL_CITATIONS } from './provisional.js';

/**
 * The days a calendar answers, and which of them rest on a published notice. Every day after
 * `noticesEnd` is provisional (暂定).
 */
export interface Coverage {
  /** The first day answered. */
  readonly first: LocalDate;
  /** The last day answered: 2100-12-31 for `chinaCalendar`, the end of the last notice for a strict calendar. */
  readonly last: LocalDate;
  /** The last day a published State Council notice covers (31 December of its year). */
  readonly noticesEnd: LocalDate;
  /** The first provisional day (the day after `noticesEnd`), or `null` when the calendar has none. */
  readonly provisionalFrom: LocalDate | null;
}

/** What kind of day a date is. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** Where a holiday or make-up workday comes from. */
export type DaySource =
  | { readonly kind: 'notice'; readonly year: number; readonly sources: readonly NoticeSource[] }
  | { readonly kind: 'overlay'; readonly id: string; readonly divisionCode: string }
  | {
      readonly kind: 'provisional';
      /** `statutory`: a holiday of Art. 2; `compensatory`: a 补假 under Art. 6. */
      readonly rule: 'statutory' | 'compensatory';
      readonly citation: LegalCitation;
    };

/** A day explained: its kind, the holiday it belongs to, the document that says so. */
export interface DayDescription {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly isWorkday: boolean;
  /** Whether the day lies after the last published notice, so its kind is an estimate (暂定). */
  readonly provisional: boolean;
  /** The holiday a day off or a make-up workday belongs to, as the source names it. */
  readonly holiday?: string;
  /** The notice, overlay or provisional rule that sets the day; absent for ordinary weekdays and weekends. */
  readonly source?: DaySource;
  /** A label in the requested locale: 春节 / 调休上班（春节） / 周末 / 工作日 / 清明节（暂定）. */
  readonly label: string;
  /** For a provisional day, why it is provisional and what it rests on. */
  readonly note?: string;
}

/** Options of {@link WorkdayCalendar.describeDay}. */
export interface DescribeDayOptions {
  /** The label's locale, `zh-CN` by default. */
  readonly locale?: Locale;
}

/**
 * The official working-day calendar: Monday to Friday, less the days off of the State Council's
 * holiday notices, plus their 调休 make-up workdays, plus any regional overlay. After the last notice
 * it continues with provisional days (the holidays of 《全国年节及纪念日放假办法》 and their 补假),
 * each flagged by {@link WorkdayCalendar.isProvisional}. Every method answers in constant time from an
 * index built once; a date outside {@link Coverage} throws a {@link WorkdaysError}, never a guess.
 */
export interface WorkdayCalendar {
  /** The days answered, where the notices end and where provisional days begin. */
  readonly coverage: Coverage;
  /** The notices the calendar is built from, oldest first. */
  readonly notices: readonly HolidayNotice[];
  /** The regional overlays applied, in order. */
  readonly overlays: readonly RegionalOverlay[];
  /**
   * The same notices and overlays without provisional days: a date after the last notice throws a
   * coverage error. A strict calendar is its own `strict`.
   */
  readonly strict: WorkdayCalendar;
  /**
   * Whether a date is a workday (工作日).
   * @param date - `YYYY-MM-DD`
   */
  isWorkday(date: string): boolean;
  /**
   * Whether a date is a day off under a holiday notice, an overlay or, after the last notice, the
   * statutory holidays and their 补假 (法定节假日 and the days joined to it).
   * @param date - `YYYY-MM-DD`
   */
  isHoliday(date: string): boolean;
  /**
   * Whether a date is a Saturday or Sunday made a workday (调休上班日).
   * @param date - `YYYY-MM-DD`
   */
  isMakeUpWorkday(date: string): boolean;
  /**
   * Whether a date lies after the last published notice, so that its kind is provisional (暂定).
   * @param date - `YYYY-MM-DD`
   */
  isProvisional(date: string): boolean;
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
   * Explains a date: 春节 / 调休上班 / 周末 / 工作日, with the notice that sets it, or 暂定 with the rule
   * for a provisional day.
   * @param date - `YYYY-MM-DD`
   * @param options - the label's locale
   */
  describeDay(date: string, options?: DescribeDayOptions): DayDescription;
  /**
   * A calendar with one more year's notice, or a year's notice replaced (e.g. amended). The notice
   * replaces that year's provisional days entirely. The year must adjoin the notices' years.
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
  /** 补假: a holiday on a Saturday or Sunday is given on a workday. */
  readonly compensatoryDayOff: LegalCitation;
  /** Holidays arranged with 调休. */
  readonly makeUpArrangements: LegalCitation;
} = {
  startDayExcluded: cite('civilCode', 201, 1),
  lastDayOff: cite('civilCode', 203, 1),
  holidays: PROVISIONAL_CITATIONS.statutory,
  regionalFestivals: cite('holidayMeasures', 4),
  compensatoryDayOff: PROVISIONAL_CITATIONS.compensatory,
  makeUpArrangements: cite('holidayMeasures', 7),
};
