import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it, vi } from 'vitest';
import { evaluateCase } from './evaluate.js';
import { formatRequestIssue } from './format-issue.js';
import { parseCaseEvents, safeParseApplication, safeParseCaseEvents } from './parse.js';
import { RENAMED_VALUES, upcastApplication, upcastCaseEvent } from './renamed-values.js';
import { event, handler, received } from './test-support/events.js';

/** A history as 0.1 wrote it, with every renamed value in its old spelling. */
const oldHistory = (): unknown[] => {
  const first = received('2025-03-03') as unknown as Record<string, unknown>;
  return [
    { ...first, channel: 'in-person', request: { description: '某文件', deliveryPreferences: ['in-person', 'email'] } },
    { type: 'consultationStarted', on: '2025-03-05', actor: handler, party: 'third-party', receivedOn: '2025-03-06' },
    { type: 'consultationEnded', on: '2025-03-14', actor: handler, party: 'third-party', reply: 'consent' },
    {
      type: 'feeNoticeIssued',
      on: '2025-03-17',
      actor: handler,
      amount: 100,
      method: 'per-page',
      receivedOn: '2025-03-18',
    },
    { type: 'feePaid', on: '2025-03-20', actor: handler },
    { type: 'decided', on: '2025-03-24', actor: handler, outcome: 'disclosed' },
    { type: 'delivered', on: '2025-03-24', actor: handler, method: 'in-person' },
  ];
};

describe('upcastCaseEvent', () => {
  it('maps every old spelling to its camelCase value and says where', () => {
    const upcast = oldHistory().map((e) => upcastCaseEvent(e));
    expect(upcast.map((u) => u.renamed.map((r) => [r.path.join('.'), r.from, r.to]))).toEqual([
      [
        ['channel', 'in-person', 'inPerson'],
        ['request.deliveryPreferences.0', 'in-person', 'inPerson'],
      ],
      [['party', 'third-party', 'thirdParty']],
      [['party', 'third-party', 'thirdParty']],
      [['method', 'per-page', 'perPage']],
      [],
      [],
      [['method', 'in-person', 'inPerson']],
    ]);
    expect(upcastCaseEvent({ type: 'received', channel: 'ordinary-mail' }).value).toEqual({
      type: 'received',
      channel: 'ordinaryMail',
    });
    expect(upcastCaseEvent({ type: 'received', channel: 'post-signed' }).value).toEqual({
      type: 'received',
      channel: 'postSigned',
    });
    expect(upcastCaseEvent({ type: 'feeNoticeIssued', method: 'per-item' }).value).toEqual({
      type: 'feeNoticeIssued',
      method: 'perItem',
    });
  });

  it('never changes its input, and returns today’s events, non-events and prototype keys as they are', () => {
    const stored = Object.freeze({ type: 'delivered', on: '2025-03-24', actor: handler, method: 'in-person' });
    expect(upcastCaseEvent(stored).value).not.toBe(stored);
    expect(stored.method).toBe('in-person');
    const today = event('delivered', '2025-03-24', { method: 'inPerson' });
    expect(upcastCaseEvent(today).value).toBe(today);
    for (const odd of [null, 'received', 42, [], { type: 7 }, { type: 'received', channel: 'toString' }])
      expect(upcastCaseEvent(odd)).toEqual({ value: odd, renamed: [] });
    expect(upcastCaseEvent({ type: '__proto__', method: 'per-item' }).renamed).toEqual([]);
  });

  it('lists only old spellings of values that exist today', () => {
    const today: Record<string, readonly string[]> = {
      channel: ['inPerson', 'postSigned', 'ordinaryMail'],
      deliveryPreference: ['inPerson'],
      party: ['thirdParty'],
      feeMethod: ['perItem', 'perPage'],
      deliveryMethod: ['inPerson'],
    };
    for (const [field, map] of Object.entries(RENAMED_VALUES)) {
      expect(Object.values(map).sort()).toEqual([...(today[field] ?? [])].sort());
      for (const old of Object.keys(map)) expect(old).toMatch(/-/);
    }
  });
});

describe('old spellings through the parsers and the fold', () => {
  it('safeParseCaseEvents reads them in today’s spellings with a warning at each place', () => {
    const result = safeParseCaseEvents(oldHistory());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.map((e) => ('method' in e ? e.method : 'party' in e ? e.party : e.type))).toEqual([
      'received',
      'thirdParty',
      'thirdParty',
      'perPage',
      'feePaid',
      'decided',
      'inPerson',
    ]);
    expect(result.warnings?.map((w) => [w.code, w.severity, w.path.join('.')])).toEqual([
      ['event.renamedValue', 'warning', 'events.0.channel'],
      ['event.renamedValue', 'warning', 'events.0.request.deliveryPreferences.0'],
      ['event.renamedValue', 'warning', 'events.1.party'],
      ['event.renamedValue', 'warning', 'events.2.party'],
      ['event.renamedValue', 'warning', 'events.3.method'],
      ['event.renamedValue', 'warning', 'events.6.method'],
    ]);
    expect(formatRequestIssue(result.warnings![4]!)).toBe(
      '第4条办理记录 方式：取值“per-page”是 0.2 版以前的写法，已按“perPage”读取；请改写为“perPage”（旧写法只在下一个次版本之前接受）',
    );
    expect(safeParseCaseEvents([event('delivered', '2025-03-24', { method: 'post' })])).not.toHaveProperty('warnings');
  });

  it('parseCaseEvents accepts them, reporting each warning to onWarning, or once to the console by default', () => {
    const seen: string[] = [];
    parseCaseEvents(oldHistory(), { onWarning: (w) => seen.push(w.path.join('.')) });
    expect(seen).toHaveLength(6);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      parseCaseEvents(oldHistory());
      parseCaseEvents(oldHistory());
      // One line per distinct old spelling (channel, preference, party, fee method, delivery method), once per process.
      expect(warn).toHaveBeenCalledTimes(5);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[@gk\/request-workflow\] .*“in-person”.*“inPerson”/);
    } finally {
      warn.mockRestore();
    }
  });

  it('safeParseApplication reads an old delivery preference with a warning', () => {
    const result = safeParseApplication({
      applicant: { kind: 'naturalPerson', name: '李四' },
      request: { description: '某文件', deliveryPreferences: ['in-person'] },
    });
    expect(result.success && result.data.request.deliveryPreferences).toEqual(['inPerson']);
    expect(result.success && result.warnings?.map((w) => w.path.join('.'))).toEqual(['request.deliveryPreferences.0']);
    expect(upcastApplication('x')).toEqual({ value: 'x', renamed: [] });
  });

  it('evaluateCase gives an old history the same state as the new one', () => {
    const options = { calendar: chinaCalendar, today: '2025-03-25' };
    const parsed = safeParseCaseEvents(oldHistory());
    if (!parsed.success) throw new Error('unexpected');
    const { issues, ...old } = evaluateCase(oldHistory() as never, options);
    const { issues: freshIssues, ...fresh } = evaluateCase(parsed.data, options);
    expect(old).toEqual(fresh);
    expect(freshIssues).toEqual([]);
    expect(issues).toEqual(parsed.warnings);
    expect(old.channel).toBe('inPerson');
    expect(old.fee?.method).toBe('perPage');
  });
});
