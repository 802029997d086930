import { epochDayOf, localDateFromEpochDay } from '@gk/core';
import { chinaCalendar } from '@gk/workdays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventType } from './events.js';
import { CASE_EVENT_TYPES } from './events.js';
import { evaluateCase } from './evaluate.js';
import type { NoticeInput } from './notices/build.js';
import type { NoticeKind } from './notices/kinds.js';
import { buildNotice, noticeKindsFor } from './notices/build.js';
import { OUTCOME_CODES } from './outcomes.js';
import { event, head, received, untyped } from './test-support/events.js';

const START = epochDayOf('2019-01-01');
const END = epochDayOf('2025-06-30');

/** A plausible case: received, then up to 8 events on non-decreasing days. */
const plausibleCase = fc
  .record({
    start: fc.integer({ min: START, max: END }),
    channel: fc.constantFrom('inPerson', 'postSigned', 'ordinaryMail', 'online', 'fax'),
    confirmDelay: fc.integer({ min: 0, max: 3 }),
    steps: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 12 }),
        kind: fc.constantFrom(
          ...CASE_EVENT_TYPES.filter((type): type is Exclude<CaseEventType, 'received'> => type !== 'received'),
        ),
        workdays: fc.integer({ min: 1, max: 25 }),
        outcome: fc.constantFrom(...OUTCOME_CODES),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ start, channel, confirmDelay, steps }) => {
    let day = start;
    const on = localDateFromEpochDay(day);
    const events: CaseEvent[] = [
      received(on, {
        channel,
        ...(channel === 'inPerson' || channel === 'postSigned'
          ? {}
          : { confirmedOn: localDateFromEpochDay(day + confirmDelay) }),
      }),
    ];
    for (const step of steps) {
      day += step.gap;
      const date = localDateFromEpochDay(day);
      const extras: Record<string, Record<string, unknown>> = {
        clarificationRequested: { items: ['事项'], periodWorkdays: step.workdays },
        consultationStarted: { party: step.workdays % 2 === 0 ? 'agency' : 'thirdParty' },
        consultationEnded: { reply: 'consent' },
        extensionApproved: { workdays: step.workdays, approver: head },
        deferralSet: { until: localDateFromEpochDay(day + 40), reason: '理由' },
        feeNoticeIssued: { amount: 100, method: 'perItem' },
        decided: { outcome: step.outcome, disclosedParts: ['部分'] },
        delivered: { method: 'post' },
      };
      const extra = extras[step.kind] ?? {};
      events.push(event(step.kind, date, extra));
    }
    return { events, today: localDateFromEpochDay(day + 5) };
  });

describe('evaluateCase laws (fast-check)', () => {
  it('any list of anything gives a state, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), fc.anything(), (events, today) => {
        const state = evaluateCase(events.map(untyped), { calendar: chinaCalendar, today: today as string });
        return typeof state.status === 'string' && Array.isArray(state.issues);
      }),
      { numRuns: 500 },
    );
  });

  it('events with wrong field types give issues, never an exception', () => {
    const wrong = fc.record({
      type: fc.constantFrom(
        'received',
        'clarificationRequested',
        'consultationStarted',
        'consultationEnded',
        'extensionApproved',
        'deferralSet',
        'feeNoticeIssued',
        'decided',
        'delivered',
      ),
      on: fc.oneof(fc.constant('2025-03-03'), fc.string(), fc.integer()),
      actor: fc.anything(),
      channel: fc.anything(),
      confirmedOn: fc.anything(),
      applicant: fc.anything(),
      request: fc.anything(),
      items: fc.anything(),
      periodWorkdays: fc.anything(),
      party: fc.anything(),
      reply: fc.anything(),
      workdays: fc.anything(),
      approver: fc.anything(),
      until: fc.anything(),
      amount: fc.anything(),
      method: fc.anything(),
      outcome: fc.anything(),
    });
    fc.assert(
      fc.property(fc.array(wrong, { maxLength: 6 }), (events) => {
        const state = evaluateCase(events.map(untyped), { calendar: chinaCalendar, today: '2025-06-01' });
        return typeof state.status === 'string';
      }),
      { numRuns: 500 },
    );
  });

  it('dueOn is never earlier than 20 workdays after receipt, unless answered on the spot', () => {
    fc.assert(
      fc.property(plausibleCase, ({ events, today }) => {
        const state = evaluateCase(events, { calendar: chinaCalendar, today });
        if (state.dueOn === null || state.receivedOn === null) return true;
        if (state.answeredOn === state.receivedOn) return true;
        return state.dueOn >= chinaCalendar.addWorkdays(state.receivedOn, 20);
      }),
      { numRuns: 1000 },
    );
  });

  it('a case is overdue exactly when answered after dueOn, or open with today past dueOn', () => {
    fc.assert(
      fc.property(plausibleCase, ({ events, today }) => {
        const state = evaluateCase(events, { calendar: chinaCalendar, today });
        if (state.dueOn === null || state.status === 'closed' || state.status === 'withdrawn') return !state.overdue;
        if (state.answeredOn === state.receivedOn) return !state.overdue;
        const expected =
          state.answeredOn !== null
            ? state.answeredOn > state.dueOn
            : state.concludedOn === null && today > state.dueOn;
        return state.overdue === expected;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('plausible cases', () => {
  it('are generated with a receipt first', () => {
    const [sample] = fc.sample(plausibleCase, { numRuns: 1, seed: 42 });
    expect(sample?.events[0]?.type).toBe('received');
  });
});

describe('notices offered and built (fast-check)', () => {
  const input: NoticeInput = {
    agency: { name: '示范县人民政府办公室', reconsiderationBody: '示范县人民政府', court: '示范县人民法院' },
    noticeNo: '〔2025〕第1号',
    howToObtain: '到本机关政务公开服务窗口领取',
    obtainTime: '工作日上午',
    reason: '理由',
    responsibleAgency: '示范县自然资源局',
    responsibleAgencyContact: '0000-0000000',
    thirdPartyName: '某公司',
    informationToDisclose: '某项目批复文件',
    legalBasis: '某法第某条',
    channelForPetition: '信访渠道',
  };

  it('every notice noticeKindsFor offers, buildNotice builds from complete facts', () => {
    fc.assert(
      fc.property(plausibleCase, ({ events, today }) => {
        const state = evaluateCase(events, { calendar: chinaCalendar, today });
        for (const kind of noticeKindsFor(state)) {
          const result = buildNotice(kind, state, input);
          expect(result.success ? [] : result.issues.map((i) => i.code), kind).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses kinds that are prototype keys as unknown', () => {
    const state = evaluateCase([received('2025-09-01')], { calendar: chinaCalendar, today: '2025-09-02' });
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = buildNotice(kind as NoticeKind, state, input);
      expect(result.success ? 'built' : result.issues.map((i) => i.code)).toEqual(['notice.kind']);
    }
  });
});
