// The append-only event log: appending with the audit hash chain, reading, verifying, checkpoints.
import { createIssue } from '@gk/core';
import type { CaseEvent } from '@gk/request-workflow';
import { MAX_CASE_EVENTS, safeParseCaseEvents } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import { refuseNul } from './internal/arguments.js';
import type { Db } from './db.js';
import { ConflictError, StoreError } from './errors.js';
import { canonicalJson, GENESIS, linkHash } from './internal/canonical.js';
import type { AuditCheckpoint, EventHead } from './internal/checkpoint.js';
import {
  asCheckpoint,
  auditKeyBytes,
  checkpointSigned,
  compareCheckpoint,
  signCheckpoint,
} from './internal/checkpoint.js';
import { mergePersonalData, splitPersonalData } from './internal/personal-data.js';
import { checkRef, isUniqueViolation } from './internal/refs.js';
import type { AuditVerification, CaseRef, ChainVerification, RevealRequest } from './store-types.js';
import { project } from './projections.js';
import { eventOf, maskedEventOf, selectEventRows } from './internal/event-rows.js';
import { recordDisclosure } from './disclosure-log.js';

/** `Store.append` over a database handle; documented there. */
export async function append(
  db: Db,
  calendar: WorkdayCalendar,
  ref: CaseRef,
  events: readonly CaseEvent[],
  expectedVersion: number,
): Promise<number> {
  checkRef(ref);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw new StoreError([
      createIssue('store.expectedVersion', { value: String(expectedVersion) }, ['expectedVersion']),
    ]);
  }
  if (!Array.isArray(events) || events.length === 0)
    throw new StoreError([createIssue('store.noEvents', {}, ['events'])]);
  if (expectedVersion + events.length > MAX_CASE_EVENTS)
    throw new StoreError([createIssue('store.tooManyEvents', { limit: MAX_CASE_EVENTS }, ['events'])]);
  refuseNul('办理记录', events);
  const parsed = safeParseCaseEvents(events);
  if (!parsed.success) throw new StoreError(parsed.issues);
  const { agencyId, caseId } = ref;
  try {
    return await db.transaction((tx) => appendIn(tx, calendar, ref, parsed.data, expectedVersion));
  } catch (error) {
    if (isUniqueViolation(error)) {
      const [row] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM gk_events WHERE agency_id = $1 AND case_id = $2',
        [agencyId, caseId],
      );
      throw new ConflictError(agencyId, caseId, expectedVersion, row?.n ?? expectedVersion);
    }
    throw error;
  }
}

