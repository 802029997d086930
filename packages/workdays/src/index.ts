// Calendar
export type { Coverage, DayDescription, DayKind, DaySource, DescribeDayOptions, WorkdayCalendar } from './calendar.js';
export { CALENDAR_CITATIONS, createCalendar } from './calendar.js';
export { CHINA_HOLIDAY_NOTICES, chinaCalendar } from './china-calendar.js';

// Data forms
export type { HolidayArrangement, HolidayNotice, NoticeSource, OverlayDay, RegionalOverlay } from './notice.js';

// Issues and errors
export type { WorkdaysIssue, WorkdaysIssueParams, WorkdaysOwnIssueParams } from './workdays-issues.js';
export { formatWorkdaysIssue } from './workdays-issues.js';
export { WorkdaysError } from './error.js';
export type { DayLabels } from './day-labels.js';
export { en as workdaysMessagesEn, enDayLabels } from './locales/en.js';
export { zhCN as workdaysMessagesZhCN, zhCNDayLabels } from './locales/zh-CN.js';
