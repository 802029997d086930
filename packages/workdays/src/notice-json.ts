import type { IssuePath, LocalDate, SafeParseResult } from '@gk/core';
import { createIssue, epochDayOf, localDateFromEpochDay } from '@gk/core';
import type { DayKind, WorkdayCalendar } from './workday-calendar.js';
import { checkNotice } from './checks.js';
import { WorkdaysError } from './error.js';
import type { HolidayArrangement, HolidayNotice, NoticeSource } from './notice.js';
import type { WorkdaysIssue } from './workdays-issues.js';

/** The most entries a list of a notice may hold (holidays, ranges, sources): a year has seven holidays. */
export const NOTICE_LIST_LIMIT = 50;
/** The longest text a notice field may hold. */
const TEXT_LIMIT = 500;

type Issues = WorkdaysIssue[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, path: IssuePath, issues: Issues, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > TEXT_LIMIT) {
    issues.push(createIssue('workdays.noticeShape', { expected: `不超过 ${String(TEXT_LIMIT)} 字的文字` }, path));
    return undefined;
  }
  return value;
}

function list(value: unknown, path: IssuePath, issues: Issues, expected: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    issues.push(createIssue('workdays.noticeShape', { expected }, path));
    return [];
  }
  if (value.length > NOTICE_LIST_LIMIT) {
    issues.push(createIssue('workdays.noticeTooLarge', { limit: NOTICE_LIST_LIMIT }, path));
    return [];
  }
  return value;
}

function source(value: unknown, path: IssuePath, issues: Issues): NoticeSource | undefined {
  if (!isRecord(value)) {
    issues.push(createIssue('workdays.noticeShape', { expected: '来源文件（标题、日期、网址）' }, path));
    return undefined;
  }
  const title = text(value.title, [...path, 'title'], issues);
  const date = text(value.date, [...path, 'date'], issues);
  const url = text(value.url, [...path, 'url'], issues);
  const docNo = text(value.docNo, [...path, 'docNo'], issues, true);
  const dateBasis = value.dateBasis ?? 'signed';
  if (dateBasis !== 'signed' && dateBasis !== 'address') {
    issues.push(createIssue('workdays.noticeShape', { expected: '“signed”或“address”' }, [...path, 'dateBasis']));
  }
  if (title === undefined || date === undefined || url === undefined) return undefined;
  return { title, date, url, dateBasis: dateBasis === 'address' ? 'address' : 'signed', ...(docNo ? { docNo } : {}) };
}

function holiday(value: unknown, path: IssuePath, issues: Issues): HolidayArrangement | undefined {
  if (!isRecord(value)) {
    issues.push(createIssue('workdays.noticeShape', { expected: '一个节日的安排（name、off、makeUpWorkdays）' }, path));
    return undefined;
  }
  const name = text(value.name, [...path, 'name'], issues);
  const off: (readonly [string, string])[] = [];
  list(value.off, [...path, 'off'], issues, '放假区间的列表').forEach((range, r) => {
    if (Array.isArray(range) && range.length === 2 && typeof range[0] === 'string' && typeof range[1] === 'string')
      off.push([range[0], range[1]]);
    else issues.push(createIssue('workdays.noticeShape', { expected: '[首日, 末日]' }, [...path, 'off', r]));
  });
  const makeUpWorkdays: string[] = [];
  list(value.makeUpWorkdays ?? [], [...path, 'makeUpWorkdays'], issues, '调休上班日的列表').forEach((d, w) => {
    if (typeof d === 'string') makeUpWorkdays.push(d);
    else issues.push(createIssue('workdays.noticeShape', { expected: '日期' }, [...path, 'makeUpWorkdays', w]));
  });
  return name === undefined ? undefined : { name, off, makeUpWorkdays };
}

/**
 * Reads a State Council holiday notice from JSON data (e.g. `JSON.parse` of an uploaded file) in the
 * form of {@link HolidayNotice}: `{ year, sources: [{ title, docNo?, date, dateBasis?, url }],
 * holidays: [{ name, off: [[first, last]], makeUpWorkdays }] }`, and checks it as `withYear` does.
 * @param input - the data
 * @returns the notice, or every problem found with its path
 * @example
 * ```ts
 * const result = safeParseHolidayNotice(JSON.parse(text));
 * if (result.success) calendar = calendar.withYear(result.data);
 * ```
 */
