// Tampering the hash chain alone cannot show, found by a signed checkpoint: a case's last events cut off,
// a case deleted whole, a case rewritten with every hash recomputed — each at its exact place. And on a
// PostgreSQL server, an application role that cannot disable the triggers at all.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { canonicalJson, GENESIS, linkHash } from './internal/canonical.js';
import type { AuditCheckpoint } from './internal/checkpoint.js';
import { separateOwnerSql } from './migrations.js';
import type { Store } from './store.js';
import { openStore } from './store.js';
import type { Backend } from './test-support/backends.js';
import { BACKENDS, serverBackend } from './test-support/backends.js';
import { received, step } from './test-support/events.js';

const KEY = 'k'.repeat(16) + '-audit-key-from-configuration-0123456789';

/** Three cases: a1/c1 with three events, a1/c2 with two, a2/c3 with one. */
async function fill(store: Store): Promise<void> {
  await store.append(
    { agencyId: 'a1', caseId: 'c1' },
    [received('2025-09-01'), step('reasonRequested', '2025-09-02'), step('extensionApproved', '2025-09-03', { workdays: 10, approver: { id: 'head-1', role: 'head' } })], // prettier-ignore
    0,
  );
  await store.append(
    { agencyId: 'a1', caseId: 'c2' },
    [received('2025-09-01'), step('reasonRequested', '2025-09-04')],
    0,
  );
  await store.append({ agencyId: 'a2', caseId: 'c3' }, [received('2025-09-05')], 0);
}

/** Runs SQL as someone with the tables' owner rights: triggers off, tamper, triggers on. */
const asOwner = (sql: string) =>
  `ALTER TABLE gk_events DISABLE TRIGGER USER; ALTER TABLE gk_personal_data DISABLE TRIGGER USER; ${sql}; ALTER TABLE gk_events ENABLE TRIGGER USER; ALTER TABLE gk_personal_data ENABLE TRIGGER USER;`; // prettier-ignore

describe.each(BACKENDS)('signed audit checkpoints on $name', ({ make }) => {
  const backends: Backend[] = [];
  afterAll(async () => {
    for (const backend of backends) await backend.dispose();
  });

  /** A filled store, checkpointed, closed, tampered with `sql`, and opened again. */
  async function tampered(sql: string): Promise<{ store: Store; checkpoint: AuditCheckpoint }> {
    const backend = await make();
    backends.push(backend);
    let store = await backend.open();
    await fill(store);
    const checkpoint = await store.checkpoint(KEY);
    expect(await store.verifyAudit(KEY)).toMatchObject({ ok: true, events: 6 });
    await store.close();
    await backend.raw(asOwner(sql));
    store = await backend.open();
    return { store, checkpoint: JSON.parse(JSON.stringify(checkpoint)) as AuditCheckpoint };
  }

  it('finds a case whose last event was cut off, which the chain alone misses', async () => {
    const { store, checkpoint } = await tampered(
      "DELETE FROM gk_personal_data WHERE case_id = 'c1' AND version = 3; DELETE FROM gk_events WHERE case_id = 'c1' AND version = 3",
    );
    expect(await store.verifyChain()).toEqual({ ok: true, events: 5 });
    const expected = {
      ok: false,
      events: 5,
      reason: 'truncated',
      brokenAt: { agencyId: 'a1', caseId: 'c1', version: 3 },
    };
    expect(await store.verifyAudit(KEY)).toEqual(expected);
    expect(await store.verifyAudit(KEY, checkpoint)).toEqual(expected);
    await store.close();
  }, 60_000);

  it('finds a case deleted whole', async () => {
    const { store } = await tampered("DELETE FROM gk_personal_data WHERE case_id = 'c3'; DELETE FROM gk_events WHERE case_id = 'c3'"); // prettier-ignore
    expect(await store.verifyChain()).toEqual({ ok: true, events: 5 });
    expect(await store.verifyAudit(KEY)).toEqual({
      ok: false,
      events: 5,
      reason: 'caseDeleted',
      brokenAt: { agencyId: 'a2', caseId: 'c3' },
    });
    await store.close();
  }, 60_000);

  it('finds a case rewritten with every hash recomputed, at the first rewritten event', async () => {
    // The attacker changes c2's second event's date and recomputes both links, as the store would.
    const backend = await make();
    backends.push(backend);
    let store = await backend.open();
    await fill(store);
    const checkpoint = await store.checkpoint(KEY);
    const events = await store.readEvents({ agencyId: 'a1', caseId: 'c2' }, { actorId: 'test', reason: '测试' });
    await store.close();
    const forged = [events[0], { ...events[1], on: '2025-09-20' }];
    const masked = await maskedPayloads(backend, 'c2');
    let previous = GENESIS;
    const updates = forged.map((event, index) => {
      const version = index + 1;
      const hash = linkHash(previous, 'a1', 'c2', version, event);
      const payload = version === 2 ? { ...masked[1], on: '2025-09-20' } : masked[0];
      const sql = `UPDATE gk_events SET payload = '${canonicalJson(payload)}'::jsonb, prev_hash = '${previous}', hash = '${hash}' WHERE case_id = 'c2' AND version = ${String(version)}`; // prettier-ignore
      previous = hash;
      return sql;
    });
    await backend.raw(asOwner(updates.join('; ')));
    store = await backend.open();
    expect(await store.verifyChain()).toEqual({ ok: true, events: 6 });
    expect(await store.verifyAudit(KEY, checkpoint)).toEqual({
      ok: false,
      events: 6,
      reason: 'rewritten',
      brokenAt: { agencyId: 'a1', caseId: 'c2', version: 2 },
    });
    await store.close();
  }, 60_000);

  it('refuses a checkpoint edited after signing, a wrong key, a short key, and no checkpoint', async () => {
    const backend = await make();
    backends.push(backend);
    const store = await backend.open();
    expect(await store.verifyAudit(KEY)).toEqual({ ok: false, events: 0, reason: 'noCheckpoint' });
    await fill(store);
    const checkpoint = await store.checkpoint(KEY);
    expect(checkpoint.root).toMatch(/^[0-9a-f]{64}$/);
    const edited = { ...checkpoint, cases: checkpoint.cases.slice(0, 2) };
    expect(await store.verifyAudit(KEY, edited)).toEqual({ ok: false, events: 6, reason: 'signature' });
    expect(await store.verifyAudit(`${KEY}x`, checkpoint)).toEqual({ ok: false, events: 6, reason: 'signature' });
    const short = await store.checkpoint('too-short').catch((e: unknown) => e);
    expect(short).toBeInstanceOf(StoreError);
    expect((short as StoreError).message).toBe('审计密钥至少 32 个字符；请用随机生成的密钥，并保存在数据库以外');
    expect(await store.latestCheckpoint()).toEqual(checkpoint);
    await store.close();
  }, 60_000);
});

