import type { LegalCitation } from '@gk/core';
import { cite, createIssue } from '@gk/core';
import { RequestWorkflowError } from './error.js';

/** 按件计收: per applicant and calendar month, cumulative (国办函〔2020〕109号). */
export interface PerItemFeeInput {
  readonly method: 'per-item';
  /** Items the same applicant already requested this calendar month. */
  readonly itemsEarlierThisMonth: number;
  /** Items in this application. */
  readonly items: number;
}

/** 按量计收: per application, by pages (国办函〔2020〕109号). */
export interface PerPageFeeInput {
  readonly method: 'per-page';
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
  readonly method: 'per-item' | 'per-page';
  /** Yuan. */
  readonly amount: number;
  /** The bands charged, free ones included. */
  readonly bands: readonly FeeBand[];
  readonly citation: LegalCitation;
}

function wholeCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RequestWorkflowError([createIssue('fee.count', { field, value: String(value) }, [])]);
  }
  return value;
}

/** The price of the n-th item of a month (1-based): 1–10 free, 11–30 ¥100, then +¥100 per band of 10. */
function itemPrice(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 200 + 100 * Math.floor((n - 31) / 10);
}

/** The price of the n-th page of an application (1-based): 1–30 free, 31–100 ¥10, 101–200 ¥20, 201+ ¥40. */
function pagePrice(n: number): number {
  if (n <= 30) return 0;
  if (n <= 100) return 10;
  if (n <= 200) return 20;
  return 40;
}

function bandsOf(first: number, last: number, price: (n: number) => number): FeeBand[] {
  const bands: FeeBand[] = [];
  for (let n = first; n <= last; n++) {
    const unitPrice = price(n);
    const band = bands[bands.length - 1];
    if (band?.unitPrice === unitPrice) {
      bands[bands.length - 1] = { ...band, to: n, count: band.count + 1, subtotal: band.subtotal + unitPrice };
    } else {
      bands.push({ from: n, to: n, count: 1, unitPrice, subtotal: unitPrice });
    }
  }
  return bands;
}

/**
 * The information processing fee (信息处理费) of 国办函〔2020〕109号, progressive on the excess.
 * One method per application, never both.
 * - Per item: per applicant per calendar month, cumulative — items 1–10 free, 11–30 ¥100 each,
 *   then each further band of 10 items ¥100 more per item (31–40 ¥200, 41–50 ¥300 …).
 * - Per page: per application — pages 1–30 free, 31–100 ¥10, 101–200 ¥20, 201 and up ¥40.
 * @param input - the method and its counts
 * @returns the amount in yuan with its bands
 * @throws {@link RequestWorkflowError} when a count is not a whole number ≥ 0
 * @example
 * ```ts
 * processingFee({ method: 'per-item', itemsEarlierThisMonth: 8, items: 5 }).amount; // 300 (items 11–13 at ¥100)
 * processingFee({ method: 'per-page', pages: 120 }).amount; // 1100 (70 × ¥10 + 20 × ¥20)
 * ```
 */
export function processingFee(input: PerItemFeeInput | PerPageFeeInput): ProcessingFee {
  const citation = cite('processingFeeMeasures', input.method === 'per-item' ? 4 : 5);
  const bands =
    input.method === 'per-item'
      ? (() => {
          const earlier = wholeCount(input.itemsEarlierThisMonth, 'itemsEarlierThisMonth');
          const items = wholeCount(input.items, 'items');
          return bandsOf(earlier + 1, earlier + items, itemPrice);
        })()
      : bandsOf(1, wholeCount(input.pages, 'pages'), pagePrice);
  return { method: input.method, amount: bands.reduce((sum, band) => sum + band.subtotal, 0), bands, citation };
}
