import type { DayLabels } from '../day-labels.js';
import type { WorkdaysOwnIssueParams } from '../workdays-issues.js';
import type { MessageCatalogue } from '@gk/core';

/** `@gk/workdays` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<WorkdaysOwnIssueParams> = {
  'workdays.outsideCoverage': (p) =>
    `日期 ${p.date} 超出工作日历的数据范围（${p.first} 至 ${p.last}），无法判断是否为工作日；请用 withYear() 加入当年国务院放假安排通知`,
  'workdays.resultOutsideCoverage': (p) =>
    `从 ${p.date} 起算 ${String(p.workdays)} 个工作日超出工作日历的数据范围（${p.first} 至 ${p.last}）；请用 withYear() 加入相应年度的国务院放假安排通知`,
  'workdays.count': (p) => `工作日天数应为整数，实际为 ${String(p.value)}`,
  'workdays.noticeYear': (p) => `放假安排通知的年度应为 1949 至 9999 之间的整数，实际为 ${String(p.year)}`,
  'workdays.noNotices': () => `工作日历至少需要一个年度的国务院放假安排通知`,
  'workdays.noticeDuplicateYear': (p) => `${String(p.year)} 年有两份放假安排通知；修订后的通知请用 withYear() 替换`,
  'workdays.noticeGap': (p) =>
    `${String(p.year)} 年的放假安排通知与现有数据（${String(p.firstYear)} 至 ${String(p.lastYear)} 年）不相连，日历不能留有空缺年度`,
  'workdays.noticeSource': (p) => `${String(p.year)} 年的放假安排通知缺少来源文件（标题、日期、网址）`,
  'workdays.noticeDateOutsideYear': (p) =>
    `日期 ${p.date} 不属于 ${String(p.year)} 年的放假安排（只能是当年或上一年 12 月的日期）`,
  'workdays.noticeRange': (p) => `放假区间 ${p.first} 至 ${p.last} 的结束日早于开始日`,
  'workdays.noticeConflict': (p) => `日期 ${p.date} 在放假安排中重复出现，或既是放假日又是上班日`,
  'workdays.makeUpOnWeekday': (p) => `调休上班日 ${p.date} 不是周六或周日`,
  'workdays.overlayRegion': (p) => `地方节日安排的行政区划代码“${p.divisionCode}”无效`,
  'workdays.overlayOutsideCoverage': (p) =>
    `地方节日安排的日期 ${p.date} 超出工作日历的数据范围（${p.first} 至 ${p.last}）`,
  'workdays.overlayDuplicate': (p) => `地方节日安排“${p.id}”已经加入日历`,
};

/** Day labels in Chinese, for `describeDay`. */
export const zhCNDayLabels: DayLabels = {
  workday: '工作日',
  weekend: '周末',
  holiday: (name) => name,
  makeUpWorkday: (name) => `调休上班（${name}）`,
};
