// Documents the portal publishes (catalogues, guides, reports), kept as JSON by agency, kind and id.
import { createIssue } from '@gk/core';
import { refuseNul } from './internal/arguments.js';
import type { Db } from './db.js';
import { StoreError } from './errors.js';
import type { DocumentRef, StoredDocument } from './store-types.js';

function checkDocumentRef(ref: Omit<DocumentRef, 'id'> & { readonly id?: string }): void {
  for (const field of ['agencyId', 'kind', 'id'] as const) {
    if (field === 'id' && !('id' in ref)) continue;
    if (typeof ref[field] !== 'string' || ref[field].trim() === '')
      throw new StoreError([createIssue('store.documentRef', { field }, [field])]);
  }
}

/** `Store.putDocument` over a database handle; documented there. */
export async function putDocument(db: Db, ref: DocumentRef, body: unknown): Promise<void> {
  checkDocumentRef(ref);
  refuseNul('文档', body);
  await db.query(
    `INSERT INTO gk_documents (agency_id, kind, id, body) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agency_id, kind, id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
    [ref.agencyId, ref.kind, ref.id, JSON.stringify(body)],
  );
}

/** `Store.getDocument` over a database handle; documented there. */
export async function getDocument<T = unknown>(db: Db, ref: DocumentRef): Promise<T | undefined> {
  checkDocumentRef(ref);
  const [row] = await db.query<{ body: T }>(
    'SELECT body FROM gk_documents WHERE agency_id = $1 AND kind = $2 AND id = $3',
    [ref.agencyId, ref.kind, ref.id],
  );
  return row?.body;
}

/** `Store.documents` over a database handle; documented there. */
export async function documents<T = unknown>(db: Db, agencyId: string, kind: string): Promise<StoredDocument<T>[]> {
  checkDocumentRef({ agencyId, kind });
  return db.query<{ id: string; body: T }>(
    'SELECT id, body FROM gk_documents WHERE agency_id = $1 AND kind = $2 ORDER BY id',
    [agencyId, kind],
  );
}

/** `Store.updateDocument` over a database handle; documented there. */
export async function updateDocument<T>(
  db: Db,
  ref: DocumentRef,
  update: (current: T | undefined) => T | undefined,
): Promise<T | undefined> {
  checkDocumentRef(ref);
  return db.transaction(async (tx) => {
    // One writer at a time for this document, across processes — even before its row exists.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      JSON.stringify(['gk_documents', ref.agencyId, ref.kind, ref.id]),
    ]);
    const [row] = await tx.query<{ body: T }>(
      'SELECT body FROM gk_documents WHERE agency_id = $1 AND kind = $2 AND id = $3 FOR UPDATE',
      [ref.agencyId, ref.kind, ref.id],
    );
    const next = update(row?.body);
    if (next === undefined) return row?.body;
    refuseNul('文档', next);
    await tx.query(
      `INSERT INTO gk_documents (agency_id, kind, id, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (agency_id, kind, id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
      [ref.agencyId, ref.kind, ref.id, JSON.stringify(next)],
    );
    return next;
  });
}
