// Decisions and participation: the yearly 重大行政决策事项目录 with each decision's consultation, hearing
// and publication; the replies to 人大代表建议 and 政协委员提案; the public attending government meetings (列席).
import type { LegalCitation, Locale } from '@gk/core';
import { addDays, cite } from '@gk/core';
import type { Consultation } from './consultation.js';
import { checkConsultation } from './consultation.js';
import { formatInterpretationIssue } from './format-issue.js';
import { PARTICIPATION_TEXTS } from './participation-texts.js';

/** The kinds of 决策事项 (《重大行政决策程序暂行条例》第三条第一款各项). */
export const DECISION_CATEGORIES = ['publicPolicy', 'plan', 'resources', 'project', 'other'] as const;
/** One of {@link DECISION_CATEGORIES}. */
export type DecisionCategory = (typeof DECISION_CATEGORIES)[number];
/** The categories' names, after 第三条第一款第（一）至（五）项. */
export const DECISION_CATEGORY_ZH: Readonly<Record<DecisionCategory, string>> = {
  publicPolicy: '重大公共政策和措施',
  plan: '经济和社会发展等方面的重要规划',
  resources: '开发利用、保护重要自然资源和文化资源的重大公共政策和措施',
  project: '重大公共建设项目',
  other: '其他重大事项',
};

/** One decision of the year's 重大行政决策事项目录. */
export interface MajorDecision {
  readonly id: string;
  readonly title: string;
  readonly category: DecisionCategory;
  /** 决策承办单位 (第十一条). */
  readonly sponsor: string;
  /** The public consultation on its draft (`Consultation.id`), where it was consulted on publicly. */
  readonly consultationId?: string;
  /** Other ways the public was heard (座谈会, 实地走访, 问卷调查 …, 第十四条第二款), as held. */
  readonly otherParticipation?: readonly string[];
  /** A hearing (第十六条): the day the draft and its explanation were published, and the day it was held. */
  readonly hearing?: { readonly materialsPublishedOn?: string; readonly heldOn: string };
  /** The day the decision was made, and the day it was published (第三十二条). */
  readonly decidedOn?: string;
  readonly publishedOn?: string;
  /** 依法不予公开的决策事项 (第十四条第一款): no public participation, with the reason. */
  readonly notDisclosed?: { readonly reason: string };
}

/** The year's 重大行政决策事项目录 of a decision body (第三条第三款). */
export interface MajorDecisionCatalogue {
  readonly year: number;
  readonly body: string;
  /** The day the catalogue was published, if it was. */
  readonly publishedOn?: string;
  readonly decisions: readonly MajorDecision[];
}

/** A finding of the participation checks, with its words and the rule it applies. */
export interface ParticipationFinding {
  readonly code: string;
  /** `error`: an article is not met; `warning`: a local rule is not met. */
  readonly severity: 'error' | 'warning';
  /** The decision, reply or meeting it is about. */
  readonly subject: string;
  readonly message: string;
  /** The article applied; absent for a local rule (see `source`). */
  readonly citation?: LegalCitation;
  /** The local rule's source, where no article applies. */
  readonly source?: string;
}

/** Options of {@link checkDecisionCatalogue}. */
export interface DecisionCatalogueOptions {
  /** `YYYY-MM-DD`, the caller's clock. */
  readonly today: string;
  /** The consultations the decisions link to. */
  readonly consultations: readonly Consultation[];
  /** Days after a decision within which it should be published; local practice, 20 by default (第三十二条 says 及时). */
  readonly publishWithinDays?: number;
  readonly locale?: Locale;
}

/**
 * Whether something done on `doneOn` was published late: after `days` days, or not yet and the period
 * is over. The rule the decisions, replies and meeting records share.
 * @param doneOn - the day it was done (decided, replied, held)
 * @param publishedOn - the day it was published, if it was
 * @param days - the period
 * @param today - today
 * @returns the last day to publish, and whether that day has passed without it
 */
