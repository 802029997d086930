// Measuring an agency: each indicator counted from the results the domain packages compute (a
// catalogue's conformance, publication compliance, case states, the annual report's check), with
// examples of what fell short as evidence.
import type { AppealRecord, ReportIssue } from '@gk/annual-report';
import { formatReportIssue } from '@gk/annual-report';
import type { ConformanceReport } from '@gk/catalogue-schema';
import type { LegalCitation, LocalDate } from '@gk/core';
import { cite, createIssue, formatCitation, isLocalDate } from '@gk/core';
import type { Consultation, InterpretationIssue } from '@gk/interpretation';
import { formatInterpretationIssue } from '@gk/interpretation';
import type { CatalogueCompliance, PublicationState, StatutoryPublication } from '@gk/publication';
import type { CaseState } from '@gk/request-workflow';
import { formatRequestIssue } from '@gk/request-workflow';
import { AssessmentError } from './error.js';
import type { AssessmentIssue } from './issues.js';
import type { IndicatorId } from './indicators.js';
import { INDICATOR_IDS } from './indicators.js';

/** The kinds of agency on a county platform: the government itself, its departments, its townships. */
export const AGENCY_LEVELS = ['government', 'department', 'township'] as const;
/** One of {@link AGENCY_LEVELS}. */
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** The most examples an indicator keeps as evidence; the counts cover every case. */
export const MAX_EVIDENCE = 20;

/** One example of what fell short: what it concerns, what is wrong, and the rule. */
export interface Evidence {
  /** The thing concerned: an 索引号, a case id, a catalogue item, a report cell. */
  readonly subject: string;
  readonly text: string;
  readonly on?: LocalDate;
  readonly citation?: LegalCitation;
}

/** An indicator counted for one agency and year. */
export interface Measurement {
  readonly indicator: IndicatorId;
  /** Units counted (publications, cases, categories …); 0: nothing to measure, the indicator does not apply. */
  readonly total: number;
  /** Units that meet the rule. */
  readonly met: number;
  /** Defects found: units short of the rule, or for `requestFindings` each procedural finding. */
  readonly defects: number;
  readonly evidence: readonly Evidence[];
}

/** What the platform holds of one agency for a year; each part left out is not measured. */
export interface AgencyEvidence {
  readonly agencyId: string;
  readonly name: string;
  readonly level: AgencyLevel;
  /** `checkConformance` of each of its catalogues against its guideline. */
  readonly conformance?: readonly ConformanceReport[];
  /** `checkStatutoryPublication` of its publications. */
  readonly statutory?: StatutoryPublication;
  /** `checkCatalogueCompliance` of its catalogues and publications, as of the assessment day. */
  readonly compliance?: CatalogueCompliance;
  /** Its cases' states (`evaluateCase`), with their ids. */
  readonly cases?: readonly { readonly caseId: string; readonly state: CaseState }[];
  /** Its 复议 and 诉讼 of the year, as table 四 counts them. */
  readonly appeals?: readonly AppealRecord[];
  /** Its annual report for the year: the day published (`null`: not yet) and `checkReport`'s issues. */
  readonly report?: { readonly publishedOn: LocalDate | null; readonly issues: readonly ReportIssue[] };
  /** Its publications' states, for the policies that need an interpretation. */
  readonly publications?: readonly PublicationState[];
  /** Its public consultations, each with `checkConsultation`'s issues. */
  readonly consultations?: readonly {
    readonly consultation: Consultation;
    readonly issues: readonly InterpretationIssue[];
  }[];
}

/** Local practice the measurement depends on. */
export interface AssessmentSettings {
  /**
   * The day (month, day of the next year) a township's annual report is due. 第四十九条 dates the
   * reports of 县级以上人民政府部门 (1月31日) and of 县级以上地方人民政府 (3月31日) only; 31 March is this
   * project's default for a township government. Set your province's rule.
   */
  readonly townshipReportDue?: { readonly month: number; readonly day: number };
}

