// Calendar
export type {
  Coverage,
  DayDescription,
  DayKind,
  DaySource,
  DescribeDayOptions,
  WorkdayCalendar,
} from './workday-calendar.js';
export { CALENDAR_CITATIONS } from './workday-calendar.js';
export type { CreateCalendarOptions } from './calendar.js';
export { createCalendar } from './calendar.js';
export { CHINA_HOLIDAY_NOTICES, chinaCalendar } from './china-calendar.js';

// Provisional days (after the last notice)
export type { ProvisionalHoliday, ProvisionalYear } from './provisional.js';
export { PROVISIONAL_CITATIONS, PROVISIONAL_YEARS, provisionalYear } from './provisional.js';
export { LUNAR_DATES, LUNAR_DATES_SOURCE, LUNAR_DATES_YEARS } from './data/lunar-dates.js';

// Data forms
export type { HolidayArrangement, HolidayNotice, NoticeSource, OverlayDay, RegionalOverlay } from './notice.js';
export type { DayChange, NoticeChangesOptions } from './notice-json.js';
export { NOTICE_LIST_LIMIT, noticeChanges, parseHolidayNotice, safeParseHolidayNotice } from './notice-json.js';

// Issues and errors
export type { WorkdaysIssue, WorkdaysIssueParams, WorkdaysOwnIssueParams } from './workdays-issues.js';
export { formatWorkdaysIssue } from './format-issue.js';
export { WorkdaysError } from './error.js';
export type { DayLabels } from './day-labels.js';
export { en as workdaysMessagesEn, enDayLabels } from './locales/en.js';
export { zhCN as workdaysMessagesZhCN, zhCNDayLabels } from './locales/zh-CN.js';
