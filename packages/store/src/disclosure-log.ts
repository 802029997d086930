// The disclosure log: who saw which case's personal data unmasked, when and why.
import { createIssue } from '@gk/core';
import { idArgument, textArgument } from './internal/arguments.js';
import type { Db } from './db.js';
import { StoreError } from './errors.js';
import { checkRef } from './internal/refs.js';
import type { CaseRef, RevealRequest } from './store-types.js';

/** The longest reason for seeing personal data the disclosure log keeps. */
const MAX_REASON_LENGTH = 500;

/** Records that an actor saw a case's personal data unmasked, and why; refuses a blank reason. */
export async function recordDisclosure(db: Db, ref: CaseRef, reveal: RevealRequest): Promise<void> {
  if (
    typeof reveal.reason !== 'string' ||
    reveal.reason.trim() === '' ||
    typeof reveal.actorId !== 'string' ||
    reveal.actorId.trim() === ''
  ) {
    throw new StoreError([createIssue('store.reason', {}, ['reveal', 'reason'])]);
  }
  idArgument('actorId', reveal.actorId);
  textArgument('reason', reveal.reason, MAX_REASON_LENGTH);
  await db.query('INSERT INTO gk_disclosures (agency_id, case_id, actor_id, reason) VALUES ($1, $2, $3, $4)', [
    ref.agencyId,
    ref.caseId,
    reveal.actorId,
    reveal.reason,
  ]);
}

/** `Store.disclosures` over a database handle; documented there. */
export async function disclosures(
  db: Db,
  ref?: CaseRef,
): Promise<{ agencyId: string; caseId: string; actorId: string; reason: string; disclosedAt: string }[]> {
  if (ref !== undefined) checkRef(ref);
  const rows = await db.query<{
    agency_id: string;
    case_id: string;
    actor_id: string;
    reason: string;
    disclosed_at: string;
  }>(
    `SELECT agency_id, case_id, actor_id, reason, disclosed_at::text AS disclosed_at FROM gk_disclosures
     ${ref === undefined ? '' : 'WHERE agency_id = $1 AND case_id = $2'} ORDER BY id`,
    ref === undefined ? [] : [ref.agencyId, ref.caseId],
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    caseId: row.case_id,
    actorId: row.actor_id,
    reason: row.reason,
    disclosedAt: row.disclosed_at,
  }));
}
