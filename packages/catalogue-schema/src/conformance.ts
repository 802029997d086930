import type { Locale } from '@gk/core';
import type { Catalogue, CatalogueItem, ChannelEntry } from './catalogue.js';
import { itemName } from './catalogue.js';
import { channelIdOf, splitChannelMark } from './channels.js';
import type { Guideline, GuidelineItem } from './guideline.js';
import { enReport } from './locales/en.js';
import { zhCNReport } from './locales/zh-CN.js';
import type { ReportTexts } from './report-texts.js';
import type { TimeLimit, TimeLimitClause } from './time-limit.js';
import { parseTimeLimit } from './time-limit.js';

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

function periods(limit: TimeLimit): Extract<TimeLimitClause, { kind: 'period' }>[] {
  return limit.clauses.filter(
    (clause): clause is Extract<TimeLimitClause, { kind: 'period' }> => clause.kind === 'period',
  );
}

/** Compares time limits: 'longer', 'notComparable' or 'ok'. */
function compareTimeLimits(guideline: TimeLimit, catalogue: TimeLimit): 'longer' | 'notComparable' | 'ok' {
  const wanted = periods(guideline);
  if (wanted.length === 0) return 'ok';
  const stricter = catalogue.clauses.every((clause) => clause.kind === 'immediate' || clause.kind === 'prompt');
  if (stricter && catalogue.clauses.length > 0) return 'ok';
  const have = periods(catalogue);
  if (have.length === 0 || !catalogue.recognized) return 'notComparable';
  for (const clause of have) {
    const match = wanted.find((w) => w.unit === clause.unit);
    if (match === undefined) return 'notComparable';
    if (clause.amount > match.amount) return 'longer';
  }
  return 'ok';
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
    const comparison = compareTimeLimits(parseTimeLimit(wanted.timeLimit), item.timeLimit);
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
