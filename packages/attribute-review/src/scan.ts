import type { Locale } from '@gk/core';
import { checkResidentId, epochDayOf, PROVINCES } from '@gk/core';
import type { LexiconTerm } from './lexicon.js';
import { CompiledLexicon } from './lexicon.js';
import { enSuggestions } from './locales/en.js';
import { zhCNSuggestions } from './locales/zh-CN.js';
import type { ReviewFindingKind } from './kinds.js';
import { REVIEW_FINDING_KINDS } from './kinds.js';
import { originalRange, viewOf } from './view.js';

export type { ReviewFindingKind } from './kinds.js';
export { REVIEW_FINDING_KINDS } from './kinds.js';

/** Something the pre-publication review found, with UTF-16 offsets into the text (end exclusive). */
export interface ReviewFinding {
  readonly kind: ReviewFindingKind;
  readonly start: number;
  readonly end: number;
  /** The text found: `text.slice(start, end)`. */
  readonly text: string;
  readonly severity: 'error' | 'warning';
  /** `high` when the finding is validated (a check digit, a context word), `low` for a pattern alone. */
  readonly confidence: 'high' | 'low';
  /** What to do, in Chinese. */
  readonly suggestion: string;
  /** For lexicon findings: the term and its category. */
  readonly term?: string;
  readonly category?: string;
}

/** Options of {@link scanText}. */
export interface ScanOptions {
  /** A sensitive-word lexicon: an array of terms, or one compiled once for many scans. */
  readonly lexicon?: readonly LexiconTerm[] | CompiledLexicon;
  /** Kinds to look for; all by default. */
  readonly kinds?: readonly ReviewFindingKind[];
  /** The language of the suggestions, `zh-CN` by default. */
  readonly locale?: Locale;
}

/** An 18-character 公民身份号码, also written 6-8-4 with spaces or hyphens. */
// After a check character X a number may follow at once (an ID glued to a phone number).
const RESIDENT_ID = /(?<!\d)(\d{6})([ \t-]?)(\d{8})([ \t-]?)(\d{3}[\dXx])(?:(?<=[Xx])|(?!\d))/g;
/** The old 15-digit 公民身份号码 (two-digit year), also written 6-6-3. */
const OLD_RESIDENT_ID = /(?<!\d)(\d{6})[ \t-]?(\d{6})[ \t-]?(\d{3})(?!\d)/g;
/** A run of digits too long to be one number: an ID glued to a phone number or to another ID. */
const DIGIT_RUN = /(?<!\d)\d{19,64}[Xx]?(?!\d)/g;
const MOBILE_DIGITS = /^1[3-9]\d{9}$/;
const MOBILE = /(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
const CARD = /(?<![0-9])(?:\d[ -]?){15,18}\d(?![0-9])/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
const PASSPORT = /(?<![A-Za-z0-9])(?:[EGDSP]\d{8}|E[A-Z]\d{7})(?![A-Za-z0-9])/g;
const CLASSIFICATION =
  /(?:绝密|机密|秘密)[ \t]*★[ \t]*(?:(?:\d+|[一二三四五六七八九十]+)[ \t]*年|长期)?|密级[ \t]*[：:][ \t]*(?:绝密|机密|秘密)|保密期限[ \t]*[：:][ \t]*(?:(?:\d+|[一二三四五六七八九十]+)[ \t]*年|长期)/g;
const INTERNAL = /内部资料[，,、 ]*注意保存|内部资料|注意保存|内部文件|内部使用/g;

/**
 * Whether 18 characters inside a longer run of digits are a 公民身份号码: valid, and born between
 * 1880 and 2099 (a run of digits holds many windows; a birth year of 7811 is not a person).
 */
function plausibleId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value) || checkResidentId(value).length > 0) return false;
  const year = Number(value.slice(6, 10));
  return year >= 1880 && year <= 2099;
}