/** Options of {@link measureAgency}. */
export interface MeasureOptions {
  /** The year assessed. */
  readonly year: number;
  /** The assessment day, `YYYY-MM-DD`: a report not yet due is not counted. */
  readonly today: string;
  readonly settings?: AssessmentSettings;
}

/** An agency's measurements for a year. */
export interface AgencyMeasurements {
  readonly agencyId: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly year: number;
  readonly measurements: readonly Measurement[];
}

/** 第三十三条: the answer period. */
const ANSWER_PERIOD: LegalCitation = cite('regulation', 33);
/** 第四十九条第一款 (部门, 1月31日) and 第二款 (政府, 3月31日). */
const REPORT_DEPARTMENT: LegalCitation = cite('regulation', 49, 1);
const REPORT_GOVERNMENT: LegalCitation = cite('regulation', 49, 2);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The day an agency's annual report for `year` is due: 1月31日 for a department (第四十九条第一款),
 * 3月31日 for a government (第四十九条第二款), the setting for a township.
 * @param level - the agency's kind
 * @param year - the report's year
 * @param settings - the township rule
 * @returns the due date, in the next year
 */
export function reportDueOn(level: AgencyLevel, year: number, settings: AssessmentSettings = {}): LocalDate {
  const next = year + 1;
  const { month, day } =
    level === 'department'
      ? { month: 1, day: 31 }
      : level === 'government'
        ? { month: 3, day: 31 }
        : (settings.townshipReportDue ?? { month: 3, day: 31 });
  return `${pad(next, 4)}-${pad(month)}-${pad(day)}` as LocalDate;
}

const inYear = (on: string | null | undefined, year: number): boolean =>
  typeof on === 'string' && on.slice(0, 4) === pad(year, 4);

function measurement(indicator: IndicatorId, total: number, met: number, evidence: Evidence[], defects?: number) {
  return {
    indicator,
    total,
    met,
    defects: defects ?? Math.max(0, total - met),
    evidence: evidence.slice(0, MAX_EVIDENCE),
  } satisfies Measurement;
}

type Measurer = (e: AgencyEvidence, options: MeasureOptions) => Measurement | null;

