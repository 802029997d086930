// 规范性文件库 and its periodic clean-up (定期清理). The seeds require "建立规章和规范性文件定期清理
// 制度，清理结果要向社会公布" without naming a period: the interval is a setting.
import type { LocalDate } from '@gk/core';
import { addMonths, parseLocalDate } from '@gk/core';
import type { Validity } from './events.js';
import type { PublicationState } from './evaluate.js';

/** 清理结果: 继续有效, 修改 (to be amended), 废止 (to be repealed). */
export const CLEANUP_RESULTS = ['stillValid', 'amend', 'repeal'] as const;
/** One of {@link CLEANUP_RESULTS}. */
export type CleanupResult = (typeof CLEANUP_RESULTS)[number];

/** The labels a published clean-up list uses. */
export const CLEANUP_RESULT_LABELS: Readonly<Record<CleanupResult, string>> = {
  stillValid: '继续有效',
  amend: '修改',
  repeal: '废止',
};

/** One document's review in a clean-up. */
export interface CleanupReview {
  /** The document's 索引号. */
  readonly indexNo: string;
  readonly reviewedOn: string;
  readonly result: CleanupResult;
  readonly note?: string;
}

/** Local practice: how often each normative document is reviewed. */
export interface CleanupSettings {
  /**
   * Months between reviews of a document: 24 by default. The seeds name no period; 24 months is an
   * example of a provincial rule, not a national one. Set your own.
   */
  readonly intervalMonths?: number;
}

/** A normative document in the library, with its clean-up standing. */
export interface NormativeDocument {
  /** 索引号. */
  readonly indexNo: string;
  /** The document's title. */
  readonly title: string;
  /** 文号, or `null` when it has none. */
  readonly documentNo: string | null;
  /** The day it was first published. */
  readonly publishedOn: LocalDate;
  /** 有效性: in force, expired or repealed. */
  readonly validity: Validity;
  /** The day it stopped being valid, if it has. */
  readonly invalidSince: LocalDate | null;
  /** The last cleanup review (清理) and its decision, or `null`. */
  readonly lastReview: CleanupReview | null;
  /** When the next review is due; `null` for a document no longer valid. */
  readonly nextReviewOn: LocalDate | null;
  /** The review is past due. */
  readonly reviewOverdue: boolean;
  /** The last review decided to repeal it, and it is still valid: the repeal is not done. */
  readonly repealPending: boolean;
}

/** Options of {@link normativeLibrary}. */
export interface NormativeLibraryOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
  readonly settings?: CleanupSettings;
}

/**
 * The 规范性文件 library: every published (not withdrawn) normative document, with its validity, its
 * last clean-up review and when the next is due, newest first.
 * @param publications - the publications' states
 * @param reviews - the clean-up reviews done so far
 * @param options - today and the review interval
 * @returns the library
 */
export function normativeLibrary(
  publications: readonly PublicationState[],
  reviews: readonly CleanupReview[],
  options: NormativeLibraryOptions,
): NormativeDocument[] {
  const today = parseLocalDate(options.today, ['today']);
  const interval = options.settings?.intervalMonths ?? 24;
  const latest = new Map<string, CleanupReview>();
  for (const review of reviews) {
    const known = latest.get(review.indexNo);
    if (known === undefined || review.reviewedOn >= known.reviewedOn) latest.set(review.indexNo, review);
  }
  const library: NormativeDocument[] = [];
  for (const p of publications) {
    if (p.status !== 'published' || p.metadata?.kind !== 'normativeDocument' || p.indexNo === null) continue;
    if (p.publishedOn === null) continue;
    const lastReview = latest.get(p.indexNo) ?? null;
    const valid = p.validity.state === 'valid';
    const from = (lastReview?.reviewedOn ?? p.publishedOn) as LocalDate;
    const nextReviewOn = valid ? addMonths(from, interval) : null;
    library.push({
      indexNo: p.indexNo,
      title: p.metadata.title,
      documentNo: p.metadata.documentNo ?? null,
      publishedOn: p.publishedOn,
      validity: p.validity.state,
      invalidSince: p.validity.since,
      lastReview,
      nextReviewOn,
      reviewOverdue: nextReviewOn !== null && today > nextReviewOn,
      repealPending: valid && lastReview?.result === 'repeal',
    });
  }
  return library.sort((a, b) => (a.publishedOn === b.publishedOn ? 0 : a.publishedOn > b.publishedOn ? -1 : 1));
}

/** A row of a published clean-up list (清理结果目录). */
export interface CleanupListRow {
  readonly title: string;
  readonly documentNo: string;
  readonly result: string;
  readonly note: string;
}

/**
 * The clean-up list to publish for the reviews of a period: each reviewed document with its result
 * (继续有效 / 修改 / 废止), in the library's order.
 * @param library - the library ({@link normativeLibrary})
 * @param reviews - the reviews of the clean-up being published
 * @returns the rows, ready for a table
 */
export function cleanupList(
  library: readonly NormativeDocument[],
  reviews: readonly CleanupReview[],
): CleanupListRow[] {
  const byIndex = new Map(reviews.map((review) => [review.indexNo, review]));
  return library.flatMap((doc) => {
    const review = byIndex.get(doc.indexNo);
    if (review === undefined) return [];
    return [
      {
        title: doc.title,
        documentNo: doc.documentNo ?? '',
        result: CLEANUP_RESULT_LABELS[review.result],
        note: review.note ?? '',
      },
    ];
  });
}

/** The 规范性文件 line of the annual report's table 二 (2021 format): 本年制发, 本年废止, 现行有效. */
export interface NormativeDocumentCounts {
  readonly issued: number;
  readonly repealed: number;
  readonly inForce: number;
}

/**
 * Counts an agency's normative documents for the annual report's table 二 (the `normativeDocuments`
 * triple of `@gk/annual-report`'s 2021 input), from what it published rather than by hand: 本年制发 are
 * those whose 成文日期 falls in the year, 本年废止 those repealed (废止) with effect in the year, and
 * 现行有效 those made by the year's end and still valid on 31 December. Only published, not withdrawn
 * documents count; 失效 (expired) ones are not counted as 废止 but no longer count as in force.
 * @param publications - the agency's publications' states
 * @param year - the report's year
 * @returns the three counts
 * @example
 * ```ts
 * const { normativeDocuments } = { normativeDocuments: normativeDocumentCounts(states, 2026) };
 * ```
 */
export function normativeDocumentCounts(
  publications: readonly PublicationState[],
  year: number,
): NormativeDocumentCounts {
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const inYear = (on: string | null): boolean => on !== null && on.slice(0, 4) === String(year);
  let issued = 0;
  let repealed = 0;
  let inForce = 0;
  for (const p of publications) {
    if (p.status !== 'published' || p.metadata?.kind !== 'normativeDocument') continue;
    const createdOn = p.metadata.createdOn;
    if (inYear(createdOn)) issued += 1;
    const { state, since } = p.validity;
    if (state === 'repealed' && inYear(since)) repealed += 1;
    if (createdOn <= yearEnd && (state === 'valid' || (since !== null && since > yearEnd))) inForce += 1;
  }
  return { issued, repealed, inForce };
}
