import type { CoreIssue } from './core-issues.js';
import { PROVINCES } from './division-code.js';
import type { IssuePath } from './issue.js';
import { createIssue } from './issue.js';
import { epochDayOf } from './local-date.js';
import { describeValue } from './text.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/**
 * The check character of the first 17 digits of a 公民身份号码 (ISO 7064 MOD 11-2).
 * @param body - 17 digits
 * @returns `0`–`9` or `X`, or `undefined` when `body` is not 17 digits
 */
export function residentIdCheckCharacter(body: string): string | undefined {
  if (!/^\d{17}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK.charAt(sum % 11);
}

/** Options of {@link checkResidentId}. */
export interface CheckResidentIdOptions {
  /** When given, a birth date after this day is an issue. */
  readonly today?: string;
  /** Where the value sits, for the issue. */
  readonly path?: IssuePath;
}

/**
 * Checks a 公民身份号码 (GB 11643-1999, 18 characters) and says what is wrong: form, the
 * province of the address code, a real birth date (not after `today` when given), and the
 * MOD 11-2 check character (`X` for 10; a lower-case `x` is a form issue). The issues carry the
 * number masked by {@link maskResidentId} (a wrong number is still someone's personal data).
 * @param input - the number
 * @param options - `today` and `path`
 * @returns the issues found; empty when valid
 */
export function checkResidentId(input: string, options: CheckResidentIdOptions = {}): readonly CoreIssue[] {
  const path = options.path ?? [];
  if (typeof input !== 'string') return [createIssue('residentId.format', { input: describeValue(input) }, path)];
  // Issues travel into messages, case summaries and logs: they carry the number masked, never as typed.
  const masked = maskResidentId(input);
  if (!/^\d{17}[\dX]$/.test(input)) return [createIssue('residentId.format', { input: masked }, path)];
  const issues: CoreIssue[] = [];
  const province = input.slice(0, 2);
  if (!Object.hasOwn(PROVINCES, province))
    issues.push(createIssue('residentId.region', { input: masked, province }, path));
  const birthDate = `${input.slice(6, 10)}-${input.slice(10, 12)}-${input.slice(12, 14)}`;
  const birthDay = epochDayOf(birthDate);
  if (Number.isNaN(birthDay) || (options.today !== undefined && birthDay > epochDayOf(options.today))) {
    issues.push(createIssue('residentId.birthDate', { input: masked }, path));
  }
  const expected = residentIdCheckCharacter(input.slice(0, 17)) ?? '';
  if (input.charAt(17) !== expected) issues.push(createIssue('residentId.checksum', { input: masked, expected }, path));
  return issues;
}

/**
 * Whether a text is a valid 公民身份号码 (GB 11643-1999).
 * @param input - the number
 * @param options - `today`, to reject birth dates in the future
 * @returns `true` when {@link checkResidentId} finds no issue
 * @example
 * ```ts
 * isValidResidentId('11010519491231002X'); // true
 * ```
 */
export function isValidResidentId(input: string, options: CheckResidentIdOptions = {}): boolean {
  return checkResidentId(input, options).length === 0;
}

/**
 * Masks a 公民身份号码 for display: the address code and the last four characters stay,
 * the birth date is hidden. The old 15-digit form keeps its address code and last three.
 * @param input - an 18- or 15-character number (checked for length only)
 * @returns e.g. `110105********002X`; any other text is fully masked, as at most 18 `*`
 * @example
 * ```ts
 * maskResidentId('11010519491231002X'); // '110105********002X'
 * maskResidentId('110105491231002'); // '110105******002'
 * ```
 */
export function maskResidentId(input: string): string {
  if (input.length === 18) return `${input.slice(0, 6)}********${input.slice(14)}`;
  if (input.length === 15) return `${input.slice(0, 6)}******${input.slice(12)}`;
  return '*'.repeat(Math.min(input.length, 18));
}
