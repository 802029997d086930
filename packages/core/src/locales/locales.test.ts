import { describe, expect, it } from 'vitest';
import { expectEveryMessageRenders } from '../../../../tooling/vitest/messages.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

describe('core locales', () => {
  it('render every message in both locales as a whole sentence', () => {
    expectEveryMessageRenders({ 'zh-CN': zhCN, en });
  });

  it('write Chinese in zh-CN and no Chinese-only text in en for the same issue', () => {
    const params = { input: '2025-02-29', year: 2025, month: 2, daysInMonth: 28 };
    expect(zhCN['date.nonexistent'](params)).toBe('日期“2025-02-29”不存在：2025年2月只有28天');
    expect(en['date.nonexistent'](params)).toBe('"2025-02-29" is not a date: February 2025 has 28 days');
  });
});
