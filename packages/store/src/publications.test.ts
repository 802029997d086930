import { nextIndexNo, PublicationError } from '@gk/publication';
import { describe, expect, it } from 'vitest';
import { ConflictError, StoreError } from './errors.js';
import { BACKENDS, openStoreFor } from './test-support/backends.js';
import { drafter, head, metadata, published } from './test-support/publications.js';

describe.each(BACKENDS)('publications on $name', ({ make }) => {
  const db = openStoreFor(make);
  const agencyId = 'mz';

  it('appends a publication, projects its state, and lists it', async () => {
    const ref = { agencyId, publicationId: 'p1' };
    const m = metadata(
      '关于调整2026年城乡最低生活保障标准的通知',
      '自2026年4月1日起，城市最低生活保障标准调整为每人每月800元。',
      {
        documentNo: '示民〔2026〕5号',
      },
    );
    expect(await db.store.publications.append(ref, published('MZ/2026-00001', m), 0)).toBe(5);
    const summary = await db.store.publications.get(ref);
    expect(summary).toMatchObject({
      version: 5,
      state: { status: 'published', indexNo: 'MZ/2026-00001', publishedOn: '2026-03-05', findings: [] },
    });
    expect((await db.store.publications.events(ref)).map((e) => e.type)).toEqual([
      'drafted',
      'attributeDetermined',
      'reviewed',
      'approved',
      'published',
    ]);
    expect(
      (await db.store.publications.list({ agencyId, year: 2026, topic: '社会救助' })).map((s) => s.publicationId),
    ).toEqual(['p1']);
    expect(await db.store.publications.list({ agencyId, year: 2025 })).toEqual([]);
    expect((await db.store.publications.list({ agencyId, catalogueItemId: 'sa-1' })).length).toBe(1);
  });

  it('finds 最低生活保障 by 低保, a document number, and ranks a title match first, highlighted', async () => {
    await db.store.publications.append(
      { agencyId, publicationId: 'p2' },
      published(
        'MZ/2026-00002',
        metadata('示范县特困人员救助供养办法', '对城乡低保对象中的特困人员，按最低生活保障标准的1.3倍给予供养。'),
      ),
      0,
    );
    const hits = await db.store.publications.search('低保', { agencyId });
    expect(hits.map((h) => h.summary.publicationId)).toEqual(['p1', 'p2']);
    expect(hits[0]?.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['最低生活保障']);
    expect(hits[1]?.snippet.some((s) => s.mark && s.text === '低保')).toBe(true);
    expect(
      (await db.store.publications.search('示民〔2026〕5号', { agencyId })).map((h) => h.summary.publicationId),
    ).toEqual(['p1']);
    expect((await db.store.publications.search('特困供养', { agencyId })).map((h) => h.summary.publicationId)).toEqual(
      [],
    );
    expect((await db.store.publications.search('特困 供养', { agencyId })).map((h) => h.summary.publicationId)).toEqual(
      ['p2'],
    );
  });

  it('narrows a search to an agency inside the index, even an agency id with quotes', async () => {
    const other = "o'ther\\";
    await db.store.publications.append(
      { agencyId: other, publicationId: 'x1' },
      published('OT/2026-00001', metadata('另一机关的低保通知', '低保')),
      0,
    );
    expect(
      (await db.store.publications.search('低保', { agencyId: other })).map((h) => h.summary.publicationId),
    ).toEqual(['x1']);
    expect((await db.store.publications.search('另一机关', { agencyId })).length).toBe(0);
    expect((await db.store.publications.search('另一机关')).map((h) => h.summary.agencyId)).toEqual([other]);
  });

  it('takes hostile queries as words: operators, quotes, NUL, and 10,000 characters', async () => {
    for (const query of ["低保' | !x", '低保 & (', '\u0000低保', '低'.repeat(10_000), '', '，。']) {
      const hits = await db.store.publications.search(query, { agencyId });
      expect(Array.isArray(hits)).toBe(true);
    }
    expect((await db.store.publications.search("低保' | !x", { agencyId })).length).toBe(0);
  });

  it('keeps withdrawn publications out of the public listing and search, but keeps their number', async () => {
    const ref = { agencyId, publicationId: 'p3' };
    await db.store.publications.append(ref, published('MZ/2026-00003', metadata('误发的通知', '低保内容')), 0);
    await db.store.publications.append(ref, [{ type: 'withdrawn', on: '2026-03-06', actor: head, reason: '误发' }], 5);
    expect((await db.store.publications.search('误发', { agencyId })).length).toBe(0);
    expect((await db.store.publications.list({ agencyId, status: 'withdrawn' })).map((s) => s.publicationId)).toEqual([
      'p3',
    ]);
    const used = await db.store.publications.usedIndexNos(agencyId);
    expect(used).toEqual(['MZ/2026-00001', 'MZ/2026-00002', 'MZ/2026-00003']);
    expect(nextIndexNo(used, { agencyCode: 'MZ', year: 2026 })).toBe('MZ/2026-00004');
  });

  it('refuses a used 索引号, a stale writer and malformed events, writing nothing', async () => {
    const ref = { agencyId, publicationId: 'p4' };
    await expect(
      db.store.publications.append(ref, published('MZ/2026-00001', metadata('另一条', '正文')), 0),
    ).rejects.toThrow(StoreError);
    expect(await db.store.publications.get(ref)).toBeUndefined();
    await expect(
      db.store.publications.append(
        { agencyId, publicationId: 'p1' },
        [{ type: 'approved', on: '2026-03-07', actor: head }],
        3,
      ),
    ).rejects.toThrow(ConflictError);
    await expect(
      db.store.publications.append(ref, [{ type: 'drafted', on: '2026-02-30', actor: drafter } as never], 0),
    ).rejects.toThrow(PublicationError);
    expect(await db.store.publications.events(ref)).toEqual([]);
  });
});
