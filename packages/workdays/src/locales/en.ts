import type { DayLabels } from '../workdays-issues.js';
import type { WorkdaysOwnIssueParams } from '../workdays-issues.js';
import type { MessageCatalogue } from '@gk/core';

/** `@gk/workdays` messages in English. */
export const en: MessageCatalogue<WorkdaysOwnIssueParams> = {
  'workdays.outsideCoverage': (p) =>
    `${p.date} is outside the working-day calendar's data (${p.first} to ${p.last}), so whether it is a workday is unknown; that year's State Council holiday notice is needed first`,
  'workdays.resultOutsideCoverage': (p) =>
    p.workdays >= 0
      ? `Counting ${String(p.workdays)} workdays from ${p.date} ends on ${p.outside} or later, but the calendar's data ends on ${p.last}; the State Council holiday notice for ${p.outside.slice(0, 4)} is needed first`
      : `Counting ${String(-p.workdays)} workdays back from ${p.date} ends on ${p.outside} or earlier, but the calendar's data starts on ${p.first}`,
  'workdays.count': (p) => `A number of workdays must be a whole number; got ${String(p.value)}`,
  'workdays.noticeYear': (p) =>
    `A holiday notice's year must be a whole number from 1949 to 9999; got ${String(p.year)}`,
  'workdays.noNotices': () => `A working-day calendar needs at least one year's State Council holiday notice`,
  'workdays.noticeDuplicateYear': (p) =>
    `Two holiday notices arrange ${String(p.year)}; an amended notice replaces the original, they cannot stand together`,
  'workdays.noticeGap': (p) =>
    `The ${String(p.year)} holiday notice does not adjoin the calendar's years (${String(p.firstYear)}–${String(p.lastYear)}); the calendar cannot have gaps`,
  'workdays.noticeSource': (p) =>
    `The ${String(p.year)} holiday notice names no source document (title, date, address)`,
  'workdays.noticeDateOutsideYear': (p) =>
    `${p.date} does not belong to the ${String(p.year)} holiday notice (only that year or the December before)`,
  'workdays.noticeRange': (p) => `The days-off range ${p.first} to ${p.last} ends before it starts`,
  'workdays.noticeConflict': (p) => `${p.date} is listed twice in the notice, or as both a day off and a workday`,
  'workdays.makeUpOnWeekday': (p) => `The make-up workday ${p.date} is not a Saturday or Sunday`,
  'workdays.provisionalFrom': (p) =>
    `Provisional days follow the 2024 revision of the holiday measures, which applies from ${String(p.firstProvisionalYear)}; the notices must reach ${String(p.firstProvisionalYear - 1)}, they end in ${String(p.lastYear)}`,
  'workdays.noticeShape': (p) => `The holiday notice is not in the expected format: expected ${p.expected} here`,
  'workdays.noticeTooLarge': (p) =>
    `The holiday notice is too large (over ${String(p.limit)} entries) to be a year's notice`,
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
  compensatory: (name) => `Day off in lieu (${HOLIDAY_NAMES[name] ?? name})`,
  provisional: (label) => `${label} (provisional)`,
  provisionalNote: (year) =>
    `The State Council's holiday notice for ${String(year)} is not yet published; the day follows Articles 2 and 6 of the Measures on National Annual Holidays until it is`,
};
