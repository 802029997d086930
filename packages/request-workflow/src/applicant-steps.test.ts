// The applicant's steps online: a clarification supplied item by item, a withdrawal, an answer delivered
// electronically and opened; and which notices the applicant may read.
import { formatCitation } from '@gk/core';
import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { allowedActions, applicantActions } from './actions.js';
import { evaluateCase } from './evaluate.js';
import type { Actor, CaseEvent } from './events.js';
import { formatRequestIssue } from './format-issue.js';
import { applicantTimeline } from './applicant-timeline.js';
import { applicantNoticeKinds } from './notices/applicant.js';
import { noticeKindsFor } from './notices/build.js';
import { safeParseCaseEvents } from './parse.js';
import { event, received } from './test-support/events.js';

const applicant: Actor = { id: 'applicant', role: 'applicant', name: '申请人（网上办理）' };
const evaluate = (events: readonly CaseEvent[], today: string) =>
  evaluateCase(events, { calendar: chinaCalendar, today });
const applicantSteps = (events: readonly CaseEvent[], today: string) =>
  allowedActions(evaluate(events, today), { today })
    .filter((action) => action.roles.includes('applicant'))
    .map((action) => action.type);

const asking: CaseEvent[] = [
  received('2026-03-02', { channel: 'online', confirmedOn: '2026-03-02' }),
  event('clarificationRequested', '2026-03-04', { items: ['请写明文件的年度', '请写明发文单位'], periodWorkdays: 10 }),
];

describe('the applicant supplies a clarification online (第三十条)', () => {
  it('records what was supplied per item and restarts the 20 workdays from that day', () => {
    const supplied = [
      { item: '请写明文件的年度', answer: '2025年' },
      { item: '请写明发文单位', answer: '县农业农村局' },
    ];
    const events = [...asking, { type: 'clarificationReceived', on: '2026-03-09', actor: applicant, supplied }];
    const parsed = safeParseCaseEvents(events);
    expect(parsed.success).toBe(true);
    const state = evaluate(events as CaseEvent[], '2026-03-09');
    expect(state.clarification?.supplied).toEqual(supplied);
    expect(state.clarification?.receivedOn).toBe('2026-03-09');
    // 03-10…13 1–4, 03-16…20 5–9, 03-23…27 10–14, 03-30…04-03 15–19, 04-06 is 清明 (2026), 04-07 20.
    expect(state.dueOn).toBe('2026-04-07');
    expect(state.findings).toEqual([]);
  });

  it('offers the applicant only the clarification and the withdrawal while one is awaited', () => {
    expect(applicantSteps(asking, '2026-03-05')).toEqual(['clarificationReceived', 'withdrawn']);
    const action = allowedActions(evaluate(asking, '2026-03-05'), { today: '2026-03-05' })[0];
    expect(action?.citation === null || action === undefined ? '' : formatCitation(action.citation)).toBe(
      '《中华人民共和国政府信息公开条例》第三十条',
    );
  });

  it('closes the online clarification once its period has ended (逾期不补正的，视为放弃申请)', () => {
    // 10 workdays from 03-04: 03-05…06 1–2, 03-09…13 3–7, 03-16…18 8–10 → due 2026-03-18.
    expect(evaluate(asking, '2026-03-18').clarification?.dueOn).toBe('2026-03-18');
    expect(applicantActions(evaluate(asking, '2026-03-18'), { today: '2026-03-18' }).map((a) => a.type)).toEqual([
      'clarificationReceived',
      'withdrawn',
    ]);
    expect(applicantActions(evaluate(asking, '2026-03-19'), { today: '2026-03-19' }).map((a) => a.type)).toEqual([
      'withdrawn',
    ]);
  });

  it('refuses a supplied answer beyond the text limit or with too many items, saying where', () => {
    const tooLong = safeParseCaseEvents([
      ...asking,
      {
        type: 'clarificationReceived',
        on: '2026-03-09',
        actor: applicant,
        supplied: [{ item: '请写明文件的年度', answer: 'x'.repeat(4_001) }],
      },
    ]);
    expect(tooLong.success).toBe(false);
    if (!tooLong.success) expect(tooLong.issues[0]?.path).toEqual(['events', 2, 'supplied', 0, 'answer']);
    const tooMany = safeParseCaseEvents([
      ...asking,
      {
        type: 'clarificationReceived',
        on: '2026-03-09',
        actor: applicant,
        supplied: Array.from({ length: 51 }, () => ({ item: '年度', answer: '2025' })),
      },
    ]);
    expect(tooMany.success).toBe(false);
  });
});

