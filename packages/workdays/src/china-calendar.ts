import type { WorkdayCalendar } from './workday-calendar.js';
import { createCalendar } from './calendar.js';
import { NOTICES } from './data/notices.js';
import type { HolidayNotice } from './notice.js';

/**
 * China's official working-day calendar from the State Council's holiday notices, 2008–2026, then
 * provisional days to 2100 (the statutory holidays and their 补假, no invented 调休). Ask
 * `isProvisional(date)` before relying on a date after 2026-12-31; add a newly published year with
 * `withYear`; use `chinaCalendar.strict` to refuse dates no notice covers.
 * @example
 * ```ts
 * chinaCalendar.isWorkday('2025-09-28');        // true (调休上班)
 * chinaCalendar.addWorkdays('2025-09-26', 1);   // '2025-09-28'
 * chinaCalendar.workdaysBetween('2025-09-30', '2025-10-09'); // 1
 * chinaCalendar.describeDay('2026-02-17').label; // '春节'
 * chinaCalendar.describeDay('2027-02-05').label; // '春节（暂定）'
 * chinaCalendar.isProvisional('2027-01-04');     // true
 * ```
 */
export const chinaCalendar: WorkdayCalendar = /* @__PURE__ */ createCalendar(NOTICES, [], { provisional: true });

/** The notices behind {@link chinaCalendar}, oldest first, as typed data. */
export const CHINA_HOLIDAY_NOTICES: readonly HolidayNotice[] = NOTICES;
