import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './events.js';
import { evaluateCase } from './evaluate.js';
import { formatRequestIssue } from './format-issue.js';
import { event, head, received, untyped } from './test-support/events.js';

const untypedList = (values: readonly unknown[]): CaseEvent[] => values.map(untyped);

const evaluate = (events: readonly CaseEvent[], today: string, feeTime?: 'pause' | 'count') =>
  evaluateCase(events, { calendar: chinaCalendar, today, ...(feeTime === undefined ? {} : { settings: { feeTime } }) });
const codes = (list: readonly { code: string }[]) => list.map((i) => i.code);

describe('evaluateCase: deadlines across holidays', () => {
  it('an online application confirmed on 2025-09-26 runs over the National Day break: due 2025-10-30', () => {
    const state = evaluate([received('2025-09-25', { channel: 'online', confirmedOn: '2025-09-26' })], '2025-10-09');
    // 09-28 (调休) 1, 09-29 2, 09-30 3, [10-01…10-08], 10-09 4, 10-10 5, 10-11 (调休) 6, 10-13…17 7–11, 10-20…24 12–16, 10-27…30 17–20
    expect(state).toMatchObject({
      status: 'inProgress',
      receivedOn: '2025-09-26',
      dueOn: '2025-10-30',
      originalDueOn: '2025-10-30',
      overdue: false,
      workdaysLeft: 16,
    });
    expect(state.issues).toEqual([]);
    expect(state.findings).toEqual([]);
  });

  it('a clarification received mid-April restarts the period: due 2025-05-15', () => {
    const state = evaluate(
      [
        received('2025-04-01'),
        event('clarificationRequested', '2025-04-03', { items: ['请写明预算年度'], periodWorkdays: 10 }),
        event('clarificationReceived', '2025-04-15'),
      ],
      '2025-04-16',
    );
    // After 04-15: 04-16…18 1–3, 04-21…25 4–8, 04-27 (调休) 9, 04-28…30 10–12, [05-01…05-05], 05-06…09 13–16, 05-12…15 17–20
    expect(state).toMatchObject({
      status: 'inProgress',
      receivedOn: '2025-04-01',
      dueOn: '2025-05-15',
      originalDueOn: '2025-05-15',
    });
    // The applicant's 10 workdays run past 清明 (04-04…06): 04-07…11 1–5, 04-14…18 6–10
    expect(state.clarification).toEqual({
      requestedOn: '2025-04-03',
      items: ['请写明预算年度'],
      dueOn: '2025-04-18',
      dueOnProvisional: false,
      receivedOn: '2025-04-15',
      supplied: [],
    });
  });

  it('waits without a due date while the clarification is outstanding', () => {
    const state = evaluate(
      [received('2025-04-01'), event('clarificationRequested', '2025-04-03', { items: ['年度'], periodWorkdays: 10 })],
      '2025-04-10',
    );
    expect(state).toMatchObject({ status: 'awaitingClarification', dueOn: null, workdaysLeft: null });
    const late = evaluate(
      [received('2025-04-01'), event('clarificationRequested', '2025-04-03', { items: ['年度'], periodWorkdays: 10 })],
      '2025-04-21',
    );
    expect(codes(late.findings)).toEqual(['finding.clarificationOverdue']);
  });

  it('does not count a third-party consultation spanning Labour Day: 8 workdays paused, due 2025-06-03', () => {
    const state = evaluate(
      [
        received('2025-04-21'),
        event('consultationStarted', '2025-04-25', { party: 'thirdParty', partyName: '某公司' }),
        event('consultationEnded', '2025-05-09', { reply: 'objection' }),
      ],
      '2025-05-12',
    );
    // paused: 04-27 (调休), 04-28, 04-29, 04-30, 05-06, 05-07, 05-08, 05-09 = 8; 20 + 8 workdays after 04-21, 端午 05-31…06-02 off
    expect(state).toMatchObject({
      pausedWorkdays: 8,
      originalDueOn: '2025-05-21',
      dueOn: '2025-06-03',
      paused: false,
      status: 'inProgress',
    });
    expect(state.consultations[0]).toMatchObject({
      party: 'thirdParty',
      replyDueOn: '2025-05-20',
      reply: 'objection',
      deemedConsent: false,
    });
  });

  it('moves the due date by an approved extension: 2025-10-24 + 10 workdays = 2025-11-07', () => {
    const state = evaluate(
      [received('2025-09-22'), event('extensionApproved', '2025-10-16', { workdays: 10, approver: head })],
      '2025-10-16',
    );
    expect(state).toMatchObject({
      originalDueOn: '2025-10-24',
      dueOn: '2025-11-07',
      extension: { workdays: 10, approvedOn: '2025-10-16' },
    });
    expect(state.findings).toEqual([]);
  });

  it('pauses the clock from a fee notice to payment by default, and counts it with feeTime "count"', () => {
    const events = [
      received('2025-03-03'),
      event('feeNoticeIssued', '2025-03-10', { amount: 300, method: 'perItem' }),
      event('feePaid', '2025-03-14'),
    ];
    expect(evaluate(events, '2025-03-17')).toMatchObject({
      pausedWorkdays: 4,
      dueOn: '2025-04-07',
      fee: { dueOn: '2025-04-08', paidOn: '2025-03-14' },
    });
    expect(evaluate(events, '2025-03-17', 'count')).toMatchObject({ pausedWorkdays: 0, dueOn: '2025-03-31' });
  });

  it('counts a running consultation up to today and marks the state paused', () => {
    const state = evaluate(
      [received('2025-04-21'), event('consultationStarted', '2025-04-25', { party: 'agency' })],
      '2025-04-30',
    );
    expect(state).toMatchObject({ status: 'consulting', paused: true, pausedWorkdays: 4 });
  });
});

