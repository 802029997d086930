import { describe, expect, it } from 'vitest';
import { en, enLabels, enReport } from './en.js';
import { zhCN, zhCNLabels, zhCNReport } from './zh-CN.js';

describe('catalogue locales', () => {
  it('have the same message and report keys in every locale', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(enReport).sort()).toEqual(Object.keys(zhCNReport).sort());
    expect(Object.keys(enLabels).sort()).toEqual(Object.keys(zhCNLabels).sort());
  });

  it('label every field of the format in Chinese', () => {
    for (const field of [
      'primaryMatter',
      'secondaryMatter',
      'contentElements',
      'basis',
      'timeLimit',
      'publisher',
      'channels',
      'audience',
      'mode',
      'tiers',
    ]) {
      expect(zhCNLabels.fields[field], field).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
