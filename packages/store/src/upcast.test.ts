// A store written by @gk/store 0.1.0, before data values were renamed to camelCase: its rows (from
// test-support/fixtures/store-0.1.json, dumped from a store that 0.1.0 wrote) are loaded as they were,
// then the store is opened with today's code.
import { readFileSync } from 'node:fs';
import { chinaCalendar } from '@gk/workdays';
import { evaluateCase } from '@gk/request-workflow';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.js';
import type { Backend } from './test-support/backends.js';
import { BACKENDS } from './test-support/backends.js';

interface Dump {
  readonly receiptNo: string;
  readonly [table: string]: unknown;
}
const dump = JSON.parse(
  readFileSync(new URL('./test-support/fixtures/store-0.1.json', import.meta.url), 'utf8'),
) as Dump;
const rows = (table: string): Record<string, unknown>[] => dump[table] as Record<string, unknown>[];

/** A SQL literal: text in dollar quotes, JSON as jsonb, null as NULL. */
function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return `$gk$${JSON.stringify(value)}$gk$::jsonb`;
  return `$gk$${typeof value === 'string' ? value : JSON.stringify(value)}$gk$`;
}

/** The 0.1.0 schema (migrations 1–3) and the dumped rows, as one script. */
function storeWrittenBy01(): string {
  const schema = MIGRATIONS.filter((m) => m.version <= 3).map((m) => m.sql);
  const inserts = ['gk_events', 'gk_personal_data', 'gk_cases', 'gk_submissions'].flatMap((table) =>
    rows(table).map(
      (row) =>
        `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(literal).join(', ')});`,
    ),
  );
  return [
    'CREATE TABLE gk_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());',
    ...rows('gk_migrations').map(
      (row) =>
        `INSERT INTO gk_migrations (version, description) VALUES (${literal(row.version)}, ${literal(row.description)});`,
    ),
    ...schema,
    ...inserts,
  ].join('\n');
}

describe.each(BACKENDS)('a store written before the camelCase rename, on $name', ({ make }) => {
  const first = { agencyId: '350213-edu', caseId: '2025-0001' };
  const second = { agencyId: '350213-edu', caseId: '2025-0002' };

  async function oldStore(): Promise<Backend> {
    const backend = await make();
    await backend.raw(storeWrittenBy01());
    return backend;
  }

  it('holds the old spellings as written (the fixture is what 0.1.0 wrote)', () => {
    const payloads = rows('gk_events').map((row) => JSON.stringify(row.payload));
    expect(payloads.some((p) => p.includes('"in-person"'))).toBe(true);
    expect(payloads.some((p) => p.includes('"third-party"'))).toBe(true);
    expect(payloads.some((p) => p.includes('"per-page"'))).toBe(true);
    expect(payloads.some((p) => p.includes('"ordinary-mail"'))).toBe(true);
  });

  it('reads its events in today’s spellings, and its audit chain still verifies', async () => {
    const backend = await oldStore();
    const store = await backend.open();
    try {
      const events = await store.readEvents(first);
      expect(
        events.map((e) => ('channel' in e ? e.channel : 'method' in e ? e.method : 'party' in e ? e.party : e.type)),
      ).toEqual(['inPerson', 'thirdParty', 'thirdParty', 'perPage', 'feePaid', 'decided', 'inPerson']);
      const [receivedEvent] = events;
      expect(receivedEvent?.type === 'received' && receivedEvent.request.deliveryPreferences).toEqual([
        'inPerson',
        'email',
      ]);
      expect((await store.readEvents(second))[0]).toMatchObject({ channel: 'ordinaryMail', confirmedOn: '2025-03-10' });
      expect(await store.verifyChain()).toEqual({ ok: true, events: 9 });
    } finally {
      await store.close();
      await backend.dispose();
    }
  });

  it('rebuilds the projections on upgrade: the summaries hold the new spellings and the same dates', async () => {
    const backend = await oldStore();
    const store = await backend.open();
    try {
      const summary = await store.getCase(second);
      expect(summary?.state.channel).toBe('ordinaryMail');
      expect(summary?.state.fee?.method).toBe('perItem');
      const before = rows('gk_cases').find((row) => row.case_id === second.caseId)?.summary as { dueOn: string };
      expect(summary?.dueOn).toBe(before.dueOn);
      const state = await store.caseState(first, { today: '2025-03-25' });
      expect(state?.consultations.map((c) => c.party)).toEqual(['thirdParty']);
      expect(state?.fee?.method).toBe('perPage');
      // The same state as the events evaluated afresh in the new spellings.
      const fresh = evaluateCase(await store.readEvents(first, { actorId: 'auditor', reason: '核对升级' }), {
        calendar: chinaCalendar,
        today: '2025-03-25',
      });
      expect(state?.dueOn).toBe(fresh.dueOn);
      expect(state?.status).toBe('answered');
    } finally {
      await store.close();
      await backend.dispose();
    }
  });

  it('reads and registers a pending online application filed before the rename', async () => {
    const backend = await oldStore();
    const store = await backend.open();
    try {
      const [pending] = await store.pendingSubmissions('350213-edu');
      expect(pending?.application?.request.deliveryPreferences).toEqual(['inPerson']);
      const ref = await store.registerSubmission('350213-edu', dump.receiptNo, {
        actor: { id: 'clerk-1', role: 'registrar' },
        on: '2025-03-11',
      });
      const [registered] = await store.readEvents(ref);
      expect(registered?.type === 'received' && registered.request.deliveryPreferences).toEqual(['inPerson']);
      expect(await store.verifyChain()).toEqual({ ok: true, events: 10 });
    } finally {
      await store.close();
      await backend.dispose();
    }
  });
});
