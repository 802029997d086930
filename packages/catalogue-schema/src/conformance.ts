import type { Locale } from '@gk/core';
import type { Catalogue, CatalogueItem, ChannelEntry } from './catalogue.js';
import { itemName } from './catalogue.js';
import { channelIdOf, splitChannelMark } from './channels.js';
import type { Guideline, GuidelineItem } from './guideline.js';
import { enReport } from './locales/en.js';
import { zhCNReport } from './locales/zh-CN.js';
import type { ReportTexts } from './report-texts.js';
import { PROACTIVE_WORKDAYS } from './due-date.js';
import type { PeriodUnit, TimeLimit, TimeLimitClause } from './time-limit.js';
import { readTimeLimit } from './time-limit.js';

/** What a conformance check found. */
export type ConformanceFindingKind =
  | 'missing'
  | 'notApplicable'
  | 'notApplicableWithoutReason'
  | 'added'
  | 'requiredChannelDropped'
  | 'requiredChannelOptional'
  | 'timeLimitLonger'
  | 'timeLimitNotComparable'
  | 'proactiveToOnRequest'
  | 'audienceNarrowed'
  | 'contentElementMissing';

/** One finding of {@link checkConformance}, with its words in the requested locale. */
export interface ConformanceFinding {
  readonly kind: ConformanceFindingKind;
  /** `error`: the catalogue falls short of the guideline; `warning`: check by hand; `info`: for the record. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly guidelineItemId?: string;
  /** The catalogue item's index, where there is one. */
  readonly itemIndex?: number;
  readonly name: string;
  readonly message: string;
}

/** Counts a province can rank counties by. */
export interface ConformanceSummary {
  readonly guidelineItems: number;
  /** Guideline items the catalogue has. */
  readonly covered: number;
  /** Guideline items marked not applicable with a reason. */
  readonly notApplicable: number;
  readonly missing: number;
  /** Covered items weakened in at least one element. */
  readonly weakened: number;
  /** Items the county added beyond the guideline. */
  readonly added: number;
  /** Per cent of guideline items covered without weakening or justly not applicable, one decimal. */
  readonly score: number;
}

/** The result of {@link checkConformance}. */
export interface ConformanceReport {
  readonly guidelineId: string;
  readonly findings: readonly ConformanceFinding[];
  readonly summary: ConformanceSummary;
}

/** Options of {@link checkConformance}. */
export interface ConformanceOptions {
  /** The findings' language, `zh-CN` by default. */
  readonly locale?: Locale;
}

const REPORTS: Readonly<Record<Locale, ReportTexts>> = { 'zh-CN': zhCNReport, en: enReport };

