import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDivisionCode, parseDivisionCode, safeParseDivisionCode } from './division-code.js';

describe('行政区划代码 (GB/T 2260)', () => {
  it('reads a county, its prefecture and its province', () => {
    expect(parseDivisionCode('350203')).toEqual({
      code: '350203',
      level: 'county',
      province: { code: '350000', name: '福建省' },
      parent: '350200',
      directlyUnderProvince: false,
    });
    expect(parseDivisionCode('520100')).toMatchObject({ level: 'prefecture', parent: '520000' });
    expect(parseDivisionCode('650000')).toMatchObject({
      level: 'province',
      parent: null,
      province: { name: '新疆维吾尔自治区' },
    });
  });

  it('gives a district or county of a 直辖市 the municipality as parent, never 110100', () => {
    expect(parseDivisionCode('110105')).toEqual({
      code: '110105',
      level: 'county',
      province: { code: '110000', name: '北京市' },
      parent: '110000',
      directlyUnderProvince: false,
    });
    for (const code of ['120101', '310115', '500101', '500229'])
      expect(parseDivisionCode(code).parent, code).toBe(`${code.slice(0, 2)}0000`);
  });

  it('gives a county directly under its province (prefecture digits 90) the province as parent', () => {
    expect(parseDivisionCode('429004')).toMatchObject({
      level: 'county',
      parent: '420000',
      directlyUnderProvince: true,
    });
  });

  it('rejects malformed codes with the reason', () => {
    expect(() => parseDivisionCode('99010')).toThrow('行政区划代码“99010”格式不正确：应为 6 位数字（GB/T 2260）');
    expect(() => parseDivisionCode('990100')).toThrow('前两位 99 不是省级行政区划代码');
    expect(() => parseDivisionCode('110001')).toThrow('第 3、4 位为 00 时第 5、6 位也应为 00');
  });

  it('never throws from the safe form', () => {
    fc.assert(fc.property(fc.string(), (input) => typeof safeParseDivisionCode(input).success === 'boolean'));
    expect(isValidDivisionCode('130104')).toBe(true);
  });
});
