// The sizes an .xlsx workbook may have before any of it is loaded. A 10 KB file can declare a cell at
// A1048576 or inflate to gigabytes; both are refused here, at the file or at the cell, with a message.
import type { Locale } from '@gk/core';
import { locatedIssue, megabytes, zipIssue } from './format-issue.js';
import type { Located, OfficeIssue } from './issues.js';
import type { ZipEntry } from './zip.js';
import { sheetParts } from './xml.js';
import { readZipEntry, ZipLimitError, zipEntries } from './zip.js';

/** The sizes a workbook may have. */
export interface XlsxLimits {
  /** The file itself, in bytes. */
  readonly maxFileBytes: number;
  /** Files inside the ZIP container. */
  readonly maxEntries: number;
  /** All files inside, inflated, in bytes. */
  readonly maxUncompressedBytes: number;
  /** The last row holding a value, per sheet. */
  readonly maxRows: number;
  /** The last column holding a value, per sheet (200 is column GR). */
  readonly maxColumns: number;
  /** Cells written in a sheet (with a value or only a style), plus the cells its merges cover. */
  readonly maxCells: number;
}

/**
 * The limits the CLI and every reader share: a county catalogue has hundreds of rows and a few dozen
 * columns, so these are far above any real one and far below what hurts a server.
 */
export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  maxCells: 500_000,
};

/** A refused workbook: the issue, where (the file, or `Sheet!A1048576`) and why, in the requested language. */
export type XlsxLimitIssue = Located<OfficeIssue>;

/** Sheet names by the worksheet part that holds them (`xl/worksheets/sheet1.xml` → `目录`). */
function sheetNames(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): Map<string, string> {
  const read = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? '' : new TextDecoder().decode(readZipEntry(bytes, entry, limit));
  };
  return new Map(sheetParts(read).map(({ name, part }) => [part, name]));
}

const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** A cell reference's column and row (`B12` → [2, 12]). */
const position = (ref: string): [number, number] | null => {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m === null ? null : [columnNumber(m[1] ?? ''), Number(m[2])];
};

/** What a worksheet's XML holds, counted without building any cell. */
function scanSheet(xml: string): {
  cells: number;
  lastValue: { row: number; column: number; ref: string } | null;
  widest: { column: number; ref: string } | null;
  mergedArea: number;
} {
  let cells = 0;
  let lastValue: { row: number; column: number; ref: string } | null = null;
  let widest: { column: number; ref: string } | null = null;
  for (const match of xml.matchAll(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
    cells += 1;
    const ref = /\br="([^"]+)"/.exec(match[1] ?? '')?.[1];
    const inner = match[3] ?? '';
    if (ref === undefined || match[2] === '/>' || !/<(?:v|is|f)\b/.test(inner)) continue;
    const at = position(ref);
    if (at === null) continue;
    const [column, row] = at;
    if (lastValue === null || row > lastValue.row) lastValue = { row, column, ref };
    if (widest === null || column > widest.column) widest = { column, ref };
  }
  let mergedArea = 0;
  for (const match of xml.matchAll(/<mergeCell\b[^>]*\bref="([^":]+):([^"]+)"/g)) {
    const from = position(match[1] ?? '');
    const to = position(match[2] ?? '');
    if (from !== null && to !== null) mergedArea += (Math.abs(to[0] - from[0]) + 1) * (Math.abs(to[1] - from[1]) + 1);
  }
  return { cells, lastValue, widest, mergedArea };
}

/**
 * Checks a workbook against the limits before it is loaded: the file's size, the ZIP container's
 * declared sizes (each entry inflated with a hard limit, so a lying zip bomb stops there), and each
 * sheet's cells — a value beyond the last allowed row or column is reported at its cell. Empty
 * styled cells past the data (a sheet's empty tail) do not count against rows or columns.
 * @param bytes - the workbook
 * @param limits - the limits, {@link XLSX_LIMITS} by default
 * @param locale - the messages' language
 * @returns the issues; empty when the workbook may be loaded
 * @example
 * ```ts
 * inspectXlsx(bytes); // [{ location: 'Sheet1!A1048576', message: '单元格 A1048576 超出 50000 行的上限…' }]
 * ```
 */
export function inspectXlsx(
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
  locale: Locale = 'zh-CN',
): XlsxLimitIssue[] {
  if (bytes.length > limits.maxFileBytes)
    return [locatedIssue('xlsx.fileTooLarge', { limitMb: megabytes(limits.maxFileBytes) }, '', locale)];
  try {
    const entries = zipEntries(bytes, limits.maxEntries);
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > limits.maxUncompressedBytes)
      return [locatedIssue('xlsx.inflatesTooLarge', { limitMb: megabytes(limits.maxUncompressedBytes) }, '', locale)];
    // Every entry is inflated once under its declared size, so what the loader inflates later is honest.
    for (const entry of entries) readZipEntry(bytes, entry, limits.maxUncompressedBytes);
    const names = sheetNames(bytes, entries, limits.maxUncompressedBytes);
    const issues: XlsxLimitIssue[] = [];
    for (const entry of entries) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
      const sheet = names.get(entry.name) ?? entry.name;
      const scan = scanSheet(new TextDecoder().decode(readZipEntry(bytes, entry, limits.maxUncompressedBytes)));
      if (scan.lastValue !== null && scan.lastValue.row > limits.maxRows)
        issues.push(
          locatedIssue(
            'xlsx.tooManyRows',
            { cell: scan.lastValue.ref, limit: limits.maxRows },
            `${sheet}!${scan.lastValue.ref}`,
            locale,
          ),
        );
      else if (scan.widest !== null && scan.widest.column > limits.maxColumns)
        issues.push(
          locatedIssue(
            'xlsx.tooManyColumns',
            { cell: scan.widest.ref, limit: limits.maxColumns },
            `${sheet}!${scan.widest.ref}`,
            locale,
          ),
        );
      else if (scan.cells + scan.mergedArea > limits.maxCells)
        issues.push(locatedIssue('xlsx.tooManyCells', { limit: limits.maxCells }, sheet, locale));
    }
    return issues;
  } catch (error) {
    if (error instanceof ZipLimitError) return [zipIssue(error.problem, 'xlsx', locale)];
    throw error;
  }
}
