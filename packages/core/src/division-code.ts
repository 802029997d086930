import type { CoreIssue } from './core-issues.js';
import { CoreError } from './error.js';
import type { IssuePath, SafeParseResult } from './issue.js';
import { describeValue } from './text.js';
import { createIssue } from './issue.js';

/** The province-level units of GB/T 2260, by their two-digit code. */
export const PROVINCES = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
} as const;
PROVINCES satisfies Record<string, string>;

/** The two-digit code of a province-level unit. */
export type ProvinceCode = keyof typeof PROVINCES;

/** The level a 行政区划代码 names. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** A 行政区划代码 read into its parts. */
export interface DivisionCode {
  /** The six digits. */
  readonly code: string;
  readonly level: DivisionLevel;
  /** The province-level unit: its six-digit code and name. */
  readonly province: { readonly code: string; readonly name: string };
  /**
   * The code of the unit one level up: a county's prefecture (`xxyy00`), a prefecture's
   * province. A county directly under its province (prefecture digits `90`) and a district or county
   * of a 直辖市 (北京、天津、上海、重庆: their `xx01`/`xx02` groups are not administrative units) have the
   * province.
   */
  readonly parent: string | null;
  /** A county-level unit directly administered by its province (省直辖县级行政区划). */
  readonly directlyUnderProvince: boolean;
}

/** The province codes of the 直辖市: their districts and counties belong to the municipality itself. */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/**
 * Checks a 行政区划代码 (GB/T 2260) and reads its structure. The check is structural: six
 * digits, a real province, no county part under a `00` prefecture. Whether a county code is
 * in the current edition of the list is not checked (the list changes every year).
 * @param input - the code
 * @param path - where the value sits, for the issue
 * @returns the code's level, province and parent, or the issues
 */
export function safeParseDivisionCode(input: string, path: IssuePath = []): SafeParseResult<DivisionCode, CoreIssue> {
  if (typeof input !== 'string')
    return { success: false, issues: [createIssue('divisionCode.format', { input: describeValue(input) }, path)] };
  if (!/^\d{6}$/.test(input)) return { success: false, issues: [createIssue('divisionCode.format', { input }, path)] };
  const province = input.slice(0, 2);
  const prefecture = input.slice(2, 4);
  const county = input.slice(4, 6);
  if (!Object.hasOwn(PROVINCES, province)) {
    return { success: false, issues: [createIssue('divisionCode.province', { input, province }, path)] };
  }
  if (prefecture === '00' && county !== '00') {
    return { success: false, issues: [createIssue('divisionCode.structure', { input }, path)] };
  }
  const level: DivisionLevel = prefecture === '00' ? 'province' : county === '00' ? 'prefecture' : 'county';
  const directlyUnderProvince = level === 'county' && prefecture === '90';
  const provinceCode = `${province}0000`;
  const parent =
    level === 'province'
      ? null
      : level === 'prefecture' || directlyUnderProvince || MUNICIPALITIES.has(province)
        ? provinceCode
        : `${province}${prefecture}00`;
  return {
    success: true,
    data: Object.freeze({
      code: input,
      level,
      province: Object.freeze({ code: provinceCode, name: PROVINCES[province as ProvinceCode] }),
      parent,
      directlyUnderProvince,
    }),
  };
}

/**
 * Checks a 行政区划代码 (GB/T 2260) and reads its structure.
 * @param input - the code
 * @param path - where the value sits, for the issue
 * @returns the code's level, province and parent
 * @throws {@link CoreError} when the code is malformed
 * @example
 * ```ts
 * parseDivisionCode('350203'); // { code: '350203', level: 'county', parent: '350200', province: { code: '350000', name: '福建省' }, … }
 * parseDivisionCode('110105').parent; // '110000': a district of 北京市 belongs to the municipality
 * ```
 */
export function parseDivisionCode(input: string, path: IssuePath = []): DivisionCode {
  const result = safeParseDivisionCode(input, path);
  if (!result.success) throw new CoreError(result.issues);
  return result.data;
}

/**
 * Whether a text is a well-formed 行政区划代码.
 * @param input - the text to test
 * @returns `true` when {@link safeParseDivisionCode} finds no issue
 */
export function isValidDivisionCode(input: string): boolean {
  return safeParseDivisionCode(input).success;
}
