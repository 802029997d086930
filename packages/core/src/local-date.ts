import type { CoreIssue } from './core-issues.js';
import { CoreError } from './error.js';
import type { IssuePath, SafeParseResult } from './issue.js';
import { createIssue } from './issue.js';

declare const localDateBrand: unique symbol;

/**
 * A civil date in China's calendar, `YYYY-MM-DD`, checked to exist.
 * It is a string at run time (JSON-friendly); the brand only records that it was checked.
 */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

/** Day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 * @param year - the year
 * @param month - the month, 1–12
 * @returns 28 to 31 (0 for a month outside 1–12)
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

// Days from 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digit(input: string, at: number): number {
  const c = input.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * The number of days from 1970-01-01 to a `YYYY-MM-DD` text, or `NaN` when the text is not
 * an existing date. A fast check for hot paths; {@link safeParseLocalDate} says what is wrong.
 * @param input - the text to read
 * @returns the epoch day, or `NaN`
 */
export function epochDayOf(input: string): number {
  if (input.length !== 10 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(input, 0) * 1000 + digit(input, 1) * 100 + digit(input, 2) * 10 + digit(input, 3);
  const month = digit(input, 5) * 10 + digit(input, 6);
  const day = digit(input, 8) * 10 + digit(input, 9);
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/**
 * The date a number of days after 1970-01-01 (the inverse of {@link epochDayOf}).
 * @param epochDay - a whole number of days; the result must fall in years 0001–9999
 * @returns the date
 */
export function localDateFromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

/**
 * Checks a value as a {@link LocalDate} and says what is wrong when it is not.
 * @param input - the value to check
 * @param path - where the value sits, for the issue
 * @returns the date, or the issues (`date.type`, `date.format`, `date.nonexistent`)
 * @example
 * ```ts
 * safeParseLocalDate('2025-02-29'); // { success: false, issues: [{ code: 'date.nonexistent', … }] }
 * ```
 */
export function safeParseLocalDate(input: unknown, path: IssuePath = []): SafeParseResult<LocalDate, CoreIssue> {
  if (typeof input !== 'string') {
    return { success: false, issues: [createIssue('date.type', { received: describeValue(input) }, path)] };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return { success: false, issues: [createIssue('date.format', { input }, path)] };
  }
  if (Number.isNaN(epochDayOf(input))) {
    const year = Number(input.slice(0, 4));
    const month = Number(input.slice(5, 7));
    return {
      success: false,
      issues: [createIssue('date.nonexistent', { input, year, month, daysInMonth: daysInMonth(year, month) }, path)],
    };
  }
  return { success: true, data: input as LocalDate };
}

/**
 * Checks a value as a {@link LocalDate}.
 * @param input - the value to check
 * @param path - where the value sits, for the issue
 * @returns the date
 * @throws {@link CoreError} when the value is not an existing `YYYY-MM-DD` date
 * @example
 * ```ts
 * parseLocalDate('2025-10-01'); // '2025-10-01'
 * parseLocalDate('2025-1-1');   // throws CoreError: 日期“2025-1-1”格式不正确…
 * ```
 */
export function parseLocalDate(input: unknown, path: IssuePath = []): LocalDate {
  const result = safeParseLocalDate(input, path);
  if (!result.success) throw new CoreError(result.issues);
  return result.data;
}

/**
 * Whether a value is an existing date written `YYYY-MM-DD`.
 * @param input - the value to test
 * @returns `true` for a valid {@link LocalDate}
 */
export function isLocalDate(input: unknown): input is LocalDate {
  return typeof input === 'string' && !Number.isNaN(epochDayOf(input));
}

function toEpochDay(date: string): number {
  const day = epochDayOf(date);
  if (Number.isNaN(day)) parseLocalDate(date);
  return day;
}

/**
 * Adds a number of calendar days (negative to go back).
 * @param date - the start date
 * @param days - a whole number of days
 * @returns the resulting date
 * @throws {@link CoreError} when `date` is not a valid date
 */
export function addDays(date: string, days: number): LocalDate {
  return localDateFromEpochDay(toEpochDay(date) + Math.trunc(days));
}

/**
 * The date a day of a month names: the day, or the month's last day for `'end'` or a day it lacks.
 * @param year - the year
 * @param month - the month, 1–12
 * @param day - the day, or `'end'`
 * @returns the date
 */
export function dateInMonth(year: number, month: number, day: number | 'end'): LocalDate {
  const last = daysInMonth(year, month);
  const d = day === 'end' ? last : Math.min(day, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` as LocalDate;
}

/**
 * Adds months: the corresponding day of the month reached, or its last day when it has no such day
 * (a period of months ends so, 《民法典》第二百零二条).
 * @param date - the start date
 * @param months - a whole number of months (negative to go back)
 * @returns the resulting date
 * @throws {@link CoreError} when `date` is not a valid date
 */
export function addMonths(date: string, months: number): LocalDate {
  const valid = localDateFromEpochDay(toEpochDay(date));
  const year = Number(valid.slice(0, 4));
  const month = Number(valid.slice(5, 7));
  const total = year * 12 + (month - 1) + Math.trunc(months);
  return dateInMonth(Math.floor(total / 12), (total % 12) + 1, Number(valid.slice(8, 10)));
}

/**
 * Counts calendar days from one date to another.
 * @param from - the earlier date
 * @param to - the later date
 * @returns `to − from` in days (negative when `to` is earlier)
 */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Orders two dates, for `Array.prototype.sort`.
 * @returns a negative number, 0 or a positive number as `a` is before, equal to or after `b`
 */
export function compareLocalDates(a: string, b: string): number {
  return toEpochDay(a) - toEpochDay(b);
}

/**
 * The day of the week of a date, ISO numbering (1 = Monday … 7 = Sunday).
 * @param date - the date
 * @returns the day of the week
 */
export function dayOfWeek(date: string): DayOfWeek {
  return dayOfWeekOfEpochDay(toEpochDay(date));
}

/**
 * The day of the week of an epoch day (1970-01-01 was a Thursday).
 * @param epochDay - days since 1970-01-01
 * @returns the day of the week, 1 = Monday … 7 = Sunday
 */
export function dayOfWeekOfEpochDay(epochDay: number): DayOfWeek {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as DayOfWeek;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The date in China (Asia/Shanghai, UTC+08:00 all year) at an instant.
 * @param instant - an ISO 8601 instant with an offset, e.g. `2025-01-05T17:30:00Z`
 * @param path - where the value sits, for the issue
 * @returns the civil date in China at that instant
 * @throws {@link CoreError} (`instant.format`) when the text is not such an instant
 * @example
 * ```ts
 * localDateFromInstant('2025-01-05T17:30:00Z'); // '2025-01-06' (01:30 in Beijing)
 * ```
 */
export function localDateFromInstant(instant: string, path: IssuePath = []): LocalDate {
  const ms = instantMs(instant);
  if (ms === null) throw new CoreError([createIssue('instant.format', { input: instant }, path)]);
  return localDateFromEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The milliseconds of an ISO 8601 instant with an offset, or `null` when the text is not one. */
function instantMs(instant: unknown): number | null {
  if (typeof instant !== 'string') return null;
  const match = INSTANT.exec(instant);
  const ms = match === null ? Number.NaN : Date.parse(instant);
  const datePart = match === null ? '' : `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
  const hour = Number(match?.[4]);
  const minute = Number(match?.[5]);
  const second = Number(match?.[6] ?? 0);
  if (Number.isNaN(ms) || Number.isNaN(epochDayOf(datePart)) || hour > 23 || minute > 59 || second > 59) return null;
  return ms;
}

/**
 * Whether a value is an ISO 8601 instant with an offset (`2025-01-05T09:30:00+08:00`), as event
 * records' `at` must be: the form {@link localDateFromInstant} reads.
 * @param value - any value
 * @returns whether it is such an instant
 */
export function isInstant(value: unknown): value is string {
  return instantMs(value) !== null;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? `number ${String(value)}` : typeof value;
}
