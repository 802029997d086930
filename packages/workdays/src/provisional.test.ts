import { epochDayOf, localDateFromEpochDay } from '@gk/core';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { chinaCalendar, CHINA_HOLIDAY_NOTICES } from './china-calendar.js';
import { WorkdaysError } from './error.js';
import { LUNAR_DATES } from './data/lunar-dates.js';
import { PROVISIONAL_YEARS, provisionalYear } from './provisional.js';

const offDaysOf = (year: number): Set<string> => {
  const days = new Set<string>();
  for (const holiday of CHINA_HOLIDAY_NOTICES.find((n) => n.year === year)?.holidays ?? []) {
    for (const [first, last] of holiday.off) {
      for (let d = epochDayOf(first); d <= epochDayOf(last); d++) days.add(localDateFromEpochDay(d));
    }
  }
  return days;
};

describe('provisionalYear (放假办法第二条、第六条)', () => {
  it('gives 2027 the seven holidays and a 补假 after each weekend holiday day', () => {
    expect(provisionalYear(2027)).toEqual({
      year: 2027,
      holidays: [
        { name: '元旦', days: ['2027-01-01'], compensatoryDays: [] },
        // 除夕 Fri 02-05 to 初三 Mon 02-08: Saturday and Sunday are given back on Tue 02-09 and Wed 02-10.
        {
          name: '春节',
          days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
          compensatoryDays: ['2027-02-09', '2027-02-10'],
        },
        { name: '清明节', days: ['2027-04-05'], compensatoryDays: [] },
        { name: '劳动节', days: ['2027-05-01', '2027-05-02'], compensatoryDays: ['2027-05-03', '2027-05-04'] },
        { name: '端午节', days: ['2027-06-09'], compensatoryDays: [] },
        { name: '中秋节', days: ['2027-09-15'], compensatoryDays: [] },
        {
          name: '国庆节',
          days: ['2027-10-01', '2027-10-02', '2027-10-03'],
          compensatoryDays: ['2027-10-04', '2027-10-05'],
        },
      ],
    });
  });

  it('gives 元旦 on a Saturday its 补假 on Monday, and joins 中秋 inside 国庆 (2028)', () => {
    const year = provisionalYear(2028);
    expect(year?.holidays[0]).toEqual({ name: '元旦', days: ['2028-01-01'], compensatoryDays: ['2028-01-03'] });
    // 中秋 is 10-03, the third day of 国庆: one holiday, the shared day counted once, 10-01 Sunday given back.
    expect(year?.holidays[year.holidays.length - 1]).toEqual({
      name: '国庆节、中秋节',
      days: ['2028-10-01', '2028-10-02', '2028-10-03'],
      compensatoryDays: ['2028-10-04'],
    });
  });

  it('never puts a 补假 on a weekend or on another holiday, and gives one per weekend holiday day', () => {
    for (let y = PROVISIONAL_YEARS.first; y <= PROVISIONAL_YEARS.last; y++) {
      const holidays = provisionalYear(y)?.holidays ?? [];
      const statutory = new Set(holidays.flatMap((h) => h.days));
      const compensatory = holidays.flatMap((h) => h.compensatoryDays);
      const weekend = (d: string): boolean => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      for (const day of compensatory) {
        expect(weekend(day), day).toBe(false);
        expect(statutory.has(day), day).toBe(false);
      }
      expect(new Set(compensatory).size).toBe(compensatory.length);
      expect(compensatory.length, String(y)).toBe([...statutory].filter(weekend).length);
      expect(statutory.size, String(y)).toBeGreaterThanOrEqual(13 - 1); // 13 days, 中秋 may share one with 国庆
    }
  });

  it('is a subset of the days off the 2025 and 2026 notices give (the 2024 rules)', () => {
    for (const year of [2025, 2026]) {
      const off = offDaysOf(year);
      // provisionalYear only answers from 2025; compute the statutory days of each notice year from the table.
      const [spring, qingming, dragonBoat, midAutumn] = LUNAR_DATES[year]!;
      const springDay = epochDayOf(`${String(year)}-${spring}`);
      const statutory = [
        `${String(year)}-01-01`,
        localDateFromEpochDay(springDay - 1),
        localDateFromEpochDay(springDay),
        localDateFromEpochDay(springDay + 1),
        localDateFromEpochDay(springDay + 2),
        `${String(year)}-${qingming}`,
        `${String(year)}-05-01`,
        `${String(year)}-05-02`,
        `${String(year)}-${dragonBoat}`,
        `${String(year)}-${midAutumn}`,
        `${String(year)}-10-01`,
        `${String(year)}-10-02`,
        `${String(year)}-10-03`,
      ];
      for (const day of statutory) expect(off.has(day), `${day} off in the ${String(year)} notice`).toBe(true);
    }
  });

  it('matches every notice since 2008 on the lunar holidays: 春节, 清明, 端午, 中秋 are off', () => {
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      const off = offDaysOf(notice.year);
      const [spring, qingming, dragonBoat, midAutumn] = LUNAR_DATES[notice.year]!;
      for (const monthDay of [spring, qingming, dragonBoat, midAutumn]) {
        const day = `${String(notice.year)}-${monthDay}`;
        const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
        // A lunar holiday on a weekend may be left off a notice's ranges (the weekend is off anyway).
        if (!weekend) expect(off.has(day), `${day} (${String(notice.year)} notice)`).toBe(true);
      }
    }
  });

  it('answers only the years the 2024 holidays apply to', () => {
    expect(provisionalYear(2024)).toBeUndefined();
    expect(provisionalYear(2101)).toBeUndefined();
    expect(provisionalYear(2027.5)).toBeUndefined();
    expect(provisionalYear(Number.NaN)).toBeUndefined();
  });
});

