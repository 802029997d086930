// Test support: turns the reference rows (verbatim county catalogue rows) into catalogue documents,
// one per source page, in page order so that 同上 refers to the row above. Headers are scaffolding:
// the rows do not carry their county's division code, so every header uses 110105.
import rows from '../../../../../shared/reference/catalogue-rows.json' with { type: 'json' };
import type { CatalogueDocument, CatalogueItemDocument } from '../document.js';

/** A reference row as stored in `catalogue-rows.json`. */
export type ReferenceRow = (typeof rows)[number];

export /**
 *
 */
const REFERENCE_ROWS: readonly ReferenceRow[] = rows;

const AUDIENCE: Readonly<Record<string, 'public' | 'specificGroups'>> = {
  全社会: 'public',
  特定群体: 'specificGroups',
};
const MODE: Readonly<Record<string, 'proactive' | 'onRequest'>> = { 主动: 'proactive', 依申请: 'onRequest' };

/**
 *
 */
export function itemFromRow(row: ReferenceRow): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: row.id,
    primaryMatter: row.level1,
    secondaryMatter: row.level2,
    contentElements: [row.content],
    basis: row.basis,
    timeLimit: row.timeLimit,
    publisher: row.subject,
    channels: row.channels,
  };
  if ('level3' in row && typeof row.level3 === 'string') item.tertiaryMatter = row.level3;
  if (row.audience !== null) item.audience = row.audience.map((a) => AUDIENCE[a] ?? a);
  if (row.mode !== null) item.mode = row.mode.map((m) => MODE[m] ?? m);
  if (row.tier !== null) item.tiers = row.tier;
  return item;
}

/** The reference rows grouped into one catalogue document per source page. */
export function referenceCatalogues(): {
  readonly source: string;
  readonly rows: ReferenceRow[];
  readonly document: unknown;
}[] {
  const bySource = new Map<string, ReferenceRow[]>();
  for (const row of REFERENCE_ROWS) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row]);
  return [...bySource].map(([source, pageRows]) => ({
    source,
    rows: pageRows,
    document: {
      formatVersion: '1',
      header: {
        title: `${pageRows[0]?.publisher ?? ''}${pageRows[0]?.domain ?? ''}领域基层政务公开标准目录`,
        jurisdiction: { divisionCode: '110105', name: pageRows[0]?.publisher ?? '' },
        agency: { name: pageRows[0]?.publisher ?? '' },
        domain: pageRows[0]?.domain ?? '',
        version: 'reference',
        effectiveOn: '2025-01-01',
      },
      items: pageRows.map(itemFromRow) as unknown as CatalogueItemDocument[],
    } satisfies Omit<CatalogueDocument, 'formatVersion'> & { formatVersion: '1' },
  }));
}
