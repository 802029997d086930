import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from './evaluate.js';
import { explainDeadline } from './explain.js';
import { event, head, received } from './test-support/events.js';

describe('explainDeadline', () => {
  it('explains an extended case rule by rule, each with its article', () => {
    const state = evaluateCase(
      [
        received('2025-09-25', { channel: 'online', confirmedOn: '2025-09-26' }),
        event('extensionApproved', '2025-10-20', { workdays: 10, approver: head }),
      ],
      { calendar: chinaCalendar, today: '2025-10-20' },
    );
    expect(explainDeadline(state).map((line) => [line.kind, line.text, line.citation?.article])).toEqual([
      ['received', '收到申请之日：2025-09-26', 31],
      ['original', '20 个工作日答复期限：2025-10-30', 33],
      ['extension', '延长答复期限 10 个工作日（2025-10-20 批准）', 33],
      ['due', '答复期限：2025-11-13', undefined],
      ['left', '剩余 18 个工作日', undefined],
    ]);
    expect(explainDeadline(state, { locale: 'en' })[3]?.text).toBe('answer due: 2025-11-13');
  });

  it('says when nothing has been received, and marks a provisional due date with its note', () => {
    const none = evaluateCase([], { calendar: chinaCalendar, today: '2025-10-20' });
    expect(explainDeadline(none).map((line) => line.kind)).toEqual(['notReceived']);
    const late = evaluateCase([received('2026-12-14')], { calendar: chinaCalendar, today: '2026-12-14' });
    const lines = explainDeadline(late);
    expect(lines.find((line) => line.kind === 'due')?.text).toMatch(/^答复期限：2027-01-\d\d（暂定）$/);
    expect(lines.map((line) => line.kind)).toContain('provisional');
  });
});
