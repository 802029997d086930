import { describe, expect, it } from 'vitest';
import { chinaCalendar } from './china-calendar.js';
import { WorkdaysError } from './error.js';
import { noticeChanges, parseHolidayNotice, safeParseHolidayNotice } from './notice-json.js';
import { formatWorkdaysIssue } from './format-issue.js';

// A notice for 2027 as a county would upload it. The dates are the test's own, not the State Council's.
const notice2027 = {
  year: 2027,
  sources: [
    {
      title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
      date: '2026-11-20',
      url: 'https://www.gov.cn/zhengce/test.htm',
    },
  ],
  holidays: [
    { name: '元旦', off: [['2027-01-01', '2027-01-03']], makeUpWorkdays: [] },
    { name: '春节', off: [['2027-02-05', '2027-02-12']], makeUpWorkdays: ['2027-02-20'] },
  ],
};

const messages = (input: unknown): string[] => {
  const result = safeParseHolidayNotice(input);
  return result.success ? [] : result.issues.map((issue) => formatWorkdaysIssue(issue));
};

describe('safeParseHolidayNotice', () => {
  it('reads the documented JSON form, defaulting dateBasis to signed', () => {
    const notice = parseHolidayNotice(JSON.parse(JSON.stringify(notice2027)));
    expect(notice.year).toBe(2027);
    expect(notice.sources[0]).toEqual({ ...notice2027.sources[0], dateBasis: 'signed' });
    expect(notice.holidays[1]).toEqual({
      name: '春节',
      off: [['2027-02-05', '2027-02-12']],
      makeUpWorkdays: ['2027-02-20'],
    });
  });

  it('says in Chinese what is wrong and where', () => {
    expect(messages(null)).toEqual(['放假安排通知的格式不对：这里应为一个 JSON 对象（year、sources、holidays）']);
    expect(messages({ ...notice2027, year: '2027' })).toEqual([
      '年度：放假安排通知的年度应为 1949 至 9999 之间的整数，实际为 NaN',
    ]);
    expect(messages({ ...notice2027, holidays: [{ name: '元旦', off: [['2027-01-01']] }] })).toEqual([
      '节日安排第1项 放假区间第1段：放假安排通知的格式不对：这里应为[首日, 末日]',
    ]);
    expect(messages({ ...notice2027, sources: [{ title: '通知' }] })).toEqual([
      '来源文件第1项 日期：放假安排通知的格式不对：这里应为不超过 500 字的文字',
      '来源文件第1项 网址：放假安排通知的格式不对：这里应为不超过 500 字的文字',
    ]);
    expect(messages({ ...notice2027, holidays: [{ name: '元旦', off: [['2027-01-03', '2027-13-01']] }] })).toEqual([
      '节日安排第1项 放假区间第1段 末日：日期“2027-13-01”不存在：月份应在 01 至 12 之间',
    ]);
  });

  it('refuses huge and hostile input without a long loop or a crash', () => {
    const many = Array.from({ length: 10_000 }, () => notice2027.holidays[0]);
    expect(messages({ ...notice2027, holidays: many })).toEqual([
      '节日安排：放假安排通知过大（超过 50 项），不像一份年度通知',
    ]);
    // A range over eight thousand years is one issue, not a walk over three million days.
    expect(messages({ ...notice2027, holidays: [{ name: '元旦', off: [['1900-01-01', '9999-12-31']] }] })).toEqual([
      '节日安排第1项 放假区间第1段 首日：日期 1900-01-01 不属于 2027 年的放假安排（只能是当年或上一年 12 月的日期）',
    ]);
    const hostile = JSON.parse('{"__proto__": {"year": 2027}, "year": 2027, "sources": [], "holidays": []}') as unknown;
    expect(messages(hostile)).toEqual(['来源文件：2027 年的放假安排通知缺少来源文件（标题、日期、网址）']);
    expect(messages({ ...notice2027, holidays: [{ name: 'x'.repeat(501), off: [] }] })).toHaveLength(1);
    expect(() => parseHolidayNotice([])).toThrow(WorkdaysError);
  });
});

describe('noticeChanges', () => {
  it('lists the days a notice changes against the provisional days', () => {
    const notice = parseHolidayNotice(notice2027);
    const changes = noticeChanges(notice, { calendar: chinaCalendar }).map((c) => [
      c.date,
      c.before?.label,
      c.after.label,
    ]);
    // Days that only stop being provisional (01-01 元旦, 02-05…02-10 春节 and its 补假) are not changes.
    expect(changes).toEqual([
      ['2027-01-02', '周末（暂定）', '元旦'],
      ['2027-01-03', '周末（暂定）', '元旦'],
      ['2027-02-11', '工作日（暂定）', '春节'],
      ['2027-02-12', '工作日（暂定）', '春节'],
      ['2027-02-20', '周末（暂定）', '调休上班（春节）'],
      // The test notice leaves out the later holidays: their provisional days become ordinary days.
      ['2027-04-05', '清明节（暂定）', '工作日'],
      ['2027-05-01', '劳动节（暂定）', '周末'],
      ['2027-05-02', '劳动节（暂定）', '周末'],
      ['2027-05-03', '劳动节补假（暂定）', '工作日'],
      ['2027-05-04', '劳动节补假（暂定）', '工作日'],
      ['2027-06-09', '端午节（暂定）', '工作日'],
      ['2027-09-15', '中秋节（暂定）', '工作日'],
      ['2027-10-01', '国庆节（暂定）', '工作日'],
      ['2027-10-02', '国庆节（暂定）', '周末'],
      ['2027-10-03', '国庆节（暂定）', '周末'],
      ['2027-10-04', '国庆节补假（暂定）', '工作日'],
      ['2027-10-05', '国庆节补假（暂定）', '工作日'],
    ]);
    expect(noticeChanges(notice, { calendar: chinaCalendar.strict })).toHaveLength(365);
    expect(noticeChanges(notice, { calendar: chinaCalendar.strict })[0]).toMatchObject({
      date: '2027-01-01',
      before: null,
    });
    // The deprecated positional form answers the same.
    expect(noticeChanges(chinaCalendar.strict, notice)).toEqual(
      noticeChanges(notice, { calendar: chinaCalendar.strict }),
    );
  });
});
