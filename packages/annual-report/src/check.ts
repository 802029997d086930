import type { IssuePath } from '@gk/core';
import type { AnnualReport } from './report.js';
import { createIssue } from '@gk/core';
import type { ReportFormat } from './formats.js';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  LABEL_VARIANTS,
  PROACTIVE_BLOCKS,
  REPORT_FORMATS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
} from './formats.js';
import type { ReportIssue } from './report-issues.js';

/** Normalises a printed label: no spaces, no `&nbsp;`, no non-breaking spaces. */
export function normalizeLabel(label: string): string {
  return label.replace(/&nbsp;/g, '').replace(/[\s\u00a0\u3000]+/g, '');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads a cell: a number (null → 0 with a warning; anything else an error, counted as 0). */
function readCell(
  value: unknown,
  where: { table: string; row: string; column: string },
  path: IssuePath,
  issues: ReportIssue[],
  wholeNumber: boolean,
): number {
  if (value === null || value === undefined) {
    issues.push(createIssue('report.blankCell', where, path, 'warning'));
    return 0;
  }
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (wholeNumber && (!Number.isInteger(value) || value < 0))
  ) {
    issues.push(
      createIssue(
        'report.cellValue',
        {
          ...where,
          value: typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean),
        },
        path,
      ),
    );
    return 0;
  }
  return value;
}

function officialLabel(
  found: string,
  official: readonly string[],
  table: string,
  path: IssuePath,
  issues: ReportIssue[],
): string | undefined {
  const normalized = normalizeLabel(found);
  const direct = official.find((label) => normalizeLabel(label) === normalized);
  if (direct !== undefined) return direct;
  const variant = LABEL_VARIANTS[normalized];
  if (variant !== undefined && official.includes(variant)) {
    issues.push(createIssue('report.labelVariant', { table, found, official: variant }, path, 'warning'));
    return variant;
  }
  return undefined;
}

/** Table 三 read into a matrix by official row, with structural issues. */
function readRequests(value: unknown, format: ReportFormat, issues: ReportIssue[]): (number[] | undefined)[] {
  const table = '表三';
  const definitions = REQUEST_ROWS[format];
  const labels = definitions.map((d) => d.label);
  const matrix: (number[] | undefined)[] = definitions.map(() => undefined);
  const base: IssuePath = ['tables', 'requests'];
  if (!isRecord(value) || !Array.isArray(value.rows)) {
    issues.push(createIssue('report.shape', { field: 'tables.requests' }, base));
    return matrix;
  }
  const columns = Array.isArray(value.columns) ? value.columns.map((c) => normalizeLabel(String(c))) : [];
  if (columns.join('|') !== REQUEST_COLUMNS.map(normalizeLabel).join('|')) {
    issues.push(
      createIssue('report.columns', { table, expected: REQUEST_COLUMNS, found: columns }, [...base, 'columns']),
    );
  }
  value.rows.forEach((row, index) => {
    const path: IssuePath = [...base, 'rows', index];
    if (!isRecord(row) || typeof row.label !== 'string' || !Array.isArray(row.values)) {
      issues.push(createIssue('report.shape', { field: `tables.requests.rows[${String(index)}]` }, path));
      return;
    }
    const label = officialLabel(row.label, labels, table, [...path, 'label'], issues);
    if (label === undefined) {
      issues.push(createIssue('report.unknownRow', { table, label: row.label }, [...path, 'label']));
      return;
    }
    const at = labels.indexOf(label);
    if (at !== index)
      issues.push(createIssue('report.rowOrder', { table, label, expectedIndex: at }, [...path, 'label']));
    const values = row.values as unknown[];
    matrix[at] = REQUEST_COLUMNS.map((column, c) =>
      readCell(values[c], { table, row: label, column }, [...path, 'values', c], issues, true),
    );
  });
  definitions.forEach((definition, at) => {
    if (matrix[at] === undefined)
      issues.push(createIssue('report.missingRow', { table, label: definition.label }, base));
  });
  return matrix;
}

/**
 * Table 三's numbers by row role, read as `checkReport` reads them (blank cells as 0), for the
 * checks across years and against the text. Rows that cannot be read are `undefined`.
 * @param report - the report in the JSON form
 * @returns the rows in the format's order, each with its seven numbers
 */
export function requestMatrix(report: AnnualReport): (number[] | undefined)[] {
  return readRequests(report.tables.requests, report.format, []);
}

function checkProactive(value: unknown, format: ReportFormat, issues: ReportIssue[]): void {
  const table = '表二';
  const base: IssuePath = ['tables', 'proactive'];
  if (!isRecord(value) || !Array.isArray(value.blocks)) {
    issues.push(createIssue('report.shape', { field: 'tables.proactive' }, base));
    return;
  }
  const blocks = value.blocks as unknown[];
  PROACTIVE_BLOCKS[format].forEach((definition, b) => {
    const found = blocks.find(
      (block) =>
        isRecord(block) &&
        typeof block.block === 'string' &&
        normalizeLabel(block.block) === normalizeLabel(definition.block),
    );
    if (!isRecord(found) || !Array.isArray(found.rows)) {
      issues.push(createIssue('report.missingRow', { table, label: definition.block }, [...base, 'blocks', b]));
      return;
    }
    const rows = found.rows as unknown[];
    for (const label of definition.rows) {
      const index = rows.findIndex(
        (row) =>
          isRecord(row) &&
          typeof row.label === 'string' &&
          officialLabel(row.label, [label], table, [...base, 'blocks', b], []) === label,
      );
      const row = rows[index];
      if (!isRecord(row) || !Array.isArray(row.values)) {
        issues.push(
          createIssue('report.missingRow', { table, label: `${definition.block} ${label}` }, [...base, 'blocks', b]),
        );
        continue;
      }
      if (typeof row.label === 'string')
        officialLabel(row.label, [label], table, [...base, 'blocks', b, 'rows', index, 'label'], issues);
      const values = row.values as unknown[];
      definition.columns.forEach((column, c) => {
        readCell(
          values[c],
          { table, row: label, column },
          [...base, 'blocks', b, 'rows', index, 'values', c],
          issues,
          false,
        );
      });
    }
  });
}

