import { describe, expect, it } from 'vitest';
import { formatCatalogueIssue, readTimeLimit, safeParseCatalogue } from '@gk/catalogue-schema';
import realCells from '../../catalogue-schema/fixtures/real-time-limit-cells.json' with { type: 'json' };
import { REFERENCE_ROWS } from './data/reference-rows.js';
import { referenceCatalogues } from './internal/reference-catalogues.js';

describe('the reference rows (verbatim county catalogue rows)', () => {
  it('has their time limits recognised by the grammar, at least 95% (the share is printed)', () => {
    const unrecognized = REFERENCE_ROWS.filter((row) => !readTimeLimit(row.timeLimit).recognized);
    const share = (REFERENCE_ROWS.length - unrecognized.length) / REFERENCE_ROWS.length;
    console.log(
      `time limits recognised: ${String(REFERENCE_ROWS.length - unrecognized.length)}/${String(REFERENCE_ROWS.length)} (${(share * 100).toFixed(1)}%)` +
        (unrecognized.length > 0
          ? `; not: ${unrecognized.map((row) => `${row.id} ${row.timeLimit}`).join(' | ')}`
          : ''),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('recognises at least 95% of real cells: the reference rows plus the cells collected from published catalogues', () => {
    const texts = [...REFERENCE_ROWS.map((row) => row.timeLimit), ...realCells.cells.map((cell) => cell.text)];
    const unrecognized = texts.filter((text) => !readTimeLimit(text).recognized);
    const share = (texts.length - unrecognized.length) / texts.length;
    console.log(
      `time limits recognised on real cells: ${String(texts.length - unrecognized.length)}/${String(texts.length)} (${(share * 100).toFixed(1)}%; ${String(REFERENCE_ROWS.length)} reference rows + ${String(realCells.cells.length)} collected cells)` +
        (unrecognized.length > 0 ? `; not: ${unrecognized.join(' | ')}` : ''),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  const results = referenceCatalogues().map((page) => ({ page, result: safeParseCatalogue(page.document) }));

  it('load through the parser; pages that fail say why, row by row', () => {
    let passedRows = 0;
    const reasons = new Map<string, number>();
    for (const { page, result } of results) {
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      const failedRows = new Set(errors.map((issue) => issue.path[1]));
      passedRows += page.rows.filter((_, index) => !failedRows.has(index)).length;
      if (result.success) continue;
      expect(errors.length, page.source).toBeGreaterThan(0);
      for (const issue of errors) {
        const reason = formatCatalogueIssue(issue).replace(/^第\d+项 /, '');
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    console.log(
      `reference rows without errors: ${String(passedRows)}/${String(REFERENCE_ROWS.length)}; reasons for the rest:`,
    );
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(count)} × ${reason}`);
    expect(results.reduce((n, r) => n + r.page.rows.length, 0)).toBe(REFERENCE_ROWS.length);
    expect(passedRows).toBeGreaterThanOrEqual(59);
  });

  it('fail only where the source gives no readable 公开对象/公开方式 ticks or a cell is empty', () => {
    const codes = new Set(
      results.flatMap(({ result }) => result.issues.filter((i) => i.severity === 'error').map((i) => i.code)),
    );
    expect([...codes].sort()).toEqual(['catalogue.required', 'catalogue.type']);
    const fields = new Set(
      results.flatMap(({ result }) =>
        result.issues.filter((i) => i.severity === 'error').map((i) => String(i.path[i.path.length - 1])),
      ),
    );
    expect([...fields].sort()).toEqual(['audience', 'channels', 'mode', 'primaryMatter']);
  });
});