describe('evaluateCase: answers and outcomes', () => {
  it('takes the answer date from delivery (for post, the mailing day) and is not overdue within the period', () => {
    const state = evaluate(
      [
        received('2025-09-26'),
        event('decided', '2025-10-28', { outcome: 'disclosed' }),
        event('delivered', '2025-10-29', { method: 'post' }),
      ],
      '2025-11-05',
    );
    expect(state).toMatchObject({
      status: 'answered',
      answeredOn: '2025-10-29',
      concludedOn: '2025-10-29',
      outcome: 'disclosed',
      overdue: false,
      workdaysLeft: null,
    });
    expect(state.citations).toEqual([
      { law: 'regulation', article: 36, item: 1 },
      { law: 'regulation', article: 36, item: 2 },
    ]);
  });

  it('reports an unanswered case past its due date as overdue, citing Art. 33', () => {
    const state = evaluate([received('2025-09-26')], '2025-11-03');
    expect(state).toMatchObject({ dueOn: '2025-10-30', overdue: true, workdaysLeft: -2 });
    expect(state.findings[0]).toMatchObject({
      code: 'finding.overdue',
      citation: { law: 'regulation', article: 33, paragraph: 2 },
    });
    expect(formatRequestIssue(state.findings[0]!)).toBe(
      '已超过答复期限（2025-10-30）仍未答复（《政府信息公开条例》第三十三条）',
    );
  });

  it('accepts an answer on the spot', () => {
    const state = evaluate(
      [
        received('2025-09-26'),
        event('decided', '2025-09-26', { outcome: 'disclosed' }),
        event('delivered', '2025-09-26', { method: 'inPerson' }),
      ],
      '2025-09-26',
    );
    expect(state).toMatchObject({ status: 'answered', answeredOn: '2025-09-26', overdue: false });
  });

  it('closes a case whose clarification lapsed as 其他处理 / 逾期不补正', () => {
    const state = evaluate(
      [
        received('2025-04-01'),
        event('clarificationRequested', '2025-04-03', { items: ['年度'], periodWorkdays: 10 }),
        event('clarificationLapsed', '2025-04-18'),
      ],
      '2025-05-30',
    );
    expect(state).toMatchObject({
      status: 'closed',
      outcome: 'otherHandling.clarificationLapsed',
      concludedOn: '2025-04-18',
      overdue: false,
      dueOn: null,
    });
  });

  it('closes a case whose fee was not paid as 其他处理 / 逾期未缴费', () => {
    const state = evaluate(
      [
        received('2025-03-03'),
        event('feeNoticeIssued', '2025-03-10', { amount: 300, method: 'perItem', receivedOn: '2025-03-10' }),
        event('feeLapsed', '2025-04-09'),
      ],
      '2025-05-30',
    );
    expect(state).toMatchObject({ status: 'closed', outcome: 'otherHandling.feeUnpaid', overdue: false });
    expect(state.findings).toEqual([]);
  });

  it('treats an agency’s silence as consent once its 15 workdays have passed (Art. 34)', () => {
    // Sent 04-22: 04-23…25, 04-27 (调休), 04-28…30, 05-06…09, 05-12…15 = 15 workdays.
    const state = evaluate(
      [
        received('2025-04-21'),
        event('consultationStarted', '2025-04-22', { party: 'agency' }),
        event('consultationEnded', '2025-05-16', { reply: 'none' }),
      ],
      '2025-05-16',
    );
    expect(state.consultations[0]).toMatchObject({ replyDueOn: '2025-05-15', reply: 'none', deemedConsent: true });
    expect(state.findings).toEqual([]);
  });
});

