import type { Locale } from '@gk/core';
import { enDayLabels } from './locales/en.js';
import { zhCNDayLabels } from './locales/zh-CN.js';
import type { DayLabels } from './workdays-issues.js';

export type { DayLabels } from './workdays-issues.js';

/** Day labels by locale. */
export const DAY_LABELS: Readonly<Record<Locale, DayLabels>> = { 'zh-CN': zhCNDayLabels, en: enDayLabels };
