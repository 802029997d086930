// The scenarios of the legal audit (issue: exact to the law), each with its exact dates.
import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { allowedActions } from './actions.js';
import { checkApplication } from './application-check.js';
import type { CaseEvent } from './events.js';
import { evaluateCase } from './evaluate.js';
import { dueSoon, overdue } from './queues.js';
import { formatRequestIssue } from './format-issue.js';
import { event, head, received } from './test-support/events.js';

const evaluate = (events: readonly CaseEvent[], today: string, calendar = chinaCalendar) =>
  evaluateCase(events, { calendar, today });
const findings = (events: readonly CaseEvent[], today: string) =>
  evaluate(events, today).findings.map((f) => [f.code, f.citation?.article ?? null, f.severity]);

describe('consultation (第三十二条、第三十三条第三款、第三十四条)', () => {
  // Received 2025-04-21 (Mon). Letter sent 04-25, received by the third party 04-28:
  // its 15 workdays run 04-29, 04-30, 05-06…09, 05-12…16, 05-19…22 → reply due 05-22.
  const sent = event('consultationStarted', '2025-04-25', { party: 'thirdParty', receivedOn: '2025-04-28' });

  it('counts the reply period from the party’s receipt of the letter', () => {
    const state = evaluate([received('2025-04-21'), sent], '2025-04-28');
    expect(state.consultations[0]).toMatchObject({
      startedOn: '2025-04-25',
      receivedOn: '2025-04-28',
      replyDueOn: '2025-05-22',
      replyDueOnProvisional: false,
    });
  });

  it('pauses no longer than the party’s 15 workdays, however late the end is recorded', () => {
    const state = evaluate(
      [received('2025-04-21'), sent, event('consultationEnded', '2025-06-10', { reply: 'objection' })],
      '2025-06-10',
    );
    // Paused workdays in (04-25, 05-22]: 04-27 (调休), 04-28…30, 05-06…09, 05-12…16, 05-19…22 = 17.
    expect(state.pausedWorkdays).toBe(17);
    // 20 + 17 workdays after 04-21 (端午 05-31…06-02 off): due 2025-06-16.
    expect(state.dueOn).toBe('2025-06-16');
    expect(
      evaluate(
        [received('2025-04-21'), sent, event('consultationEnded', '2025-05-22', { reply: 'objection' })],
        '2025-06-10',
      ).dueOn,
    ).toBe('2025-06-16');
  });

  it('stops pausing once the period has passed even while no end is recorded, and flags the silence', () => {
    const state = evaluate([received('2025-04-21'), sent], '2025-06-03');
    expect(state).toMatchObject({ status: 'consulting', paused: false, pausedWorkdays: 17, dueOn: '2025-06-16' });
    expect(state.findings.map((f) => [f.code, f.citation?.article])).toEqual([
      ['finding.consultationReplyOverdue', 32],
    ]);
  });

  it('counts an agency’s silence as consent only after its period, and cites 第三十四条', () => {
    const agency = event('consultationStarted', '2025-04-25', { party: 'agency', receivedOn: '2025-04-28' });
    const early = evaluate(
      [received('2025-04-21'), agency, event('consultationEnded', '2025-05-20', { reply: 'none' })],
      '2025-05-20',
    );
    expect(early.consultations[0]).toMatchObject({ reply: 'none', deemedConsent: false });
    expect(early.findings.map((f) => [f.code, f.citation?.article])).toEqual([
      ['finding.consultationNoReplyEarly', 34],
    ]);
    expect(formatRequestIssue(early.findings[0]!)).toBe(
      '第3条办理记录：被征求意见的机关提出意见的期限到 2025-05-22 才届满，不能提前按未提出意见处理（《政府信息公开条例》第三十四条）',
    );
    const late = evaluate(
      [received('2025-04-21'), agency, event('consultationEnded', '2025-05-23', { reply: 'none' })],
      '2025-05-23',
    );
    expect(late.consultations[0]).toMatchObject({ deemedConsent: true });
    expect(late.findings).toEqual([]);
    const waiting = evaluate([received('2025-04-21'), agency], '2025-05-26');
    expect(waiting.findings.map((f) => [f.code, f.citation?.article])).toEqual([
      ['finding.consultationReplyOverdue', 34],
    ]);
  });
});