const MEASURERS: Readonly<Record<IndicatorId, Measurer>> = {
  catalogueConformance: (e) => {
    if (e.conformance === undefined) return null;
    let total = 0;
    let met = 0;
    const evidence: Evidence[] = [];
    for (const report of e.conformance) {
      const s = report.summary;
      total += s.guidelineItems - s.notApplicable;
      met += s.covered - s.weakened;
      for (const f of report.findings)
        if (f.severity === 'error') evidence.push({ subject: `${report.guidelineId}：${f.name}`, text: f.message });
    }
    return measurement('catalogueConformance', total, met, evidence);
  },
  statutoryCoverage: (e) => {
    if (e.statutory === undefined) return null;
    const { published, gaps } = e.statutory;
    const evidence = gaps.map((c) => ({
      subject: c.secondaryMatter,
      text: `没有公开${formatCitation(c.citation)}规定的“${c.secondaryMatter}”`,
      citation: c.citation,
    }));
    return measurement('statutoryCoverage', published.length + gaps.length, published.length, evidence);
  },
  catalogueCompleteness: (e) => {
    if (e.compliance === undefined) return null;
    const { items, withoutContent } = e.compliance;
    const evidence = withoutContent.map((i) => ({
      subject: `${i.domain}：${[i.item.primaryMatter, i.item.secondaryMatter].filter((s) => s !== '').join(' / ')}`,
      text: '主动公开事项没有发布任何信息',
    }));
    return measurement('catalogueCompleteness', items.length, items.length - withoutContent.length, evidence);
  },
  publicationTimeliness: (e, { year }) => {
    if (e.compliance === undefined) return null;
    let total = 0;
    const evidence: Evidence[] = [];
    let late = 0;
    for (const item of e.compliance.items) {
      total += item.publishedDates.filter((on) => inYear(on, year)).length;
      for (const t of item.late) {
        if (!inYear(t.publishedOn, year)) continue;
        late += 1;
        evidence.push({
          subject: t.indexNo ?? item.key,
          text: `应于 ${t.dueOn ?? '—'} 前发布，${t.publishedOn} 才发布，逾期 ${String(t.lateWorkdays)} 个工作日`,
          on: t.publishedOn,
          ...(t.citations[0] === undefined ? {} : { citation: t.citations[0] }),
        });
      }
    }
    return measurement('publicationTimeliness', total, total - late, evidence, late);
  },
  periodicUpdates: (e) => {
    if (e.compliance === undefined) return null;
    const periodic = e.compliance.items.filter((i) => i.periodic !== null);
    const evidence = e.compliance.periodicMissed.map((i) => ({
      subject: `${i.domain}：${i.item.secondaryMatter || i.item.primaryMatter}`,
      text: `本期应于 ${i.periodic?.dueOn ?? '—'} 前更新，未按期更新（最近一次：${i.latestOn ?? '从未发布'}）`,
      ...(i.periodic === null ? {} : { on: i.periodic.dueOn }),
    }));
    return measurement('periodicUpdates', periodic.length, periodic.length - evidence.length, evidence);
  },
  requestOnTime: (e, { year }) => {
    if (e.cases === undefined) return null;
    let total = 0;
    let met = 0;
    const evidence: Evidence[] = [];
    for (const { caseId, state } of e.cases) {
      const answered = inYear(state.answeredOn, year);
      const openLate = state.concludedOn === null && state.overdue;
      if (!answered && !openLate) continue;
      total += 1;
      if (!state.overdue) met += 1;
      else
        evidence.push({
          subject: caseId,
          text:
            state.answeredOn === null
              ? `答复期限 ${state.dueOn ?? '—'} 已过，尚未答复`
              : `答复期限 ${state.dueOn ?? '—'}，${state.answeredOn} 才答复`,
          ...(state.dueOn === null ? {} : { on: state.dueOn }),
          citation: ANSWER_PERIOD,
        });
    }
    return measurement('requestOnTime', total, met, evidence);
  },
  requestFindings: (e, { year }) => {
    if (e.cases === undefined) return null;
    let total = 0;
    let met = 0;
    let defects = 0;
    const evidence: Evidence[] = [];
    for (const { caseId, state } of e.cases) {
      if (!inYear(state.receivedOn, year) && !inYear(state.concludedOn, year)) continue;
      total += 1;
      // Lateness is the other indicator's: not counted twice.
      const findings = state.findings.filter((f) => f.severity === 'error' && f.code !== 'finding.overdue');
      if (findings.length === 0) met += 1;
      defects += findings.length;
      for (const f of findings)
        evidence.push({
          subject: caseId,
          text: formatRequestIssue(f),
          ...(f.citation === undefined ? {} : { citation: f.citation }),
        });
    }
    return measurement('requestFindings', total, met, evidence, defects);
  },
  appealsCorrected: (e) => {
    if (e.appeals === undefined) return null;
    const decided = e.appeals.filter((a) => a.result !== 'pending');
    const corrected = decided.filter((a) => a.result === 'corrected');
    const names = { reconsideration: '行政复议', litigation: '行政诉讼', litigationAfterReconsideration: '复议后起诉' };
    const evidence = corrected.map((a, i) => ({
      subject: `${names[a.kind]}第 ${String(i + 1)} 件`,
      text: `${names[a.kind]}结果纠正`,
    }));
    return measurement('appealsCorrected', decided.length, decided.length - corrected.length, evidence);
  },
  reportOnTime: (e, { year, today, settings }) => {
    if (e.report === undefined) return null;
    const dueOn = reportDueOn(e.level, year, settings);
    const { publishedOn } = e.report;
    if (publishedOn === null && today <= dueOn) return measurement('reportOnTime', 0, 0, []);
    const met = publishedOn !== null && publishedOn <= dueOn ? 1 : 0;
    const evidence =
      met === 1
        ? []
        : [
            {
              subject: `${String(year)}年度报告`,
              text:
                publishedOn === null ? `应于 ${dueOn} 前公布，尚未公布` : `应于 ${dueOn} 前公布，${publishedOn} 才公布`,
              on: dueOn,
              citation: e.level === 'department' ? REPORT_DEPARTMENT : REPORT_GOVERNMENT,
            },
          ];
    return measurement('reportOnTime', 1, met, evidence);
  },
  reportConsistent: (e) => {
    if (e.report === undefined || e.report.publishedOn === null) return null;
    const errors = e.report.issues.filter((i) => i.severity === 'error');
    const evidence = errors.map((i) => ({ subject: '年度报告', text: formatReportIssue(i) }));
    return measurement('reportConsistent', 1, errors.length === 0 ? 1 : 0, evidence, errors.length);
  },
  interpretationSynchrony: (e, { year }) => {
    if (e.publications === undefined) return null;
    const policies = e.publications.filter(
      (p) => p.status === 'published' && p.metadata?.needsInterpretation === true && inYear(p.publishedOn, year),
    );
    const missing = policies.filter((p) => p.findings.some((f) => f.code === 'finding.interpretationMissing'));
    const evidence = missing.map((p) => ({
      subject: p.indexNo ?? p.metadata?.title ?? '',
      text: `“${p.metadata?.title ?? ''}”发布时没有解读，也没有写明理由`,
      ...(p.publishedOn === null ? {} : { on: p.publishedOn }),
    }));
    return measurement('interpretationSynchrony', policies.length, policies.length - missing.length, evidence);
  },
  consultationPeriod: (e, { year }) => {
    if (e.consultations === undefined) return null;
    const counted = e.consultations.filter((c) => inYear(c.consultation.endsOn, year));
    let met = 0;
    const evidence: Evidence[] = [];
    for (const { consultation, issues } of counted) {
      const errors = issues.filter((i) => i.severity === 'error');
      if (errors.length === 0) met += 1;
      for (const i of errors)
        evidence.push({
          subject: consultation.title,
          text: formatInterpretationIssue(i),
          ...(i.citation === undefined ? {} : { citation: i.citation }),
        });
    }
    return measurement('consultationPeriod', counted.length, met, evidence, counted.length - met);
  },
};

