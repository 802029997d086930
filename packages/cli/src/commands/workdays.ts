import { dayOfWeek } from '@gk/core';
import type { DayDescription, WorkdayCalendar } from '@gk/workdays';
import { chinaCalendar, formatWorkdaysIssue, noticeChanges, safeParseHolidayNotice, WorkdaysError } from '@gk/workdays';
import type { Context } from '../io.js';
import { CliError, integer, labelled, readJson } from '../io.js';

const withWeekday = (ctx: Context, date: string): string => ctx.t.dated(date, dayOfWeek(date));

function sourceText(ctx: Context, day: DayDescription): string | null {
  const source = day.source;
  if (source === undefined) return null;
  switch (source.kind) {
    case 'overlay':
      return `${source.id}（${source.divisionCode}）`;
    case 'provisional':
      return ctx.t.provisionalRule(source.rule);
    case 'notice':
      return source.sources.map((s) => (s.docNo === undefined ? s.title : `${s.title}（${s.docNo}）`)).join('；');
    default:
      return source satisfies never;
  }
}

/** Options shared by the workdays commands: notices to add to the calendar. */
export interface CalendarOptions {
  /** Holiday notices in the documented JSON form, added in order (`--notice` may repeat). */
  readonly notice?: readonly string[];
}

/**
 * The calendar the commands use: `chinaCalendar` with any notices the user supplies.
 * @param ctx - the context
 * @param options - the notice files
 * @returns the calendar
 */
export function calendarOf(ctx: Context, options: CalendarOptions): WorkdayCalendar {
  let calendar = chinaCalendar;
  for (const file of options.notice ?? []) {
    const parsed = safeParseHolidayNotice(readJson(ctx, file));
    if (!parsed.success) {
      const lines = parsed.issues.map((issue) => `  ${formatWorkdaysIssue(issue, ctx.locale)}`);
      throw new CliError(`${ctx.t.noticeInvalid(file)}\n${lines.join('\n')}`, 1);
    }
    try {
      calendar = calendar.withYear(parsed.data);
    } catch (error) {
      if (!(error instanceof WorkdaysError)) throw error;
      throw new CliError(`${ctx.t.noticeInvalid(file)}\n  ${error.format(ctx.locale)}`, 1);
    }
  }
  return calendar;
}

/** A date with its weekday and, after the last notice, the provisional mark. */
function dated(ctx: Context, calendar: WorkdayCalendar, date: string): string {
  return `${withWeekday(ctx, date)}${calendar.isProvisional(date) ? ctx.t.provisionalMark : ''}`;
}

/**
 * `gk workdays add <date> <n>`.
 * @param ctx - the context
 * @param date - the start date
 * @param n - the number of workdays (negative goes back)
 * @param options - notices to add
 * @returns the exit code
 */
export function addWorkdaysCommand(ctx: Context, date: string, n: string, options: CalendarOptions = {}): number {
  const calendar = calendarOf(ctx, options);
  const result = calendar.addWorkdays(date, integer(ctx, ctx.t.args.n, n));
  ctx.io.stdout.write(`${dated(ctx, calendar, result)}\n`);
  if (calendar.isProvisional(result)) ctx.io.stdout.write(`${ctx.t.provisionalNote}\n`);
  return 0;
}

/**
 * `gk workdays between <a> <b>`.
 * @param ctx - the context
 * @param from - the start date (excluded)
 * @param to - the end date (included)
 * @param options - notices to add
 * @returns the exit code
 */
export function workdaysBetweenCommand(ctx: Context, from: string, to: string, options: CalendarOptions = {}): number {
  const calendar = calendarOf(ctx, options);
  ctx.io.stdout.write(`${String(calendar.workdaysBetween(from, to))}\n`);
  if (calendar.isProvisional(from > to ? from : to)) ctx.io.stdout.write(`${ctx.t.provisionalNote}\n`);
  return 0;
}

/**
 * `gk workdays explain <date>`: the day's kind and the notice (or, after the last notice, the rule) that sets it.
 * @param ctx - the context
 * @param date - the date
 * @param options - notices to add
 * @returns the exit code
 */
export function explainDayCommand(ctx: Context, date: string, options: CalendarOptions = {}): number {
  const day = calendarOf(ctx, options).describeDay(date, { locale: ctx.locale });
  ctx.io.stdout.write(`${withWeekday(ctx, day.date)} ${ctx.t.dayExplained(day.label, day.isWorkday)}\n`);
  const source = sourceText(ctx, day);
  if (source !== null) ctx.io.stdout.write(`${ctx.t.setBy(source)}\n`);
  if (day.note !== undefined) ctx.io.stdout.write(`${day.note}\n`);
  return 0;
}

/**
 * `gk workdays import <notice.json>`: checks a State Council holiday notice in the documented JSON
 * form and prints the days it changes against the calendar (the provisional days it replaces).
 * @param ctx - the context
 * @param file - the notice file
 * @param options - `json`, and notices to add first
 * @returns the exit code: 1 when the notice has errors
 */
export function importNoticeCommand(
  ctx: Context,
  file: string,
  options: CalendarOptions & { readonly json?: boolean } = {},
): number {
  const calendar = calendarOf(ctx, options);
  const parsed = safeParseHolidayNotice(readJson(ctx, file));
  if (!parsed.success) {
    ctx.io.stderr.write(`${labelled(ctx, 'error', ctx.t.noticeInvalid(file))}\n`);
    for (const issue of parsed.issues) ctx.io.stderr.write(`  ${formatWorkdaysIssue(issue, ctx.locale)}\n`);
    return 1;
  }
  const notice = parsed.data;
  let changes;
  try {
    changes = noticeChanges(notice, { calendar });
  } catch (error) {
    if (!(error instanceof WorkdaysError)) throw error;
    ctx.io.stderr.write(`${labelled(ctx, 'error', ctx.t.noticeInvalid(file))}\n  ${error.format(ctx.locale)}\n`);
    return 1;
  }
  if (options.json === true) {
    ctx.io.stdout.write(`${JSON.stringify({ year: notice.year, sources: notice.sources, changes }, null, 2)}\n`);
    return 0;
  }
  ctx.io.stdout.write(`${ctx.t.noticeValid(file, notice.year, notice.sources[0]?.title ?? '')}\n`);
  if (changes.length === 0) ctx.io.stdout.write(`${ctx.t.noticeNoChanges}\n`);
  else ctx.io.stdout.write(`${ctx.t.noticeChanges(changes.length)}\n`);
  for (const change of changes) {
    ctx.io.stdout.write(
      `  ${withWeekday(ctx, change.date)} ${change.before?.label ?? ctx.t.notCovered} → ${change.after.label}\n`,
    );
  }
  return 0;
}
