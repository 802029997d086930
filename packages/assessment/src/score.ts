// Scoring: each agency's measurements against a profile, the breakdown that produced its score, the
// ranking, and the change from the year before.
import { createIssue } from '@gk/core';
import { AssessmentError } from './error.js';
import type { IndicatorId } from './indicators.js';
import type { AgencyLevel, AgencyMeasurements, Measurement } from './measure.js';
import type { IndicatorRule, ScoringProfile } from './profile.js';
import { parseScoringProfile } from './profile.js';

/** One indicator's part of an agency's score. */
export interface IndicatorScore {
  readonly indicator: IndicatorId;
  readonly weight: number;
  /** `false`: nothing to measure (or no evidence given); its weight is left out. */
  readonly applicable: boolean;
  /** Points earned, two decimals. */
  readonly points: number;
  readonly measurement: Measurement | null;
}

/** An agency's score for a year, and how it came about. */
export interface AgencyScore {
  readonly agencyId: string;
  readonly name: string;
  readonly level: AgencyLevel;
  /** On the profile's total, two decimals; `null` when no indicator applies. */
  readonly score: number | null;
  /** 1 for the best; equal scores share a rank (1, 1, 3); `null` with no score. */
  readonly rank: number | null;
  /** Points earned over the applicable weights, before scaling to the total. */
  readonly earned: number;
  readonly applicableWeight: number;
  readonly breakdown: readonly IndicatorScore[];
}

/** The result of {@link scoreAgencies}. */
export interface Assessment {
  readonly year: number;
  readonly profile: { readonly id: string; readonly version: string; readonly title: string; readonly total: number };
  /** Best first; agencies without a score last. */
  readonly scores: readonly AgencyScore[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function pointsOf(rule: IndicatorRule, m: Measurement): number {
  if (rule.method.kind === 'deduction') return Math.max(0, rule.weight - rule.method.perDefect * m.defects);
  const { full, zero } = rule.method;
  const rate = m.total === 0 ? 1 : m.met / m.total;
  return rule.weight * Math.min(1, Math.max(0, (rate - zero) / (full - zero)));
}

const applies = (m: Measurement | null): m is Measurement => m !== null && (m.total > 0 || m.defects > 0);

/**
 * Scores agencies against a profile. Each indicator earns its points by the profile's method; one
 * that does not apply (nothing counted, or no evidence given) is left out and the score is scaled from
 * the applicable weights to the total. With every indicator applicable, a deduction of n points costs
 * exactly n; otherwise n × total / applicable weight. Ranks follow the score, ties sharing a rank.
 * @param agencies - each agency's measurements (`measureAgency`), all of one year
 * @param profile - the scoring profile (checked again here)
 * @returns the scores, best first, with each one's breakdown
 * @throws {@link AssessmentError} for an invalid profile or an agency given twice
 * @example
 * ```ts
 * const assessment = scoreAgencies(measured, DEFAULT_SCORING_PROFILE);
 * assessment.scores[0]; // { agencyId, score: 96.5, rank: 1, breakdown: [...] }
 * ```
 */
export function scoreAgencies(agencies: readonly AgencyMeasurements[], profile: ScoringProfile): Assessment {
  const checked = parseScoringProfile(profile);
  const seen = new Set<string>();
  for (const [i, a] of agencies.entries()) {
    if (seen.has(a.agencyId))
      throw new AssessmentError([createIssue('assessment.sameAgency', { agencyId: a.agencyId }, [i, 'agencyId'])]);
    seen.add(a.agencyId);
  }
  const scored = agencies.map((agency) => {
    const byIndicator = new Map(agency.measurements.map((m) => [m.indicator, m]));
    const breakdown = checked.indicators.map((rule): IndicatorScore => {
      const m = byIndicator.get(rule.indicator) ?? null;
      const applicable = applies(m);
      return {
        indicator: rule.indicator,
        weight: rule.weight,
        applicable,
        points: applicable ? round2(pointsOf(rule, m)) : 0,
        measurement: m,
      };
    });
    const applicableWeight = breakdown.filter((b) => b.applicable).reduce((n, b) => n + b.weight, 0);
    const earned = breakdown.reduce((n, b) => n + b.points, 0);
    return {
      agencyId: agency.agencyId,
      name: agency.name,
      level: agency.level,
      score: applicableWeight === 0 ? null : round2((earned / applicableWeight) * checked.total),
      rank: null as number | null,
      earned: round2(earned),
      applicableWeight,
      breakdown,
    };
  });
  scored.sort((a, b) =>
    a.score === b.score ? a.agencyId.localeCompare(b.agencyId) : (b.score ?? -1) - (a.score ?? -1),
  );
  let previous: number | null = null;
  let rank = 0;
  scored.forEach((s, i) => {
    if (s.score === null) return;
    if (s.score !== previous) rank = i + 1;
    previous = s.score;
    s.rank = rank;
  });
  const { id, version, title, total } = checked;
  return { year: agencies[0]?.year ?? 0, profile: { id, version, title, total }, scores: scored };
}

/** An agency's score beside the year before. */
export interface ScoreChange {
  readonly agencyId: string;
  readonly name: string;
  readonly score: number | null;
  readonly previousScore: number | null;
  /** `score - previousScore`, two decimals; `null` when either is missing. */
  readonly change: number | null;
  readonly rank: number | null;
  readonly previousRank: number | null;
}

/**
 * Year-on-year change of each agency of `current`: score and rank beside last year's (同比).
 * @param current - this year's assessment
 * @param previous - last year's
 * @returns one row per agency of `current`, in its order
 */
export function compareYears(current: Assessment, previous: Assessment): ScoreChange[] {
  const before = new Map(previous.scores.map((s) => [s.agencyId, s]));
  return current.scores.map((s) => {
    const p = before.get(s.agencyId);
    const previousScore = p?.score ?? null;
    return {
      agencyId: s.agencyId,
      name: s.name,
      score: s.score,
      previousScore,
      change: s.score === null || previousScore === null ? null : round2(s.score - previousScore),
      rank: s.rank,
      previousRank: p?.rank ?? null,
    };
  });
}
