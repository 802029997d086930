import type { LegalCitation } from '@gk/core';
import type { FeeMethod } from './events.js';
import { cite, createIssue, describeValue } from '@gk/core';
import { RequestWorkflowError } from './error.js';

/** 按件计收: per applicant and calendar month, cumulative (国办函〔2020〕109号). */
export interface PerItemFeeInput {
  readonly method: 'perItem';
  /** Items the same applicant already requested this calendar month. */
  readonly itemsEarlierThisMonth: number;
  /** Items in this application. */
  readonly items: number;
}

/** 按量计收: per application, by pages (国办函〔2020〕109号). */
export interface PerPageFeeInput {
  readonly method: 'perPage';
  readonly pages: number;
}

/** One band of a fee: which items or pages, at what price. */
export interface FeeBand {
  /** The first and last item (or page) of the band charged in this application. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Yuan per item or page. */
  readonly unitPrice: number;
  readonly subtotal: number;
}

/** A processing fee, with how it was computed. */
export interface ProcessingFee {
  readonly method: FeeMethod;
  /** Yuan. */
  readonly amount: number;
  /** The bands charged, free ones included. */
  readonly bands: readonly FeeBand[];
  readonly citation: LegalCitation;
}

/**
 * The largest counts a fee is computed for: a month's items of one applicant and an application's
 * pages. Far above any real request; beyond them the input is refused, never looped over.
 */
export const FEE_LIMITS: { readonly items: number; readonly pages: number } = { items: 10_000, pages: 1_000_000 };

function wholeCount(value: unknown, field: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > limit) {
    throw new RequestWorkflowError([createIssue('fee.count', { field, value: describeValue(value), limit }, [])]);
  }
  return value;
}

/** A run of consecutive items or pages at one price: `[from, to]`, `to` may be Infinity for the last. */
interface PriceSegment {
  readonly from: number;
  readonly to: number;
  readonly unitPrice: number;
}

/** Per page: 1–30 free, 31–100 ¥10, 101–200 ¥20, 201 and up ¥40. */
const PAGE_SEGMENTS: readonly PriceSegment[] = [
  { from: 1, to: 30, unitPrice: 0 },
  { from: 31, to: 100, unitPrice: 10 },
  { from: 101, to: 200, unitPrice: 20 },
  { from: 201, to: Number.POSITIVE_INFINITY, unitPrice: 40 },
];

/** The per-item price segment holding item n (1-based): 1–10 free, 11–30 ¥100, then ¥100 more per band of 10. */
function itemSegment(n: number): PriceSegment {
  if (n <= 10) return { from: 1, to: 10, unitPrice: 0 };
  if (n <= 30) return { from: 11, to: 30, unitPrice: 100 };
  const k = Math.floor((n - 31) / 10);
  return { from: 31 + 10 * k, to: 40 + 10 * k, unitPrice: 200 + 100 * k };
}

/** The bands charged for items or pages `first…last`, one per price segment they cross. */
function bandsOf(first: number, last: number, segmentOf: (n: number) => PriceSegment): FeeBand[] {
  const bands: FeeBand[] = [];
  for (let n = first; n <= last;) {
    const segment = segmentOf(n);
    const to = Math.min(last, segment.to);
    const count = to - n + 1;
    bands.push({ from: n, to, count, unitPrice: segment.unitPrice, subtotal: count * segment.unitPrice });
    n = to + 1;
  }
  return bands;
}

const pageSegment = (n: number): PriceSegment =>
  PAGE_SEGMENTS.find((segment) => n >= segment.from && n <= segment.to) ?? PAGE_SEGMENTS[PAGE_SEGMENTS.length - 1]!;

/**
 * The information processing fee (信息处理费) of 国办函〔2020〕109号, progressive on the excess.
 * One method per application, never both.
 * - Per item: per applicant per calendar month, cumulative — items 1–10 free, 11–30 ¥100 each,
 *   then each further band of 10 items ¥100 more per item (31–40 ¥200, 41–50 ¥300 …).
 * - Per page: per application — pages 1–30 free, 31–100 ¥10, 101–200 ¥20, 201 and up ¥40.
 * @param input - the method and its counts
 * Computed per price band (closed form), never per item or page.
 * @returns the amount in yuan with its bands
 * @throws {@link RequestWorkflowError} when a count is not a whole number from 0 to {@link FEE_LIMITS}
 * @example
 * ```ts
 * processingFee({ method: 'perItem', itemsEarlierThisMonth: 8, items: 5 }).amount; // 300 (items 11–13 at ¥100)
 * processingFee({ method: 'perPage', pages: 120 }).amount; // 1100 (70 × ¥10 + 20 × ¥20)
 * ```
 */
export function processingFee(input: PerItemFeeInput | PerPageFeeInput): ProcessingFee {
  const method: unknown = typeof input === 'object' && input !== null ? input.method : undefined;
  if (method !== 'perItem' && method !== 'perPage')
    throw new RequestWorkflowError([createIssue('fee.method', { received: describeValue(method) }, ['method'])]);
  const citation = cite('processingFeeMeasures', input.method === 'perItem' ? 4 : 5);
  const bands =
    input.method === 'perItem'
      ? (() => {
          const earlier = wholeCount(input.itemsEarlierThisMonth, 'itemsEarlierThisMonth', FEE_LIMITS.items);
          const items = wholeCount(input.items, 'items', FEE_LIMITS.items);
          return bandsOf(earlier + 1, earlier + items, itemSegment);
        })()
      : bandsOf(1, wholeCount(input.pages, 'pages', FEE_LIMITS.pages), pageSegment);
  return { method: input.method, amount: bands.reduce((sum, band) => sum + band.subtotal, 0), bands, citation };
}
