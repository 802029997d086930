import { describe, expect, it } from 'vitest';
import { RequestWorkflowError } from './error.js';
import { processingFee } from './fees.js';

const perItem = (itemsEarlierThisMonth: number, items: number) =>
  processingFee({ method: 'per-item', itemsEarlierThisMonth, items }).amount;
const perPage = (pages: number) => processingFee({ method: 'per-page', pages }).amount;

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
    const fee = processingFee({ method: 'per-item', itemsEarlierThisMonth: 25, items: 10 });
    expect(fee.bands).toEqual([
      { from: 26, to: 30, count: 5, unitPrice: 100, subtotal: 500 },
      { from: 31, to: 35, count: 5, unitPrice: 200, subtotal: 1000 },
    ]);
    expect(fee.citation).toEqual({ law: 'processingFeeMeasures', article: 4 });
    expect(processingFee({ method: 'per-page', pages: 40 }).citation.article).toBe(5);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => perPage(-1)).toThrow(RequestWorkflowError);
    expect(() => perItem(0, 1.5)).toThrow('本申请的件数应为不小于 0 的整数，实际为“1.5”');
  });
});
