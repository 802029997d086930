/** Where a notice's dates come from. */
export interface NoticeSource {
  /** The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  readonly title: string;
  /** Its number (文号), where known. */
  readonly docNo?: string;
  /** `YYYY-MM-DD`: the notice's own date, or the publication date its address carries (see `dateBasis`). */
  readonly date: string;
  /** `signed`: the date printed on the notice; `address`: the publication date in its gov.cn address. */
  readonly dateBasis: 'signed' | 'address';
  /** The notice's address on the State Council's site. */
  readonly url: string;
}

/** One holiday of a notice: its days off (inclusive ranges) and its 调休 make-up workdays. */
export interface HolidayArrangement {
  /** The holiday's name as the notice writes it: 春节, 国庆节、中秋节 … */
  readonly name: string;
  /** Days off, as inclusive `[first, last]` ranges of `YYYY-MM-DD` dates. */
  readonly off: readonly (readonly [first: string, last: string])[];
  /** Saturdays or Sundays the notice makes workdays (调休上班日). */
  readonly makeUpWorkdays: readonly string[];
}

/**
 * A State Council holiday notice (放假安排通知) for one year, in this package's typed form.
 * Days of the year's New Year holiday can fall in late December of the year before.
 */
export interface HolidayNotice {
  /** The year arranged. */
  readonly year: number;
  /** The notice, then any notice amending it (e.g. the 2020 Spring Festival extension). */
  readonly sources: readonly NoticeSource[];
  /** The holidays in the order of the notice. */
  readonly holidays: readonly HolidayArrangement[];
}

/** A day a regional overlay changes. */
export interface OverlayDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The festival's name, e.g. 藏历新年. */
  readonly name: string;
  /** `off`: a day off in the region; `work`: a workday in the region (its own 调休). */
  readonly kind: 'off' | 'work';
}

/**
 * Festivals an autonomous region sets under 《全国年节及纪念日放假办法》第四条, supplied by
 * the caller from the region's own published arrangement.
 */
export interface RegionalOverlay {
  /** A stable key, e.g. `xizang-2025`. */
  readonly id: string;
  /** The region's 行政区划代码 (GB/T 2260). */
  readonly divisionCode: string;
  /** The document that sets the days. */
  readonly source: { readonly title: string; readonly docNo?: string; readonly date?: string; readonly url?: string };
  /** The days the overlay changes. */
  readonly days: readonly OverlayDay[];
}