/** Appends events inside a transaction and refreshes the projection; see `Store.append`. */
export async function appendIn(
  tx: Db,
  calendar: WorkdayCalendar,
  ref: CaseRef,
  events: readonly CaseEvent[],
  expectedVersion: number,
): Promise<number> {
  const { agencyId, caseId } = ref;
  const existing = await selectEventRows(tx, ref);
  const actual = existing.length;
  if (actual !== expectedVersion) throw new ConflictError(agencyId, caseId, expectedVersion, actual);
  let previous = existing[actual - 1]?.hash ?? GENESIS;
  const history = existing.map(eventOf);
  let version = expectedVersion;
  for (const event of events) {
    version += 1;
    const { masked, personal } = splitPersonalData(event);
    const hash = linkHash(previous, agencyId, caseId, version, event);
    await tx.query(
      `INSERT INTO gk_events (agency_id, case_id, version, type, occurred_on, occurred_at, actor_id, payload, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        agencyId,
        caseId,
        version,
        event.type,
        event.on,
        event.at ?? null,
        event.actor.id,
        canonicalJson(masked),
        previous,
        hash,
      ],
    );
    if (personal !== null) {
      await tx.query('INSERT INTO gk_personal_data (agency_id, case_id, version, data) VALUES ($1, $2, $3, $4)', [
        agencyId,
        caseId,
        version,
        canonicalJson(personal),
      ]);
    }
    previous = hash;
    history.push(event);
  }
  await project(tx, calendar, ref, history, version);
  return version;
}

/** `Store.readEvents` over a database handle; documented there. */
export async function readEvents(db: Db, ref: CaseRef, reveal?: RevealRequest): Promise<CaseEvent[]> {
  checkRef(ref);
  if (reveal !== undefined) await recordDisclosure(db, ref, reveal);
  const rows = await selectEventRows(db, ref);
  return rows.map((row) => (reveal === undefined ? maskedEventOf(row) : eventOf(row)));
}

/** `Store.verifyChain` over a database handle; documented there. */
export async function verifyChain(db: Db, ref?: CaseRef): Promise<ChainVerification> {
  if (ref !== undefined) checkRef(ref);
  const rows = await selectEventRows(db, ref);
  let previous = GENESIS;
  let expected = 1;
  let current = '';
  for (const row of rows) {
    const key = `${row.agency_id}\u0000${row.case_id}`;
    if (key !== current) {
      current = key;
      previous = GENESIS;
      expected = 1;
    }
    const at = { agencyId: row.agency_id, caseId: row.case_id, version: row.version };
    if (row.version !== expected) return { ok: false, events: rows.length, brokenAt: at, reason: 'gap' };
    if (row.prev_hash !== previous) return { ok: false, events: rows.length, brokenAt: at, reason: 'previousHash' };
    // As written: the hash covers the stored spelling, not the upcast one.
    const event = mergePersonalData(row.payload, row.personal);
    if (linkHash(previous, row.agency_id, row.case_id, row.version, event) !== row.hash) {
      return { ok: false, events: rows.length, brokenAt: at, reason: 'hash' };
    }
    previous = row.hash;
    expected += 1;
  }
  return { ok: true, events: rows.length };
}

/** Every event's place and full hash, in (agency, case, version) order. */
export function eventHeads(db: Db): Promise<EventHead[]> {
  return db
    .query<{ agency_id: string; case_id: string; version: number; hash: string }>(
      'SELECT agency_id, case_id, version, hash FROM gk_events ORDER BY agency_id, case_id, version',
    )
    .then((rows) =>
      rows.map((row) => ({ agencyId: row.agency_id, caseId: row.case_id, version: row.version, hash: row.hash })),
    );
}

/** `Store.checkpoint` over a database handle; documented there. */
export async function checkpoint(db: Db, key: string | Uint8Array): Promise<AuditCheckpoint> {
  auditKeyBytes(key);
  const checkpoint = signCheckpoint(await eventHeads(db), key, new Date().toISOString());
  await db.query('INSERT INTO gk_checkpoints (created_at, root, body) VALUES ($1, $2, $3)', [
    checkpoint.createdAt,
    checkpoint.root,
    JSON.stringify(checkpoint),
  ]);
  return checkpoint;
}

/** The latest checkpoint kept in the database, or `undefined`. */
export async function latestCheckpoint(db: Db): Promise<AuditCheckpoint | undefined> {
  const [row] = await db.query<{ body: unknown }>('SELECT body FROM gk_checkpoints ORDER BY id DESC LIMIT 1');
  return row === undefined ? undefined : (asCheckpoint(row.body) ?? undefined);
}

/** `Store.verifyAudit` over a database handle; documented there. */
export async function verifyAudit(
  db: Db,
  key: string | Uint8Array,
  checkpoint?: AuditCheckpoint,
): Promise<AuditVerification> {
  auditKeyBytes(key);
  const current = await eventHeads(db);
  const events = current.length;
  const anchor = checkpoint ?? (await latestCheckpoint(db));
  if (anchor === undefined) return { ok: false, events, reason: 'noCheckpoint' };
  if (asCheckpoint(anchor) === null || !checkpointSigned(anchor, key))
    return { ok: false, events, reason: 'signature' };
  const difference = compareCheckpoint(anchor, current);
  if (difference !== null) {
    const { reason, ...brokenAt } = difference;
    return { ok: false, events, reason, brokenAt } as AuditVerification;
  }
  const chain = await verifyChain(db);
  if (!chain.ok) return { ok: false, events, reason: chain.reason, brokenAt: chain.brokenAt };
  return { ok: true, events, checkpoint: { createdAt: anchor.createdAt, root: anchor.root, events: anchor.events } };
}
