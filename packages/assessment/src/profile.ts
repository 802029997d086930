// Scoring profiles (评分方案) as data: which indicators count, how many points each, and how points
// are earned. A province or county supplies its own; the default is this project's, documented.
import type { LocalDate, SafeParseResult } from '@gk/core';
import { createIssue, isLocalDate } from '@gk/core';
import { z } from 'zod';
import { AssessmentError } from './error.js';
import type { IndicatorId } from './indicators.js';
import { INDICATOR_IDS } from './indicators.js';
import type { AssessmentIssue } from './issues.js';

/**
 * How an indicator earns its points. `ratio`: full points at or above the `full` rate of units that
 * meet the rule, none at or below `zero`, linear between. `deduction`: the points less `perDefect`
 * for each defect, never below zero (扣完为止).
 */
export type ScoringMethod =
  | { readonly kind: 'ratio'; readonly full: number; readonly zero: number }
  | { readonly kind: 'deduction'; readonly perDefect: number };

/** One indicator of a profile. */
export interface IndicatorRule {
  readonly indicator: IndicatorId;
  /** 分值: the points it is worth. */
  readonly weight: number;
  readonly method: ScoringMethod;
}

/** A scoring profile (评分方案): versioned, with where it comes from. */
export interface ScoringProfile {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly source: {
    readonly issuer: string;
    /** The document that adopted it (文号 or title). */
    readonly document: string;
    readonly adoptedOn: LocalDate;
    readonly url?: string;
  };
  /** The total points: the weights add up to it. */
  readonly total: number;
  /**
   * The share of the performance assessment (绩效考核) disclosure work weighs, and its floor. The
   * seeds require 不低于4% (市中区 2020 要点 六（三）): local practice, not national law.
   */
  readonly performanceWeight?: { readonly value: number; readonly minimum: number };
  readonly indicators: readonly IndicatorRule[];
}

const share = z.number().min(0).max(1);
const method = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), full: share, zero: share }),
  z.object({ kind: z.literal('deduction'), perDefect: z.number().positive().max(1000) }),
]);
const text = (max: number) => z.string().trim().min(1).max(max);
const profileSchema = z.object({
  id: text(100),
  version: text(50),
  title: text(200),
  source: z.object({
    issuer: text(200),
    document: text(200),
    adoptedOn: z.string().refine((v) => isLocalDate(v), { message: 'YYYY-MM-DD' }),
    url: z.string().url().max(2000).optional(),
  }),
  total: z.number().positive().max(10_000),
  performanceWeight: z.object({ value: share, minimum: share }).optional(),
  indicators: z
    .array(z.object({ indicator: text(100), weight: z.number().positive().max(10_000), method }))
    .min(1)
    .max(100),
});

/**
 * Checks a scoring profile: its shape, known and unrepeated indicators, weights that add up to the
 * total, ratio lines in order, and the performance weight at or above its floor.
 * @param input - the profile, e.g. parsed from a province's JSON file
 * @returns the profile, or the issues that prevent using it
 */
export function safeParseScoringProfile(input: unknown): SafeParseResult<ScoringProfile, AssessmentIssue> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success)
    return {
      success: false,
      issues: parsed.error.issues.slice(0, 20).map((i) =>
        createIssue(
          'profile.shape',
          { field: i.path.map(String).join('.') || '（整体）', message: i.message },
          i.path.map((k) => (typeof k === 'number' ? k : String(k))),
        ),
      ),
    };
  const profile = parsed.data;
  const issues: AssessmentIssue[] = [];
  const seen = new Set<string>();
  profile.indicators.forEach((rule, i) => {
    const at = ['indicators', i, 'indicator'];
    if (!(INDICATOR_IDS as readonly string[]).includes(rule.indicator))
      issues.push(createIssue('profile.unknownIndicator', { indicator: rule.indicator }, at));
    else if (seen.has(rule.indicator))
      issues.push(createIssue('profile.duplicateIndicator', { indicator: rule.indicator }, at));
    seen.add(rule.indicator);
    if (rule.method.kind === 'ratio' && rule.method.full <= rule.method.zero)
      issues.push(createIssue('profile.range', { indicator: rule.indicator }, ['indicators', i, 'method']));
  });
  const sum = profile.indicators.reduce((n, r) => n + r.weight, 0);
  if (Math.abs(sum - profile.total) > 1e-6)
    issues.push(
      createIssue('profile.weights', { sum: Math.round(sum * 1000) / 1000, total: profile.total }, ['indicators']),
    );
  const pw = profile.performanceWeight;
  if (pw !== undefined && pw.value < pw.minimum)
    issues.push(
      createIssue('profile.performanceWeight', { value: pw.value, minimum: pw.minimum }, ['performanceWeight']),
    );
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: profile as ScoringProfile };
}

/**
 * {@link safeParseScoringProfile}, throwing.
 * @param input - the profile
 * @returns the profile
 * @throws {@link AssessmentError} with the issues
 */
export function parseScoringProfile(input: unknown): ScoringProfile {
  const result = safeParseScoringProfile(input);
  if (!result.success) throw new AssessmentError(result.issues);
  return result.data;
}

const ratio = (full: number, zero: number): ScoringMethod => ({ kind: 'ratio', full, zero });
const deduction = (perDefect: number): ScoringMethod => ({ kind: 'deduction', perDefect });

/**
 * The default profile: 100 points over the twelve indicators. No national document fixes indicator
 * weights: these are this project's, chosen so that each legal duty counts and a single late
 * publication costs 1 point, an overdue request 3, a report published late all 5 of its points.
 * Counties and provinces should adopt their own (`parseScoringProfile`).
 */
export const DEFAULT_SCORING_PROFILE: ScoringProfile = {
  id: 'gk-default',
  version: '2026.1',
  title: '政务公开工作考核评分方案（示范）',
  source: { issuer: 'gk 项目', document: '默认评分方案，非任何机关发布', adoptedOn: '2026-12-01' as LocalDate },
  total: 100,
  performanceWeight: { value: 0.04, minimum: 0.04 },
  indicators: [
    { indicator: 'catalogueConformance', weight: 10, method: ratio(1, 0.6) },
    { indicator: 'statutoryCoverage', weight: 10, method: ratio(1, 0.5) },
    { indicator: 'catalogueCompleteness', weight: 10, method: ratio(1, 0.5) },
    { indicator: 'publicationTimeliness', weight: 15, method: deduction(1) },
    { indicator: 'periodicUpdates', weight: 5, method: deduction(1) },
    { indicator: 'requestOnTime', weight: 15, method: deduction(3) },
    { indicator: 'requestFindings', weight: 5, method: deduction(0.5) },
    { indicator: 'appealsCorrected', weight: 10, method: deduction(2) },
    { indicator: 'reportOnTime', weight: 5, method: deduction(5) },
    { indicator: 'reportConsistent', weight: 5, method: deduction(1) },
    { indicator: 'interpretationSynchrony', weight: 5, method: deduction(1) },
    { indicator: 'consultationPeriod', weight: 5, method: deduction(1) },
  ],
};
