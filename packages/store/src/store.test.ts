import { buildAnnualReport, checkReport, EMPTY_PROACTIVE_2021 } from '@gk/annual-report';
import type { CaseEvent } from '@gk/request-workflow';
import { describe, expect, it } from 'vitest';
import { ConflictError, StoreError } from './errors.js';
import { BACKENDS, openStoreFor } from './test-support/backends.js';
import { received, step, untyped } from './test-support/events.js';

describe.each(BACKENDS)('store on $name', ({ make }) => {
  const db = openStoreFor(make);

  it('appends events with versions, and projects the case', async () => {
    const ref = { agencyId: 'a1', caseId: 'c1' };
    expect(await db.store.append(ref, [received('2025-09-26')], 0)).toBe(1);
    expect(
      await db.store.append(
        ref,
        [step('extensionApproved', '2025-10-16', { workdays: 10, approver: { id: 'head-1', role: 'head' } })],
        1,
      ),
    ).toBe(2);
    const summary = await db.store.getCase(ref);
    expect(summary).toMatchObject({
      version: 2,
      status: 'inProgress',
      receivedOn: '2025-09-26',
      dueOn: '2025-11-13',
      applicantKind: 'naturalPerson',
    });
    expect((await db.store.readEvents(ref)).map((e) => e.type)).toEqual(['received', 'extensionApproved']);
  });

  it('keeps personal data masked unless a reason is given, and records who asked', async () => {
    const ref = { agencyId: 'a1', caseId: 'c2' };
    await db.store.append(ref, [received('2025-09-26')], 0);
    const [masked] = await db.store.readEvents(ref);
    expect(masked?.type === 'received' && masked.applicant).toMatchObject({
      name: '张三',
      residentId: '110105********002X',
      phone: '139****5678',
      address: '某县某镇某村***',
    });
    expect((await db.store.getCase(ref))?.state.applicant).toMatchObject({ residentId: '110105********002X' });
    await expect(db.store.readEvents(ref, { actorId: 'u7', reason: ' ' })).rejects.toThrow(
      '查看未脱敏的个人信息必须说明理由',
    );
    const [clear] = await db.store.readEvents(ref, { actorId: 'u7', reason: '行政复议答辩需要' });
    expect(clear?.type === 'received' && clear.applicant).toMatchObject({
      residentId: '11010519491231002X',
      phone: '13912345678',
    });
    expect((await db.store.disclosures(ref)).map((d) => [d.actorId, d.reason])).toEqual([['u7', '行政复议答辩需要']]);
  });

  it('refuses a stale writer with a typed conflict and writes nothing', async () => {
    const ref = { agencyId: 'a1', caseId: 'c3' };
    await db.store.append(ref, [received('2025-09-26')], 0);
    const error = await db.store.append(ref, [step('reasonRequested', '2025-09-29')], 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
    expect((error as ConflictError).message).toBe(
      '案件 a1/c3 已被他人更新：预期版本 0，实际版本 1；请重新读取后再提交',
    );
    expect(await db.store.readEvents(ref)).toHaveLength(1);
  });

  it('refuses malformed events with issues before any write', async () => {
    const ref = { agencyId: 'a1', caseId: 'c4' };
    const error = await db.store
      .append(
        ref,
        [
          received('2025-09-26'),
          untyped({ type: 'extensionApproved', on: '2025-13-01', actor: { id: 'handler-1' }, workdays: 0 }),
        ],
        0,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).issues.map((i) => i.path.join('.'))).toEqual([
      'events.1.on',
      'events.1.workdays',
      'events.1.approver',
    ]);
    expect(await db.store.readEvents(ref)).toEqual([]);
    expect(await db.store.getCase(ref)).toBeUndefined();
    await expect(db.store.append({ agencyId: '', caseId: 'x' }, [received('2025-09-26')], 0)).rejects.toThrow(
      '案件标识缺少“agencyId”',
    );
  });

  it('answers the staff desk’s queries and feeds the annual report', async () => {
    const agencyId = 'desk';
    await db.store.append({ agencyId, caseId: 'open-soon' }, [received('2025-09-26')], 0); // due 10-30
    await db.store.append({ agencyId, caseId: 'open-late' }, [received('2025-09-01')], 0); // due 09-28
    await db.store.append(
      { agencyId, caseId: 'done' },
      [
        received('2025-09-02'),
        step('decided', '2025-09-10', { outcome: 'disclosed' }),
        step('delivered', '2025-09-11', { method: 'post' }),
      ],
      0,
    );
    expect((await db.store.dueSoon({ today: '2025-10-27', withinWorkdays: 3, agencyId })).map((c) => c.caseId)).toEqual(
      ['open-soon'],
    );
    expect((await db.store.overdue({ today: '2025-10-27', agencyId })).map((c) => [c.caseId, c.dueOn])).toEqual([
      ['open-late', '2025-09-28'],
    ]);
    // The deprecated positional forms answer the same.
    expect(await db.store.dueSoon('2025-10-27', 3, { agencyId })).toEqual(
      await db.store.dueSoon({ today: '2025-10-27', withinWorkdays: 3, agencyId }),
    );
    expect(await db.store.overdue('2025-10-27', { agencyId })).toEqual(
      await db.store.overdue({ today: '2025-10-27', agencyId }),
    );
    expect(await db.store.caseState({ agencyId, caseId: 'done' }, '2025-10-27')).toEqual(
      await db.store.caseState({ agencyId, caseId: 'done' }, { today: '2025-10-27' }),
    );
    expect((await db.store.cases({ agencyId, status: 'answered' })).map((c) => c.caseId)).toEqual(['done']);
    const rows = await db.store.reportCases(2025, { agencyId });
    expect(rows).toHaveLength(3);
    const report = buildAnnualReport({
      format: '2021',
      year: 2025,
      issuer: '测试机关',
      cases: rows,
      appeals: [],
      proactive: EMPTY_PROACTIVE_2021,
    });
    expect(report.tables.requests.rows[0]?.values).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(report.tables.requests.rows.at(-1)?.values).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(checkReport(report)).toEqual([]);
  });

  it('rebuilds projections from the events', async () => {
    const before = await db.store.cases();
    expect(await db.store.rebuildProjections()).toBe(before.length);
    expect((await db.store.cases()).map((c) => [c.caseId, c.status, c.dueOn])).toEqual(
      before.map((c) => [c.caseId, c.status, c.dueOn]),
    );
  });

  it('moves due dates to a new calendar: a provisional date becomes final when its notice is added', async () => {
    const ref = { agencyId: 'a2', caseId: 'december' };
    await db.store.append(ref, [received('2026-12-04')], 0);
    expect(await db.store.getCase(ref)).toMatchObject({ dueOn: '2027-01-04' });
    expect((await db.store.getCase(ref))?.state).toMatchObject({ dueOnProvisional: true });
    // A 2027 notice as the test supplies it: 2026-12-31 off, so the 20th workday moves to 01-05.
    const calendar = db.store.calendar.withYear({
      year: 2027,
      sources: [{ title: '测试用通知', date: '2026-11-20', dateBasis: 'signed', url: 'https://www.gov.cn/test' }],
      holidays: [{ name: '元旦', off: [['2026-12-31', '2027-01-03']], makeUpWorkdays: [] }],
    });
    expect(await db.store.useCalendar(calendar)).toBeGreaterThan(0);
    expect(await db.store.getCase(ref)).toMatchObject({ dueOn: '2027-01-05' });
    expect((await db.store.getCase(ref))?.state).toMatchObject({ dueOnProvisional: false });
    expect((await db.store.overdue({ today: '2027-01-06', agencyId: 'a2' })).map((c) => c.caseId)).toEqual([
      'december',
    ]);
  });

  it('answers bad arguments and NUL characters with a StoreError, never a database error', async () => {
    const codeOf = async (call: () => Promise<unknown>): Promise<string> => {
      const error = await call().then(
        () => 'no error',
        (e: unknown) => e,
      );
      expect(error, String(error)).toBeInstanceOf(StoreError);
      return (error as StoreError).issues.map((i) => i.code).join();
    };
    expect(await codeOf(() => db.store.overdue({ today: 'x' }))).toBe('store.argument');
    expect(await codeOf(() => db.store.dueSoon({ today: '2025-10-01', withinWorkdays: 1e9 }))).toBe('store.argument');
    expect(await codeOf(() => db.store.reportCases(Number.NaN))).toBe('store.argument');
    expect(await codeOf(() => db.store.cases({ status: 'nonsense' as never }))).toBe('store.argument');
    expect(await codeOf(() => db.store.caseState({ agencyId: 'a1', caseId: 'c1' }, { today: '2025-02-30' }))).toBe(
      'store.argument',
    );
    expect(await codeOf(() => db.store.getCase({ agencyId: 'a\u0000', caseId: 'c' }))).toBe('store.argument');
    const ref = { agencyId: 'a9', caseId: 'hostile' };
    expect(await codeOf(() => db.store.append(ref, [{ ...received('2025-09-26'), at: 'yesterday' }], 0))).toBe(
      'event.field',
    );
    const nul: CaseEvent = { ...received('2025-09-26'), request: { description: '某\u0000文件', forms: ['paper'] } };
    const error = await db.store.append(ref, [nul], 0).catch((e: unknown) => e);
    expect((error as StoreError).message).toBe('办理记录含有空字符（\\0），无法保存；请删除后重试');
    expect(await codeOf(() => db.store.putDocument({ agencyId: 'a9', kind: 'k', id: 'd' }, { t: 'x\u0000' }))).toBe(
      'store.nulByte',
    );
    const many = Array.from({ length: 1001 }, (_, i) =>
      step('reasonRequested', `2025-10-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
    expect(await codeOf(() => db.store.append(ref, many, 0))).toBe('store.tooManyEvents');
    expect(await db.store.getCase(ref)).toBeUndefined();
    expect(
      await codeOf(() =>
        db.store.readEvents({ agencyId: 'a1', caseId: 'c1' }, { actorId: 'h', reason: 'x'.repeat(501) }),
      ),
    ).toBe('store.argument');
  });

  it('verifies the audit chain, and reports the first broken link after tampering', async () => {
    expect(await db.store.verifyChain()).toMatchObject({ ok: true });
    await db.store.close();
    await expect(db.backend.raw("UPDATE gk_events SET payload = '{}' WHERE case_id = 'c1'")).rejects.toThrow(
      /append-only/,
    );
    await db.backend.raw(
      "ALTER TABLE gk_events DISABLE TRIGGER gk_events_append_only; UPDATE gk_events SET payload = jsonb_set(payload, '{workdays}', '20') WHERE case_id = 'c1' AND version = 2; ALTER TABLE gk_events ENABLE TRIGGER gk_events_append_only;",
    );
    db.store = await db.backend.open();
    expect(await db.store.verifyChain()).toEqual({
      ok: false,
      events: expect.any(Number) as number,
      brokenAt: { agencyId: 'a1', caseId: 'c1', version: 2 },
      reason: 'hash',
    });
    expect(await db.store.verifyChain({ agencyId: 'a1', caseId: 'c2' })).toEqual({ ok: true, events: 1 });
  }, 60_000);
});
