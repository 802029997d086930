import type { Application } from '@gk/request-workflow';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { BACKENDS, openStoreFor } from './test-support/backends.js';

const application: Application = {
  applicant: { kind: 'naturalPerson', name: '王五', residentId: '11010519491231002X', phone: '13912345678' },
  request: { description: '示范县2025年农村公路建设项目清单', deliveryPreferences: ['online'] },
};
const registrar = { id: 'clerk-1', role: 'registrar' as const };
const handler = { id: 'handler-1', role: 'handler' as const };
const ITEMS = ['请写明项目所在乡镇', '请写明所需信息的年度'];

describe.each(BACKENDS)("the applicant's side online on $name", ({ make }) => {
  const db = openStoreFor(make);

  /** An application registered on 2026-03-02 and asked to clarify on 03-04 (10 workdays: due 03-18). */
  async function clarifying(agencyId: string) {
    const { receiptNo } = await db.store.submitApplication(agencyId, application, '2026-03-02');
    const ref = await db.store.registerSubmission(agencyId, receiptNo, { on: '2026-03-02', actor: registrar });
    await db.store.append(
      ref,
      [{ type: 'clarificationRequested', on: '2026-03-04', actor: handler, items: ITEMS, periodWorkdays: 10 }],
      1,
    );
    return { receiptNo, ref };
  }

  it('withdraws an application before registration: it leaves the inbox and is never registered', async () => {
    const { receiptNo } = await db.store.submitApplication('a1', application, '2026-03-02');
    expect((await db.store.applicants.record('a1', receiptNo, { today: '2026-03-02' }))?.actions).toEqual([
      'withdrawn',
    ]);
    const after = await db.store.applicants.act('a1', receiptNo, { type: 'withdrawn' }, { today: '2026-03-03' });
    expect(after).toMatchObject({ withdrawnOn: '2026-03-03', caseId: null, actions: [] });
    expect(await db.store.pendingSubmissions('a1')).toEqual([]);
    await expect(db.store.registerSubmission('a1', receiptNo, { on: '2026-03-04', actor: registrar })).rejects.toThrow(
      `回执号 ${receiptNo} 的网上申请已于 2026-03-03 由申请人撤回，不再登记`,
    );
    await expect(
      db.store.applicants.act('a1', receiptNo, { type: 'withdrawn' }, { today: '2026-03-04' }),
    ).rejects.toThrow('本申请现在不能在网上办理“撤回申请”');
  });

  it('records the clarification supplied online and restarts the answer period from that day', async () => {
    const { receiptNo, ref } = await clarifying('a2');
    const before = await db.store.applicants.record('a2', receiptNo, { today: '2026-03-05' });
    expect(before?.actions).toEqual(['clarificationReceived', 'withdrawn']);
    const supplied = [
      { item: ITEMS[0]!, answer: ' 城关镇 ' },
      { item: ITEMS[1]!, answer: '2025年' },
    ];
    const after = await db.store.applicants.act(
      'a2',
      receiptNo,
      { type: 'clarificationReceived', supplied },
      { today: '2026-03-09' },
    );
    expect(after.state?.clarification).toMatchObject({
      receivedOn: '2026-03-09',
      supplied: [
        { item: ITEMS[0], answer: '城关镇' },
        { item: ITEMS[1], answer: '2025年' },
      ],
    });
    // 20 workdays from 03-09, over 清明 (2026-04-04…06): due 04-07.
    expect((await db.store.getCase(ref))?.dueOn).toBe('2026-04-07');
    const [, , clarification] = await db.store.readEvents(ref);
    expect(clarification?.actor).toEqual({ id: 'applicant', role: 'applicant', name: '申请人（网上办理）' });
  });

  it('refuses a clarification after its period, one not matching the items, and one left blank', async () => {
    const { receiptNo } = await clarifying('a3');
    const step = (answers: string[]) => ({
      type: 'clarificationReceived' as const,
      supplied: answers.map((answer, i) => ({ item: ITEMS[i] ?? '多出的一项', answer })),
    });
    await expect(db.store.applicants.act('a3', receiptNo, step(['城关镇']), { today: '2026-03-05' })).rejects.toThrow(
      '补正内容应逐项对应补正告知书列出的 2 项',
    );
    await expect(
      db.store.applicants.act('a3', receiptNo, step(['  ', '\u200b']), { today: '2026-03-05' }),
    ).rejects.toThrow('补正内容不能全部为空');
    await expect(
      db.store.applicants.act('a3', receiptNo, step(['城关镇', 'x'.repeat(4_001)]), { today: '2026-03-05' }),
    ).rejects.toBeInstanceOf(StoreError);
    await expect(
      db.store.applicants.act('a3', receiptNo, step(['城关镇\u0000', '2025']), { today: '2026-03-05' }),
    ).rejects.toThrow('空字符');
    await expect(
      db.store.applicants.act('a3', receiptNo, step(['城关镇', '2025']), { today: '2026-03-19' }),
    ).rejects.toThrow('本申请现在不能在网上办理“提交补正”');
  });

  it('shows the applicant their own data only with a reason, which the disclosure log keeps', async () => {
    const { receiptNo, ref } = await clarifying('a4');
    const masked = await db.store.applicants.record('a4', receiptNo, { today: '2026-03-05' });
    expect(masked?.application?.applicant).toMatchObject({ residentId: '110105********002X' });
    const own = await db.store.applicants.record('a4', receiptNo, {
      today: '2026-03-05',
      reveal: '申请人下载申请副本',
    });
    expect(own?.application?.applicant).toMatchObject({ residentId: '11010519491231002X', phone: '13912345678' });
    expect((await db.store.disclosures(ref)).map((d) => [d.actorId, d.reason])).toEqual([
      ['applicant', '申请人下载申请副本'],
    ]);
  });

  it('records the first opening of an answer delivered electronically, once', async () => {
    const { receiptNo } = await db.store.submitApplication('a5', application, '2026-03-02');
    const ref = await db.store.registerSubmission('a5', receiptNo, { on: '2026-03-02', actor: registrar });
    await db.store.append(
      ref,
      [
        { type: 'decided', on: '2026-03-10', actor: handler, outcome: 'disclosed', howToObtain: '见附件' },
        { type: 'delivered', on: '2026-03-11', actor: registrar, method: 'electronic', notice: 'disclosedNotice' },
      ],
      1,
    );
    expect((await db.store.applicants.record('a5', receiptNo, { today: '2026-03-12' }))?.actions).toEqual([
      'answerOpened',
    ]);
    const opened = await db.store.applicants.act('a5', receiptNo, { type: 'answerOpened' }, { today: '2026-03-16' });
    expect(opened.state?.delivery).toEqual({
      on: '2026-03-11',
      method: 'electronic',
      notice: 'disclosedNotice',
      openedOn: '2026-03-16',
    });
    expect(opened.state?.answeredOn).toBe('2026-03-11');
    expect(opened.actions).toEqual([]);
    expect(opened.version).toBe(4);
  });

  it('lets exactly one of two simultaneous withdrawals through', async () => {
    const { receiptNo } = await clarifying('a6');
    const results = await Promise.allSettled(
      [1, 2].map(async () => db.store.applicants.act('a6', receiptNo, { type: 'withdrawn' }, { today: '2026-03-05' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const record = await db.store.applicants.record('a6', receiptNo, { today: '2026-03-05' });
    expect(record?.events.filter((e) => e.type === 'withdrawn')).toHaveLength(1);
    expect(record?.state?.outcome).toBe('otherHandling.other');
  });
});