describe('late extension or deferral (第三十三条第二款、第三十五条)', () => {
  // Received 2025-09-26: due 2025-10-30.
  it('an extension approved after the due date is a finding and does not move it: a later answer stays overdue', () => {
    const events = [
      received('2025-09-26'),
      event('extensionApproved', '2025-10-31', { workdays: 10, approver: head }),
      event('decided', '2025-11-05', { outcome: 'disclosed' }),
      event('delivered', '2025-11-05', { method: 'inPerson' }),
    ];
    const state = evaluate(events, '2025-11-05');
    expect(state).toMatchObject({ dueOn: '2025-10-30', extension: null, overdue: true });
    expect(state.findings.map((f) => f.code)).toEqual(['finding.extensionAfterDue', 'finding.overdue']);
  });

  it('a deferral set after the due date is a finding and does not move it', () => {
    const events = [
      received('2025-09-26'),
      event('reasonRequested', '2025-10-09'),
      event('deferralSet', '2025-11-03', { until: '2025-12-31', reason: '涉及文件较多' }),
    ];
    const state = evaluate(events, '2025-11-04');
    expect(state).toMatchObject({ dueOn: '2025-10-30', deferral: null, overdue: true });
    expect(state.findings.map((f) => [f.code, f.citation?.article])).toEqual([
      ['finding.deferralAfterDue', 35],
      ['finding.overdue', 33],
    ]);
  });
});

describe('不予处理 for excessive requests (第三十五条)', () => {
  it('is an error finding without a prior request for reasons, and fine after one', () => {
    expect(
      findings(
        [received('2025-09-26'), event('decided', '2025-10-09', { outcome: 'notProcessed.excessive' })],
        '2025-10-09',
      ),
    ).toEqual([['finding.excessiveWithoutReasonRequest', 35, 'error']]);
    const asked = evaluate(
      [
        received('2025-09-26'),
        event('reasonRequested', '2025-09-29'),
        event('decided', '2025-10-09', { outcome: 'notProcessed.excessive' }),
      ],
      '2025-10-09',
    );
    expect(asked).toMatchObject({ reasonRequestedOn: '2025-09-29', findings: [] });
  });
});

describe('fee period (国办函〔2020〕109号)', () => {
  // Notice issued 2025-03-10 (Mon), received by the applicant 03-13 (Thu): 20 workdays from 03-14 → 04-11
  // (03-14, 03-17…21, 03-24…28, 03-31…04-03, [04-04 清明], 04-07…11).
  const issued = event('feeNoticeIssued', '2025-03-10', { amount: 300, method: 'perItem', receivedOn: '2025-03-13' });

  it('counts 20 workdays from the day after the applicant receives the notice', () => {
    const state = evaluate([received('2025-03-03'), issued], '2025-03-14');
    expect(state.fee).toMatchObject({ noticeOn: '2025-03-10', receivedOn: '2025-03-13', dueOn: '2025-04-11' });
    expect(state.findings).toEqual([]);
  });

  it('without the receipt date counts from the issue date, with a warning that it is unknown', () => {
    const state = evaluate(
      [received('2025-03-03'), event('feeNoticeIssued', '2025-03-10', { amount: 300, method: 'perItem' })],
      '2025-03-14',
    );
    expect(state.fee?.dueOn).toBe('2025-04-08');
    expect(state.findings.map((f) => [f.code, f.severity])).toEqual([['finding.feeNoticeReceiptUnknown', 'warning']]);
  });

  it('lets the case lapse, and offers the lapse, only after the period from receipt', () => {
    expect(findings([received('2025-03-03'), issued, event('feeLapsed', '2025-04-10')], '2025-04-10')).toEqual([
      ['finding.feeLapsedEarly', 4, 'error'],
    ]);
    const offered = (today: string) =>
      allowedActions(evaluate([received('2025-03-03'), issued], today), { today }).map((a) => a.type);
    expect(offered('2025-04-11')).not.toContain('feeLapsed');
    expect(offered('2025-04-14')).toContain('feeLapsed');
  });
});

