import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterpretationIssue } from './format-issue.js';
import type { OpinionIncident } from './response.js';
import { checkResponse } from './response.js';

const major: OpinionIncident = {
  id: 'e1',
  title: '某化工厂爆炸事故',
  level: 'major',
  firstKnownAt: '2025-06-01T08:00:00+08:00',
  actions: [
    { duty: 'authoritativeInformation', at: '2025-06-01T12:30:00+08:00' },
    { duty: 'pressConference', at: '2025-06-02T09:00:00+08:00' },
  ],
};

describe('checkResponse', () => {
  it('meets the 5-hour duty and fails a press conference at hour 25', () => {
    const { duties, issues } = checkResponse(major, '2025-06-03T00:00:00+08:00');
    expect(duties.map((d) => [d.duty, d.limitHours, d.dueAt, d.hoursTaken, d.status])).toEqual([
      ['authoritativeInformation', 5, '2025-06-01T05:00:00.000Z', 4.5, 'met'],
      ['pressConference', 24, '2025-06-02T00:00:00.000Z', 25, 'late'],
    ]);
    expect(issues.map((i) => formatInterpretationIssue(i))).toEqual([
      'actions：举行新闻发布会用时 25 小时，超过 24 小时的时限',
    ]);
    expect(duties[1]?.reference).toEqual({ law: 'openGovernmentRules2016' });
  });

  it('gives other 政务舆情 48 hours (国办发〔2016〕61号), pending until due, missed after', () => {
    const other: OpinionIncident = {
      id: 'e2',
      title: '网民反映某路段积水',
      level: 'other',
      firstKnownAt: '2025-07-01T10:00:00+08:00',
      actions: [],
    };
    expect(checkResponse(other, '2025-07-03T09:59:00+08:00').duties[0]).toMatchObject({
      duty: 'response',
      status: 'pending',
      dueAt: '2025-07-03T02:00:00.000Z',
    });
    const late = checkResponse(other, '2025-07-03T10:01:00+08:00');
    expect(late.duties[0]?.status).toBe('missed');
    expect(late.duties[0]?.reference).toEqual({ law: 'opinionResponse2016' });
    expect(late.issues.map((i) => i.code)).toEqual(['response.missing']);
    expect(
      checkResponse(
        { ...other, actions: [{ duty: 'response', at: '2025-07-03T09:00:00+08:00' }] },
        '2025-07-04T00:00:00+08:00',
      ).duties[0],
    ).toMatchObject({ status: 'met', hoursTaken: 47 });
  });

  it('never throws on generated input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('especiallyMajor', 'major', 'other') as fc.Arbitrary<OpinionIncident['level']>,
        (known, at, level) => {
          const result = checkResponse(
            { ...major, level, firstKnownAt: known, actions: [{ duty: 'response', at }] },
            at,
          );
          return Array.isArray(result.duties);
        },
      ),
    );
  });
});
