import type { LegalCitation, LocalDate } from '@gk/core';
import { cite, parseLocalDate } from '@gk/core';

/** A piece of withheld information, for periodic review. */
export interface WithheldItem {
  readonly id: string;
  readonly title: string;
  /** The day it was determined 不予公开. */
  readonly withheldOn: string;
  /** The last periodic review, if any. */
  readonly lastReviewedOn?: string;
}

/** A withheld item due for review, with the day it became due. */
export interface ReviewDue {
  readonly item: WithheldItem;
  readonly dueOn: LocalDate;
  readonly citation: LegalCitation;
}

function addMonths(date: LocalDate, months: number): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = (month % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), last);
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as LocalDate;
}

/** Options of {@link periodicReviewDue}. */
export interface PeriodicReviewOptions {
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** Months between reviews; 12 by default. */
  readonly intervalMonths?: number;
}

/**
 * Withheld information due for periodic review (定期评估审查, 第十八条): each item comes up a number of
 * months after it was withheld or last reviewed. The Regulation sets no interval; 12 months is a
 * local-practice default the caller can change.
 * @param items - the withheld items
 * @param options - today and the interval in months
 * @returns the items due on or before today, oldest due first
 * @throws `CoreError` when a date is not a valid `YYYY-MM-DD` date
 */
export function periodicReviewDue(items: readonly WithheldItem[], options: PeriodicReviewOptions): ReviewDue[] {
  const today = parseLocalDate(options.today, ['today']);
  const interval = options.intervalMonths ?? 12;
  const citation = cite('regulation', 18);
  return items
    .map((item, index) => ({
      item,
      dueOn: addMonths(parseLocalDate(item.lastReviewedOn ?? item.withheldOn, ['items', index]), interval),
      citation,
    }))
    .filter((entry) => entry.dueOn <= today)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** How often a piece of information was requested, as the caller counts it. */
export interface RequestCount {
  readonly informationId: string;
  readonly title: string;
  /** Distinct applicants who requested it. */
  readonly applicants: number;
  /** Whether it was found disclosable when requested. */
  readonly disclosable: boolean;
}

/** Options of {@link proposeProactiveDisclosure}. */
export interface ProposalOptions {
  /** How many distinct applicants make "several"; 2 by default. */
  readonly minApplicants?: number;
}

/**
 * Information requested by several applicants and found disclosable, proposed for proactive
 * disclosure (第四十四条: 多个申请人就相同政府信息…可以纳入主动公开的范围). "Several" is at least two
 * applicants by default.
 * @param counts - request counts
 * @param options - the number of applicants that makes "several"
 * @returns the proposals, most requested first
 */
export function proposeProactiveDisclosure(
  counts: readonly RequestCount[],
  options: ProposalOptions = {},
): {
  readonly informationId: string;
  readonly title: string;
  readonly applicants: number;
  readonly citation: LegalCitation;
}[] {
  const threshold = options.minApplicants ?? 2;
  return counts
    .filter((count) => count.disclosable && count.applicants >= threshold)
    .sort((a, b) => b.applicants - a.applicants)
    .map(({ informationId, title, applicants }) => ({
      informationId,
      title,
      applicants,
      citation: cite('regulation', 44, 1),
    }));
}
