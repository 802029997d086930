import type { PublicationEvent } from '@gk/publication';
import { describe, expect, it } from 'vitest';
import { MAX_AGENCIES_PER_READ } from './agency-records.js';
import { StoreError } from './errors.js';
import { BACKENDS, openStoreFor } from './test-support/backends.js';
import { received, step } from './test-support/events.js';
import { metadata, published } from './test-support/publications.js';

// A normative document published without its interpretation carries the review's finding.
const publicationEvents = (indexNo: string, publish: boolean): PublicationEvent[] => {
  const events = published(
    indexNo,
    metadata(
      `示范县民政局信息${indexNo}`,
      '正文。',
      publish ? { kind: 'normativeDocument', needsInterpretation: true } : {},
    ),
    '2026-03-04',
  );
  return publish ? events : events.slice(0, 2);
};

describe.each(BACKENDS)('agencyRecords on $name', ({ make }) => {
  const db = openStoreFor(make);

  it('reads one agency’s publications and cases, an open case as of the day', async () => {
    const { store } = db;
    await store.publications.append(
      { agencyId: 'mz', publicationId: 'p1' },
      publicationEvents('MZ/2026-00001', true),
      0,
    );
    await store.publications.append(
      { agencyId: 'mz', publicationId: 'p2' },
      publicationEvents('MZ/2026-00002', false),
      0,
    );
    await store.publications.append(
      { agencyId: 'jy', publicationId: 'p1' },
      publicationEvents('JY/2026-00001', true),
      0,
    );
    // Received 2026-03-02: 20 workdays end 2026-03-30.
    await store.append({ agencyId: 'mz', caseId: 'open' }, [received('2026-03-02')], 0);
    await store.append(
      { agencyId: 'mz', caseId: 'done' },
      [
        received('2026-03-02'),
        step('decided', '2026-03-09', { outcome: 'disclosed' }),
        step('delivered', '2026-03-09', { method: 'inPerson' }),
      ],
      0,
    );
    await store.append({ agencyId: 'jy', caseId: 'other' }, [received('2026-03-02')], 0);

    const all = await store.agencyRecords(['mz', 'jy', 'none'], { today: '2026-04-01' });
    expect([...all.keys()]).toEqual(['mz', 'jy', 'none']);
    expect(all.get('none')).toEqual({ complianceSubjects: [], publications: [], cases: [] });
    expect(all.get('jy')?.cases.map((c) => c.caseId)).toEqual(['other']);
    const records = all.get('mz');
    if (records === undefined) throw new Error('mz is missing');
    expect(records.complianceSubjects.map((s) => s.indexNo)).toEqual(['MZ/2026-00001']);
    // Published ones only, without their bodies, with their review findings.
    expect(
      records.publications.map((p) => [p.indexNo, p.status, p.metadata?.body, p.findings.map((f) => f.code)]),
    ).toEqual([['MZ/2026-00001', 'published', '', ['finding.interpretationMissing']]]);
    expect(records.cases.map((c) => [c.caseId, c.state.dueOn, c.state.overdue])).toEqual([
      ['done', '2026-03-30', false],
      ['open', '2026-03-30', true],
    ]);
  });

  it('refuses a malformed agency or day, and too many agencies, with the argument named', async () => {
    await expect(db.store.agencyRecords(['mz', ''], { today: '2026-04-01' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['agencyIds[1]'] })],
    });
    await expect(db.store.agencyRecords(['mz'], { today: '2026-13-01' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['today'] })],
    });
    const many = Array.from({ length: MAX_AGENCIES_PER_READ + 1 }, (_, i) => `a${String(i)}`);
    await expect(db.store.agencyRecords(many, { today: '2026-04-01' })).rejects.toThrow(StoreError);
    await expect(db.store.agencyRecords(many, { today: '2026-04-01' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'store.argument', path: ['agencyIds'] })],
    });
  });
});
