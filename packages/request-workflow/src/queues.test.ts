import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from './evaluate.js';
import type { CaseEvent } from './events.js';
import { dueSoon, overdue } from './queues.js';
import { event, received } from './test-support/events.js';

const today = '2025-10-27';
const make = (id: string, events: CaseEvent[]) => ({
  id,
  state: evaluateCase(events, { calendar: chinaCalendar, today }),
});
const cases = [
  make('a', [received('2025-09-26')]), // due 10-30
  make('b', [received('2025-09-01')]), // due 09-28, a 调休 Sunday: overdue
  make('c', [received('2025-10-20')]), // due 11-17
  make('d', [
    received('2025-09-22'),
    event('decided', '2025-10-01', { outcome: 'disclosed' }),
    event('delivered', '2025-10-09', { method: 'post' }),
  ]),
  make('e', [received('2025-09-25')]), // due 10-29
];

describe('queues', () => {
  it('lists open cases due within n workdays, soonest first', () => {
    expect(dueSoon(cases, { today, withinWorkdays: 3 }).map((e) => [e.id, e.dueOn, e.workdaysLeft])).toEqual([
      ['e', '2025-10-29', 2],
      ['a', '2025-10-30', 3],
    ]);
  });

  it('lists overdue open cases, most overdue first, and leaves answered ones out', () => {
    expect(overdue(cases, { today }).map((e) => [e.id, e.dueOn, e.workdaysLeft])).toEqual([['b', '2025-09-28', -16]]);
  });

  it('still answers the deprecated positional forms the same way', () => {
    expect(dueSoon(cases, today, 3)).toEqual(dueSoon(cases, { today, withinWorkdays: 3 }));
    expect(overdue(cases, today)).toEqual(overdue(cases, { today }));
  });
});
