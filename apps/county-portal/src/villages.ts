// 村（居）务公开: each township's villages and their lists (seed/villages.json), aligned with the
// township's catalogues by @gk/catalogue-schema (alignVillageCatalogue).
import type { Catalogue, CatalogueDocument, VillageAlignment } from '@gk/catalogue-schema';
import { alignVillageCatalogue, safeParseCatalogue } from '@gk/catalogue-schema';
import type { Store } from '@gk/store';
import villagesSeed from '../seed/villages.json' with { type: 'json' };
import type { AgencyData } from './agency-data.js';

/** The kind of a township's documents that hold one village's list each. */
export const VILLAGE_KIND = 'village';

/** A village's list as stored under its township. */
export interface StoredVillage {
  readonly name: string;
  readonly catalogue: CatalogueDocument;
}

/** A village as the pages show it: its list and how it aligns with the township's catalogues. */
export interface VillageView {
  readonly id: string;
  readonly name: string;
  readonly catalogue: Catalogue;
  readonly alignment: VillageAlignment;
}

/**
 * Writes the demo townships' villages, unless a township has some already.
 * @param store - the store
 * @returns the number of villages written
 */
export async function seedVillages(store: Store): Promise<number> {
  let written = 0;
  for (const township of villagesSeed.townships) {
    if ((await store.documents(township.agencyId, VILLAGE_KIND)).length > 0) continue;
    for (const v of township.villages) {
      const body: StoredVillage = { name: v.name, catalogue: v.catalogue as unknown as CatalogueDocument };
      await store.putDocument({ agencyId: township.agencyId, kind: VILLAGE_KIND, id: v.id }, body);
      written += 1;
    }
  }
  return written;
}

/**
 * A township's villages, each list parsed and aligned with the township's catalogues; a list that
 * cannot be read is named in `problems`, never dropped silently.
 * @param store - the store
 * @param agency - the township
 */
export async function villagesOf(
  store: Store,
  agency: AgencyData,
): Promise<{ villages: VillageView[]; problems: string[] }> {
  const [stored, upper] = await Promise.all([
    store.documents<StoredVillage>(agency.id, VILLAGE_KIND),
    agency.catalogues(),
  ]);
  const villages: VillageView[] = [];
  const problems = [...upper.problems];
  for (const { id, body } of stored) {
    const parsed = safeParseCatalogue(body.catalogue);
    if (!parsed.success) {
      problems.push(`${body.name}的公开事项清单无法读取（${String(parsed.issues.length)} 处问题）`);
      continue;
    }
    villages.push({
      id,
      name: body.name,
      catalogue: parsed.data,
      alignment: alignVillageCatalogue(parsed.data, upper.catalogues),
    });
  }
  return { villages, problems };
}
