import { describe, expect, it } from 'vitest';
import { en, enDayLabels } from './en.js';
import { zhCN, zhCNDayLabels } from './zh-CN.js';

describe('workdays locales', () => {
  it('have the same message keys in every locale', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(enDayLabels).sort()).toEqual(Object.keys(zhCNDayLabels).sort());
  });

  it('name every holiday of the notices in English', () => {
    for (const name of [
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '“五一”国际劳动节',
      '端午节',
      '中秋节',
      '国庆节',
      '国庆节、中秋节',
    ]) {
      expect(enDayLabels.holiday(name), name).not.toBe(name);
    }
  });
});
