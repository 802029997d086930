// Test support: converts the research layout of published reports into the JSON form.
import published from '../../fixtures/published-reports.json' with { type: 'json' };
import type { AnnualReport, Cell } from '../report.js';

/** A published report in the fixture's research layout. */
export type PublishedReport = (typeof published)[number];

/** The fixture's reports. */
export const PUBLISHED: readonly PublishedReport[] = published;

const number = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' ? Number.parseFloat(value.replace(/[^\d.-]/g, '')) : Number.NaN;
  return Number.isNaN(parsed) ? null : parsed;
};

/**
 * Converts a published report to the JSON form that `checkReport` reads.
 * @param report - a fixture report
 * @returns the report in the JSON form
 */
export function toJsonForm(report: PublishedReport): AnnualReport {
  return {
    format: report.meta.format_version === '2021' ? '2021' : '2019-trial',
    year: report.meta.year,
    issuer: report.meta.issuer,
    tables: {
      proactive: {
        blocks: report.table2.map((block) => ({
          block: block.block,
          columns: block.columns,
          rows: block.rows.map((row) => ({ label: row.label, values: (row.values as unknown[]).map(number) })),
        })),
      },
      requests: {
        columns: report.table3.columns,
        rows: report.table3.rows.map((row) => ({
          ...(row.group === null ? {} : { group: row.group.split('/') }),
          label: row.label,
          values: (row.values as unknown[]).map(number),
        })),
      },
      appeals: { columns: report.table4.order, values: (report.table4.values as unknown[]).map(number) },
    },
  };
}
