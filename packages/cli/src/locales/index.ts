// The command's texts, wired by locale.
import type { Locale } from '@gk/core';
import type { CliMessages } from '../messages.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** The messages of each locale. */
export const MESSAGES: Readonly<Record<Locale, CliMessages>> = { 'zh-CN': zhCN, en };
