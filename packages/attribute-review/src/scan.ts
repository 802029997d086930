import type { Locale } from '@gk/core';
import { checkResidentId } from '@gk/core';
import type { LexiconTerm } from './lexicon.js';
import { CompiledLexicon } from './lexicon.js';
import { enSuggestions } from './locales/en.js';
import { zhCNSuggestions } from './locales/zh-CN.js';

/** What the scanner looks for. */
export type FindingKind =
  'residentId' | 'mobile' | 'bankCard' | 'email' | 'passport' | 'classificationMark' | 'internalMark' | 'sensitiveTerm';

/** Every kind of finding. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'residentId',
  'mobile',
  'bankCard',
  'email',
  'passport',
  'classificationMark',
  'internalMark',
  'sensitiveTerm',
];

/** Something the pre-publication review found, with UTF-16 offsets into the text (end exclusive). */
export interface ReviewFinding {
  readonly kind: FindingKind;
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
  readonly kinds?: readonly FindingKind[];
  /** The language of the suggestions, `zh-CN` by default. */
  readonly locale?: Locale;
}

const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
const CARD = /(?<![0-9])(?:\d[ -]?){15,18}\d(?![0-9])/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
const PASSPORT = /(?<![A-Za-z0-9])(?:[EGDSP]\d{8}|E[A-Z]\d{7})(?![A-Za-z0-9])/g;
const CLASSIFICATION =
  /(?:绝密|机密|秘密)[ \t]*★[ \t]*(?:(?:\d+|[一二三四五六七八九十]+)[ \t]*年|长期)?|密级[ \t]*[：:][ \t]*(?:绝密|机密|秘密)|保密期限[ \t]*[：:][ \t]*(?:(?:\d+|[一二三四五六七八九十]+)[ \t]*年|长期)/g;
const INTERNAL = /内部资料[，,、 ]*注意保存|内部资料|注意保存|内部文件|内部使用/g;

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

const SUGGESTIONS: Readonly<Record<Locale, Readonly<Record<FindingKind, string>>>> = {
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
  const kinds = new Set(options.kinds ?? FINDING_KINDS);
  const suggestions = SUGGESTIONS[options.locale ?? 'zh-CN'];
  const make = (
    kind: FindingKind,
    source: string,
    start: number,
    end: number,
    confidence: 'high' | 'low',
    severity: 'error' | 'warning' = 'error',
  ): ReviewFinding => ({
    kind,
    start,
    end,
    text: source.slice(start, end),
    severity,
    confidence,
    suggestion: suggestions[kind],
  });
  const findings: ReviewFinding[] = [];
  const idRanges: [number, number][] = [];
  if (kinds.has('residentId') || kinds.has('bankCard')) {
    for (const m of input.matchAll(RESIDENT_ID)) {
      const start = m.index;
      const end = start + m[0].length;
      const value = m[0].toUpperCase();
      if (checkResidentId(value).length === 0) {
        idRanges.push([start, end]);
        if (kinds.has('residentId')) findings.push(make('residentId', input, start, end, 'high'));
      } else if (!/^\d{18}$/.test(m[0]) || !luhn(m[0])) {
        idRanges.push([start, end]);
        if (kinds.has('residentId')) findings.push(make('residentId', input, start, end, 'low', 'warning'));
      }
    }
  }
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
    for (const m of input.matchAll(CARD)) {
      const digits = m[0].replace(/[ -]/g, '');
      const start = m.index;
      const end = start + m[0].length;
      if (digits.length >= 16 && digits.length <= 19 && luhn(digits) && !insideId(start, end)) {
        findings.push(make('bankCard', input, start, end, 'high'));
      }
    }
  }
  if (kinds.has('mobile')) {
    for (const m of input.matchAll(MOBILE)) {
      if (!insideId(m.index, m.index + m[0].length))
        findings.push(make('mobile', input, m.index, m.index + m[0].length, 'high'));
    }
  }
  if (kinds.has('email')) {
    for (const m of input.matchAll(EMAIL))
      findings.push(make('email', input, m.index, m.index + m[0].length, 'high', 'warning'));
  }
  if (kinds.has('passport')) {
    for (const m of input.matchAll(PASSPORT)) {
      const context = input.slice(Math.max(0, m.index - 12), m.index);
      findings.push(
        make(
          'passport',
          input,
          m.index,
          m.index + m[0].length,
          /护照|passport/i.test(context) ? 'high' : 'low',
          'warning',
        ),
      );
    }
  }
  if (kinds.has('classificationMark')) {
    for (const m of input.matchAll(CLASSIFICATION))
      findings.push(make('classificationMark', input, m.index, m.index + m[0].length, 'high'));
  }
  if (kinds.has('internalMark')) {
    for (const m of input.matchAll(INTERNAL))
      findings.push(make('internalMark', input, m.index, m.index + m[0].length, 'high', 'warning'));
  }
  if (kinds.has('sensitiveTerm') && options.lexicon !== undefined) {
    const compiled =
      options.lexicon instanceof CompiledLexicon ? options.lexicon : new CompiledLexicon(options.lexicon);
    for (const match of compiled.match(input)) {
      const entry = compiled.terms[match.termIndex]!;
      findings.push({
        ...make('sensitiveTerm', input, match.start, match.end, 'high', entry.severity),
        term: entry.term,
        category: entry.category,
      });
    }
  }
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind),
  );
}
