import { epochDayOf, localDateFromEpochDay } from '@gk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import type { WorkdayCalendar } from './workday-calendar.js';
import { CALENDAR_CITATIONS } from './workday-calendar.js';
import { CHINA_HOLIDAY_NOTICES, chinaCalendar } from './china-calendar.js';
import { WorkdaysError } from './error.js';
import type { HolidayNotice, RegionalOverlay } from './notice.js';

const FIRST = epochDayOf('2008-01-01');
const LAST = epochDayOf('2100-12-31');
const coveredDay = fc.integer({ min: FIRST, max: LAST }).map(localDateFromEpochDay);

function thrown(run: () => unknown): WorkdaysError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkdaysError) return error;
    throw error;
  }
  throw new Error('expected a WorkdaysError');
}

function noticeOf(year: number): HolidayNotice {
  const notice = CHINA_HOLIDAY_NOTICES.find((n) => n.year === year);
  if (notice === undefined) throw new Error(`no notice for ${String(year)}`);
  return notice;
}

describe('addWorkdays', () => {
  it('does not count the start date: a Friday plus 1 is the next Monday', () => {
    expect(chinaCalendar.addWorkdays('2025-11-14', 1)).toBe('2025-11-17');
    expect(chinaCalendar.nextWorkday('2025-11-14')).toBe('2025-11-17');
  });

  it('lands on a 调休 Sunday when the notice makes one', () => {
    expect(chinaCalendar.addWorkdays('2025-09-26', 1)).toBe('2025-09-28');
  });

  it('steps over a whole holiday', () => {
    expect(chinaCalendar.addWorkdays('2025-09-30', 1)).toBe('2025-10-09');
    expect(chinaCalendar.addWorkdays('2025-09-30', 2)).toBe('2025-10-10');
    expect(chinaCalendar.addWorkdays('2025-09-30', 3)).toBe('2025-10-11');
    expect(chinaCalendar.addWorkdays('2025-09-30', 4)).toBe('2025-10-13');
  });

  it('counts 20 workdays across the 2026 Spring Festival', () => {
    // Workdays after 02-06: 02-09…13 (5), 02-14 (6), 02-24…27 (10), 02-28 (11), 03-02…06 (16), 03-09…12 (20).
    expect(chinaCalendar.addWorkdays('2026-02-06', 20)).toBe('2026-03-12');
    expect(chinaCalendar.workdaysBetween('2026-02-06', '2026-03-12')).toBe(20);
  });

  it('starts from the next workday when the start date is a day off', () => {
    expect(chinaCalendar.addWorkdays('2025-10-04', 1)).toBe('2025-10-09');
  });

  it('counts back with a negative n, the start date not counted', () => {
    expect(chinaCalendar.addWorkdays('2025-10-09', -1)).toBe('2025-09-30');
    expect(chinaCalendar.addWorkdays('2025-10-05', -1)).toBe('2025-09-30');
    expect(chinaCalendar.addWorkdays('2025-09-29', -1)).toBe('2025-09-28');
  });

  it('returns the date itself for n = 0', () => {
    expect(chinaCalendar.addWorkdays('2025-10-04', 0)).toBe('2025-10-04');
  });

  it('gives a day off its next workday and a workday itself (民法典 Art. 203)', () => {
    expect(chinaCalendar.workdayOnOrAfter('2025-10-04')).toBe('2025-10-09');
    expect(chinaCalendar.workdayOnOrAfter('2025-10-09')).toBe('2025-10-09');
  });

  it('cites the articles it applies', () => {
    expect(CALENDAR_CITATIONS.startDayExcluded).toEqual({ law: 'civilCode', article: 201, paragraph: 1 });
    expect(CALENDAR_CITATIONS.regionalFestivals).toEqual({ law: 'holidayMeasures', article: 4 });
  });
});

describe('workdaysBetween', () => {
  it('counts workdays d with from < d ≤ to', () => {
    expect(chinaCalendar.workdaysBetween('2025-09-30', '2025-10-09')).toBe(1);
    expect(chinaCalendar.workdaysBetween('2025-10-09', '2025-10-09')).toBe(0);
    expect(chinaCalendar.workdaysBetween('2025-11-14', '2025-11-21')).toBe(5);
    expect(chinaCalendar.workdaysBetween('2025-11-21', '2025-11-14')).toBe(-5);
  });
});

