import type { CoreIssue } from './core-issues.js';
import type { IssuePath } from './issue.js';
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
 * Checks a 统一社会信用代码 and says what is wrong.
 * @param input - the code, upper case
 * @param path - where the value sits, for the issue
 * @returns the issues found (`uscc.format`, `uscc.checksum`); empty when valid
 * @see GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》
 */
export function checkUscc(input: string, path: IssuePath = []): readonly CoreIssue[] {
  const expected = /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(input) ? usccCheckCharacter(input.slice(0, 17)) : undefined;
  if (expected === undefined) return [createIssue('uscc.format', { input }, path)];
  if (input.charAt(17) !== expected) return [createIssue('uscc.checksum', { input, expected }, path)];
  return [];
}

/**
 * Whether a text is a valid 统一社会信用代码 (GB 32100-2015 check character).
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
