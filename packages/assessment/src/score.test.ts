import { describe, expect, it } from 'vitest';
import type { AgencyMeasurements } from './measure.js';
import { measureAgency } from './measure.js';
import type { ScoringProfile } from './profile.js';
import { DEFAULT_SCORING_PROFILE, safeParseScoringProfile } from './profile.js';
import { compareYears, scoreAgencies } from './score.js';
import { department, TODAY } from './test-support/fixtures.js';

const measured = measureAgency(department(), { year: 2026, today: TODAY });

/** An agency with every indicator measured and nothing short, but `defects` of one indicator. */
function clean(agencyId: string, defects: Partial<Record<string, number>> = {}): AgencyMeasurements {
  return {
    agencyId,
    name: agencyId,
    level: 'department',
    year: 2026,
    measurements: DEFAULT_SCORING_PROFILE.indicators.map((r) => {
      const d = defects[r.indicator] ?? 0;
      return { indicator: r.indicator, total: 10, met: 10 - d, defects: d, evidence: [] };
    }),
  };
}

describe('scoreAgencies', () => {
  it('earns each indicator’s points by its method and scales the applicable weights to the total', () => {
    const [score] = scoreAgencies([measured], DEFAULT_SCORING_PROFILE).scores;
    expect(score?.breakdown.filter((b) => b.applicable).map((b) => [b.indicator, b.points])).toEqual([
      // 2 of 3 with content: (0.667 − 0.5) / (1 − 0.5) of 10 points.
      ['catalogueCompleteness', 3.33],
      ['publicationTimeliness', 14],
      ['periodicUpdates', 4],
      ['requestOnTime', 9],
      ['requestFindings', 5],
      ['appealsCorrected', 8],
      ['reportOnTime', 0],
      ['reportConsistent', 1],
      ['interpretationSynchrony', 4],
    ]);
    // Conformance, statutory coverage and consultations were not given: 75 of 100 points apply.
    expect(score).toMatchObject({ applicableWeight: 75, earned: 48.33, score: 64.44, rank: 1 });
  });

  it('takes exactly the documented points for one late publication when every indicator applies', () => {
    const { scores } = scoreAgencies(
      [clean('a'), clean('b', { publicationTimeliness: 1 }), clean('c', { requestOnTime: 1 }), clean('d')],
      DEFAULT_SCORING_PROFILE,
    );
    expect(scores.map((s) => [s.agencyId, s.score, s.rank])).toEqual([
      ['a', 100, 1],
      ['d', 100, 1],
      ['b', 99, 3],
      ['c', 97, 4],
    ]);
    // Deductions stop at zero (扣完为止).
    const worst = scoreAgencies([clean('e', { reportOnTime: 3 })], DEFAULT_SCORING_PROFILE).scores[0];
    expect(worst?.breakdown.find((b) => b.indicator === 'reportOnTime')?.points).toBe(0);
  });

  it('gives no score or rank to an agency with nothing to measure, and refuses an agency twice', () => {
    const empty: AgencyMeasurements = { agencyId: 'z', name: '某乡', level: 'township', year: 2026, measurements: [] };
    const { scores } = scoreAgencies([empty, clean('a')], DEFAULT_SCORING_PROFILE);
    expect(scores.map((s) => [s.agencyId, s.score, s.rank])).toEqual([
      ['a', 100, 1],
      ['z', null, null],
    ]);
    expect(() => scoreAgencies([clean('a'), clean('a')], DEFAULT_SCORING_PROFILE)).toThrow('单位“a”出现了不止一次');
  });

  it('compares with the year before', () => {
    const before = scoreAgencies([clean('a', { requestOnTime: 2 }), clean('b')], DEFAULT_SCORING_PROFILE);
    const now = scoreAgencies(
      [clean('a'), clean('b', { publicationTimeliness: 2 }), clean('n')],
      DEFAULT_SCORING_PROFILE,
    );
    expect(compareYears(now, before).map((c) => [c.agencyId, c.change, c.rank, c.previousRank])).toEqual([
      ['a', 6, 1, 2],
      ['n', null, 1, null],
      ['b', -2, 3, 1],
    ]);
  });
});

describe('scoring profiles', () => {
  it('accepts the default profile, whose weights add up to 100', () => {
    expect(safeParseScoringProfile(DEFAULT_SCORING_PROFILE).success).toBe(true);
    expect(DEFAULT_SCORING_PROFILE.indicators.reduce((n, r) => n + r.weight, 0)).toBe(100);
  });

  it('refuses unknown, repeated and out-of-order indicators, weights that do not add up, and 3% of 4%', () => {
    const bad: ScoringProfile = {
      ...DEFAULT_SCORING_PROFILE,
      performanceWeight: { value: 0.03, minimum: 0.04 },
      indicators: [
        { indicator: 'requestOnTime', weight: 50, method: { kind: 'ratio', full: 0.5, zero: 0.9 } },
        { indicator: 'requestOnTime', weight: 30, method: { kind: 'deduction', perDefect: 1 } },
        { indicator: 'nonsense' as never, weight: 10, method: { kind: 'deduction', perDefect: 1 } },
      ],
    };
    const result = safeParseScoringProfile(bad);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['profile.range', 'indicators.0.method'],
      ['profile.duplicateIndicator', 'indicators.1.indicator'],
      ['profile.unknownIndicator', 'indicators.2.indicator'],
      ['profile.weights', 'indicators'],
      ['profile.performanceWeight', 'performanceWeight'],
    ]);
  });

  it('says where a malformed profile is wrong, and survives hostile input', () => {
    for (const input of [
      null,
      42,
      '{}',
      { __proto__: { total: 100 } },
      { ...DEFAULT_SCORING_PROFILE, total: Number.NaN },
    ]) {
      const result = safeParseScoringProfile(input);
      expect(result.success).toBe(false);
    }
    const result = safeParseScoringProfile({
      ...DEFAULT_SCORING_PROFILE,
      source: { ...DEFAULT_SCORING_PROFILE.source, adoptedOn: '2026-13-01' },
    });
    expect(result.success ? null : result.issues[0]).toMatchObject({
      code: 'profile.shape',
      path: ['source', 'adoptedOn'],
    });
  });
});
