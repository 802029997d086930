// 索引号: the number every piece of government information carries on its page. Agencies number in
// their own ways; most combine the agency's code, the year and a sequence, some a category too. The
// pattern is a setting; the default is the most common form.
import type { SafeParseResult } from '@gk/core';
import { createIssue } from '@gk/core';
import { PublicationError } from './error.js';
import type { PublicationIssue } from './issues.js';

/**
 * The default 索引号 pattern: the agency's code (统一社会信用代码 or 组织机构代码), the year and a
 * five-digit sequence, e.g. `11350200MB0123456X/2026-00012`. A local practice, not a national rule:
 * pass your own `pattern`.
 */
export const DEFAULT_INDEX_PATTERN = '{agencyCode}/{year}-{sequence:5}';

/** The parts of an index number. */
export interface IndexNoParts {
  /** The agency's code: letters, digits and hyphens. */
  readonly agencyCode: string;
  /** A category (主题分类 code or similar), where the pattern has one. */
  readonly category?: string;
  readonly year: number;
  /** From 1. */
  readonly sequence: number;
}

/** Options naming the pattern; {@link DEFAULT_INDEX_PATTERN} when omitted. */
export interface IndexPatternOptions {
  readonly pattern?: string;
}

type Token = 'agencyCode' | 'category' | 'year' | 'sequence';
interface Compiled {
  readonly pattern: string;
  readonly parts: readonly (string | { readonly token: Token; readonly digits?: number })[];
  readonly regex: RegExp;
  readonly digits: number;
}

const PART_RE: Readonly<Record<Token, string>> = {
  agencyCode: '([0-9A-Za-z-]{1,30}?)',
  category: '([\\p{L}\\p{N}]{1,20}?)',
  year: '(\\d{4})',
  sequence: '(\\d+)',
};
const AGENCY_CODE = /^[0-9A-Za-z-]{1,30}$/;
const CATEGORY = /^[\p{L}\p{N}]{1,20}$/u;
const MAX_PATTERN_LENGTH = 100;

function compile(pattern: unknown): SafeParseResult<Compiled, PublicationIssue> {
  const text = typeof pattern === 'string' ? pattern : '';
  const bad = {
    success: false,
    issues: [createIssue('indexNo.pattern', { pattern: text.slice(0, 100) }, ['pattern'])],
  } as const;
  if (text.length === 0 || text.length > MAX_PATTERN_LENGTH || /[\p{Cc}\p{Cf}]/u.test(text)) return bad;
  const parts: Compiled['parts'][number][] = [];
  const seen = new Set<Token>();
  let digits = 5;
  let rest = text;
  while (rest.length > 0) {
    const match = /^\{(agencyCode|category|year|sequence)(?::(\d))?\}/.exec(rest);
    if (match === null) {
      if (rest.startsWith('{') || rest.startsWith('}')) return bad;
      parts.push(rest[0] ?? '');
      rest = rest.slice(1);
      continue;
    }
    const token = match[1] as Token;
    if (seen.has(token) || (match[2] !== undefined && token !== 'sequence')) return bad;
    seen.add(token);
    if (token === 'sequence' && match[2] !== undefined) digits = Number(match[2]);
    parts.push(match[2] === undefined ? { token } : { token, digits });
    rest = rest.slice(match[0].length);
  }
  if (!seen.has('agencyCode') || !seen.has('year') || !seen.has('sequence') || digits < 1) return bad;
  const source = parts
    .map((part) => (typeof part === 'string' ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : PART_RE[part.token]))
    .join('');
  return { success: true, data: { pattern: text, parts, regex: new RegExp(`^${source}$`, 'u'), digits } };
}

function compiled(options: IndexPatternOptions): Compiled {
  const result = compile(options.pattern ?? DEFAULT_INDEX_PATTERN);
  if (!result.success) throw new PublicationError(result.issues);
  return result.data;
}

function partIssues(parts: IndexNoParts, c: Compiled): PublicationIssue[] {
  const issues: PublicationIssue[] = [];
  const needsCategory = c.parts.some((p) => typeof p !== 'string' && p.token === 'category');
  if (typeof parts.agencyCode !== 'string' || !AGENCY_CODE.test(parts.agencyCode))
    issues.push(createIssue('indexNo.part', { part: 'agencyCode', value: String(parts.agencyCode) }, ['agencyCode']));
  if (needsCategory && (typeof parts.category !== 'string' || !CATEGORY.test(parts.category)))
    issues.push(createIssue('indexNo.part', { part: 'category', value: String(parts.category) }, ['category']));
  if (!Number.isInteger(parts.year) || parts.year < 1900 || parts.year > 9999)
    issues.push(createIssue('indexNo.part', { part: 'year', value: String(parts.year) }, ['year']));
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence >= 10 ** c.digits)
    issues.push(createIssue('indexNo.part', { part: 'sequence', value: String(parts.sequence) }, ['sequence']));
  return issues;
}

