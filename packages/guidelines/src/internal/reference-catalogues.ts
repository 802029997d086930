// Test support: the reference rows as catalogue documents, one per source page, in page order so
// that 同上 refers to the row above. The rows do not carry their county's division code, so every
// header uses 110105 (scaffolding; headers are not under test here).
import type { CatalogueDocument } from '@gk/catalogue-schema';
import { REFERENCE_ROWS } from '../data/reference-rows.js';
import type { ReferenceRow } from '../reference-row.js';
import { catalogueItemFromRow } from '../reference-rows.js';

/** The reference rows grouped into one catalogue document per source page. */
export function referenceCatalogues(): {
  readonly source: string;
  readonly rows: ReferenceRow[];
  readonly document: unknown;
}[] {
  const bySource = new Map<string, ReferenceRow[]>();
  for (const row of REFERENCE_ROWS) bySource.set(row.source.url, [...(bySource.get(row.source.url) ?? []), row]);
  return [...bySource].map(([source, rows]) => {
    const first = rows[0];
    const document = {
      formatVersion: '1',
      header: {
        title: `${first?.source.publisher ?? ''}${first?.domain ?? ''}领域基层政务公开标准目录`,
        jurisdiction: { divisionCode: '110105', name: first?.source.publisher ?? '' },
        agency: { name: first?.source.publisher ?? '' },
        domain: first?.domain ?? '',
        version: 'reference',
        effectiveOn: '2025-01-01',
      },
      items: rows.map(catalogueItemFromRow),
    };
    return { source, rows, document: document as unknown as CatalogueDocument };
  });
}