describe('laws of the calendar (fast-check)', () => {
  it('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 0, max: 400 }), (day, n) => {
        fc.pre(epochDayOf(day) + n * 2 < LAST - 30);
        return chinaCalendar.workdaysBetween(day, chinaCalendar.addWorkdays(day, n)) === n;
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkdays is strictly increasing in n and always lands on a workday', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 300 }), (day, n) => {
        fc.pre(epochDayOf(day) + n * 2 < LAST - 30);
        const a = chinaCalendar.addWorkdays(day, n);
        const b = chinaCalendar.addWorkdays(day, n + 1);
        return a < b && chinaCalendar.isWorkday(a) && chinaCalendar.isWorkday(b);
      }),
      { numRuns: 2000 },
    );
  });

  it('going forward n workdays from a workday and back n returns to it', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 300 }), (day, n) => {
        fc.pre(chinaCalendar.isWorkday(day) && epochDayOf(day) + n * 2 < LAST - 30);
        return chinaCalendar.addWorkdays(chinaCalendar.addWorkdays(day, n), -n) === day;
      }),
      { numRuns: 2000 },
    );
  });

  it('workdaysBetween agrees with counting day by day', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 0, max: 120 }), (from, span) => {
        const start = epochDayOf(from);
        fc.pre(start + span <= LAST);
        let count = 0;
        for (let d = start + 1; d <= start + span; d++) if (chinaCalendar.isWorkday(localDateFromEpochDay(d))) count++;
        return chinaCalendar.workdaysBetween(from, localDateFromEpochDay(start + span)) === count;
      }),
      { numRuns: 500 },
    );
  });

  it('bad input gives a WorkdaysError with issues, never another crash', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (date, n) => {
        try {
          chinaCalendar.addWorkdays(date as string, n as number);
          return true;
        } catch (error) {
          return error instanceof WorkdaysError && error.issues.length > 0 && error.message.length > 0;
        }
      }),
    );
  });
});

describe('errors', () => {
  it('refuses dates outside the data with a typed coverage error, never a guess (strict)', () => {
    const error = thrown(() => chinaCalendar.strict.isWorkday('2027-01-04'));
    expect(error.isCoverageError).toBe(true);
    expect(error.issues).toEqual([
      {
        code: 'workdays.outsideCoverage',
        path: ['date'],
        params: { date: '2027-01-04', first: '2008-01-01', last: '2026-12-31' },
        severity: 'error',
      },
    ]);
    expect(error.message).toBe(
      '日期 2027-01-04 超出工作日历的数据范围（2008-01-01 至 2026-12-31），无法判断是否为工作日；需要先加入该年度的国务院放假安排通知',
    );
    expect(thrown(() => chinaCalendar.isWorkday('2007-12-29')).isCoverageError).toBe(true);
    expect(thrown(() => chinaCalendar.isWorkday('2101-01-01')).issues[0]?.params).toEqual({
      date: '2101-01-01',
      first: '2008-01-01',
      last: '2100-12-31',
    });
  });

  it('refuses a count that runs past the data, naming the first date outside it, not the start', () => {
    const error = thrown(() => chinaCalendar.strict.addWorkdays('2026-12-15', 20));
    expect(error.issues[0]).toEqual({
      code: 'workdays.resultOutsideCoverage',
      path: ['n'],
      params: { date: '2026-12-15', workdays: 20, first: '2008-01-01', last: '2026-12-31', outside: '2027-01-01' },
      severity: 'error',
    });
    expect(error.message).toBe(
      '从 2026-12-15 起算 20 个工作日，期限将落在 2027-01-01 或更晚，而工作日历的数据只到 2026-12-31，无法计算；需要先加入 2027 年的国务院放假安排通知',
    );
    expect(error.format('en')).toBe(
      "Counting 20 workdays from 2026-12-15 ends on 2027-01-01 or later, but the calendar's data ends on 2026-12-31; the State Council holiday notice for 2027 is needed first",
    );
    const back = thrown(() => chinaCalendar.addWorkdays('2008-01-03', -5));
    expect(back.isCoverageError).toBe(true);
    expect(back.issues[0]?.params).toMatchObject({ outside: '2007-12-31' });
    expect(back.message).toBe(
      '从 2008-01-03 向前数 5 个工作日，将落在 2007-12-31 或更早，而工作日历的数据从 2008-01-01 开始，无法计算',
    );
  });

  it('reports malformed dates with the core date issues and the argument name', () => {
    expect(thrown(() => chinaCalendar.isWorkday('2025-02-29')).message).toBe(
      '日期“2025-02-29”不存在：2025年2月只有28天',
    );
    expect(thrown(() => chinaCalendar.workdaysBetween('2025-01-01', '2025-1-2')).issues[0]).toMatchObject({
      code: 'date.format',
      path: ['to'],
    });
    expect(thrown(() => chinaCalendar.addWorkdays('2025-01-02', 1.5)).issues[0]).toMatchObject({
      code: 'workdays.count',
      params: { value: 1.5 },
    });
  });
});