describe('receipt and application contents (第三十一条、第二十九条)', () => {
  it('flags ordinary mail confirmed after the day it arrived', () => {
    const state = evaluate(
      [received('2025-09-22', { channel: 'ordinaryMail', confirmedOn: '2025-09-24' })],
      '2025-09-24',
    );
    expect(state.receivedOn).toBe('2025-09-24');
    expect(state.findings.map((f) => [f.code, f.citation])).toEqual([
      ['finding.confirmationLate', { law: 'regulation', article: 31, item: 2 }],
    ]);
    expect(
      evaluate([received('2025-09-22', { channel: 'ordinaryMail', confirmedOn: '2025-09-22' })], '2025-09-24').findings,
    ).toEqual([]);
  });

  it('asks an organisation for its identity proof: a USCC or another document', () => {
    const base = {
      applicant: { kind: 'organization', category: 'research', name: '某研究所', phone: '0591-1234567' },
      request: { description: '某文件', forms: ['electronic'] },
    } as const;
    expect(checkApplication(base).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['applicant.identity', 'applicant.uscc'],
    ]);
    expect(
      checkApplication({
        ...base,
        applicant: { ...base.applicant, idDocument: { type: '事业单位法人证书', number: '事证第123号' } },
      }),
    ).toEqual([]);
  });
});

describe('clarification (第三十条)', () => {
  const asked = [
    received('2025-04-01'),
    event('clarificationRequested', '2025-04-03', { items: ['年度'], periodWorkdays: 10 }),
  ];

  it('flags a lapse recorded before the applicant’s period ends (due 2025-04-18)', () => {
    expect(findings([...asked, event('clarificationLapsed', '2025-04-18')], '2025-04-18')).toEqual([
      ['finding.clarificationLapsedEarly', 30, 'error'],
    ]);
    expect(findings([...asked, event('clarificationLapsed', '2025-04-21')], '2025-04-21')).toEqual([]);
  });

  it('flags a clarification asked after the 7-workday window', () => {
    // Received 04-01: workdays 04-02, 04-03, [04-04 清明], 04-07…11 → the 7th is 04-11, the 8th 04-14.
    expect(
      findings(
        [
          received('2025-04-01'),
          event('clarificationRequested', '2025-04-14', { items: ['年度'], periodWorkdays: 10 }),
        ],
        '2025-04-14',
      ),
    ).toEqual([['finding.clarificationLate', 30, 'error']]);
    expect(
      findings(
        [
          received('2025-04-01'),
          event('clarificationRequested', '2025-04-11', { items: ['年度'], periodWorkdays: 10 }),
        ],
        '2025-04-11',
      ),
    ).toEqual([]);
  });
});