export function safeParseHolidayNotice(input: unknown): SafeParseResult<HolidayNotice, WorkdaysIssue> {
  const issues: Issues = [];
  if (!isRecord(input)) {
    issues.push(createIssue('workdays.noticeShape', { expected: '一个 JSON 对象（year、sources、holidays）' }, []));
    return { success: false, issues };
  }
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 9999) {
    issues.push(createIssue('workdays.noticeYear', { year: typeof year === 'number' ? year : Number.NaN }, ['year']));
  }
  const sources = list(input.sources, ['sources'], issues, '来源文件的列表')
    .map((s, i) => source(s, ['sources', i], issues))
    .filter((s): s is NoticeSource => s !== undefined);
  const holidays = list(input.holidays, ['holidays'], issues, '节日安排的列表')
    .map((h, i) => holiday(h, ['holidays', i], issues))
    .filter((h): h is HolidayArrangement => h !== undefined);
  if (issues.length > 0) return { success: false, issues };
  const notice: HolidayNotice = { year: year as number, sources, holidays };
  const checked = checkNotice(notice, []);
  return checked.length > 0 ? { success: false, issues: checked } : { success: true, data: notice };
}

/**
 * Reads a holiday notice from JSON data; see {@link safeParseHolidayNotice}.
 * @param input - the data
 * @returns the notice
 * @throws {@link WorkdaysError} listing every problem
 */
export function parseHolidayNotice(input: unknown): HolidayNotice {
  const result = safeParseHolidayNotice(input);
  if (!result.success) throw new WorkdaysError(result.issues);
  return result.data;
}

/** A day whose kind a notice changes. */
export interface DayChange {
  readonly date: LocalDate;
  /** The day as the calendar had it; `null` where the calendar did not cover it. */
  readonly before: { readonly kind: DayKind; readonly label: string; readonly provisional: boolean } | null;
  readonly after: { readonly kind: DayKind; readonly label: string };
}

/** Options of {@link noticeChanges}. */
export interface NoticeChangesOptions {
  /** The calendar as it is, before the notice. */
  readonly calendar: WorkdayCalendar;
}

/**
 * What adding (or replacing) a year's notice changes in a calendar: every day from 1 December of the
 * year before to 31 December whose kind or holiday differs, e.g. a provisional workday that becomes a
 * day off, or a weekend made a 调休 workday. Days that only stop being provisional are not listed.
 * @param notice - the notice to add
 * @param options - the calendar as it is
 * @returns the changed days, in order
 * @throws {@link WorkdaysError} when the notice cannot be added
 */
export function noticeChanges(notice: HolidayNotice, options: NoticeChangesOptions): DayChange[];
/**
 * The old, positional form of {@link noticeChanges}.
 * @deprecated Pass `(notice, { calendar })`; this form goes in the next minor version.
 */
export function noticeChanges(calendar: WorkdayCalendar, notice: HolidayNotice): DayChange[];
export function noticeChanges(
  subject: HolidayNotice | WorkdayCalendar,
  second: NoticeChangesOptions | HolidayNotice,
): DayChange[] {
  const positional = 'withYear' in subject;
  const calendar = positional ? subject : (second as NoticeChangesOptions).calendar;
  const notice = positional ? (second as HolidayNotice) : subject;
  const next = calendar.withYear(notice);
  const changes: DayChange[] = [];
  const covered = (day: number): boolean =>
    day >= epochDayOf(calendar.coverage.first) && day <= epochDayOf(calendar.coverage.last);
  const first = Math.max(epochDayOf(`${String(notice.year - 1)}-12-01`), epochDayOf(next.coverage.first));
  const last = epochDayOf(`${String(notice.year)}-12-31`);
  for (let day = first; day <= last; day++) {
    const date = localDateFromEpochDay(day);
    const before = covered(day) ? calendar.describeDay(date) : null;
    const after = next.describeDay(date);
    if (before?.kind !== after.kind || before.holiday !== after.holiday) {
      changes.push({
        date,
        before: before === null ? null : { kind: before.kind, label: before.label, provisional: before.provisional },
        after: { kind: after.kind, label: after.label },
      });
    }
  }
  return changes;
}