describe('describeDay', () => {
  it('names holidays, make-up workdays, weekends and workdays with their source', () => {
    const springFestival = chinaCalendar.describeDay('2026-02-17');
    expect(springFestival).toMatchObject({
      date: '2026-02-17',
      kind: 'holiday',
      isWorkday: false,
      holiday: '春节',
      label: '春节',
    });
    expect(springFestival.source).toMatchObject({ kind: 'notice', year: 2026 });
    expect(chinaCalendar.describeDay('2026-02-14')).toMatchObject({
      kind: 'makeUpWorkday',
      isWorkday: true,
      label: '调休上班（春节）',
    });
    expect(chinaCalendar.describeDay('2026-11-21')).toEqual({
      date: '2026-11-21',
      kind: 'weekend',
      isWorkday: false,
      provisional: false,
      label: '周末',
    });
    expect(chinaCalendar.describeDay('2026-11-20')).toEqual({
      date: '2026-11-20',
      kind: 'workday',
      isWorkday: true,
      provisional: false,
      label: '工作日',
    });
  });

  it('labels in English on request', () => {
    expect(chinaCalendar.describeDay('2026-02-17', { locale: 'en' }).label).toBe('Spring Festival');
    expect(chinaCalendar.describeDay('2025-09-28', { locale: 'en' }).label).toBe(
      'Make-up workday (National Day and Mid-Autumn Festival)',
    );
    expect(chinaCalendar.describeDay('2026-11-21', { locale: 'en' }).label).toBe('Weekend');
  });
});