/** Whether 15 digits are an old 公民身份号码: a province's address code and a real 19xx birth date. */
function oldResidentId(digits: string): boolean {
  if (!Object.hasOwn(PROVINCES, digits.slice(0, 2))) return false;
  return !Number.isNaN(epochDayOf(`19${digits.slice(6, 8)}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`));
}

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const SUGGESTIONS: Readonly<Record<Locale, Readonly<Record<ReviewFindingKind, string>>>> = {
  'zh-CN': zhCNSuggestions,
  en: enSuggestions,
};

/**
 * Scans plain text before publication for personal data (公民身份号码 with check digit and birth date,
 * mobile numbers, bank cards by Luhn, e-mail, passport numbers), classification marks (绝密/机密/秘密★,
 * 密级, 保密期限), 内部资料 marks, and the terms of a sensitive-word lexicon (every occurrence, overlaps
 * included, ignoring spaces and punctuation inserted between a term's characters).
 * @param text - the text to publish
 * @param options - the lexicon and the kinds to look for
 * @returns the findings, by position
 * @see 《中华人民共和国政府信息公开条例》第十四条、第十五条、第十七条
 * @example
 * ```ts
 * scanText('联系人：张三，身份证号11010519491231002X')[0];
 * // { kind: 'residentId', start: 11, end: 29, text: '11010519491231002X', confidence: 'high', … }
 * ```
 */
