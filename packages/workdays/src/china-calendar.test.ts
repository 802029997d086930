import { epochDayOf, localDateFromEpochDay } from '@gk/core';
import { describe, expect, it } from 'vitest';
import official from '../fixtures/holiday-cn.json' with { type: 'json' };
import { chinaCalendar, CHINA_HOLIDAY_NOTICES } from './china-calendar.js';

function range(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = epochDayOf(first); day <= epochDayOf(last); day++) days.push(localDateFromEpochDay(day));
  return days;
}

describe('chinaCalendar: exact days from the State Council notices', () => {
  it('rests on notices from 2008-01-01 to 2026-12-31 and answers provisionally to 2100-12-31', () => {
    expect(chinaCalendar.coverage).toEqual({
      first: '2008-01-01',
      last: '2100-12-31',
      noticesEnd: '2026-12-31',
      provisionalFrom: '2027-01-01',
    });
    expect(chinaCalendar.strict.coverage).toEqual({
      first: '2008-01-01',
      last: '2026-12-31',
      noticesEnd: '2026-12-31',
      provisionalFrom: null,
    });
    expect(chinaCalendar.isProvisional('2026-12-31')).toBe(false);
    expect(chinaCalendar.isProvisional('2027-01-01')).toBe(true);
    expect(chinaCalendar.isProvisional('2100-12-31')).toBe(true);
  });

  it('2025 National Day and Mid-Autumn: 10-01 to 10-08 off, 09-28 and 10-11 worked (国办发明电〔2024〕12号)', () => {
    for (const day of range('2025-10-01', '2025-10-08')) {
      expect(chinaCalendar.isWorkday(day), day).toBe(false);
      expect(chinaCalendar.isHoliday(day), day).toBe(true);
    }
    expect(chinaCalendar.isWorkday('2025-09-28')).toBe(true);
    expect(chinaCalendar.isMakeUpWorkday('2025-09-28')).toBe(true);
    expect(chinaCalendar.isWorkday('2025-10-11')).toBe(true);
    expect(chinaCalendar.isWorkday('2025-10-09')).toBe(true);
    expect(chinaCalendar.isWorkday('2025-10-12')).toBe(false);
  });

  it('2026 Spring Festival: 02-15 to 02-23 off, 02-14 and 02-28 worked', () => {
    for (const day of range('2026-02-15', '2026-02-23')) expect(chinaCalendar.isWorkday(day), day).toBe(false);
    expect(chinaCalendar.isWorkday('2026-02-14')).toBe(true);
    expect(chinaCalendar.isWorkday('2026-02-28')).toBe(true);
    expect(chinaCalendar.isWorkday('2026-02-24')).toBe(true);
  });

  it('has the make-up workdays of 2024, 2025 and 2026 and no others in those years', () => {
    const makeUp = range('2024-01-01', '2026-12-31').filter((day) => chinaCalendar.isMakeUpWorkday(day));
    expect(makeUp).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('applies days a notice sets in the December before its year (2023 notice: 2022-12-31)', () => {
    expect(chinaCalendar.describeDay('2022-12-31')).toMatchObject({ kind: 'holiday', holiday: '元旦' });
    expect(chinaCalendar.describeDay('2018-12-29')).toMatchObject({ kind: 'makeUpWorkday', isWorkday: true });
  });

  it('keeps the 2020 Spring Festival extension (国务院办公厅关于延长2020年春节假期的通知)', () => {
    expect(chinaCalendar.isWorkday('2020-01-31')).toBe(false);
    expect(chinaCalendar.isWorkday('2020-02-01')).toBe(false);
    expect(chinaCalendar.isWorkday('2020-02-03')).toBe(true);
    expect(chinaCalendar.isMakeUpWorkday('2020-02-03')).toBe(false);
  });

  it('agrees on every covered day with an independent reading of the official data', () => {
    const listed = new Map<string, boolean>();
    for (const year of Object.keys(official).sort()) {
      for (const day of official[year as keyof typeof official].days) listed.set(day.date, day.isOffDay);
    }
    let checked = 0;
    for (const day of range('2008-01-01', '2026-12-31')) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const offDay = listed.get(day);
      const expected = offDay === undefined ? weekday !== 0 && weekday !== 6 : !offDay;
      expect(chinaCalendar.isWorkday(day), day).toBe(expected);
      expect(chinaCalendar.isHoliday(day), day).toBe(offDay === true);
      checked++;
    }
    expect(checked).toBe(6940);
  });
});

describe('CHINA_HOLIDAY_NOTICES', () => {
  it('has one notice per year from 2008 to 2026, each with a gov.cn source and a date', () => {
    expect(CHINA_HOLIDAY_NOTICES.map((n) => n.year)).toEqual(
      range('2008-01-01', '2026-01-01')
        .filter((d) => d.endsWith('-01-01'))
        .map((d) => Number(d.slice(0, 4))),
    );
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      expect(notice.sources.length).toBeGreaterThan(0);
      for (const source of notice.sources) {
        expect(source.url).toMatch(/^https?:\/\/www\.gov\.cn\/zhengce\/zhengceku\//);
        expect(Number.isNaN(epochDayOf(source.date))).toBe(false);
      }
    }
  });

  it('records the verified numbers and dates of the latest notices', () => {
    const byYear = new Map(CHINA_HOLIDAY_NOTICES.map((n) => [n.year, n.sources[0]]));
    expect(byYear.get(2024)).toMatchObject({ docNo: '国办发明电〔2023〕7号', date: '2023-10-25', dateBasis: 'signed' });
    expect(byYear.get(2025)).toMatchObject({
      docNo: '国办发明电〔2024〕12号',
      date: '2024-11-12',
      dateBasis: 'signed',
    });
    expect(byYear.get(2026)).toMatchObject({ title: '国务院办公厅关于2026年部分节假日安排的通知', date: '2025-11-04' });
  });

  it('puts every make-up workday on a Saturday or Sunday', () => {
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      for (const holiday of notice.holidays) {
        for (const date of holiday.makeUpWorkdays)
          expect([0, 6], date).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      }
    }
  });
});
