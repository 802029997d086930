// Folds 1,000,000 request cases of about 6 events each with evaluateCase (the built package).
// 100,000 distinct generated cases are each folded 10 times (the fold keeps no cache between calls).
// Prints the median cases per second over 5 rounds. Run with `pnpm bench` (builds first).
import type { CaseEvent } from '@gk/request-workflow';
import { evaluateCase } from '@gk/request-workflow';
import { chinaCalendar } from '@gk/workdays';
import { seededRandom } from './random.ts';

const DISTINCT = 100_000;
const REPEAT = 10;
const ROUNDS = 5;

const random = seededRandom(20_251_121);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const start = Date.UTC(2019, 0, 1);
const dayOf = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
const actor = { id: 'u1', role: 'handler' as const };
const head = { id: 'u9', role: 'head' as const };

function generate(): CaseEvent[] {
  let day = Math.floor(random() * 2300);
  const channel = pick(['inPerson', 'online', 'postSigned', 'ordinaryMail'] as const);
  const events: CaseEvent[] = [
    {
      type: 'received',
      on: dayOf(day),
      actor,
      channel,
      ...(channel === 'online' || channel === 'ordinaryMail' ? { confirmedOn: dayOf(day + 1) } : {}),
      applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
      request: { description: '某项政府信息', forms: ['electronic'] },
    },
  ];
  const next = (gap: number): string => dayOf((day += gap));
  const path = random();
  if (path < 0.25) {
    events.push({ type: 'clarificationRequested', on: next(3), actor, items: ['年度'], periodWorkdays: 10 });
    events.push({ type: 'clarificationReceived', on: next(6), actor });
  } else if (path < 0.5) {
    events.push({ type: 'consultationStarted', on: next(4), actor, party: 'thirdParty' });
    events.push({
      type: 'consultationEnded',
      on: next(12),
      actor,
      reply: pick(['consent', 'objection', 'none'] as const),
    });
  } else if (path < 0.75) {
    events.push({ type: 'extensionApproved', on: next(20), actor, workdays: 10, approver: head });
    events.push({ type: 'reasonRequested', on: next(1), actor });
  } else {
    events.push({ type: 'feeNoticeIssued', on: next(5), actor, amount: 300, method: 'perItem' });
    events.push({ type: 'feePaid', on: next(7), actor });
  }
  events.push({
    type: 'decided',
    on: next(8),
    actor,
    outcome: pick([
      'disclosed',
      'partiallyDisclosed',
      'unableToProvide.notHeld',
      'withheld.processInformation',
    ] as const),
    disclosedParts: ['部分'],
  });
  events.push({ type: 'delivered', on: next(1), actor, method: 'post' });
  events.push({ type: 'archived', on: next(2), actor });
  return events;
}

const cases = Array.from({ length: DISTINCT }, generate);
const eventsPerCase = cases.reduce((sum, c) => sum + c.length, 0) / cases.length;
const options = { calendar: chinaCalendar, today: '2026-06-30' };

let sink = 0;
const times: number[] = [];
for (let round = 0; round < ROUNDS + 1; round++) {
  const began = performance.now();
  for (let r = 0; r < REPEAT; r++) for (const events of cases) sink += evaluateCase(events, options).findings.length;
  const elapsed = performance.now() - began;
  if (round > 0) times.push(elapsed); // round 0 warms up
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
const total = DISTINCT * REPEAT;
console.log(
  `evaluateCase: ${total.toLocaleString('en-US')} cases of ${eventsPerCase.toFixed(1)} events, median ${median.toFixed(0)} ms ` +
    `→ ${Math.round(total / (median / 1000)).toLocaleString('en-US')} cases/s on one core (rounds: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
);
if (sink < 0) console.log(sink);