describe('the applicant withdraws online', () => {
  it('ends an open case as 其他处理 and allows the applicant nothing more', () => {
    const events: CaseEvent[] = [...asking, { type: 'withdrawn', on: '2026-03-05', actor: applicant }];
    const state = evaluate(events, '2026-03-05');
    expect(state.status).toBe('withdrawn');
    expect(state.outcome).toBe('otherHandling.other');
    expect(state.concludedOn).toBe('2026-03-05');
    expect(applicantSteps(events, '2026-03-06')).toEqual([]);
  });

  it('may still withdraw after a decision that was not delivered, not after delivery', () => {
    const decided: CaseEvent[] = [
      received('2026-03-02'),
      event('decided', '2026-03-10', { outcome: 'disclosed', howToObtain: '网上查看' }),
    ];
    expect(applicantSteps(decided, '2026-03-10')).toEqual(['withdrawn']);
    const delivered = [...decided, event('delivered', '2026-03-11', { method: 'post' })];
    expect(applicantSteps(delivered, '2026-03-11')).toEqual([]);
  });
});

describe('electronic delivery (电子送达) and its opening', () => {
  const decided: CaseEvent[] = [
    received('2026-03-02'),
    event('decided', '2026-03-10', { outcome: 'disclosed', howToObtain: '网上查看' }),
  ];

  it('keeps the answer date at delivery and records the first opening as the day the applicant knew', () => {
    const delivered = [...decided, event('delivered', '2026-03-11', { method: 'electronic' })];
    expect(applicantSteps(delivered, '2026-03-12')).toEqual(['answerOpened']);
    const opened: CaseEvent[] = [
      ...delivered,
      { type: 'answerOpened', on: '2026-03-16', actor: applicant },
      { type: 'answerOpened', on: '2026-03-20', actor: applicant },
    ];
    const state = evaluate(opened, '2026-03-20');
    expect(state.answeredOn).toBe('2026-03-11');
    expect(state.delivery).toEqual({ on: '2026-03-11', method: 'electronic', notice: null, openedOn: '2026-03-16' });
    expect(state.findings).toEqual([]);
    expect(applicantSteps(opened, '2026-03-20')).toEqual([]);
    const action = allowedActions(evaluate(delivered, '2026-03-12'), { today: '2026-03-12' }).find(
      (a) => a.type === 'answerOpened',
    );
    expect(action?.citation == null ? '' : formatCitation(action.citation)).toBe(
      '《中华人民共和国行政复议法》第二十条第一款',
    );
  });

  it('reports an opening recorded for an answer delivered by post, and ignores it', () => {
    const posted: CaseEvent[] = [
      ...decided,
      event('delivered', '2026-03-11', { method: 'post' }),
      { type: 'answerOpened', on: '2026-03-12', actor: applicant },
    ];
    const state = evaluate(posted, '2026-03-12');
    expect(state.delivery?.openedOn).toBeNull();
    expect(state.findings.map((f) => formatRequestIssue(f))).toEqual([
      expect.stringContaining('记录了申请人在网上查看答复，但答复并未以电子方式送达'),
    ]);
  });
});

