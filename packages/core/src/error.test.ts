import { describe, expect, it } from 'vitest';
import { CoreError, GkError } from './error.js';
import { createIssue, formatPath } from './issue.js';

describe('GkError', () => {
  it('carries issues and renders every one, zh-CN by default and English on request', () => {
    const error = new CoreError([
      createIssue('uscc.format', { input: 'X' }, ['items', 3, 'uscc']),
      createIssue('divisionCode.format', { input: '1' }),
    ]);
    expect(error).toBeInstanceOf(GkError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CoreError');
    expect(error.issues.map((i) => i.code)).toEqual(['uscc.format', 'divisionCode.format']);
    expect(error.message.split('\n')).toEqual([
      'items[3].uscc：统一社会信用代码“X”格式不正确：应为 18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成，第 2 位为机构类别码（1—9），第 3 至 8 位为登记管理机关行政区划码（GB 32100-2015）',
      '行政区划代码“1”格式不正确：应为 6 位数字（GB/T 2260）',
    ]);
    expect(error.format('en').split('\n')[1]).toBe('"1" is not a division code: it must be 6 digits (GB/T 2260)');
  });

  it('writes paths with indexes in brackets', () => {
    expect(formatPath(['items', 3, 'timeLimit'])).toBe('items[3].timeLimit');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });
});
