import type { DayLabels } from '../workdays-issues.js';
import type { WorkdaysOwnIssueParams } from '../workdays-issues.js';
import type { MessageCatalogue } from '@gk/core';

/** `@gk/workdays` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<WorkdaysOwnIssueParams> = {
  'workdays.outsideCoverage': (p) =>
    `日期 ${p.date} 超出工作日历的数据范围（${p.first} 至 ${p.last}），无法判断是否为工作日；需要先加入该年度的国务院放假安排通知`,
  'workdays.resultOutsideCoverage': (p) =>
    p.workdays >= 0
      ? `从 ${p.date} 起算 ${String(p.workdays)} 个工作日，期限将落在 ${p.outside} 或更晚，而工作日历的数据只到 ${p.last}，无法计算；需要先加入 ${p.outside.slice(0, 4)} 年的国务院放假安排通知`
      : `从 ${p.date} 向前数 ${String(-p.workdays)} 个工作日，将落在 ${p.outside} 或更早，而工作日历的数据从 ${p.first} 开始，无法计算`,
  'workdays.count': (p) => `工作日天数应为整数，实际为 ${String(p.value)}`,
  'workdays.noticeYear': (p) => `放假安排通知的年度应为 1949 至 9999 之间的整数，实际为 ${String(p.year)}`,
  'workdays.noNotices': () => `工作日历至少需要一个年度的国务院放假安排通知`,
  'workdays.noticeDuplicateYear': (p) => `${String(p.year)} 年有两份放假安排通知；修订后的通知应替换原通知，不能并存`,
  'workdays.noticeGap': (p) =>
    `${String(p.year)} 年的放假安排通知与现有数据（${String(p.firstYear)} 至 ${String(p.lastYear)} 年）不相连，日历不能留有空缺年度`,
  'workdays.noticeSource': (p) => `${String(p.year)} 年的放假安排通知缺少来源文件（标题、日期、网址）`,
  'workdays.noticeDateOutsideYear': (p) =>
    `日期 ${p.date} 不属于 ${String(p.year)} 年的放假安排（只能是当年或上一年 12 月的日期）`,
  'workdays.noticeRange': (p) => `放假区间 ${p.first} 至 ${p.last} 的结束日早于开始日`,
  'workdays.noticeConflict': (p) => `日期 ${p.date} 在放假安排中重复出现，或既是放假日又是上班日`,
  'workdays.makeUpOnWeekday': (p) => `调休上班日 ${p.date} 不是周六或周日`,
  'workdays.provisionalFrom': (p) =>
    `暂定日期按 2024 年修订的《全国年节及纪念日放假办法》推算，自 ${String(p.firstProvisionalYear)} 年起适用；放假安排通知须覆盖到 ${String(p.firstProvisionalYear - 1)} 年，现只到 ${String(p.lastYear)} 年`,
  'workdays.noticeShape': (p) => `放假安排通知的格式不对：这里应为${p.expected}`,
  'workdays.noticeTooLarge': (p) => `放假安排通知过大（超过 ${String(p.limit)} 项），不像一份年度通知`,
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
  compensatory: (name) => `${name}补假`,
  provisional: (label) => `${label}（暂定）`,
  provisionalNote: (year) =>
    `${String(year)}年的国务院放假安排通知尚未公布，暂按《全国年节及纪念日放假办法》第二条、第六条推算，以国务院公布的放假安排为准`,
};