describe('applicantNoticeKinds', () => {
  it('never shows a consultation letter, and shows a decision notice only once delivered', () => {
    const consulting: CaseEvent[] = [
      received('2026-03-02'),
      event('consultationStarted', '2026-03-03', { party: 'thirdParty', receivedOn: '2026-03-04' }),
      event('consultationEnded', '2026-03-10', { reply: 'consent' }),
      event('decided', '2026-03-12', { outcome: 'disclosed', howToObtain: '网上查看' }),
    ];
    const decided = evaluate(consulting, '2026-03-12');
    expect(noticeKindsFor(decided)).toEqual([
      'registrationReceipt',
      'thirdPartyConsultationLetter',
      'alreadyPublicNotice',
      'disclosedNotice',
    ]);
    expect(applicantNoticeKinds(decided)).toEqual(['registrationReceipt']);
    const delivered = evaluate(
      [...consulting, event('delivered', '2026-03-13', { method: 'electronic', notice: 'disclosedNotice' })],
      '2026-03-13',
    );
    expect(applicantNoticeKinds(delivered)).toEqual(['registrationReceipt', 'disclosedNotice']);
    // 予以公开 has two answers (第三十六条第（一）、（二）项): without the one delivered, neither is shown.
    const unnamed = evaluate([...consulting, event('delivered', '2026-03-13', { method: 'electronic' })], '2026-03-13');
    expect(applicantNoticeKinds(unnamed)).toEqual(['registrationReceipt']);
  });

  it('offers the delivery with the answers to the outcome, and refuses an answer to another outcome', () => {
    const decided: CaseEvent[] = [received('2026-03-02'), event('decided', '2026-03-10', { outcome: 'disclosed' })];
    const delivery = allowedActions(evaluate(decided, '2026-03-10'), { today: '2026-03-10' }).find(
      (a) => a.type === 'delivered',
    );
    expect(delivery?.notices).toEqual(['alreadyPublicNotice', 'disclosedNotice']);
    const wrong = evaluate(
      [...decided, event('delivered', '2026-03-11', { method: 'post', notice: 'notExistNotice' })],
      '2026-03-11',
    );
    expect(wrong.delivery?.notice).toBeNull();
    expect(wrong.issues.map((i) => i.path)).toEqual([['events', 2, 'notice']]);
  });
});

describe('applicantTimeline', () => {
  it('tells the applicant each step and its day in plain Chinese, hiding a decision until delivery', () => {
    const events: CaseEvent[] = [
      received('2026-03-02', { channel: 'online', confirmedOn: '2026-03-03' }),
      event('clarificationRequested', '2026-03-04', { items: ['请写明年度'], periodWorkdays: 10 }),
      {
        type: 'clarificationReceived',
        on: '2026-03-09',
        actor: applicant,
        supplied: [{ item: '请写明年度', answer: '2025' }],
      },
      event('consultationStarted', '2026-03-10', { party: 'thirdParty', partyName: '某公司' }),
      event('consultationEnded', '2026-03-20', { reply: 'consent' }),
      event('decided', '2026-03-25', { outcome: 'withheld.thirdPartyRights', reason: '涉及商业秘密' }),
      event('delivered', '2026-03-26', { method: 'electronic' }),
      { type: 'answerOpened', on: '2026-03-27', actor: applicant },
      event('archived', '2026-03-30'),
    ];
    expect(applicantTimeline(events)).toEqual([
      { on: '2026-03-02', text: '网上提交申请；2026-03-03 登记确认，该日为收到申请之日' },
      { on: '2026-03-04', text: '本机关告知需要补正：请写明年度（补正期限 10 个工作日）' },
      { on: '2026-03-09', text: '您在网上提交了补正，答复期限自当日重新计算' },
      { on: '2026-03-10', text: '征求第三方意见，征求意见的时间不计入答复期限' },
      { on: '2026-03-20', text: '征求意见结束' },
      { on: '2026-03-25', text: '本机关作出答复决定（答复书送达后可在本页查看）' },
      { on: '2026-03-26', text: '答复已送达（电子送达），该日为答复日期' },
      { on: '2026-03-27', text: '您在网上查看了答复' },
    ]);
    // The third party's name and the withheld reason are not in the applicant's timeline.
    expect(JSON.stringify(applicantTimeline(events))).not.toMatch(/某公司|商业秘密/);
  });
});