describe('evaluateCase: receipt date per Art. 31 and malformed input', () => {
  it('uses the event date when an online, fax or ordinary-mail receipt lacks its confirmation, and says so', () => {
    const state = evaluate([received('2025-09-26', { channel: 'ordinaryMail' })], '2025-09-29');
    expect(state).toMatchObject({ receivedOn: '2025-09-26', dueOn: '2025-10-30' });
    expect(state.issues.map((i) => formatRequestIssue(i))).toEqual([
      '第1条办理记录 确认日期：通过平常信函提交的申请，以双方确认之日为收到申请之日，但没有记录确认日期；暂按收到日期计算（《政府信息公开条例》第三十一条）',
    ]);
  });

  it('computes the deadline even when the applicant and request are incomplete', () => {
    const state = evaluate(
      [
        received('2025-09-26', {
          applicant: { kind: 'naturalPerson', name: '' },
          request: { description: '' },
        } as never),
      ],
      '2025-09-29',
    );
    expect(state.dueOn).toBe('2025-10-30');
    expect(codes(state.issues)).toEqual([
      'applicant.name',
      'applicant.identity',
      'applicant.contact',
      'request.description',
      'request.form',
    ]);
  });

  it('checks the applicant’s resident ID and credit code', () => {
    const person = evaluate(
      [
        received('2025-09-26', {
          applicant: { kind: 'naturalPerson', name: '张三', residentId: '110105194912310021', phone: '1' },
        }),
      ],
      '2025-09-29',
    );
    expect(codes(person.issues)).toEqual(['residentId.checksum']);
    const firm = evaluate(
      [
        received('2025-09-26', {
          applicant: {
            kind: 'organization',
            category: 'business',
            name: '某公司',
            uscc: '91350100M000100Y43',
            address: '某地',
          },
        }),
      ],
      '2025-09-29',
    );
    expect(firm.issues).toEqual([]);
  });

  it('reports unknown types, bad dates and missing receipt as issues, never throwing', () => {
    const state = evaluate(
      [
        { type: 'nonsense', on: '2025-01-01' } as never,
        event('decided', '2025-02-30', { outcome: 'disclosed' }),
        42 as never,
      ],
      '2025-03-01',
    );
    expect(codes(state.issues)).toEqual(['event.type', 'date.nonexistent', 'event.notObject', 'received.missing']);
    expect(state.status).toBe('notReceived');
  });

  it('quotes values that cannot become text (an object whose toString is not a function) without throwing', () => {
    // fast-check found this: String({ toString: false }) throws "Cannot convert object to primitive value".
    const hostile = { toString: false };
    const state = evaluate(
      untypedList([
        { type: hostile, on: '2025-03-03' },
        { ...received('2025-03-03'), channel: hostile },
        { type: 'decided', on: '2025-03-04', actor: head, outcome: hostile },
      ]),
      '2025-03-05',
    );
    expect(state.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['event.type', { received: '[object]' }],
      ['received.channel', { received: '[object]' }],
      ['decision.outcome', { received: '[object]' }],
    ]);
  });
});

