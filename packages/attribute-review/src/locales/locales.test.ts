import { describe, expect, it } from 'vitest';
import { en, enSuggestions } from './en.js';
import { zhCN, zhCNSuggestions } from './zh-CN.js';

describe('attribute-review locales', () => {
  it('have the same keys in every locale', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(enSuggestions).sort()).toEqual(Object.keys(zhCNSuggestions).sort());
  });
});