/**
 * Checks a report in the JSON form — built by {@link buildAnnualReport} or typed in by hand — against
 * its format and its cross-checks (勾稽关系). Errors: per column of table 三, 一 + 二 = （七）总计 + 四;
 * （七） = the sum of （一）…（六）; per row, 总计 = the sum of the other six columns; in table 四 each
 * group's 总计 = the sum of its four results; cells that are not non-negative whole numbers; rows that
 * are missing or unknown. Warnings: blank cells (counted as 0), print variants of labels. Each issue
 * names the cell, both sides and the difference.
 * @param report - the report, e.g. `JSON.parse` of a county's published report converted to the JSON form
 * @returns the issues, errors and warnings; empty for a consistent report
 * @example
 * ```ts
 * checkReport(published).filter((i) => i.severity === 'error').map((i) => formatReportIssue(i));
 * // ['表三“（一）予以公开”行“总计”列为 0，前六列之和为 272，相差 -272', …]
 * ```
 */
export function checkReport(report: unknown): ReportIssue[] {
  const issues: ReportIssue[] = [];
  if (!isRecord(report)) return [createIssue('report.shape', { field: 'report' }, [])];
  const format = report.format;
  if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
    return [createIssue('report.format', { received: String(format) }, ['format'])];
  }
  const reportFormat = format as ReportFormat;
  if (typeof report.year !== 'number' || !Number.isInteger(report.year))
    issues.push(createIssue('report.shape', { field: 'year' }, ['year']));
  if (typeof report.issuer !== 'string' || report.issuer.trim() === '')
    issues.push(createIssue('report.shape', { field: 'issuer' }, ['issuer']));
  const tables = isRecord(report.tables) ? report.tables : {};

  checkProactive(tables.proactive, reportFormat, issues);

  const definitions = REQUEST_ROWS[reportFormat];
  const matrix = readRequests(tables.requests, reportFormat, issues);
  const indexOf = (role: string): number => definitions.findIndex((d) => d.role === role);
  const rowPath = (at: number, column: number): IssuePath => ['tables', 'requests', 'rows', at, 'values', column];
  const fresh = matrix[indexOf('new')];
  const carriedIn = matrix[indexOf('carriedIn')];
  const total = matrix[indexOf('total')];
  const carriedOut = matrix[indexOf('carriedOut')];
  REQUEST_COLUMNS.forEach((column, c) => {
    if (fresh && carriedIn && total && carriedOut) {
      const left = (fresh[c] ?? 0) + (carriedIn[c] ?? 0);
      const right = (total[c] ?? 0) + (carriedOut[c] ?? 0);
      if (left !== right)
        issues.push(
          createIssue(
            'report.balance',
            { column, left, right, difference: left - right },
            rowPath(indexOf('total'), c),
          ),
        );
    }
    if (total) {
      let sum = 0;
      let complete = true;
      definitions.forEach((definition, at) => {
        if (definition.role !== 'result') return;
        const values = matrix[at];
        if (values === undefined) complete = false;
        else sum += values[c] ?? 0;
      });
      const stated = total[c] ?? 0;
      if (complete && sum !== stated) {
        issues.push(
          createIssue(
            'report.resultTotal',
            { column, sum, total: stated, difference: stated - sum },
            rowPath(indexOf('total'), c),
          ),
        );
      }
    }
  });
  definitions.forEach((definition, at) => {
    const values = matrix[at];
    if (values === undefined) return;
    const sum = values.slice(0, 6).reduce((a, b) => a + b, 0);
    const stated = values[6] ?? 0;
    if (sum !== stated)
      issues.push(
        createIssue(
          'report.rowTotal',
          { row: definition.label, sum, total: stated, difference: stated - sum },
          rowPath(at, 6),
        ),
      );
  });

  const appeals = tables.appeals;
  if (!isRecord(appeals) || !Array.isArray(appeals.values) || appeals.values.length !== 15) {
    issues.push(createIssue('report.shape', { field: 'tables.appeals' }, ['tables', 'appeals']));
  } else {
    const values = (appeals.values as unknown[]).map((value, i) =>
      readCell(
        value,
        { table: '表四', row: '行政复议、行政诉讼情况', column: APPEAL_COLUMNS[i] ?? '' },
        ['tables', 'appeals', 'values', i],
        issues,
        true,
      ),
    );
    APPEAL_GROUPS.forEach((group, g) => {
      const sum = values.slice(g * 5, g * 5 + 4).reduce((a, b) => a + b, 0);
      const stated = values[g * 5 + 4] ?? 0;
      if (sum !== stated)
        issues.push(
          createIssue('report.appealTotal', { group, sum, total: stated, difference: stated - sum }, [
            'tables',
            'appeals',
            'values',
            g * 5 + 4,
          ]),
        );
    });
  }
  return issues;
}