/** The masked payloads of a case's events as stored. */
async function maskedPayloads(backend: Backend, caseId: string): Promise<Record<string, unknown>[]> {
  if ('connectionString' in backend.location) {
    const client = new pg.Client({ connectionString: backend.location.connectionString });
    await client.connect();
    const { rows } = await client.query<{ payload: Record<string, unknown> }>(
      'SELECT payload FROM gk_events WHERE case_id = $1 ORDER BY version',
      [caseId],
    );
    await client.end();
    return rows.map((row) => row.payload);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: backend.location.dataDir });
  const { rows } = await db.query<{ payload: Record<string, unknown> }>(
    'SELECT payload FROM gk_events WHERE case_id = $1 ORDER BY version',
    [caseId],
  );
  await db.close();
  return rows.map((row) => row.payload);
}

describe('a separate owner role on PostgreSQL', () => {
  let backend: Backend;
  const appRole = `gk_app_${String(process.pid)}`;
  beforeAll(async () => {
    backend = await serverBackend();
    const store = await backend.open();
    await fill(store);
    await store.close();
    await backend.raw(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN CREATE ROLE ${appRole} LOGIN; END IF; END $$;`); // prettier-ignore
    await backend.raw(separateOwnerSql(appRole));
  }, 60_000);
  afterAll(async () => {
    await backend.dispose();
  });

  const asApp = (): string => {
    if (!('connectionString' in backend.location)) throw new Error('a server backend');
    const url = new URL(backend.location.connectionString);
    url.username = appRole;
    return url.toString();
  };

  it('lets the application append and read, but not disable, drop or bypass the triggers', async () => {
    const store = await openStore({ connectionString: asApp() });
    const version = await store.append({ agencyId: 'a1', caseId: 'c2' }, [step('reasonRequested', '2025-09-08')], 2);
    expect(version).toBe(3);
    expect(await store.verifyChain()).toEqual({ ok: true, events: 7 });
    await store.checkpoint(KEY);
    await store.close();
    const client = new pg.Client({ connectionString: asApp() });
    await client.connect();
    try {
      for (const sql of [
        'ALTER TABLE gk_events DISABLE TRIGGER gk_events_append_only',
        'DROP TRIGGER gk_events_append_only ON gk_events',
        'TRUNCATE gk_events',
        'DROP TABLE gk_checkpoints',
        'CREATE TABLE gk_shadow (id int)',
      ])
        await expect(client.query(sql), sql).rejects.toThrow(/must be owner|permission denied/);
      // Not even a DELETE reaches the trigger: the role has no DELETE right on the log.
      await expect(client.query("DELETE FROM gk_events WHERE case_id = 'c1'")).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  }, 60_000);
});
