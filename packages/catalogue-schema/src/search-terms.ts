// What Chinese search needs without a word segmenter: character pairs (bigrams) as terms, and the
// abbreviations people type for the names documents use (低保 for 最低生活保障). Shared by the
// catalogue search and the publication search.

/**
 * Groups of words that mean the same in disclosure documents: an abbreviation people type and the
 * names documents use. A query with one of them also finds the others.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['低保', '最低生活保障'],
  ['特困', '特困人员救助供养'],
  ['医保', '医疗保障', '基本医疗保险'],
  ['社保', '社会保险'],
  ['公积金', '住房公积金'],
  ['棚改', '棚户区改造'],
  ['危改', '危房改造'],
  ['政采', '政府采购'],
  ['招投标', '招标投标'],
  ['预决算', '预算决算'],
  ['双随机', '双随机、一公开'],
  ['放管服', '简政放权、放管结合、优化服务'],
  ['三公经费', '“三公”经费'],
  ['义教', '义务教育'],
  ['城管', '城市管理'],
];

/** The most variants {@link expandSynonyms} returns. */
const MAX_VARIANTS = 8;

/**
 * The query and its variants with each synonym it contains replaced by the others of its group, the
 * query first. Bounded: at most eight variants.
 * @param query - the visitor's words
 * @returns the variants, the query itself first
 * @example
 * ```ts
 * expandSynonyms('低保标准'); // ['低保标准', '最低生活保障标准']
 * ```
 */
export function expandSynonyms(query: string): string[] {
  const variants = [query];
  for (const group of SEARCH_SYNONYMS) {
    for (const word of group) {
      if (!query.includes(word)) continue;
      for (const other of group) {
        if (other === word || variants.length >= MAX_VARIANTS) continue;
        const variant = query.split(word).join(other);
        if (!variants.includes(variant)) variants.push(variant);
      }
    }
  }
  return variants;
}

/** The most characters of a text {@link searchTerms} reads: enough for the body of a long document. */
export const MAX_INDEXED_CHARACTERS = 50_000;

/**
 * A text as search terms: NFKC-folded and lower-cased; each run of Chinese characters as its
 * adjacent pairs (a single character alone), each run of Latin letters or digits as one word.
 * `最低生活保障` → `最低 低生 生活 活保 保障`. Reads at most {@link MAX_INDEXED_CHARACTERS}.
 * @param text - any text
 * @returns the terms, in order, repeats kept
 */
export function searchTerms(text: string): string[] {
  const folded = (typeof text === 'string' ? text : '')
    .slice(0, MAX_INDEXED_CHARACTERS)
    .normalize('NFKC')
    .toLowerCase();
  const terms: string[] = [];
  for (const run of folded.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      terms.push(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) terms.push(run);
    for (let i = 1; i < chars.length; i += 1) terms.push(`${chars[i - 1] ?? ''}${chars[i] ?? ''}`);
  }
  return terms;
}