export function scanText(text: string, options: ScanOptions = {}): ReviewFinding[] {
  const input = typeof text === 'string' ? text : '';
  const kinds = new Set(options.kinds ?? REVIEW_FINDING_KINDS);
  const suggestions = SUGGESTIONS[options.locale ?? 'zh-CN'];
  // Patterns run on the view (full-width folded, invisible characters left out); findings are reported
  // at their place in the original text.
  const view = viewOf(input);
  const v = view.text;
  const make = (
    kind: ReviewFindingKind,
    viewStart: number,
    viewEnd: number,
    confidence: 'high' | 'low',
    severity: 'error' | 'warning' = 'error',
  ): ReviewFinding => {
    const [start, end] = originalRange(view, viewStart, viewEnd);
    return { kind, start, end, text: input.slice(start, end), severity, confidence, suggestion: suggestions[kind] };
  };
  const findings: ReviewFinding[] = [];
  /** ID ranges in the view, in text order once sorted: no phone or card is reported inside one. */
  const idRanges: [number, number][] = [];
  const foundId = (start: number, end: number, confidence: 'high' | 'low', severity: 'error' | 'warning') => {
    idRanges.push([start, end]);
    if (kinds.has('residentId')) findings.push(make('residentId', start, end, confidence, severity));
  };
  const mobiles: [number, number][] = [];
  if (kinds.has('residentId') || kinds.has('bankCard') || kinds.has('mobile')) {
    for (const m of v.matchAll(RESIDENT_ID)) {
      const start = m.index;
      const end = start + m[0].length;
      const value = `${m[1] ?? ''}${m[3] ?? ''}${m[5] ?? ''}`.toUpperCase();
      const spaced = m[2] !== '' || m[4] !== '';
      const glued = /[A-Za-z]/.test(v.charAt(start - 1)) || /[A-Za-z]/.test(v.charAt(end));
      if (checkResidentId(value).length === 0) foundId(start, end, 'high', 'error');
      // A pattern alone, with a wrong check character: only written plainly, and not a bank card.
      else if (!spaced && !glued && (!/^\d{18}$/.test(value) || !luhn(value))) foundId(start, end, 'low', 'warning');
    }
    for (const m of v.matchAll(OLD_RESIDENT_ID)) {
      const digits = `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`;
      if (oldResidentId(digits)) foundId(m.index, m.index + m[0].length, 'high', 'error');
    }
    // An ID glued to a phone number or another ID: IDs and mobile numbers are taken from either end
    // of the run while one is there; a mobile number left between IDs is reported too.
    for (const m of v.matchAll(DIGIT_RUN)) {
      const run = m[0].toUpperCase();
      const ids: number[] = [];
      const phones: number[] = [];
      let lo = 0;
      let hi = run.length;
      for (let step = 0; step < 8 && hi - lo >= 18; step += 1) {
        if (plausibleId(run.slice(lo, lo + 18))) ids.push((lo += 18) - 18);
        else if (plausibleId(run.slice(hi - 18, hi))) ids.push((hi -= 18));
        else if (hi - lo >= 29 && MOBILE_DIGITS.test(run.slice(lo, lo + 11))) phones.push((lo += 11) - 11);
        else if (hi - lo >= 29 && MOBILE_DIGITS.test(run.slice(hi - 11, hi))) phones.push((hi -= 11));
        else break;
      }
      if (ids.length > 0 && hi - lo === 11 && MOBILE_DIGITS.test(run.slice(lo, hi))) phones.push(lo);
      if (ids.length === 0) continue;
      for (const at of ids) foundId(m.index + at, m.index + at + 18, 'high', 'error');
      for (const at of phones) mobiles.push([m.index + at, m.index + at + 11]);
    }
  }
  idRanges.sort((a, b) => a[0] - b[0]);
  // The ranges come in text order and do not overlap, so their ends rise too: the last range that
  // starts before `end` is the only one that can reach past `start` (binary search, not a scan —
  // a scan made texts dense with ID numbers quadratic).
  const insideId = (start: number, end: number): boolean => {
    let low = 0;
    let high = idRanges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (idRanges[mid]![0] < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && idRanges[low - 1]![1] > start;
  };
  if (kinds.has('bankCard')) {
    for (const m of v.matchAll(CARD)) {
      const digits = m[0].replace(/[ -]/g, '');
      const start = m.index;
      const end = start + m[0].length;
      if (digits.length >= 16 && digits.length <= 19 && luhn(digits) && !insideId(start, end)) {
        findings.push(make('bankCard', start, end, 'high'));
      }
    }
  }
  if (kinds.has('mobile')) {
    for (const m of v.matchAll(MOBILE)) {
      if (!insideId(m.index, m.index + m[0].length))
        findings.push(make('mobile', m.index, m.index + m[0].length, 'high'));
    }
    for (const [start, end] of mobiles) findings.push(make('mobile', start, end, 'high'));
  }
  if (kinds.has('email')) {
    for (const m of v.matchAll(EMAIL)) findings.push(make('email', m.index, m.index + m[0].length, 'high', 'warning'));
  }
  if (kinds.has('passport')) {
    for (const m of v.matchAll(PASSPORT)) {
      const context = v.slice(Math.max(0, m.index - 12), m.index);
      findings.push(
        make('passport', m.index, m.index + m[0].length, /护照|passport/i.test(context) ? 'high' : 'low', 'warning'),
      );
    }
  }
  if (kinds.has('classificationMark')) {
    for (const m of v.matchAll(CLASSIFICATION))
      findings.push(make('classificationMark', m.index, m.index + m[0].length, 'high'));
  }
  if (kinds.has('internalMark')) {
    for (const m of v.matchAll(INTERNAL))
      findings.push(make('internalMark', m.index, m.index + m[0].length, 'high', 'warning'));
  }
  if (kinds.has('sensitiveTerm') && options.lexicon !== undefined) {
    const compiled =
      options.lexicon instanceof CompiledLexicon ? options.lexicon : new CompiledLexicon(options.lexicon);
    for (const match of compiled.match(input)) {
      const entry = compiled.terms[match.termIndex]!;
      findings.push({
        kind: 'sensitiveTerm',
        start: match.start,
        end: match.end,
        text: input.slice(match.start, match.end),
        severity: entry.severity,
        confidence: 'high',
        suggestion: suggestions.sensitiveTerm,
        term: entry.term,
        category: entry.category,
      });
    }
  }
  return findings.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || REVIEW_FINDING_KINDS.indexOf(a.kind) - REVIEW_FINDING_KINDS.indexOf(b.kind),
  );
}