describe('chinaCalendar after the last notice', () => {
  it('gives a request received 2026-12-04 its 20th workday in 2027, flagged provisional', () => {
    // Workdays after 12-04: 12-07…11 (5), 12-14…18 (10), 12-21…25 (15), 12-28…31 (19), 2027-01-04 (20).
    expect(chinaCalendar.addWorkdays('2026-12-04', 20)).toBe('2027-01-04');
    expect(chinaCalendar.isProvisional('2027-01-04')).toBe(true);
    expect(chinaCalendar.workdaysBetween('2026-12-04', '2027-01-04')).toBe(20);
  });

  it('counts across the provisional 2027 Spring Festival and its 补假', () => {
    // 02-04 Thu; 02-05…02-10 off (除夕 to 初三, then 补假 Tue/Wed); 02-11 Thu is the first workday.
    expect(chinaCalendar.addWorkdays('2027-02-04', 1)).toBe('2027-02-11');
    expect(chinaCalendar.describeDay('2027-02-09')).toMatchObject({
      kind: 'holiday',
      holiday: '春节',
      provisional: true,
      label: '春节补假（暂定）',
      source: { kind: 'provisional', rule: 'compensatory', citation: { law: 'holidayMeasures', article: 6 } },
    });
    expect(chinaCalendar.describeDay('2027-02-05').label).toBe('春节（暂定）');
    expect(chinaCalendar.describeDay('2027-02-05', { locale: 'en' }).label).toBe('Spring Festival (provisional)');
  });

  it('invents no 调休 workday: every provisional weekend is a day off', () => {
    let weekends = 0;
    for (let d = epochDayOf('2027-01-01'); d <= epochDayOf('2100-12-31'); d++) {
      const date = localDateFromEpochDay(d);
      if ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) {
        weekends++;
        if (chinaCalendar.isWorkday(date) || chinaCalendar.isMakeUpWorkday(date)) throw new Error(date);
      }
    }
    expect(weekends).toBeGreaterThan(7000);
  });

  it('describes a provisional workday with the reason', () => {
    expect(chinaCalendar.describeDay('2027-03-01')).toEqual({
      date: '2027-03-01',
      kind: 'workday',
      isWorkday: true,
      provisional: true,
      label: '工作日（暂定）',
      note: '2027年的国务院放假安排通知尚未公布，暂按《全国年节及纪念日放假办法》第二条、第六条推算，以国务院公布的放假安排为准',
    });
  });

  it('lets a published notice replace a provisional year entirely', () => {
    // A notice for 2027 as the test supplies it (not the real one): 元旦 01-01 to 01-03, a 调休 Saturday.
    const calendar = chinaCalendar.withYear({
      year: 2027,
      sources: [{ title: '测试用通知', date: '2026-11-20', dateBasis: 'signed', url: 'https://www.gov.cn/test' }],
      holidays: [{ name: '元旦', off: [['2027-01-01', '2027-01-03']], makeUpWorkdays: ['2027-01-09'] }],
    });
    expect(calendar.coverage).toEqual({
      first: '2008-01-01',
      last: '2100-12-31',
      noticesEnd: '2027-12-31',
      provisionalFrom: '2028-01-01',
    });
    expect(calendar.isProvisional('2027-02-09')).toBe(false);
    // The test notice has no Spring Festival: 02-09 is an ordinary Tuesday now, and 01-09 a 调休 workday.
    expect(calendar.isWorkday('2027-02-09')).toBe(true);
    expect(calendar.isMakeUpWorkday('2027-01-09')).toBe(true);
    expect(calendar.describeDay('2028-01-03').label).toBe('元旦补假（暂定）');
  });

  it('refuses provisional days for notices that end before 2024 (other holiday rules applied then)', () => {
    const through2020 = CHINA_HOLIDAY_NOTICES.filter((n) => n.year <= 2020);
    let error: unknown;
    try {
      createCalendar(through2020, [], { provisional: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkdaysError);
    expect((error as WorkdaysError).message).toBe(
      '放假安排通知：暂定日期按 2024 年修订的《全国年节及纪念日放假办法》推算，自 2025 年起适用；放假安排通知须覆盖到 2024 年，现只到 2020 年',
    );
    expect(
      createCalendar(
        CHINA_HOLIDAY_NOTICES.filter((n) => n.year <= 2024),
        [],
        { provisional: true },
      ).coverage,
    ).toMatchObject({ noticesEnd: '2024-12-31', provisionalFrom: '2025-01-01' });
  });
});