describe('evaluateCase: findings with their articles', () => {
  it('flags a late or second clarification, an extension too long, repeated, late or not approved by the head', () => {
    const state = evaluate(
      [
        received('2025-09-01'),
        event('clarificationRequested', '2025-09-11', { items: ['x'], periodWorkdays: 5 }),
        event('clarificationRequested', '2025-09-12', { items: ['y'], periodWorkdays: 5 }),
        event('clarificationReceived', '2025-09-15'),
        event('extensionApproved', '2025-10-16', { workdays: 15, approver: { id: 'u2', role: 'handler' } }),
        event('extensionApproved', '2025-11-20', { workdays: 10, approver: head }),
      ],
      '2025-11-21',
    );
    expect(state.findings.map((f) => [f.code, f.citation?.article])).toEqual([
      ['finding.clarificationLate', 30],
      ['finding.clarificationRepeated', 30],
      ['finding.extensionNotByHead', 33],
      ['finding.extensionAfterDue', 33],
      ['finding.overdue', 33],
    ]);
    // restarted 09-15: due 10-17; + 15 extension workdays = 11-07; the extension of 11-20 came after it and moves nothing.
    expect(state.dueOn).toBe('2025-11-07');
    expect(state.findings[0]).toMatchObject({ params: { workdays: 8 } });
    expect(state.extension?.workdays).toBe(15);
    const twice = evaluate(
      [
        received('2025-09-15'),
        event('extensionApproved', '2025-10-09', { workdays: 15, approver: head }),
        event('extensionApproved', '2025-10-10', { workdays: 10, approver: head }),
      ],
      '2025-10-10',
    );
    expect(twice.findings.map((f) => f.code)).toEqual(['finding.extensionRepeated', 'finding.extensionTooLong']);
    expect(twice.extension?.workdays).toBe(20);
  });

  it('flags events out of order, delivery without decision and events after the end; a decision may be corrected', () => {
    const state = evaluate(
      [
        received('2025-09-01'),
        event('delivered', '2025-09-03', { method: 'post' }),
        event('decided', '2025-09-02', { outcome: 'disclosed' }),
      ],
      '2025-09-05',
    );
    expect(codes(state.findings)).toEqual([
      'finding.deliveredWithoutDecision',
      'finding.outOfOrder',
      'finding.afterConclusion',
    ]);
    const twice = evaluate(
      [
        received('2025-09-01'),
        event('decided', '2025-09-02', { outcome: 'disclosed' }),
        event('decided', '2025-09-03', { outcome: 'partiallyDisclosed' }),
      ],
      '2025-09-05',
    );
    // A second decision before delivery corrects the first: no finding for that, only what the new one lacks.
    expect(codes(twice.findings)).toEqual(['finding.partialWithoutParts', 'finding.partialWithoutReason']);
    expect(twice.outcome).toBe('partiallyDisclosed');
    expect(twice.decision?.decidedOn).toBe('2025-09-03');
  });

  it('applies a deferral set after a request for reasons (Art. 35), and flags one without', () => {
    const state = evaluate(
      [
        received('2025-09-01'),
        event('reasonRequested', '2025-09-03'),
        event('deferralSet', '2025-09-10', { until: '2025-12-31', reason: '涉及文件较多' }),
      ],
      '2025-09-10',
    );
    expect(state).toMatchObject({ dueOn: '2025-12-31', deferral: { until: '2025-12-31', reason: '涉及文件较多' } });
    const without = evaluate(
      [received('2025-09-01'), event('deferralSet', '2025-09-10', { until: '2025-12-31', reason: 'x' })],
      '2025-09-10',
    );
    expect(codes(without.findings)).toEqual(['finding.deferralWithoutReasonRequest']);
  });
});

describe('evaluateCase: input that is not a history', () => {
  it('answers null, an object, a string and a number with events.notList, never a TypeError', () => {
    for (const input of [null, undefined, {}, 'received', 42, { length: 3 }]) {
      const state = evaluate(input as never, '2025-10-09');
      expect(codes(state.issues), JSON.stringify(input)).toContain('events.notList');
      expect(state.dueOn).toBeNull();
    }
  });

  it('reads a history longer than any real case up to the limit and says so', () => {
    const events = [received('2025-09-01'), ...Array.from({ length: 1200 }, () => event('reasonRequested', '2025-09-02'))]; // prettier-ignore
    const state = evaluate(events, '2025-10-09');
    expect(codes(state.issues)).toContain('events.tooMany');
    expect(state.receivedOn).toBe('2025-09-01');
  });
});
