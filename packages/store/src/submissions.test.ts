import type { Application } from '@gk/request-workflow';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { BACKENDS, openStoreFor } from './test-support/backends.js';

const application: Application = {
  applicant: {
    kind: 'naturalPerson',
    name: '李四',
    residentId: '11010519491231002X',
    phone: '13912345678',
    email: 'lisi@example.com',
  },
  request: { description: '示范县2025年义务教育招生范围', forms: ['electronic'], deliveryPreferences: ['email'] },
};
const registrar = { id: 'clerk-1', role: 'registrar' as const };

describe.each(BACKENDS)('online applications and documents on $name', ({ make }) => {
  const db = openStoreFor(make);

  it('files an application with a receipt number by date and sequence, and a code', async () => {
    const first = await db.store.submitApplication('s1', application, '2026-11-20');
    const second = await db.store.submitApplication('s1', application, '2026-11-20');
    expect([first.receiptNo, second.receiptNo]).toEqual(['202611200001', '202611200002']);
    expect(first.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const pending = await db.store.pendingSubmissions('s1');
    expect(pending.map((s) => s.receiptNo)).toEqual(['202611200001', '202611200002']);
    expect(pending[0]?.application?.applicant).toMatchObject({
      name: '李四',
      residentId: '110105********002X',
      phone: '139****5678',
      email: 'l***@example.com',
    });
  });

  it('refuses a malformed application before writing anything', async () => {
    const bad = { ...application, request: { description: '  ' } };
    await expect(db.store.submitApplication('s2', bad, '2026-11-20')).rejects.toBeInstanceOf(StoreError);
    expect(await db.store.pendingSubmissions('s2')).toEqual([]);
  });

  it('shows the applicant the status only with the right code', async () => {
    const { receiptNo, code } = await db.store.submitApplication('s3', application, '2026-11-20');
    expect(await db.store.lookupSubmission('s3', receiptNo, code.toLowerCase())).toEqual({
      receiptNo,
      submittedOn: '2026-11-20',
      registeredOn: null,
      withdrawnOn: null,
      case: null,
    });
    const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    expect(await db.store.lookupSubmission('s3', receiptNo, wrong)).toBeUndefined();
    expect(await db.store.lookupSubmission('s3', '209901010001', code)).toBeUndefined();
    expect(await db.store.lookupSubmission('another-agency', receiptNo, code)).toBeUndefined();
  });

  it('registers an application as a case once, received on the confirmation date, and clears the inbox copy', async () => {
    const { receiptNo, code } = await db.store.submitApplication('s4', application, '2026-11-20');
    const ref = await db.store.registerSubmission('s4', receiptNo, { on: '2026-11-23', actor: registrar });
    expect(ref).toEqual({ agencyId: 's4', caseId: receiptNo });
    const summary = await db.store.getCase(ref);
    expect(summary).toMatchObject({ status: 'inProgress', receivedOn: '2026-11-23', dueOn: '2026-12-21' });
    const [event] = await db.store.readEvents(ref, { actorId: 'clerk-1', reason: '核对申请人身份' });
    expect(event).toMatchObject({
      type: 'received',
      on: '2026-11-20',
      confirmedOn: '2026-11-23',
      channel: 'online',
      applicant: { residentId: '11010519491231002X', phone: '13912345678' },
    });
    expect(await db.store.getSubmission('s4', receiptNo)).toMatchObject({
      caseId: receiptNo,
      registeredOn: '2026-11-23',
      application: null,
    });
    expect(await db.store.pendingSubmissions('s4')).toEqual([]);
    expect((await db.store.lookupSubmission('s4', receiptNo, code))?.case?.dueOn).toBe('2026-12-21');
    await expect(db.store.registerSubmission('s4', receiptNo, { on: '2026-11-23', actor: registrar })).rejects.toThrow(
      `回执号 ${receiptNo} 的网上申请已经登记为案件 ${receiptNo}，不能重复登记`,
    );
    await expect(
      db.store.registerSubmission('s4', '209901010001', { on: '2026-11-23', actor: registrar }),
    ).rejects.toThrow('没有回执号为 209901010001 的网上申请');
  });

  it('evaluates a case as of a given day, personal data masked', async () => {
    const { receiptNo } = await db.store.submitApplication('s5', application, '2026-11-20');
    const ref = await db.store.registerSubmission('s5', receiptNo, { on: '2026-11-23', actor: registrar });
    const state = await db.store.caseState(ref, { today: '2026-12-22' });
    expect(state).toMatchObject({ dueOn: '2026-12-21', overdue: true, workdaysLeft: -1 });
    expect(state?.applicant).toMatchObject({ residentId: '110105********002X' });
    expect(state?.issues).toEqual([]);
    expect(await db.store.disclosures({ agencyId: 's5', caseId: receiptNo })).toEqual([]);
    expect(await db.store.caseState({ agencyId: 's5', caseId: 'none' }, { today: '2026-12-22' })).toBeUndefined();
  });

  it('keeps published documents by agency, kind and id, replacing on save', async () => {
    await db.store.putDocument({ agencyId: 'd1', kind: 'policy', id: 'p2' }, { title: '二' });
    await db.store.putDocument({ agencyId: 'd1', kind: 'policy', id: 'p1' }, { title: '一' });
    await db.store.putDocument({ agencyId: 'd1', kind: 'policy', id: 'p1' }, { title: '一（修订）' });
    await db.store.putDocument({ agencyId: 'd2', kind: 'policy', id: 'p1' }, { title: '别的机关' });
    expect(await db.store.documents('d1', 'policy')).toEqual([
      { id: 'p1', body: { title: '一（修订）' } },
      { id: 'p2', body: { title: '二' } },
    ]);
    expect(await db.store.getDocument({ agencyId: 'd1', kind: 'policy', id: 'p3' })).toBeUndefined();
    await expect(db.store.putDocument({ agencyId: 'd1', kind: ' ', id: 'x' }, {})).rejects.toThrow(
      '文档标识缺少“kind”',
    );
  });
});
