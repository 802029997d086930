// The county's 政策库 (seed/policy-library.json), kept as the county's documents, one per policy.
import type { PolicyLibraryEntry } from '@gk/publication';
import type { Store } from '@gk/store';
import librarySeed from '../seed/policy-library.json' with { type: 'json' };
import { COUNTY_AGENCY_ID } from './data.js';

/** The kind of the county's documents that hold one policy of the library each. */
export const POLICY_LIBRARY_KIND = 'policyLibrary';

/**
 * Writes the demo library, unless the county has one already.
 * @param store - the store
 * @returns the number of policies written
 */
export async function seedPolicyLibrary(store: Store): Promise<number> {
  if ((await store.documents(COUNTY_AGENCY_ID, POLICY_LIBRARY_KIND)).length > 0) return 0;
  for (const entry of librarySeed.entries as unknown as PolicyLibraryEntry[])
    await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: POLICY_LIBRARY_KIND, id: entry.id }, entry);
  return librarySeed.entries.length;
}

/**
 * The library, newest first.
 * @param store - the store
 */
export async function policyLibrary(store: Store): Promise<PolicyLibraryEntry[]> {
  const stored = await store.documents<PolicyLibraryEntry>(COUNTY_AGENCY_ID, POLICY_LIBRARY_KIND);
  return stored.map((d) => d.body).sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : -1));
}