/**
 * Writes an index number from its parts.
 * @param parts - the agency's code, the year, the sequence (and the category, when the pattern has one)
 * @param options - the pattern
 * @returns the index number
 * @throws {@link PublicationError} for an invalid pattern or part
 * @example
 * ```ts
 * formatIndexNo({ agencyCode: '11350200MB0123456X', year: 2026, sequence: 12 }); // '11350200MB0123456X/2026-00012'
 * ```
 */
export function formatIndexNo(parts: IndexNoParts, options: IndexPatternOptions = {}): string {
  const c = compiled(options);
  const issues = partIssues(parts, c);
  if (issues.length > 0) throw new PublicationError(issues);
  return c.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.token === 'sequence') return String(parts.sequence).padStart(c.digits, '0');
      if (part.token === 'year') return String(parts.year);
      return part.token === 'category' ? (parts.category ?? '') : parts.agencyCode;
    })
    .join('');
}

/**
 * Reads an index number into its parts, checking it against the pattern.
 * @param indexNo - the index number
 * @param options - the pattern
 * @returns the parts, or why it does not fit
 */
export function safeParseIndexNo(
  indexNo: unknown,
  options: IndexPatternOptions = {},
): SafeParseResult<IndexNoParts, PublicationIssue> {
  const c = compile(options.pattern ?? DEFAULT_INDEX_PATTERN);
  if (!c.success) return c;
  const text = typeof indexNo === 'string' ? indexNo : '';
  const match = text.length <= 100 ? c.data.regex.exec(text) : null;
  if (match === null)
    return {
      success: false,
      issues: [createIssue('indexNo.format', { indexNo: text.slice(0, 100), pattern: c.data.pattern }, ['indexNo'])],
    };
  const tokens = c.data.parts.filter((p): p is { token: Token } => typeof p !== 'string').map((p) => p.token);
  const value = (token: Token): string => match[tokens.indexOf(token) + 1] ?? '';
  const sequenceText = value('sequence');
  if (sequenceText.length !== c.data.digits)
    return {
      success: false,
      issues: [createIssue('indexNo.format', { indexNo: text, pattern: c.data.pattern }, ['indexNo'])],
    };
  const parts: IndexNoParts = {
    agencyCode: value('agencyCode'),
    year: Number(value('year')),
    sequence: Number(sequenceText),
    ...(tokens.includes('category') ? { category: value('category') } : {}),
  };
  const issues = partIssues(parts, c.data);
  return issues.length === 0 ? { success: true, data: parts } : { success: false, issues };
}

/** Options of {@link nextIndexNo}: the pattern, and whose number for which year. */
export interface NextIndexNoOptions extends IndexPatternOptions {
  readonly agencyCode: string;
  readonly year: number;
  readonly category?: string;
}

/**
 * The next index number for an agency's year (and category): one past the highest sequence ever used,
 * so a number is never reused, not even one whose information was withdrawn. Numbers that do not fit
 * the pattern, or belong to another agency, year or category, are ignored.
 * @param used - every index number the agency has issued
 * @param options - the pattern, the agency's code, the year, the category
 * @returns the next index number
 * @throws {@link PublicationError} for an invalid pattern or part, or a year whose sequence is used up
 * @example
 * ```ts
 * nextIndexNo(['11350200MB0123456X/2026-00012'], { agencyCode: '11350200MB0123456X', year: 2026 });
 * // '11350200MB0123456X/2026-00013'
 * ```
 */
export function nextIndexNo(used: Iterable<string>, options: NextIndexNoOptions): string {
  const c = compiled(options);
  let highest = 0;
  for (const indexNo of used) {
    const parsed = safeParseIndexNo(indexNo, { pattern: c.pattern });
    if (!parsed.success) continue;
    const { agencyCode, year, category, sequence } = parsed.data;
    if (agencyCode === options.agencyCode && year === options.year && category === options.category)
      highest = Math.max(highest, sequence);
  }
  const limit = 10 ** c.digits - 1;
  if (highest >= limit) throw new PublicationError([createIssue('indexNo.exhausted', { limit }, ['sequence'])]);
  const parts: IndexNoParts = {
    agencyCode: options.agencyCode,
    year: options.year,
    sequence: highest + 1,
    ...(options.category === undefined ? {} : { category: options.category }),
  };
  return formatIndexNo(parts, { pattern: c.pattern });
}

/**
 * The index numbers used more than once, for a check of an agency's records (an index number is unique).
 * @param indexNos - the agency's index numbers
 * @returns an issue for each repeated number, at its second and later places
 */
export function duplicateIndexNos(indexNos: readonly string[]): PublicationIssue[] {
  const seen = new Set<string>();
  const issues: PublicationIssue[] = [];
  indexNos.forEach((indexNo, index) => {
    if (seen.has(indexNo)) issues.push(createIssue('indexNo.duplicate', { indexNo }, [index]));
    seen.add(indexNo);
  });
  return issues;
}
