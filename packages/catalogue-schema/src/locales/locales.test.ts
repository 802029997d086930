import { describe, expect, it } from 'vitest';
import { expectEveryMessageRenders } from '../../../../tooling/vitest/messages.js';
import { en } from './en.js';
import { zhCN, zhCNLabels } from './zh-CN.js';
import { CATALOGUE_ITEM_FIELDS } from '../document.js';

describe('catalogue locales', () => {
  it('render every message in both locales as a whole sentence', () => {
    expectEveryMessageRenders({ 'zh-CN': zhCN, en });
  });

  it('label every field of the format in Chinese', () => {
    for (const field of CATALOGUE_ITEM_FIELDS) {
      expect(zhCNLabels.fields[field], field).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
