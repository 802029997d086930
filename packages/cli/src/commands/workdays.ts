import { dayOfWeek } from '@gk/core';
import type { DayDescription } from '@gk/workdays';
import { chinaCalendar } from '@gk/workdays';
import type { Context } from '../io.js';
import { integer } from '../io.js';

const withWeekday = (ctx: Context, date: string): string => ctx.t.dated(date, dayOfWeek(date));

function sourceText(day: DayDescription): string | null {
  const source = day.source;
  if (source === undefined) return null;
  if (source.kind === 'overlay') return `${source.id}（${source.divisionCode}）`;
  return source.sources.map((s) => (s.docNo === undefined ? s.title : `${s.title}（${s.docNo}）`)).join('；');
}

/**
 * `gk workdays add <date> <n>`.
 * @param ctx - the context
 * @param date - the start date
 * @param n - the number of workdays (negative goes back)
 * @returns the exit code
 */
export function addWorkdaysCommand(ctx: Context, date: string, n: string): number {
  const result = chinaCalendar.addWorkdays(date, integer(ctx, ctx.t.args.n, n));
  ctx.io.stdout.write(`${withWeekday(ctx, result)}\n`);
  return 0;
}

/**
 * `gk workdays between <a> <b>`.
 * @param ctx - the context
 * @param from - the start date (excluded)
 * @param to - the end date (included)
 * @returns the exit code
 */
export function workdaysBetweenCommand(ctx: Context, from: string, to: string): number {
  ctx.io.stdout.write(`${String(chinaCalendar.workdaysBetween(from, to))}\n`);
  return 0;
}

/**
 * `gk workdays explain <date>`: the day's kind and the notice that sets it.
 * @param ctx - the context
 * @param date - the date
 * @returns the exit code
 */
export function explainDayCommand(ctx: Context, date: string): number {
  const day = chinaCalendar.describeDay(date, { locale: ctx.locale });
  ctx.io.stdout.write(`${withWeekday(ctx, day.date)} ${ctx.t.dayExplained(day.label, day.isWorkday)}\n`);
  const source = sourceText(day);
  if (source !== null) ctx.io.stdout.write(`${ctx.t.setBy(source)}\n`);
  return 0;
}
