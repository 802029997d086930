import { describe, expect, it } from 'vitest';
import { RequestWorkflowError } from './error.js';
import { parseCaseEvents, safeParseCaseEvents } from './parse.js';
import { event, received } from './test-fixtures.js';

describe('parseCaseEvents', () => {
  it('accepts well-formed events', () => {
    const events = [received('2025-09-01'), event('decided', '2025-09-02', { outcome: 'disclosed' })];
    expect(parseCaseEvents(JSON.parse(JSON.stringify(events)))).toEqual(events);
  });

  it('says which field is wrong', () => {
    const result = safeParseCaseEvents([
      received('2025-09-01'),
      event('extensionApproved', '2025-09-31', { workdays: 0 }),
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
