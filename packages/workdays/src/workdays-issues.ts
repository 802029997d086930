import type { CoreIssueParams, IssueUnion } from '@gk/core';

/** The params of each issue code `@gk/workdays` adds to those of `@gk/core`. */
export interface WorkdaysOwnIssueParams {
  /** A date lies outside the days the calendar's data covers. */
  'workdays.outsideCoverage': { readonly date: string; readonly first: string; readonly last: string };
  /** Counting workdays from a date runs past the days the calendar's data covers. */
  'workdays.resultOutsideCoverage': {
    readonly date: string;
    readonly workdays: number;
    readonly first: string;
    readonly last: string;
    /** The first date past the data in the direction counted: the day after `last`, or before `first`. */
    readonly outside: string;
  };
  /** A number of workdays is not a whole number. */
  'workdays.count': { readonly value: number };
  /** A notice's year is not a whole number from 1949 to 9999. */
  'workdays.noticeYear': { readonly year: number };
  /** A calendar needs at least one notice. */
  'workdays.noNotices': Readonly<Record<never, never>>;
  /** Two notices arrange the same year. */
  'workdays.noticeDuplicateYear': { readonly year: number };
  /** A notice's year would leave a gap in the calendar's coverage. */
  'workdays.noticeGap': { readonly year: number; readonly firstYear: number; readonly lastYear: number };
  /** A notice names no source document. */
  'workdays.noticeSource': { readonly year: number };
  /** A notice's day lies outside its year (and outside the December before it). */
  'workdays.noticeDateOutsideYear': { readonly date: string; readonly year: number };
  /** A range of days off ends before it starts. */
  'workdays.noticeRange': { readonly first: string; readonly last: string };
  /** A notice lists the same day twice, or as both a day off and a workday. */
  'workdays.noticeConflict': { readonly date: string };
  /** A make-up workday that is not a Saturday or Sunday. */
  'workdays.makeUpOnWeekday': { readonly date: string };
  /** Provisional days follow the 2024 holidays, so the notices must reach the year before they apply. */
  'workdays.provisionalFrom': { readonly lastYear: number; readonly firstProvisionalYear: number };
  /** A notice as JSON is not shaped as the documented format. */
  'workdays.noticeShape': { readonly expected: string };
  /** A notice as JSON is too large to be a notice. */
  'workdays.noticeTooLarge': { readonly limit: number };
  /** An overlay's division code is malformed. */
  'workdays.overlayRegion': { readonly divisionCode: string };
  /** An overlay's day lies outside the calendar's coverage. */
  'workdays.overlayOutsideCoverage': { readonly date: string; readonly first: string; readonly last: string };
  /** An overlay with that id is already applied. */
  'workdays.overlayDuplicate': { readonly id: string };
}

/** The params of every issue `@gk/workdays` reports, its own and `@gk/core`'s date issues. */
export type WorkdaysIssueParams = CoreIssueParams & WorkdaysOwnIssueParams;

/** Every issue `@gk/workdays` reports. */
export type WorkdaysIssue = IssueUnion<WorkdaysIssueParams>;

/** How a locale names the kinds of day. */
export interface DayLabels {
  readonly workday: string;
  readonly weekend: string;
  readonly holiday: (name: string) => string;
  readonly makeUpWorkday: (name: string) => string;
  /** A 补假 day (放假办法第六条). */
  readonly compensatory: (name: string) => string;
  /** A label marked provisional. */
  readonly provisional: (label: string) => string;
  /** Why a day of a year is provisional. */
  readonly provisionalNote: (year: number) => string;
}