/**
 * Measures an agency for a year: each indicator whose evidence is given, counted from the domain
 * packages' results, with up to {@link MAX_EVIDENCE} examples of what fell short. Publications and
 * cases count by the year they were published or answered; an overdue open case counts too.
 * @param evidence - what the platform holds of the agency
 * @param options - the year, the assessment day and local settings
 * @returns the measurements, in {@link INDICATOR_IDS} order
 * @throws {@link AssessmentError} for an assessment day, a year or a township due day that cannot be read
 * @example
 * ```ts
 * const measured = measureAgency({ agencyId: 'edu', name: '示范县教育局', level: 'department', compliance }, { year: 2026, today: '2027-02-01' });
 * ```
 */
export function measureAgency(evidence: AgencyEvidence, options: MeasureOptions): AgencyMeasurements {
  const issues: AssessmentIssue[] = [];
  if (!isLocalDate(options.today))
    issues.push(createIssue('assessment.today', { value: String(options.today).slice(0, 40) }, ['today']));
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 9999)
    issues.push(createIssue('assessment.year', { value: String(options.year).slice(0, 40) }, ['year']));
  const due = options.settings?.townshipReportDue;
  if (due !== undefined && !isLocalDate(`2024-${pad(Number(due.month))}-${pad(Number(due.day))}`))
    issues.push(createIssue('assessment.townshipReportDue', {}, ['settings', 'townshipReportDue']));
  if (issues.length > 0) throw new AssessmentError(issues);
  const measurements: Measurement[] = [];
  for (const id of INDICATOR_IDS) {
    const measured = MEASURERS[id](evidence, options);
    if (measured !== null) measurements.push(measured);
  }
  return {
    agencyId: evidence.agencyId,
    name: evidence.name,
    level: evidence.level,
    year: options.year,
    measurements,
  };
}
