// Chinese full-text search without a word segmenter: titles, document numbers and bodies become
// character pairs (`searchTerms`) with positions and weights; a query becomes the same pairs, each
// run a phrase (最低 <-> 低生 <-> …), its synonyms' variants OR'ed. The texts here are PostgreSQL's
// tsvector and tsquery input syntax, which does not run PostgreSQL's parser (that parser does not
// read Chinese); the store casts them. Highlighting is done here too, on the original text.
import { expandSynonyms, searchTerms } from '@gk/catalogue-schema';

/** PostgreSQL's largest tsvector position. */
const MAX_POSITION = 16_383;
/** PostgreSQL keeps at most 256 positions per lexeme. */
const MAX_POSITIONS_PER_TERM = 256;
/** The most terms a query is read with. */
const MAX_QUERY_TERMS = 32;

/** The fields of a publication that are searched, most weighty first. */
export interface SearchFields {
  /** 信息名称: weight A. */
  readonly title: string;
  /** 文号 and 索引号: weight B. */
  readonly numbers: string;
  /** 正文: weight D. */
  readonly body: string;
}

const quote = (term: string): string => `'${term}'`;

/**
 * A filter as a lexeme of the search vector (`'agency=350213-edu'`), so that the index narrows a
 * search to an agency before any row is read: GIN intersects the query's lexemes with it. Search terms
 * are letters and digits only, so a lexeme with `=` cannot collide with one.
 * @param name - the filter's name (`agency`)
 * @param value - its value
 * @returns the quoted lexeme, for a tsvector or a tsquery literal
 */
export function filterLexeme(name: string, value: string): string {
  return `'${`${name}=${value}`.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A publication's searchable text as a PostgreSQL tsvector literal (`'最低':1A '低生':2A …`), every
 * term a character pair or a Latin word, with its positions and its field's weight.
 * @param fields - title, numbers and body
 * @returns the literal, to cast with `::tsvector`
 */
export function searchVectorText(fields: SearchFields): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of [
    [fields.title, 'A'],
    [fields.numbers, 'B'],
    [fields.body, 'D'],
  ] as const) {
    for (const term of searchTerms(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(term) ?? [];
      if (list.length < MAX_POSITIONS_PER_TERM) list.push(`${String(position)}${weight}`);
      positions.set(term, list);
    }
  }
  return [...positions].map(([term, list]) => `${quote(term)}:${list.join(',')}`).join(' ');
}

/**
 * A visitor's query as a PostgreSQL tsquery literal: each run of characters a phrase of its pairs,
 * the runs AND'ed, each synonym variant OR'ed (`低保` also finds `最低生活保障`). `null` for a query
 * with nothing to search.
 * @param query - the visitor's words
 * @returns the literal, to cast with `::tsquery`, or `null`
 * @example
 * ```ts
 * searchQueryText('低保'); // "'低保' | ('最低' <-> '低生' <-> '生活' <-> '活保' <-> '保障')"
 * ```
 */
export function searchQueryText(query: string): string | null {
  if (typeof query !== 'string') return null;
  let budget = MAX_QUERY_TERMS;
  const variants = expandSynonyms(query.slice(0, 200)).flatMap((variant) => {
    const runs = (
      variant
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).flatMap((run) => {
      const terms = searchTerms(run).slice(0, Math.max(0, budget));
      budget -= terms.length;
      if (terms.length === 0) return [];
      return [terms.length === 1 ? quote(terms[0] ?? '') : `(${terms.map(quote).join(' <-> ')})`];
    });
    return runs.length === 0 ? [] : [runs.length === 1 ? (runs[0] ?? '') : `(${runs.join(' & ')})`];
  });
  return variants.length === 0 ? null : variants.join(' | ');
}

/** A piece of text, marked when it matches the query. */
export interface TextSegment {
  readonly text: string;
  readonly mark: boolean;
}

/** The words of a query and its synonyms, as they would appear in a text (NFKC, lower case). */
function wordsOf(query: string): string[] {
  const words = expandSynonyms(query.slice(0, 200)).flatMap(
    (variant) =>
      variant
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS);
}

/**
 * Marks where a query's words (and their synonyms) occur in a text, for the result page's `<mark>`.
 * Matching is on the NFKC-folded, lower-cased text; segments keep the original characters.
 * @param text - the title or the snippet
 * @param query - the visitor's words
 * @returns the text in segments, matches marked
 */
export function highlight(text: string, query: string): TextSegment[] {
  const folded = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths; mark only when the folded text lines up with the original.
  if (folded.length !== text.length) return [{ text, mark: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of wordsOf(query)) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length))
      marked.fill(true, at, at + word.length);
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j += 1;
    segments.push({ text: text.slice(i, j), mark: marked[i] === true });
    i = j;
  }
  return segments;
}

/**
 * A short passage of a body around the first match of a query, highlighted; the body's opening when
 * nothing matches.
 * @param body - the text
 * @param query - the visitor's words
 * @param width - characters on each side of the match; 40 by default
 * @returns the passage in segments
 */
export function snippet(body: string, query: string, width = 40): TextSegment[] {
  const folded = body.normalize('NFKC').toLowerCase();
  const hits = wordsOf(query)
    .map((word) => ({ at: folded.indexOf(word), length: word.length }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  const first = hits[0];
  const start = first === undefined ? 0 : Math.max(0, first.at - width);
  const end = Math.min(body.length, first === undefined ? width * 2 : first.at + first.length + width);
  const segments = highlight(body.slice(start, end), query);
  return [
    ...(start > 0 ? [{ text: '…', mark: false }] : []),
    ...segments,
    ...(end < body.length ? [{ text: '…', mark: false }] : []),
  ];
}
