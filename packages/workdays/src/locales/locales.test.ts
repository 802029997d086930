import { describe, expect, it } from 'vitest';
import { expectEveryMessageRenders } from '../../../../tooling/vitest/messages.js';
import { en, enDayLabels } from './en.js';
import { zhCN } from './zh-CN.js';

describe('workdays locales', () => {
  it('render every message in both locales as a whole sentence', () => {
    expectEveryMessageRenders({ 'zh-CN': zhCN, en });
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
