import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from './error.js';
import {
  addDays,
  addMonths,
  dateInMonth,
  daysInMonth,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  epochDayOf,
  isInstant,
  isLocalDate,
  localDateFromEpochDay,
  localDateFromInstant,
  parseLocalDate,
  safeParseLocalDate,
} from './local-date.js';

function issuesOf(input: unknown) {
  const result = safeParseLocalDate(input, ['receivedOn']);
  if (result.success) throw new Error(`expected ${String(input)} to fail`);
  return result.issues;
}

describe('parseLocalDate', () => {
  it('accepts existing dates, leap days included', () => {
    expect(parseLocalDate('2025-10-01')).toBe('2025-10-01');
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(parseLocalDate('2000-02-29')).toBe('2000-02-29');
  });

  it('rejects impossible days with the month length', () => {
    const [issue] = issuesOf('2025-02-29');
    expect(issue).toEqual({
      code: 'date.nonexistent',
      path: ['receivedOn'],
      params: { input: '2025-02-29', year: 2025, month: 2, daysInMonth: 28 },
      severity: 'error',
    });
    expect(issuesOf('1900-02-29')[0]?.params).toMatchObject({ daysInMonth: 28 });
    expect(issuesOf('2025-04-31')[0]?.code).toBe('date.nonexistent');
  });

  it('rejects a thirteenth month and a year 0000', () => {
    expect(issuesOf('2025-13-01')[0]?.code).toBe('date.nonexistent');
    expect(issuesOf('0000-01-01')[0]?.code).toBe('date.nonexistent');
  });

  it('rejects dates not written YYYY-MM-DD', () => {
    for (const input of ['2025-1-1', '2025/01/01', '20250101', '2025-01-01T00:00:00+08:00', ' 2025-01-01', '']) {
      expect(issuesOf(input)[0]?.code).toBe('date.format');
    }
  });

  it('rejects values that are not strings', () => {
    expect(issuesOf(20250101)[0]).toMatchObject({ code: 'date.type', params: { received: 'number 20250101' } });
    expect(issuesOf(null)[0]?.params).toEqual({ received: 'null' });
  });

  it('throws a CoreError whose message names the place and the problem, zh-CN first', () => {
    let caught: unknown;
    try {
      parseLocalDate('2025-02-29', ['receivedOn']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CoreError);
    const error = caught as CoreError;
    expect(error.message).toBe('receivedOn：日期“2025-02-29”不存在：2025年2月只有28天');
    expect(error.format('en')).toBe('receivedOn: "2025-02-29" is not a date: February 2025 has 28 days');
    expect(parseLocalDate.bind(null, '2025-13-01')).toThrow('日期“2025-13-01”不存在：月份应在 01 至 12 之间');
    expect(parseLocalDate.bind(null, '2025-1-1')).toThrow(
      '日期“2025-1-1”格式不正确，应为“YYYY-MM-DD”，例如 2025-01-05',
    );
  });

  it('never throws from safeParseLocalDate, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeParseLocalDate(input);
        return result.success ? isLocalDate(result.data) : result.issues.length === 1;
      }),
    );
  });
});

describe('epoch days', () => {
  it('counts from 1970-01-01', () => {
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(epochDayOf('2000-03-01')).toBe(11_017);
    expect(epochDayOf('1969-12-31')).toBe(-1);
    expect(epochDayOf('2025-02-29')).toBeNaN();
    expect(localDateFromEpochDay(20_089)).toBe('2025-01-01');
  });

  it('round-trips with the JavaScript Date arithmetic for every day of years 1–9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const day = Math.floor(date.getTime() / 86_400_000);
          return epochDayOf(iso) === day && localDateFromEpochDay(day) === iso;
        },
      ),
    );
  });
});

describe('date arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('counts and compares', () => {
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(compareLocalDates('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
    expect(['2025-03-01', '2024-12-31', '2025-01-01'].sort(compareLocalDates)).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2025-03-01',
    ]);
  });

  it('gives the ISO day of the week', () => {
    expect(dayOfWeek('2025-10-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2026-02-15')).toBe(7); // Sunday
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
  });

  it('throws on a bad date instead of guessing', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(CoreError);
  });
});

describe('localDateFromInstant', () => {
  it('takes the date in Asia/Shanghai (UTC+08:00)', () => {
    expect(localDateFromInstant('2025-01-05T17:30:00Z')).toBe('2025-01-06');
    expect(localDateFromInstant('2025-01-05T15:59:59.999Z')).toBe('2025-01-05');
    expect(localDateFromInstant('2025-01-05T16:00:00Z')).toBe('2025-01-06');
    expect(localDateFromInstant('2025-01-05T23:59:00+08:00')).toBe('2025-01-05');
    expect(localDateFromInstant('2025-01-05T09:00:00-05:00')).toBe('2025-01-05');
    expect(localDateFromInstant('2024-12-31T20:00:00-05:00')).toBe('2025-01-01');
  });

  it('rejects instants without an offset or with impossible parts', () => {
    for (const input of ['2025-01-05T17:30:00', '2025-01-05', '2025-02-30T10:00:00Z', '2025-01-05T24:00:00Z', 'now']) {
      expect(() => localDateFromInstant(input, ['at'])).toThrow(`at：时间“${input}”格式不正确`);
    }
  });
});

describe('addMonths and dateInMonth', () => {
  it('ends a month period on the corresponding day, or the last day of a shorter month (民法典第二百零二条)', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-12-01', 6)).toBe('2026-06-01');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
    expect(() => addMonths('2026-02-30', 1)).toThrow();
  });

  it('names a day of a month, the last day for end or a day the month lacks', () => {
    expect(dateInMonth(2026, 3, 'end')).toBe('2026-03-31');
    expect(dateInMonth(2028, 2, 31)).toBe('2028-02-29');
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('isInstant', () => {
  it('accepts an ISO 8601 instant with an offset, and nothing else', () => {
    expect(['2025-01-05T09:30:00+08:00', '2025-01-05T01:30Z', '2025-01-05T09:30:00.123+08:00'].map(isInstant)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['2025-01-05T09:30:00', '2025-02-30T09:30Z', '2025-01-05T24:00Z', '２０２５-01-05T09:30Z', 42, null].map(
        isInstant,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});
