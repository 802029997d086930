import type { WorkdayCalendar } from './calendar.js';
import { createCalendar } from './calendar.js';
import { NOTICES } from './data/notices.js';
import type { HolidayNotice } from './notice.js';

/**
 * China's official working-day calendar from the State Council's holiday notices, 2008–2026
 * (coverage 2008-01-01 to 2026-12-31). Add a newly published year with `withYear`.
 * @example
 * ```ts
 * chinaCalendar.isWorkday('2025-09-28');        // true (调休上班)
 * chinaCalendar.addWorkdays('2025-09-26', 1);   // '2025-09-28'
 * chinaCalendar.workdaysBetween('2025-09-30', '2025-10-09'); // 1
 * chinaCalendar.describeDay('2026-02-17').label; // '春节'
 * ```
 */
export const chinaCalendar: WorkdayCalendar = /* @__PURE__ */ createCalendar(NOTICES);

/** The notices behind {@link chinaCalendar}, oldest first, as typed data. */
export const CHINA_HOLIDAY_NOTICES: readonly HolidayNotice[] = NOTICES;