export function publishedLate(
  doneOn: string,
  publishedOn: string | undefined,
  days: number,
  today: string,
): { readonly dueOn: string; readonly late: boolean } {
  const dueOn = addDays(doneOn, days);
  return { dueOn, late: publishedOn === undefined ? today > dueOn : publishedOn > dueOn };
}

/** The local rule a catalogue is published under (第三条第三款 says a decision body may publish one). */
const CATALOGUE_SOURCE = '本地实施方案：制定发布重大行政决策事项目录、标准（如市中区政务公开工作要点）';
/** How soon a decision is published by default: this project's reading of 及时 (第三十二条), a setting. */
export const DEFAULT_DECISION_PUBLISH_DAYS = 20;
const ART = {
  participation: cite('majorDecisionProcedures', 14, 1),
  hearing: cite('majorDecisionProcedures', 16, 2),
  publication: cite('majorDecisionProcedures', 32),
} as const;

/**
 * Checks a year's 重大行政决策事项目录: the catalogue published (a local rule; 第三条第三款 allows it);
 * each decision heard from the public (第十四条第一款) — and its public consultation checked by
 * `checkConsultation` (30 days, materials, feedback); a hearing's materials published before it
 * (第十六条第二款); a decision published once made (第三十二条, within `publishWithinDays`).
 * @param catalogue - the catalogue
 * @param options - today, the consultations, the publication period, the language
 * @returns the findings, in the catalogue's order
 */
export function checkDecisionCatalogue(
  catalogue: MajorDecisionCatalogue,
  options: DecisionCatalogueOptions,
): ParticipationFinding[] {
  const t = PARTICIPATION_TEXTS[options.locale ?? 'zh-CN'];
  const days = options.publishWithinDays ?? DEFAULT_DECISION_PUBLISH_DAYS;
  const findings: ParticipationFinding[] = [];
  const subject = `${String(catalogue.year)}年度重大行政决策事项目录`;
  if (catalogue.publishedOn === undefined)
    findings.push({
      code: 'decisions.catalogueUnpublished',
      severity: 'warning',
      subject,
      message: t.catalogueUnpublished(),
      source: CATALOGUE_SOURCE,
    });
  for (const d of catalogue.decisions.slice(0, 1_000)) {
    if (d.notDisclosed !== undefined) continue;
    const consultation = options.consultations.find((c) => c.id === d.consultationId);
    if (d.consultationId !== undefined && consultation === undefined)
      findings.push({
        code: 'decisions.consultationUnknown',
        severity: 'error',
        subject: d.title,
        message: t.consultationUnknown(d.consultationId),
        citation: ART.participation,
      });
    const heard = consultation !== undefined || d.hearing !== undefined || (d.otherParticipation?.length ?? 0) > 0;
    if (!heard)
      findings.push({
        code: 'decisions.noParticipation',
        severity: 'error',
        subject: d.title,
        message: t.noParticipation(),
        citation: ART.participation,
      });
    if (consultation !== undefined)
      for (const issue of checkConsultation(consultation, { today: options.today }))
        findings.push({
          code: `decisions.${issue.code}`,
          severity: issue.severity === 'error' ? 'error' : 'warning',
          subject: d.title,
          message: formatInterpretationIssue(issue, options.locale ?? 'zh-CN'),
          ...('citation' in issue && issue.citation !== undefined ? { citation: issue.citation } : {}),
        });
    const h = d.hearing;
    if (h !== undefined && (h.materialsPublishedOn === undefined || h.materialsPublishedOn >= h.heldOn))
      findings.push({
        code: 'decisions.hearingMaterials',
        severity: 'error',
        subject: d.title,
        message: t.hearingMaterials(h.heldOn),
        citation: ART.hearing,
      });
    if (d.decidedOn !== undefined) {
      if (publishedLate(d.decidedOn, d.publishedOn, days, options.today).late)
        findings.push({
          code: 'decisions.decisionUnpublished',
          severity: 'error',
          subject: d.title,
          message: t.decisionUnpublished(d.decidedOn, days, d.publishedOn),
          citation: ART.publication,
        });
    }
  }
  return findings;
}
