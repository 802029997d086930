// The publications' hash chains checked, as `verifyChain` checks the cases'.
import type { PublicationEvent } from '@gk/publication';
import type { Db } from './db.js';
import { idArgument } from './internal/arguments.js';
import { GENESIS, linkHash } from './internal/canonical.js';

/** A publication's place: its agency and its id. */
export interface PublicationRef {
  readonly agencyId: string;
  readonly publicationId: string;
}

/** The result of `store.publications.verifyChain`. */
export type PublicationChainVerification =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      readonly events: number;
      readonly brokenAt: { readonly agencyId: string; readonly publicationId: string; readonly version: number };
      readonly reason: 'gap' | 'previousHash' | 'hash';
    };

interface ChainRow extends Record<string, unknown> {
  agency_id: string;
  publication_id: string;
  version: number;
  payload: PublicationEvent;
  prev_hash: string;
  hash: string;
}

/** `store.publications.verifyChain` over a database handle; documented there. */
export async function verifyPublicationChain(db: Db, ref?: PublicationRef): Promise<PublicationChainVerification> {
  const select = 'SELECT agency_id, publication_id, version, payload, prev_hash, hash FROM gk_publication_events';
  const order = 'ORDER BY agency_id, publication_id, version';
  const rows =
    ref === undefined
      ? await db.query<ChainRow>(`${select} ${order}`)
      : await db.query<ChainRow>(`${select} WHERE agency_id = $1 AND publication_id = $2 ${order}`, [
          idArgument('agencyId', ref.agencyId),
          idArgument('publicationId', ref.publicationId),
        ]);
  let previous = GENESIS;
  let expected = 1;
  let current = '';
  for (const row of rows) {
    const key = `${row.agency_id}\u0000${row.publication_id}`;
    if (key !== current) {
      current = key;
      previous = GENESIS;
      expected = 1;
    }
    const at = { agencyId: row.agency_id, publicationId: row.publication_id, version: row.version };
    const broken = (reason: 'gap' | 'previousHash' | 'hash'): PublicationChainVerification => ({
      ok: false,
      events: rows.length,
      brokenAt: at,
      reason,
    });
    if (row.version !== expected) return broken('gap');
    if (row.prev_hash !== previous) return broken('previousHash');
    if (linkHash(previous, row.agency_id, row.publication_id, row.version, row.payload) !== row.hash)
      return broken('hash');
    previous = row.hash;
    expected += 1;
  }
  return { ok: true, events: rows.length };
}