describe('部分公开 (第三十七条) and withdrawal', () => {
  it('needs the disclosed parts and the reason', () => {
    expect(
      findings(
        [
          received('2025-09-01'),
          event('decided', '2025-09-12', { outcome: 'partiallyDisclosed', disclosedParts: ['正文'] }),
        ],
        '2025-09-12',
      ),
    ).toEqual([['finding.partialWithoutReason', 37, 'error']]);
  });

  it('ends a case withdrawn after an undelivered decision as 其他处理, once', () => {
    const state = evaluate(
      [
        received('2025-09-01'),
        event('decided', '2025-09-12', { outcome: 'disclosed' }),
        event('withdrawn', '2025-09-15'),
      ],
      '2025-09-15',
    );
    expect(state).toMatchObject({ status: 'withdrawn', outcome: 'otherHandling.other', concludedOn: '2025-09-15' });
    const afterDelivery = evaluate(
      [
        received('2025-09-01'),
        event('decided', '2025-09-12', { outcome: 'disclosed' }),
        event('delivered', '2025-09-12', { method: 'inPerson' }),
        event('withdrawn', '2025-09-15'),
      ],
      '2025-09-15',
    );
    expect(afterDelivery).toMatchObject({ status: 'answered', outcome: 'disclosed', concludedOn: '2025-09-12' });
    expect(afterDelivery.findings.map((f) => f.code)).toEqual(['finding.afterConclusion']);
  });
});

describe('dates past the last holiday notice', () => {
  const december = [received('2026-12-04')];
  // A 2027 notice as the test supplies it (not the State Council's): 元旦 01-01 to 01-03 and a 调休 Saturday 01-09.
  const with2027 = chinaCalendar.withYear({
    year: 2027,
    sources: [{ title: '测试用通知', date: '2026-11-20', dateBasis: 'signed', url: 'https://www.gov.cn/test' }],
    holidays: [{ name: '元旦', off: [['2026-12-31', '2027-01-03']], makeUpWorkdays: ['2027-01-09'] }],
  });

  it('gives a request received 2026-12-04 a provisional due date, final once the notice is added', () => {
    expect(evaluate(december, '2026-12-04')).toMatchObject({
      dueOn: '2027-01-04',
      dueOnProvisional: true,
      provisional: true,
      workdaysLeft: 20,
      issues: [],
    });
    // The same events on the calendar with the notice: 12-31 is now off, so the 20th workday is 01-05.
    expect(evaluate(december, '2026-12-04', with2027)).toMatchObject({
      dueOn: '2027-01-05',
      dueOnProvisional: false,
      provisional: false,
    });
  });

  it('flags the clarification, fee, consultation and extension dates that run into 2027', () => {
    const state = evaluate(
      [
        received('2026-12-01'),
        event('consultationStarted', '2026-12-14', { party: 'agency', receivedOn: '2026-12-15' }),
        event('consultationEnded', '2026-12-18', { reply: 'consent' }),
        event('feeNoticeIssued', '2026-12-21', { amount: 100, method: 'perItem', receivedOn: '2026-12-21' }),
        event('feePaid', '2026-12-22'),
        event('extensionApproved', '2026-12-23', { workdays: 20, approver: head }),
      ],
      '2026-12-23',
    );
    expect(state.consultations[0]).toMatchObject({ replyDueOn: '2027-01-06', replyDueOnProvisional: true });
    expect(state.fee).toMatchObject({ dueOn: '2027-01-19', dueOnProvisional: true });
    expect(state.extension).toMatchObject({ dueOnProvisional: true });
    expect(state.dueOnProvisional).toBe(true);
    const clarifying = evaluate(
      [received('2026-12-21'), event('clarificationRequested', '2026-12-22', { items: ['年度'], periodWorkdays: 10 })],
      '2026-12-22',
    );
    expect(clarifying.clarification).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: true });
    expect(clarifying.provisional).toBe(true);
  });

  it('keeps provisional cases in the overdue and due-soon queues', () => {
    const cases = [{ id: 'A', state: evaluate(december, '2027-01-05') }];
    expect(overdue(cases, { today: '2027-01-05' }).map((e) => [e.id, e.dueOn])).toEqual([['A', '2027-01-04']]);
    const open = [{ id: 'B', state: evaluate(december, '2026-12-28') }];
    expect(
      dueSoon(open, { today: '2026-12-28', withinWorkdays: 5 }).map((e) => [e.id, e.dueOn, e.workdaysLeft]),
    ).toEqual([['B', '2027-01-04', 4]]);
  });
});
