import { formatCitation } from '@gk/core';
import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { allowedActions } from './actions.js';
import { evaluateCase } from './evaluate.js';
import type { CaseEvent } from './events.js';
import { event, head, received } from './test-support/events.js';

const types = (events: CaseEvent[], today: string) =>
  allowedActions(evaluateCase(events, { calendar: chinaCalendar, today }), { today }).map((action) => action.type);

describe('allowedActions', () => {
  it('offers registration only before the application is received', () => {
    expect(types([], '2025-10-20')).toEqual(['received']);
  });

  it('offers the handling steps of an open case, with the roles and articles that govern them', () => {
    const state = evaluateCase([received('2025-09-26')], { calendar: chinaCalendar, today: '2025-10-09' });
    const actions = allowedActions(state, { today: '2025-10-09' });
    expect(actions.map((action) => action.type)).toEqual([
      'clarificationRequested',
      'consultationStarted',
      'extensionApproved',
      'reasonRequested',
      'feeNoticeIssued',
      'decided',
      'withdrawn',
    ]);
    const extension = actions.find((action) => action.type === 'extensionApproved');
    expect(extension?.roles).toEqual(['head']);
    expect(extension?.citation && formatCitation(extension.citation)).toBe(
      '《中华人民共和国政府信息公开条例》第三十三条第二款',
    );
    expect(actions.find((action) => action.type === 'withdrawn')?.citation).toBeNull();
  });

  it('allows one clarification and one extension, and no extension after the due date', () => {
    const clarified: CaseEvent[] = [
      received('2025-09-26'),
      event('clarificationRequested', '2025-09-29', { items: ['文件名称'], periodWorkdays: 10 }),
      event('clarificationReceived', '2025-10-09'),
      event('extensionApproved', '2025-10-20', { workdays: 10, approver: head }),
    ];
    const now = types(clarified, '2025-10-21');
    expect(now).not.toContain('clarificationRequested');
    expect(now).not.toContain('extensionApproved');
    expect(now).toContain('decided');
    // Received 2025-09-26, due 2025-10-30: on 2025-10-31 the extension is too late (第三十三条第二款).
    expect(types([received('2025-09-26')], '2025-10-31')).not.toContain('extensionApproved');
  });

  it('offers a lapse only once the clarification period has ended', () => {
    const waiting: CaseEvent[] = [
      received('2025-09-26'),
      event('clarificationRequested', '2025-09-29', { items: ['文件名称'], periodWorkdays: 10 }),
    ];
    const dueOn = evaluateCase(waiting, { calendar: chinaCalendar, today: '2025-09-29' }).clarification?.dueOn;
    expect(dueOn).toBe('2025-10-20');
    expect(types(waiting, '2025-10-20')).toEqual(['clarificationReceived', 'withdrawn']);
    expect(types(waiting, '2025-10-21')).toEqual(['clarificationReceived', 'clarificationLapsed', 'withdrawn']);
  });

  it('moves from decision to delivery to archiving, then allows nothing', () => {
    const decided: CaseEvent[] = [received('2025-09-26'), event('decided', '2025-10-09', { outcome: 'disclosed' })];
    // Before delivery the decision can still be corrected, or the applicant can withdraw.
    expect(types(decided, '2025-10-09')).toEqual(['delivered', 'decided', 'withdrawn']);
    const delivered = [...decided, event('delivered', '2025-10-10', { method: 'post' })];
    expect(types(delivered, '2025-10-10')).toEqual(['archived']);
    expect(types([...delivered, event('archived', '2025-10-11')], '2025-10-11')).toEqual([]);
  });

  it('offers a deferral only after reasons were requested and before the due date (第三十五条)', () => {
    const asked: CaseEvent[] = [received('2025-09-26'), event('reasonRequested', '2025-10-09')];
    expect(types(asked, '2025-10-10')).toContain('deferralSet');
    expect(types(asked, '2025-10-10')).not.toContain('reasonRequested');
    // Due 2025-10-30: a deferral set on 10-31 would not move the date, so it is not offered.
    expect(types(asked, '2025-10-31')).not.toContain('deferralSet');
  });

  it('offers 不予处理 as excessive only after reasons were requested, and 补正后仍不明确 only after a clarification', () => {
    const outcomes = (events: CaseEvent[], today: string) =>
      allowedActions(evaluateCase(events, { calendar: chinaCalendar, today }), { today }).find(
        (action) => action.type === 'decided',
      )?.outcomes ?? [];
    const fresh = outcomes([received('2025-09-26')], '2025-10-09');
    expect(fresh).not.toContain('notProcessed.excessive');
    expect(fresh).not.toContain('unableToProvide.unclearAfterClarification');
    expect(fresh).not.toContain('otherHandling.clarificationLapsed');
    expect(fresh).not.toContain('otherHandling.feeUnpaid');
    expect(fresh).toContain('withheld.thirdPartyRights');
    expect(fresh).toHaveLength(17);
    const asked = outcomes([received('2025-09-26'), event('reasonRequested', '2025-10-09')], '2025-10-10');
    expect(asked).toContain('notProcessed.excessive');
    const clarified = outcomes(
      [
        received('2025-09-26'),
        event('clarificationRequested', '2025-09-29', { items: ['文件名称'], periodWorkdays: 10 }),
        event('clarificationReceived', '2025-10-09'),
      ],
      '2025-10-10',
    );
    expect(clarified).toContain('unableToProvide.unclearAfterClarification');
  });
});
