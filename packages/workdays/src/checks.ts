import type { IssuePath } from '@gk/core';
import {
  createIssue,
  dayOfWeekOfEpochDay,
  epochDayOf,
  localDateFromEpochDay,
  safeParseDivisionCode,
  safeParseLocalDate,
} from '@gk/core';
import type { HolidayNotice, RegionalOverlay } from './notice.js';
import type { WorkdaysIssue } from './workdays-issues.js';

/** Saturday or Sunday. */
export function isWeekend(epochDay: number): boolean {
  return dayOfWeekOfEpochDay(epochDay) >= 6;
}

function checkDate(value: unknown, path: IssuePath, issues: WorkdaysIssue[]): number {
  const parsed = safeParseLocalDate(value, path);
  if (!parsed.success) {
    issues.push(...parsed.issues);
    return Number.NaN;
  }
  return epochDayOf(parsed.data);
}

/**
 * Checks one notice on its own: year, sources, dates, ranges, conflicts, make-up days on weekends.
 * A range is walked day by day only once both ends lie in the notice's window (December of the year
 * before to December of the year), so a range over centuries costs one issue, not a long loop.
 */
export function checkNotice(notice: HolidayNotice, path: IssuePath): WorkdaysIssue[] {
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
  const outside = (day: number, date: string, at: IssuePath): boolean => {
    if (day >= earliest && day <= latest) return false;
    issues.push(createIssue('workdays.noticeDateOutsideYear', { date, year }, at));
    return true;
  };
  const note = (day: number, date: string, at: IssuePath): void => {
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
      if (outside(first, range[0], [...at, 0]) || outside(last, range[1], [...at, 1])) return;
      for (let day = first; day <= last; day++) note(day, localDateFromEpochDay(day), at);
    });
    holiday.makeUpWorkdays.forEach((date, w) => {
      const at = [...path, 'holidays', h, 'makeUpWorkdays', w];
      const day = checkDate(date, at, issues);
      if (Number.isNaN(day)) return;
      if (!isWeekend(day)) issues.push(createIssue('workdays.makeUpOnWeekday', { date }, at));
      if (!outside(day, date, at)) note(day, date, at);
    });
  });
  return issues;
}

/** Checks overlays against a calendar's range: region codes, dates, duplicate ids. */
export function checkOverlays(
  overlays: readonly RegionalOverlay[],
  range: { readonly first: string; readonly last: string },
  root: IssuePath = ['overlays'],
): WorkdaysIssue[] {
  const issues: WorkdaysIssue[] = [];
  const first = epochDayOf(range.first);
  const last = epochDayOf(range.last);
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
        issues.push(
          createIssue('workdays.overlayOutsideCoverage', { date: day.date, first: range.first, last: range.last }, at),
        );
      }
    });
  });
  return issues;
}
