import type { DayLabels } from '../day-labels.js';
import type { WorkdaysOwnIssueParams } from '../workdays-issues.js';
import type { MessageCatalogue } from '@gk/core';

/** `@gk/workdays` messages in English. */
export const en: MessageCatalogue<WorkdaysOwnIssueParams> = {
  'workdays.outsideCoverage': (p) =>
    `${p.date} is outside the working-day calendar's data (${p.first} to ${p.last}); add that year's State Council holiday notice with withYear()`,
  'workdays.resultOutsideCoverage': (p) =>
    `Counting ${String(p.workdays)} workdays from ${p.date} runs outside the calendar's data (${p.first} to ${p.last}); add the State Council holiday notice for that year with withYear()`,
  'workdays.count': (p) => `A number of workdays must be a whole number; got ${String(p.value)}`,
  'workdays.noticeYear': (p) =>
    `A holiday notice's year must be a whole number from 1949 to 9999; got ${String(p.year)}`,
  'workdays.noNotices': () => `A working-day calendar needs at least one year's State Council holiday notice`,
  'workdays.noticeDuplicateYear': (p) =>
    `Two holiday notices arrange ${String(p.year)}; replace an amended notice with withYear()`,
  'workdays.noticeGap': (p) =>
    `The ${String(p.year)} holiday notice does not adjoin the calendar's years (${String(p.firstYear)}–${String(p.lastYear)}); the calendar cannot have gaps`,
  'workdays.noticeSource': (p) =>
    `The ${String(p.year)} holiday notice names no source document (title, date, address)`,
  'workdays.noticeDateOutsideYear': (p) =>
    `${p.date} does not belong to the ${String(p.year)} holiday notice (only that year or the December before)`,
  'workdays.noticeRange': (p) => `The days-off range ${p.first} to ${p.last} ends before it starts`,
  'workdays.noticeConflict': (p) => `${p.date} is listed twice in the notice, or as both a day off and a workday`,
  'workdays.makeUpOnWeekday': (p) => `The make-up workday ${p.date} is not a Saturday or Sunday`,
  'workdays.overlayRegion': (p) => `The regional overlay's division code "${p.divisionCode}" is invalid`,
  'workdays.overlayOutsideCoverage': (p) =>
    `The regional overlay's day ${p.date} is outside the calendar's data (${p.first} to ${p.last})`,
  'workdays.overlayDuplicate': (p) => `The regional overlay "${p.id}" is already applied`,
};

const HOLIDAY_NAMES: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  '“五一”国际劳动节': 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th Anniversary of Victory in the War of Resistance',
};

/** Day labels in English, for `describeDay`; holiday names without a translation stay in Chinese. */
export const enDayLabels: DayLabels = {
  workday: 'Workday',
  weekend: 'Weekend',
  holiday: (name) => HOLIDAY_NAMES[name] ?? name,
  makeUpWorkday: (name) => `Make-up workday (${HOLIDAY_NAMES[name] ?? name})`,
};
