import { describe, expect, it } from 'vitest';
import { RequestWorkflowError } from './error.js';
import { MAX_CASE_EVENTS, MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from './limits.js';
import { parseCaseEvents, safeParseCaseEvents } from './parse.js';
import { formatRequestIssue } from './format-issue.js';
import { event, received, handler } from './test-support/events.js';

describe('parseCaseEvents', () => {
  it('accepts well-formed events', () => {
    const events = [received('2025-09-01'), event('decided', '2025-09-02', { outcome: 'disclosed' })];
    expect(parseCaseEvents(JSON.parse(JSON.stringify(events)))).toEqual(events);
  });

  it('says which field is wrong', () => {
    const result = safeParseCaseEvents([
      received('2025-09-01'),
      // Malformed on purpose (no approver, a zero extension, 31 September): a raw object, not the typed builder.
      { type: 'extensionApproved', on: '2025-09-31', actor: handler, workdays: 0 },
    ]);
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['event.field', 'events.1.on'],
      ['event.field', 'events.1.workdays'],
      ['event.field', 'events.1.approver'],
    ]);
    expect(() => parseCaseEvents([{ type: 'x', on: '2025-01-01' }])).toThrow(RequestWorkflowError);
    expect(() => parseCaseEvents('nope')).toThrow(RequestWorkflowError);
  });
});

describe('the schema and the types', () => {
  it('reads a property set to undefined as absent, as JSON would', () => {
    const events = [
      { ...received('2025-09-01'), confirmedOn: undefined },
      { ...event('withdrawn', '2025-09-02'), reason: undefined },
    ];
    const result = safeParseCaseEvents(events);
    expect(result.success && result.data).toEqual([received('2025-09-01'), event('withdrawn', '2025-09-02')]);
  });

  it('refuses a citation of a law the registry does not know', () => {
    const decided = event('decided', '2025-09-02', { outcome: 'disclosed' });
    const result = safeParseCaseEvents([
      received('2025-09-01'),
      { ...decided, citations: [{ law: 'noSuchLaw', article: 1 }] },
    ]);
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['event.field', 'events.1.citations.0.law'],
    ]);
  });
});

describe('bounded input', () => {
  it('refuses a text over its limit, naming the field and the limit', () => {
    const long = { ...received('2025-09-01') } as Record<string, unknown>;
    long.request = { description: '某'.repeat(MAX_TEXT_LENGTH + 1), forms: ['paper'] };
    const result = safeParseCaseEvents([long]);
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.'), formatRequestIssue(i)])).toEqual([
      [
        'event.tooLong',
        'events.0.request.description',
        `第1条办理记录 申请内容 所需信息的描述：“所需信息的描述”最多 ${String(MAX_TEXT_LENGTH)} 个字，请精简后再提交`,
      ],
    ]);
  });

  it('refuses a list over its limit, however long, without reading it all', () => {
    const flood = { ...received('2025-09-01') } as Record<string, unknown>;
    flood.request = { description: '某文件', forms: Array.from({ length: 1_000_000 }, () => 'paper') };
    const result = safeParseCaseEvents([flood]);
    expect(!result.success && result.issues.map((i) => [i.code, i.params])).toEqual([
      ['event.tooManyItems', { field: 'forms', limit: 4 }],
    ]);
    const items = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => '补充文号');
    const clarification = safeParseCaseEvents([
      received('2025-09-01'),
      event('clarificationRequested', '2025-09-02', { items, periodWorkdays: 10 }),
    ]);
    expect(!clarification.success && clarification.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['event.tooManyItems', 'events.1.items'],
    ]);
  });

  it('refuses a name made only of zero-width or bidirectional control characters', () => {
    const ghost = { ...received('2025-09-01') } as Record<string, unknown>;
    ghost.applicant = { kind: 'naturalPerson', name: '\u200b\u200c\u202e', phone: '13800000000' };
    const result = safeParseCaseEvents([ghost]);
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['event.field', 'events.0.applicant.name'],
    ]);
  });

  it('refuses more events than a case is read with', () => {
    const events = [received('2025-09-01'), ...Array.from({ length: MAX_CASE_EVENTS }, () => event('reasonRequested', '2025-09-02'))]; // prettier-ignore
    const result = safeParseCaseEvents(events);
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(['events.tooMany']);
  });
});
