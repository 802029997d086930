import { LunarDay, SolarTerm } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { LUNAR_DATES, LUNAR_DATES_YEARS } from './lunar-dates.js';

const iso = (day: { getYear(): number; getMonth(): number; getDay(): number }): string =>
  `${String(day.getYear())}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;

describe('LUNAR_DATES', () => {
  it('has every year from 2008 to 2100 and no other', () => {
    const years = Object.keys(LUNAR_DATES).map(Number);
    expect(years[0]).toBe(LUNAR_DATES_YEARS.first);
    expect(years[years.length - 1]).toBe(LUNAR_DATES_YEARS.last);
    expect(years).toHaveLength(2100 - 2008 + 1);
  });

  it('agrees with tyme4ts on 春节, 清明, 端午 and 中秋 for every year', () => {
    for (let year = LUNAR_DATES_YEARS.first; year <= LUNAR_DATES_YEARS.last; year++) {
      const expected = [
        iso(LunarDay.fromYmd(year, 1, 1).getSolarDay()),
        iso(SolarTerm.fromName(year, '清明').getSolarDay()),
        iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
        iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
      ];
      expect(
        LUNAR_DATES[year]?.map((monthDay) => `${String(year)}-${monthDay}`),
        String(year),
      ).toEqual(expected);
    }
  });
});
