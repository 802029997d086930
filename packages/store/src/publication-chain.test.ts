import type { PublicationEvent } from '@gk/publication';
import { afterAll, describe, expect, it } from 'vitest';
import type { Backend } from './test-support/backends.js';
import { BACKENDS } from './test-support/backends.js';
import { drafter, head, metadata as publicationMetadata } from './test-support/publications.js';

const metadata = publicationMetadata('示范县2026年最低生活保障标准', '城市最低生活保障标准每人每月800元。');
const history: PublicationEvent[] = [
  { type: 'drafted', on: '2026-03-02', actor: drafter, indexNo: 'MZ/2026-00001', metadata },
  { type: 'attributeDetermined', on: '2026-03-02', actor: drafter, attribute: 'proactive' },
  { type: 'reviewed', on: '2026-03-03', actor: head, findings: [] },
  { type: 'approved', on: '2026-03-03', actor: head },
  { type: 'published', on: '2026-03-04', actor: head },
];

describe.each(BACKENDS)('publication audit chain on $name', ({ make }) => {
  const backends: Backend[] = [];
  afterAll(async () => {
    for (const backend of backends) await backend.dispose();
  });

  /** Two publications, one only drafted; then `sql` run as the tables' owner with triggers off. */
  async function tampered(sql: string | null) {
    const backend = await make();
    backends.push(backend);
    let store = await backend.open();
    await store.publications.append({ agencyId: 'mz', publicationId: 'p1' }, history, 0);
    await store.publications.append({ agencyId: 'mz', publicationId: 'p2' }, history.slice(0, 1).map((e) => ({ ...e, indexNo: 'MZ/2026-00002' })), 0); // prettier-ignore
    if (sql !== null) {
      await store.close();
      await backend.raw(`ALTER TABLE gk_publication_events DISABLE TRIGGER USER; ${sql}; ALTER TABLE gk_publication_events ENABLE TRIGGER USER;`); // prettier-ignore
      store = await backend.open();
    }
    return store;
  }

  it('verifies an untouched chain, whole and per publication', { timeout: 30_000 }, async () => {
    const store = await tampered(null);
    expect(await store.publications.verifyChain()).toEqual({ ok: true, events: 6 });
    expect(await store.publications.verifyChain({ agencyId: 'mz', publicationId: 'p1' })).toEqual({
      ok: true,
      events: 5,
    });
    await store.close();
  });

  it('finds a body changed after publication, a deleted event and a relinked event', async () => {
    let store = await tampered(
      `UPDATE gk_publication_events SET payload = jsonb_set(payload, '{metadata,body}', '"每人每月600元。"') WHERE publication_id = 'p1' AND version = 1`,
    );
    expect(await store.publications.verifyChain()).toEqual({
      ok: false,
      events: 6,
      brokenAt: { agencyId: 'mz', publicationId: 'p1', version: 1 },
      reason: 'hash',
    });
    await store.close();
    store = await tampered(`DELETE FROM gk_publication_events WHERE publication_id = 'p1' AND version = 3`);
    expect(await store.publications.verifyChain()).toMatchObject({
      ok: false,
      brokenAt: { publicationId: 'p1', version: 4 },
      reason: 'gap',
    });
    await store.close();
    store = await tampered(
      `UPDATE gk_publication_events SET prev_hash = 'x' WHERE publication_id = 'p1' AND version = 2`,
    );
    expect(await store.publications.verifyChain()).toMatchObject({ ok: false, reason: 'previousHash' });
    await store.close();
  }, 60_000);

  it('loads states for compliance: only published ones, without bodies', { timeout: 30_000 }, async () => {
    const store = await tampered(null);
    const all = await store.publications.states('mz');
    expect(all.map((s) => s.status)).toEqual(['published', 'drafted']);
    const narrow = await store.publications.states('mz', { forCompliance: true });
    expect(narrow).toHaveLength(1);
    expect(narrow[0]).toEqual({ ...all[0], metadata: { ...metadata, body: '' }, findings: [], issues: [] });
    expect(await store.publications.complianceSubjects('mz')).toEqual([
      {
        status: 'published',
        indexNo: 'MZ/2026-00001',
        versions: [{ version: 1, publishedOn: '2026-03-04', formedOn: '2026-03-02' }],
        metadata: { catalogueItemIds: ['sa-1'] },
      },
    ]);
    await store.close();
  });
});