describe('withYear', () => {
  const through2022 = createCalendar(CHINA_HOLIDAY_NOTICES.filter((n) => n.year <= 2022));

  it('adds the next year, applying its days in the December before', () => {
    expect(through2022.coverage.last).toBe('2022-12-31');
    expect(through2022.isHoliday('2022-12-31')).toBe(false);
    const extended = through2022.withYear(noticeOf(2023));
    expect(extended.coverage).toEqual({
      first: '2008-01-01',
      last: '2023-12-31',
      noticesEnd: '2023-12-31',
      provisionalFrom: null,
    });
    expect(extended.isHoliday('2022-12-31')).toBe(true);
    expect(extended.addWorkdays('2022-12-30', 1)).toBe('2023-01-03');
  });

  it('builds the same calendar whichever way the years arrive', () => {
    let calendar: WorkdayCalendar = createCalendar([noticeOf(2026)], [], { provisional: true });
    for (let year = 2025; year >= 2008; year--) calendar = calendar.withYear(noticeOf(year));
    for (let day = FIRST; day <= LAST; day += 1) {
      const date = localDateFromEpochDay(day);
      if (calendar.isWorkday(date) !== chinaCalendar.isWorkday(date)) throw new Error(`differs on ${date}`);
    }
    expect(calendar.workdaysBetween('2008-01-01', '2026-12-31')).toBe(
      chinaCalendar.workdaysBetween('2008-01-01', '2026-12-31'),
    );
  });

  it('replaces a year with an amended notice', () => {
    const amended: HolidayNotice = {
      ...noticeOf(2026),
      holidays: noticeOf(2026).holidays.map((h) =>
        h.name === '国庆节' ? { ...h, off: [['2026-10-01', '2026-10-08']] } : h,
      ),
    };
    const calendar = chinaCalendar.withYear(amended);
    expect(calendar.isWorkday('2026-10-08')).toBe(false);
    expect(chinaCalendar.isWorkday('2026-10-08')).toBe(true);
    expect(calendar.notices).toHaveLength(19);
  });

  it('refuses a year that leaves a gap, and malformed notices, listing every problem', () => {
    const gap = thrown(() => chinaCalendar.withYear({ ...noticeOf(2026), year: 2028, holidays: [] }));
    expect(gap.issues.map((i) => i.path.join('/'))).toEqual(['year']);
    expect(gap.issues.map((i) => i.code)).toEqual(['workdays.noticeGap']);
    expect(gap.message).toBe('年度：2028 年的放假安排通知与现有数据（2008 至 2026 年）不相连，日历不能留有空缺年度');
    const bad: HolidayNotice = {
      year: 2027,
      sources: [],
      holidays: [
        {
          name: '元旦',
          off: [
            ['2027-01-03', '2027-01-01'],
            ['2027-02-30', '2027-03-01'],
          ],
          makeUpWorkdays: ['2027-01-05'],
        },
        { name: '春节', off: [['2027-02-06', '2027-02-06']], makeUpWorkdays: ['2027-02-06', '2028-01-01'] },
      ],
    };
    expect(thrown(() => chinaCalendar.withYear(bad)).issues.map((i) => [i.code, i.path.join('/')])).toEqual([
      ['workdays.noticeSource', 'sources'],
      ['workdays.noticeRange', 'holidays/0/off/0'],
      ['date.nonexistent', 'holidays/0/off/1/0'],
      ['workdays.makeUpOnWeekday', 'holidays/0/makeUpWorkdays/0'],
      ['workdays.noticeConflict', 'holidays/1/makeUpWorkdays/0'],
      ['workdays.noticeDateOutsideYear', 'holidays/1/makeUpWorkdays/1'],
    ]);
  });

  it('refuses an empty list and two notices for one year', () => {
    expect(thrown(() => createCalendar([])).issues.map((i) => i.code)).toEqual(['workdays.noNotices']);
    expect(thrown(() => createCalendar([noticeOf(2025), noticeOf(2025)])).issues.map((i) => i.code)).toEqual([
      'workdays.noticeDuplicateYear',
    ]);
  });
});

describe('withOverlay', () => {
  // A made-up overlay for the test only: the package ships no regional data of its own.
  const overlay: RegionalOverlay = {
    id: 'test-region-2025',
    divisionCode: '540000',
    source: { title: '测试用地方节日安排' },
    days: [
      { date: '2025-03-03', name: '测试节日', kind: 'off' },
      { date: '2025-03-08', name: '测试节日', kind: 'work' },
    ],
  };

  it('adds the region’s days off and workdays on top of the national calendar', () => {
    const regional = chinaCalendar.withOverlay(overlay);
    expect(regional.isWorkday('2025-03-03')).toBe(false);
    expect(regional.isWorkday('2025-03-08')).toBe(true);
    expect(regional.describeDay('2025-03-03')).toMatchObject({
      kind: 'holiday',
      label: '测试节日',
      source: { kind: 'overlay', id: 'test-region-2025', divisionCode: '540000' },
    });
    expect(regional.addWorkdays('2025-02-28', 1)).toBe('2025-03-04');
    expect(chinaCalendar.isWorkday('2025-03-03')).toBe(true);
    expect(regional.withYear(noticeOf(2026)).isWorkday('2025-03-03')).toBe(false);
  });

  it('refuses days outside the data, bad region codes and the same overlay twice', () => {
    const outside = thrown(() =>
      chinaCalendar.strict.withOverlay({
        ...overlay,
        divisionCode: '5400',
        days: [{ date: '2027-03-03', name: 'x', kind: 'off' }],
      }),
    );
    expect(outside.issues.map((i) => [i.code, i.path.join('/')])).toEqual([
      ['workdays.overlayRegion', 'divisionCode'],
      ['workdays.overlayOutsideCoverage', 'days/0/date'],
    ]);
    expect(thrown(() => chinaCalendar.withOverlay(overlay).withOverlay(overlay)).issues[0]?.code).toBe(
      'workdays.overlayDuplicate',
    );
  });
});
