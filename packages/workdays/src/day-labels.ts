import type { Locale } from '@gk/core';
import { enDayLabels } from './locales/en.js';
import { zhCNDayLabels } from './locales/zh-CN.js';

/** How a locale names the kinds of day. */
export interface DayLabels {
  readonly workday: string;
  readonly weekend: string;
  readonly holiday: (name: string) => string;
  readonly makeUpWorkday: (name: string) => string;
}

/** Day labels by locale. */
export const DAY_LABELS: Readonly<Record<Locale, DayLabels>> = { 'zh-CN': zhCNDayLabels, en: enDayLabels };
