import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from './chinese-numeral.js';

describe('toChineseNumeral', () => {
  it('writes article numbers as statutes do', () => {
    const cases: [number, string][] = [
      [0, '零'],
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [26, '二十六'],
      [33, '三十三'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [111, '一百一十一'],
      [200, '二百'],
      [204, '二百零四'],
      [1000, '一千'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [1100, '一千一百'],
      [9999, '九千九百九十九'],
    ];
    for (const [value, text] of cases) expect(toChineseNumeral(value)).toBe(text);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(10_000)).toThrow(RangeError);
  });
});
