import type { LegalCitation, LocalDate } from '@gk/core';
import { cite, dayOfWeekOfEpochDay, epochDayOf, localDateFromEpochDay } from '@gk/core';
import { LUNAR_DATES, LUNAR_DATES_YEARS } from './data/lunar-dates.js';

/**
 * The years provisional days can be computed for: from 2025, when the holidays of the 2024 revision of
 * 《全国年节及纪念日放假办法》 took effect, to the last year of the lunar-date table.
 */
export const PROVISIONAL_YEARS: { readonly first: number; readonly last: number } = {
  first: 2025,
  last: LUNAR_DATES_YEARS.last,
};

/** The articles provisional days apply. */
export const PROVISIONAL_CITATIONS: {
  /** 全体公民放假的节日. */
  readonly statutory: LegalCitation;
  /** 适逢周六、周日，应当在工作日补假. */
  readonly compensatory: LegalCitation;
} = {
  statutory: cite('holidayMeasures', 2),
  compensatory: cite('holidayMeasures', 6),
};

/** One holiday of a year before its notice: the days of Art. 2 and the 补假 days of Art. 6. */
export interface ProvisionalHoliday {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or 国庆节、中秋节 when they share a day. */
  readonly name: string;
  /** The days off Art. 2 gives, in order. */
  readonly days: readonly LocalDate[];
  /** Workdays given off because a day of this holiday falls on a Saturday or Sunday (Art. 6), in order. */
  readonly compensatoryDays: readonly LocalDate[];
}

/** A year's days off as 《全国年节及纪念日放假办法》 sets them, before the State Council's notice. */
export interface ProvisionalYear {
  readonly year: number;
  readonly holidays: readonly ProvisionalHoliday[];
}

const isWeekend = (epochDay: number): boolean => dayOfWeekOfEpochDay(epochDay) >= 6;

/**
 * A year's days off under 《全国年节及纪念日放假办法》 alone: the seven holidays of Art. 2 and, for
 * each of their days that falls on a Saturday or Sunday, one 补假 (Art. 6) on the first weekday
 * after the holiday that is not already a day off. Holidays that share a day (中秋 inside 国庆) are
 * one holiday, 国庆节、中秋节, and the shared day counts once: Art. 6 gives 补假 only for weekends.
 * No 调休 make-up workdays: only a notice creates them.
 * @param year - from {@link PROVISIONAL_YEARS}.first to .last
 * @returns the holidays in calendar order, or `undefined` for a year outside that range
 * @see 《全国年节及纪念日放假办法》第二条、第六条
 */
export function provisionalYear(year: number): ProvisionalYear | undefined {
  const lunar = LUNAR_DATES[year];
  if (!Number.isInteger(year) || year < PROVISIONAL_YEARS.first || year > PROVISIONAL_YEARS.last || !lunar) {
    return undefined;
  }
  const [springFestival, qingming, dragonBoat, midAutumn] = lunar;
  const y = String(year);
  const day = (monthDay: string): number => epochDayOf(`${y}-${monthDay}`);
  const newYear = epochDayOf(`${y}-01-01`);
  const spring = day(springFestival);
  const labour = day('05-01');
  const national = day('10-01');
  const listed: { name: string; days: number[] }[] = [
    { name: '元旦', days: [newYear] },
    { name: '春节', days: [spring - 1, spring, spring + 1, spring + 2] },
    { name: '清明节', days: [day(qingming)] },
    { name: '劳动节', days: [labour, labour + 1] },
    { name: '端午节', days: [day(dragonBoat)] },
    { name: '国庆节', days: [national, national + 1, national + 2] },
    { name: '中秋节', days: [day(midAutumn)] },
  ];
  // 中秋 can fall inside 国庆: holidays that share a day are one holiday (国庆节、中秋节), as notices name them.
  const statutory: { name: string; days: number[] }[] = [];
  for (const holiday of [...listed].sort((a, b) => a.days[0]! - b.days[0]!)) {
    const previous = statutory[statutory.length - 1];
    if (previous !== undefined && holiday.days.some((d) => previous.days.includes(d))) {
      const names = [previous.name, holiday.name].sort(
        (a, b) => listed.findIndex((h) => h.name === a) - listed.findIndex((h) => h.name === b),
      );
      previous.name = names.join('、');
      previous.days = [...new Set([...previous.days, ...holiday.days])].sort((a, b) => a - b);
    } else {
      statutory.push({ name: holiday.name, days: [...holiday.days] });
    }
  }

  const off = new Set<number>(statutory.flatMap((holiday) => holiday.days));
  return {
    year,
    holidays: statutory.map(({ name, days }) => {
      const weekendDays = days.filter(isWeekend);
      const compensatory: number[] = [];
      let next = days[days.length - 1]! + 1;
      // At most 4 weekend days need a weekday each; a week holds 5 weekdays: the loop is bounded.
      while (compensatory.length < weekendDays.length) {
        if (!isWeekend(next) && !off.has(next)) {
          compensatory.push(next);
          off.add(next);
        }
        next += 1;
      }
      return {
        name,
        days: days.map(localDateFromEpochDay),
        compensatoryDays: compensatory.map(localDateFromEpochDay),
      };
    }),
  };
}
