import { describeValue } from '@gk/core';
import { NORMAL_FORM, normalizeTerm } from './normalize.js';

/** How serious a lexicon term is. */
export type TermSeverity = 'error' | 'warning';

/** An entry of a sensitive-word lexicon (敏感词库). */
export interface LexiconTerm {
  readonly term: string;
  /** The caller's category, e.g. 政治, 涉密, 个人信息, 用语规范. */
  readonly category: string;
  readonly severity: TermSeverity;
}

/** A match of a term: UTF-16 offsets into the original text, end exclusive. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  /** The index of the term in the lexicon. */
  readonly termIndex: number;
}

const ALPHABET = 65_536;

/**
 * A lexicon compiled into an Aho–Corasick automaton over normalised characters. Reports every
 * occurrence of every term, overlaps included, in one pass; spaces and punctuation inserted between
 * a term's characters do not hide it, and full-width forms match half-width ones.
 */
export class CompiledLexicon {
  /** The terms, in the order given. */
  readonly terms: readonly LexiconTerm[];
  readonly #rootNext: Int32Array;
  readonly #edges = new Map<number, number>();
  readonly #fail: Int32Array;
  readonly #outputs: (Int32Array | null)[];
  readonly #lengths: Int32Array;
  readonly #window: number;

  /** @param terms - the lexicon; terms that normalise to nothing are ignored */
  constructor(terms: readonly LexiconTerm[]) {
    this.terms = terms;
    this.#lengths = new Int32Array(terms.length);
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    let longest = 1;
    terms.forEach((entry, index) => {
      const normal = normalizeTerm(entry.term);
      this.#lengths[index] = normal.length;
      if (normal.length === 0) return;
      longest = Math.max(longest, normal.length);
      let node = 0;
      for (let i = 0; i < normal.length; i++) {
        const code = normal.charCodeAt(i);
        const map = children[node]!;
        let next = map.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          map.set(code, next);
        }
        node = next;
      }
      ends[node]!.push(index);
    });
    this.#window = longest;
    const count = children.length;
    this.#rootNext = new Int32Array(ALPHABET).fill(0);
    this.#fail = new Int32Array(count);
    const outputs: (number[] | null)[] = ends.map((list) => (list.length > 0 ? list : null));
    const queue: number[] = [];
    for (const [code, child] of children[0]!) {
      this.#rootNext[code] = child;
      queue.push(child);
    }
    for (const node of queue) {
      for (const [code, child] of children[node]!) {
        this.#edges.set(node * ALPHABET + code, child);
        let fallback = this.#fail[node]!;
        while (fallback !== 0 && !children[fallback]!.has(code)) fallback = this.#fail[fallback]!;
        const target = fallback === 0 ? this.#rootNext[code]! : children[fallback]!.get(code)!;
        this.#fail[child] = target === child ? 0 : target;
        const inherited = outputs[this.#fail[child]];
        if (inherited) outputs[child] = [...(outputs[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
    this.#outputs = outputs.map((list) => (list === null ? null : Int32Array.from(list)));
  }

  /**
   * Every occurrence of every term in a text, in order of end then term.
   * @param text - the text to scan
   * @returns the matches with their original offsets
   */
  match(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const window = this.#window;
    const positions = new Int32Array(window);
    const rootNext = this.#rootNext;
    const edges = this.#edges;
    const fail = this.#fail;
    const outputs = this.#outputs;
    const lengths = this.#lengths;
    let kept = 0;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = NORMAL_FORM[text.charCodeAt(i)]!;
      if (code === 0) continue;
      positions[kept % window] = i;
      kept++;
      for (;;) {
        if (node === 0) {
          node = rootNext[code]!;
          break;
        }
        const next = edges.get(node * ALPHABET + code);
        if (next !== undefined) {
          node = next;
          break;
        }
        node = fail[node]!;
      }
      const found = outputs[node];
      if (found) {
        for (const termIndex of found) {
          const length = lengths[termIndex]!;
          matches.push({ start: positions[(kept - length) % window]!, end: i + 1, termIndex });
        }
      }
    }
    return matches;
  }
}

/** A problem in a lexicon file. */
export interface LexiconLineIssue {
  readonly line: number;
  /** `notText` (line 0): what was given is not text at all. */
  readonly reason: 'emptyTerm' | 'severity' | 'notText';
  readonly text: string;
}

/**
 * Reads the plain shared lexicon format: one term per line, `term<TAB>category<TAB>severity`
 * (category defaults to 敏感词, severity to `warning`; `error` or `warning`); blank lines and lines
 * starting with `#` are skipped.
 * @param text - the file's content
 * @returns the terms, and the lines that could not be read
 */
export function readLexicon(text: string): { readonly terms: LexiconTerm[]; readonly issues: LexiconLineIssue[] } {
  const terms: LexiconTerm[] = [];
  const issues: LexiconLineIssue[] = [];
  if (typeof text !== 'string') return { terms, issues: [{ line: 0, reason: 'notText', text: describeValue(text) }] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [term = '', category = '', severity = ''] = line.split('\t').map((part) => part.trim());
    if (normalizeTerm(term) === '') {
      issues.push({ line: index + 1, reason: 'emptyTerm', text: raw });
      return;
    }
    if (severity !== '' && severity !== 'error' && severity !== 'warning') {
      issues.push({ line: index + 1, reason: 'severity', text: raw });
      return;
    }
    terms.push({
      term,
      category: category === '' ? '敏感词' : category,
      severity: severity === 'error' ? 'error' : 'warning',
    });
  });
  return { terms, issues };
}

/** @deprecated Renamed {@link readLexicon}: it never fails, so it is a `read`, not a `parse`. Removed in the next minor version. */
export const parseLexicon: typeof readLexicon = readLexicon;
