import type { Catalogue, CatalogueItem } from './catalogue.js';
import { itemName } from './catalogue.js';
import { expandSynonyms } from './search-terms.js';

/** One match of {@link searchCatalogues}: the catalogue, the item and how well it matched. */
export interface CatalogueSearchHit {
  /** The catalogue the item belongs to. */
  readonly catalogue: Catalogue;
  /** The item. */
  readonly item: CatalogueItem;
  /** Higher is better: whole-query matches in the name rank first, then shared character pairs. */
  readonly score: number;
}

/** Options of {@link searchCatalogues}. */
export interface CatalogueSearchOptions {
  /** At most this many hits; 50 by default. */
  readonly limit?: number;
}

/**
 * Folds a text for matching: NFKC (full-width letters and digits become half-width), lower case,
 * no spaces or punctuation.
 * @param text - any text
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function pairsOf(text: string): Set<string> {
  const chars = Array.from(text);
  const pairs = new Set<string>(chars.length === 1 ? chars : []);
  for (let i = 1; i < chars.length; i += 1) pairs.add(`${chars[i - 1] ?? ''}${chars[i] ?? ''}`);
  return pairs;
}

function fieldsOf(catalogue: Catalogue, item: CatalogueItem): { name: string; body: string } {
  return {
    name: foldSearchText(`${itemName(item)}${catalogue.header.domain}`),
    body: foldSearchText(
      [...item.contentElements, item.basis.text, item.publisher, ...Object.values(item.extra ?? {})].join(''),
    ),
  };
}

/** How well one folded query matches an item's folded name and body. */
function scoreOf(fields: { name: string; body: string }, folded: string, wanted: Set<string>): number {
  const { name, body } = fields;
  if (name.includes(folded)) return 100;
  if (body.includes(folded)) return 60;
  let inName = 0;
  let inBody = 0;
  for (const pair of wanted) {
    if (name.includes(pair)) inName += 1;
    else if (body.includes(pair)) inBody += 1;
  }
  const share = (inName + inBody) / wanted.size;
  return share >= 0.6 ? Math.round(50 * share + (10 * inName) / wanted.size) : 0;
}

/**
 * Searches catalogue items by Chinese text, without a word segmenter: a query matches an item when
 * the folded query appears in its name, domain, content elements, basis or publisher, or when most
 * of the query's adjacent character pairs do (so 义务教育招生 finds 义务教育阶段招生政策). Common
 * abbreviations find the names documents use ({@link SEARCH_SYNONYMS}: 低保 finds 最低生活保障). Names
 * outrank bodies; ties keep catalogue order.
 * @param catalogues - the catalogues to search
 * @param query - the visitor's words; an empty query matches nothing
 * @param options - a limit
 * @returns the hits, best first
 * @example
 * ```ts
 * searchCatalogues([education], '招生').map((hit) => itemName(hit.item)); // ['招生管理 / 招生政策', …]
 * ```
 */
export function searchCatalogues(
  catalogues: readonly Catalogue[],
  query: string,
  options: CatalogueSearchOptions = {},
): CatalogueSearchHit[] {
  const list: unknown = catalogues;
  if (typeof query !== 'string' || !Array.isArray(list)) return [];
  if (foldSearchText(query) === '') return [];
  // The query and its synonyms' variants (低保 → 最低生活保障): an item scores its best variant.
  const variants = expandSynonyms(query.slice(0, 200)).map((variant) => {
    const folded = foldSearchText(variant);
    return { folded, wanted: pairsOf(folded) };
  });
  const hits: { hit: CatalogueSearchHit; order: number }[] = [];
  let order = 0;
  for (const catalogue of catalogues) {
    for (const item of catalogue.items) {
      order += 1;
      const fields = fieldsOf(catalogue, item);
      const score = Math.max(...variants.map(({ folded, wanted }) => scoreOf(fields, folded, wanted)));
      if (score > 0) hits.push({ hit: { catalogue, item, score }, order });
    }
  }
  hits.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  return hits.slice(0, options.limit ?? 50).map(({ hit }) => hit);
}