const normalize = (name: string): string => name.replace(/[\s、，,。.（）()“”"《》]/g, '');

function keyOf(item: { primaryMatter: string; secondaryMatter: string; tertiaryMatter?: string | undefined }): string {
  return [item.primaryMatter, item.secondaryMatter, item.tertiaryMatter ?? ''].map(normalize).join('|');
}

/** A span of calendar days a limit can take: the fewest and the most. */
interface DaySpan {
  readonly min: number;
  readonly max: number;
}

/**
 * The calendar days a period can span. Workdays: at least n plus the weekends between them; at most
 * that plus a long holiday (the Spring Festival and National Day breaks add up to 8 days off, and a
 * start before a weekend adds 2). Months: 28 to 31 days each. Days: as written, plus up to 8 days when
 * the last one falls in a holiday (民法典第二百零三条).
 */
function spanOf(amount: number, unit: PeriodUnit): DaySpan {
  switch (unit) {
    case 'workday': {
      const min = amount + 2 * Math.floor((amount - 1) / 5);
      return { min, max: min + 10 };
    }
    case 'day':
      return { min: amount, max: amount + 8 };
    case 'month':
      return { min: 28 * amount, max: 31 * amount + 8 };
    default:
      return unit satisfies never;
  }
}

/** A limit's clauses as periods, 及时 and 实时 read as 条例第二十六条's 20 workdays; `undefined` when one sets no bound. */
function boundedPeriods(limit: TimeLimit): { amount: number; unit: PeriodUnit }[] | undefined {
  const periods: { amount: number; unit: PeriodUnit }[] = [];
  for (const clause of limit.clauses) {
    if (clause.kind === 'period') periods.push({ amount: clause.amount, unit: clause.unit });
    else if (clause.kind === 'prompt' || clause.kind === 'immediate')
      periods.push({ amount: PROACTIVE_WORKDAYS, unit: 'workday' });
    else return undefined;
  }
  return periods;
}

/**
 * Compares time limits: 'longer' when a clause of the catalogue surely allows more time than the
 * guideline, 'ok' when every clause surely allows no more, 'notComparable' otherwise. Same units compare
 * exactly; different units by the calendar days each can span (2 months against 20 workdays is longer;
 * 1 month against 20 workdays cannot be told). 及时 and 实时 are no stricter than 20 workdays.
 */
function compareTimeLimits(guideline: TimeLimit, catalogue: TimeLimit): 'longer' | 'notComparable' | 'ok' {
  const wanted = guideline.clauses.filter(
    (clause): clause is Extract<TimeLimitClause, { kind: 'period' }> => clause.kind === 'period',
  );
  if (wanted.length === 0) return 'ok';
  const have = catalogue.recognized ? boundedPeriods(catalogue) : undefined;
  if (have === undefined || have.length === 0) return 'notComparable';
  let comparable = true;
  for (const clause of have) {
    const same = wanted.find((w) => w.unit === clause.unit);
    if (same !== undefined) {
      if (clause.amount > same.amount) return 'longer';
      continue;
    }
    const span = spanOf(clause.amount, clause.unit);
    const limits = wanted.map((w) => spanOf(w.amount, w.unit));
    if (limits.every((w) => span.min > w.max)) return 'longer';
    if (!limits.some((w) => span.max <= w.min)) comparable = false;
  }
  return comparable ? 'ok' : 'notComparable';
}

function requiredChannels(item: GuidelineItem): { readonly name: string; readonly key: string }[] {
  return item.channels
    .map((entry) =>
      typeof entry === 'string'
        ? splitChannelMark(entry)
        : { name: entry.name, requirement: entry.requirement ?? 'unspecified' },
    )
    .filter((entry) => entry.requirement === 'required')
    .map((entry) => ({ name: entry.name, key: channelIdOf(entry.name) ?? `name:${normalize(entry.name)}` }));
}

function channelKey(entry: ChannelEntry): string {
  return entry.channel !== undefined && entry.channel !== 'other' ? entry.channel : `name:${normalize(entry.name)}`;
}

/**
 * Measures a catalogue against its guideline: guideline items missing (or marked not applicable
 * without a reason), items the county added, and elements weakened — a required channel dropped
 * or made optional, a longer time limit, 主动 turned 依申请, the audience narrowed, a content
 * element left out — with a summary a province can rank counties by.
 * Items match by `guidelineItemId`, else by 一级/二级(/三级)事项 names.
 * @param catalogue - a parsed catalogue
 * @param guideline - the guideline it implements
 * @param options - the findings' language
 * @returns the findings and the summary
 */
export function checkConformance(
  catalogue: Catalogue,
  guideline: Guideline,
  options: ConformanceOptions = {},
): ConformanceReport {
  const words = REPORTS[options.locale ?? 'zh-CN'];
  const findings: ConformanceFinding[] = [];
  const byGuidelineId = new Map<string, CatalogueItem>();
  const byKey = new Map<string, CatalogueItem>();
  for (const item of catalogue.items) {
    if (item.guidelineItemId !== undefined) byGuidelineId.set(item.guidelineItemId, item);
    if (!byKey.has(keyOf(item))) byKey.set(keyOf(item), item);
  }
  const matched = new Set<number>();
  let covered = 0;
  let notApplicable = 0;
  let missing = 0;
  let weakened = 0;
  for (const wanted of guideline.items) {
    const name = itemName(wanted);
    const item = byGuidelineId.get(wanted.id) ?? byKey.get(keyOf(wanted));
    const base = { guidelineItemId: wanted.id, name };
    if (item === undefined) {
      missing++;
      findings.push({ ...base, kind: 'missing', severity: 'error', message: words.missing(name) });
      continue;
    }
    matched.add(item.index);
    const at = { ...base, itemIndex: item.index };
    if (item.notApplicable !== undefined) {
      if (item.notApplicable.reason.trim() === '') {
        missing++;
        findings.push({
          ...at,
          kind: 'notApplicableWithoutReason',
          severity: 'error',
          message: words.notApplicableWithoutReason(name),
        });
      } else {
        notApplicable++;
        findings.push({
          ...at,
          kind: 'notApplicable',
          severity: 'info',
          message: words.notApplicable(name, item.notApplicable.reason),
        });
      }
      continue;
    }
    covered++;
    const before = findings.length;
    const have = new Map(item.channels.map((entry) => [channelKey(entry), entry]));
    for (const channel of requiredChannels(wanted)) {
      const found = have.get(channel.key);
      if (found === undefined) {
        findings.push({
          ...at,
          kind: 'requiredChannelDropped',
          severity: 'error',
          message: words.requiredChannelDropped(name, channel.name),
        });
      } else if (found.requirement === 'optional') {
        findings.push({
          ...at,
          kind: 'requiredChannelOptional',
          severity: 'error',
          message: words.requiredChannelOptional(name, channel.name),
        });
      }
    }
    const comparison = compareTimeLimits(readTimeLimit(wanted.timeLimit), item.timeLimit);
    if (comparison === 'longer') {
      findings.push({
        ...at,
        kind: 'timeLimitLonger',
        severity: 'error',
        message: words.timeLimitLonger(name, wanted.timeLimit, item.timeLimit.text),
      });
    } else if (comparison === 'notComparable') {
      findings.push({
        ...at,
        kind: 'timeLimitNotComparable',
        severity: 'warning',
        message: words.timeLimitNotComparable(name, wanted.timeLimit, item.timeLimit.text),
      });
    }
    if (wanted.mode.includes('proactive') && !item.mode.includes('proactive')) {
      findings.push({
        ...at,
        kind: 'proactiveToOnRequest',
        severity: 'error',
        message: words.proactiveToOnRequest(name),
      });
    }
    if (wanted.audience.includes('public') && !item.audience.includes('public')) {
      findings.push({ ...at, kind: 'audienceNarrowed', severity: 'error', message: words.audienceNarrowed(name) });
    }
    const content = normalize(item.contentElements.join(''));
    for (const element of wanted.contentElements) {
      if (!content.includes(normalize(element))) {
        findings.push({
          ...at,
          kind: 'contentElementMissing',
          severity: 'warning',
          message: words.contentElementMissing(name, element),
        });
      }
    }
    if (findings.slice(before).some((finding) => finding.severity === 'error')) weakened++;
  }
  let added = 0;
  for (const item of catalogue.items) {
    if (matched.has(item.index)) continue;
    added++;
    const name = itemName(item);
    findings.push({ kind: 'added', severity: 'info', itemIndex: item.index, name, message: words.added(name) });
  }
  const total = guideline.items.length;
  const good = covered - weakened + notApplicable;
  const score = total === 0 ? 100 : Math.round((good / total) * 1000) / 10;
  return {
    guidelineId: guideline.id,
    findings,
    summary: { guidelineItems: total, covered, notApplicable, missing, weakened, added, score },
  };
}
