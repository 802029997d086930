import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequestWorkflowError } from './error.js';
import { processingFee } from './fees.js';

const perItem = (itemsEarlierThisMonth: number, items: number) =>
  processingFee({ method: 'perItem', itemsEarlierThisMonth, items }).amount;
const perPage = (pages: number) => processingFee({ method: 'perPage', pages }).amount;

describe('processingFee (国办函〔2020〕109号)', () => {
  it('per item: the first 10 items of a month are free, items 11–30 cost ¥100', () => {
    expect(perItem(0, 10)).toBe(0);
    expect(perItem(0, 11)).toBe(100);
    expect(perItem(8, 5)).toBe(300); // items 9–13: 9, 10 free; 11, 12, 13 at ¥100
    expect(perItem(10, 20)).toBe(2000);
  });

  it('per item: each further band of 10 items costs ¥100 more per item', () => {
    expect(perItem(25, 10)).toBe(1500); // 26–30 at ¥100 = 500; 31–35 at ¥200 = 1000
    expect(perItem(0, 50)).toBe(7000); // 11–30 2000, 31–40 2000, 41–50 3000
    expect(perItem(50, 1)).toBe(400); // item 51 is in the 51–60 band
  });

  it('per page: 1–30 free, 31–100 ¥10, 101–200 ¥20, 201+ ¥40, on the portion in each band', () => {
    expect(perPage(30)).toBe(0);
    expect(perPage(31)).toBe(10);
    expect(perPage(100)).toBe(700);
    expect(perPage(120)).toBe(1100);
    expect(perPage(250)).toBe(4700); // 700 + 2000 + 50 × 40
  });

  it('shows its bands and cites the measures', () => {
    const fee = processingFee({ method: 'perItem', itemsEarlierThisMonth: 25, items: 10 });
    expect(fee.bands).toEqual([
      { from: 26, to: 30, count: 5, unitPrice: 100, subtotal: 500 },
      { from: 31, to: 35, count: 5, unitPrice: 200, subtotal: 1000 },
    ]);
    expect(fee.citation).toEqual({ law: 'processingFeeMeasures', article: 4 });
    expect(processingFee({ method: 'perPage', pages: 40 }).citation.article).toBe(5);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => perPage(-1)).toThrow(RequestWorkflowError);
    expect(() => perItem(0, 1.5)).toThrow('本申请的件数应为 0 至 10000 之间的整数，实际为“1.5”');
  });

  it('computes per band, never per page: a million pages at once, absurd counts refused at once', () => {
    expect(processingFee({ method: 'perPage', pages: 1_000_000 })).toMatchObject({
      amount: 700 + 2000 + (1_000_000 - 200) * 40,
      bands: [
        { from: 1, to: 30, count: 30, unitPrice: 0, subtotal: 0 },
        { from: 31, to: 100, count: 70, unitPrice: 10, subtotal: 700 },
        { from: 101, to: 200, count: 100, unitPrice: 20, subtotal: 2000 },
        { from: 201, to: 1_000_000, count: 999_800, unitPrice: 40, subtotal: 39_992_000 },
      ],
    });
    for (const pages of [1e308, 3e8, 1_000_001, Number.POSITIVE_INFINITY, Number.NaN, -1]) {
      expect(() => perPage(pages), String(pages)).toThrow(RequestWorkflowError);
    }
    expect(() => perItem(1e308, 1)).toThrow('本月已申请的件数应为 0 至 10000 之间的整数，实际为“1e+308”');
    expect(processingFee({ method: 'perItem', itemsEarlierThisMonth: 10_000, items: 10_000 }).bands).toHaveLength(1000);
  });

  it('agrees with counting page by page and item by item', () => {
    const pagePrice = (n: number) => (n <= 30 ? 0 : n <= 100 ? 10 : n <= 200 ? 20 : 40);
    const itemPrice = (n: number) => (n <= 10 ? 0 : n <= 30 ? 100 : 200 + 100 * Math.floor((n - 31) / 10));
    fc.assert(
      fc.property(fc.nat(500), fc.nat(300), fc.nat(300), (pages, earlier, items) => {
        let byPage = 0;
        for (let n = 1; n <= pages; n++) byPage += pagePrice(n);
        let byItem = 0;
        for (let n = earlier + 1; n <= earlier + items; n++) byItem += itemPrice(n);
        return perPage(pages) === byPage && perItem(earlier, items) === byItem;
      }),
    );
  });
});
