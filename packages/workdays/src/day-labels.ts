import type { Locale } from '@gk/core';
import { enDayLabels } from './locales/en.js';
import { zhCNDayLabels } from './locales/zh-CN.js';

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

/** Day labels by locale. */
export const DAY_LABELS: Readonly<Record<Locale, DayLabels>> = { 'zh-CN': zhCNDayLabels, en: enDayLabels };
