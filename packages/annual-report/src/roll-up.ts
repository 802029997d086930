import { createIssue } from '@gk/core';
import { normalizeLabel } from './check.js';
import { AnnualReportError } from './error.js';
import type { AnnualReport, Cell } from './report.js';

function add(a: Cell | undefined, b: Cell | undefined): Cell {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return null;
  return (a ?? 0) + (b ?? 0);
}

function sumValues(a: readonly Cell[], b: readonly Cell[]): Cell[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => add(a[i], b[i]));
}

/**
 * Combines several agencies' reports into a government's overview: every table summed cell by cell
 * (rows matched by their label; a cell blank in every report stays blank), the fees added, and the
 * agencies listed.
 * @param reports - reports of one format and one year
 * @param issuer - who publishes the overview
 * @returns the combined report, listing the agencies
 * @throws {@link AnnualReportError} when the reports differ in format or year, or there are none
 */
export function rollUpReports(reports: readonly AnnualReport[], issuer: string): AnnualReport {
  const [first, ...rest] = reports;
  if (first === undefined) throw new AnnualReportError([createIssue('report.shape', { field: 'reports' }, [])]);
  const issues = rest.flatMap((report, i) => [
    ...(report.format === first.format
      ? []
      : [
          createIssue('report.rollUpMismatch', { field: 'format', expected: first.format, found: report.format }, [
            i + 1,
            'format',
          ]),
        ]),
    ...(report.year === first.year
      ? []
      : [
          createIssue(
            'report.rollUpMismatch',
            { field: 'year', expected: String(first.year), found: String(report.year) },
            [i + 1, 'year'],
          ),
        ]),
  ]);
  if (issues.length > 0) throw new AnnualReportError(issues);
  const combined = rest.reduce<AnnualReport>((sum, report) => {
    const requestRows = new Map(report.tables.requests.rows.map((row) => [normalizeLabel(row.label), row.values]));
    const blocks = new Map(report.tables.proactive.blocks.map((block) => [normalizeLabel(block.block), block]));
    return {
      ...sum,
      tables: {
        proactive: {
          blocks: sum.tables.proactive.blocks.map((block) => {
            const other = blocks.get(normalizeLabel(block.block));
            const rows = new Map((other?.rows ?? []).map((row) => [normalizeLabel(row.label), row.values]));
            return {
              ...block,
              rows: block.rows.map((row) => ({
                ...row,
                values: sumValues(row.values, rows.get(normalizeLabel(row.label)) ?? []),
              })),
            };
          }),
        },
        requests: {
          ...sum.tables.requests,
          rows: sum.tables.requests.rows.map((row) => ({
            ...row,
            values: sumValues(row.values, requestRows.get(normalizeLabel(row.label)) ?? []),
          })),
        },
        appeals: { ...sum.tables.appeals, values: sumValues(sum.tables.appeals.values, report.tables.appeals.values) },
      },
      feesCollectedYuan: (sum.feesCollectedYuan ?? 0) + (report.feesCollectedYuan ?? 0),
    };
  }, first);
  return { ...combined, issuer, agencies: reports.map((report) => report.issuer) };
}
