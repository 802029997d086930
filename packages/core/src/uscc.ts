import type { CoreIssue } from './core-issues.js';
import type { IssuePath } from './issue.js';
import { describeValue } from './text.js';
import { createIssue } from './issue.js';

// GB 32100-2015: 31 code characters (no I, O, S, V, Z) and the weights of positions 1–17.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * The check character of the first 17 characters of a 统一社会信用代码 (GB 32100-2015).
 * @param body - 17 code characters
 * @returns the 18th character, or `undefined` when `body` is not 17 code characters
 */
export function usccCheckCharacter(body: string): string | undefined {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(body.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The 登记管理部门码 (first character) GB 32100-2015 and its amendments assign: 1 机构编制, 2 外交,
 * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他.
 */
export const USCC_REGISTRATION_AUTHORITIES: ReadonlySet<string> = new Set([
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'A',
  'N',
  'Y',
]);

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The check character of the 8 body characters of a 组织机构代码 (GB 11714-1997): the 9th character,
 * which a 统一社会信用代码 carries as its 17th.
 * @param body - 8 digits or capital letters
 * @returns the check character (`0`–`9` or `X`), or `undefined` when `body` is not 8 such characters
 */
export function organizationCodeCheckCharacter(body: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Checks a 统一社会信用代码 and says what is wrong: its form (18 code characters), the 登记管理部门码,
 * the 机构类别码 (a digit 1–9), the 登记管理机关行政区划码 (6 digits), the check character of the
 * embedded 组织机构代码 (GB 11714-1997, characters 9–17), and its own check character.
 * @param input - the code, upper case
 * @param path - where the value sits, for the issue
 * @returns the issues found (`uscc.format`, `uscc.authority`, `uscc.organizationCode`, `uscc.checksum`); empty when valid
 * @see GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》
 */
export function checkUscc(input: string, path: IssuePath = []): readonly CoreIssue[] {
  if (typeof input !== 'string') return [createIssue('uscc.format', { input: describeValue(input) }, path)];
  const expected = /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(input) ? usccCheckCharacter(input.slice(0, 17)) : undefined;
  if (expected === undefined || !/^[1-9]\d{6}$/.test(input.slice(1, 8)))
    return [createIssue('uscc.format', { input }, path)];
  const issues: CoreIssue[] = [];
  const authority = input.charAt(0);
  if (!USCC_REGISTRATION_AUTHORITIES.has(authority))
    issues.push(createIssue('uscc.authority', { input, authority }, path));
  const organization = organizationCodeCheckCharacter(input.slice(8, 16));
  if (organization !== undefined && input.charAt(16) !== organization)
    issues.push(createIssue('uscc.organizationCode', { input, expected: organization }, path));
  if (input.charAt(17) !== expected) issues.push(createIssue('uscc.checksum', { input, expected }, path));
  return issues;
}

/**
 * Whether a text is a valid 统一社会信用代码 (GB 32100-2015: structure and both check characters).
 * @param input - the code
 * @returns `true` when {@link checkUscc} finds no issue
 * @example
 * ```ts
 * isValidUscc('91350100M000100Y43'); // true
 * ```
 */
export function isValidUscc(input: string): boolean {
  return checkUscc(input).length === 0;
}
