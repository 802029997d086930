import type { CatalogueItemDocument } from '@gk/catalogue-schema';
import { REFERENCE_ROWS } from './data/reference-rows.js';
import { findPilotDomain } from './domains.js';
import type { ReferenceRow } from './reference-row.js';

/**
 * The reference rows of one pilot domain, matched by id, pilot name or later name.
 * @param domain - e.g. `compulsoryEducation`, 义务教育, 生态环境
 * @returns the rows, in source order; empty for an unknown domain
 */
export function referenceRowsOf(domain: string): readonly ReferenceRow[] {
  const wanted = findPilotDomain(domain);
  if (wanted === undefined) return [];
  return REFERENCE_ROWS.filter((row) => findPilotDomain(row.domain)?.id === wanted.id);
}

/**
 * A reference row as a catalogue item document (the input of `parseCatalogue`); cells the source
 * lost stay absent, so parsing reports them.
 * @param row - a reference row
 * @returns the item document
 * @example
 * ```ts
 * parseCatalogue({ formatVersion: '1', header, items: referenceRowsOf('义务教育').map(catalogueItemFromRow) });
 * ```
 */
export function catalogueItemFromRow(row: ReferenceRow): CatalogueItemDocument {
  return {
    id: row.id,
    primaryMatter: row.primaryMatter,
    secondaryMatter: row.secondaryMatter,
    ...(row.tertiaryMatter === undefined ? {} : { tertiaryMatter: row.tertiaryMatter }),
    contentElements: [row.content],
    basis: row.basis,
    timeLimit: row.timeLimit,
    publisher: row.publisher,
    channels: [...row.channels],
    ...(row.audience === undefined ? {} : { audience: [...row.audience] }),
    ...(row.mode === undefined ? {} : { mode: [...row.mode] }),
    ...(row.tiers === undefined ? {} : { tiers: [...row.tiers] }),
  } as CatalogueItemDocument;
}
