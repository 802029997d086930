import { describe, it } from 'vitest';
import { expectEveryMessageRenders } from '../../../../tooling/vitest/messages.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

describe('assessment locales', () => {
  it('render every message in both locales as a whole sentence', () => {
    expectEveryMessageRenders({ 'zh-CN': zhCN, en });
  });
});
