// The sizes an .xlsx workbook may have before any of it is loaded. A 10 KB file can declare a cell at
// A1048576 or inflate to gigabytes; both are refused here, at the file or at the cell, with a message.
import type { Locale } from '@gk/core';
import type { ZipEntry, ZipProblem } from './zip.js';
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

/** A refused workbook: where (the file, or `Sheet!A1048576`) and why, in the requested language. */
export interface XlsxLimitIssue {
  readonly location: string;
  readonly message: string;
}

const mb = (bytes: number): string => `${String(Math.round(bytes / 1024 / 1024))} MB`;

/**
 * A refused ZIP container, in words.
 * @param problem - why
 * @param locale - the language
 * @param kind - what the file should have been
 */
export function zipMessage(problem: ZipProblem, locale: Locale, kind: 'xlsx' | 'docx' = 'xlsx'): string {
  const en = locale === 'en';
  const what = en ? (kind === 'xlsx' ? 'workbook' : 'document') : kind === 'xlsx' ? '工作簿' : '文档';
  switch (problem.kind) {
    case 'notZip':
      return en ? `The file is not a readable .${kind} ${what}` : `文件不是可读取的 .${kind} ${what}`;
    case 'zip64':
      return en ? `The ${what} uses ZIP64, which is not read` : `${what}使用 ZIP64 格式，无法读取`;
    case 'tooManyEntries':
      return en
        ? `The ${what} holds more than ${String(problem.limit)} files`
        : `${what}内含文件超过 ${String(problem.limit)} 个，未读取`;
    case 'method':
      return en
        ? `${problem.name} uses an unknown compression`
        : `${what}内的 ${problem.name} 使用了无法识别的压缩方式`;
    case 'entryTooLarge':
      return en
        ? `${problem.name} is larger than ${mb(problem.limit)} once inflated`
        : `${what}内的 ${problem.name} 解压后超过 ${mb(problem.limit)}`;
    case 'sizeMismatch':
      return en
        ? `${problem.name} does not match its declared size (a damaged file or a zip bomb)`
        : `${what}内的 ${problem.name} 与声明的大小不符（文件损坏或为压缩炸弹）`;
  }
}

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
  const en = locale === 'en';
  if (bytes.length > limits.maxFileBytes)
    return [
      {
        location: '',
        message: en
          ? `The file is larger than ${mb(limits.maxFileBytes)}`
          : `文件超过 ${mb(limits.maxFileBytes)}，不像一份目录，未读取`,
      },
    ];
  try {
    const entries = zipEntries(bytes, limits.maxEntries);
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > limits.maxUncompressedBytes)
      return [
        {
          location: '',
          message: en
            ? `The workbook inflates to more than ${mb(limits.maxUncompressedBytes)}`
            : `工作簿解压后超过 ${mb(limits.maxUncompressedBytes)}，未读取`,
        },
      ];
    // Every entry is inflated once under its declared size, so what the loader inflates later is honest.
    for (const entry of entries) readZipEntry(bytes, entry, limits.maxUncompressedBytes);
    const names = sheetNames(bytes, entries, limits.maxUncompressedBytes);
    const issues: XlsxLimitIssue[] = [];
    for (const entry of entries) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
      const sheet = names.get(entry.name) ?? entry.name;
      const scan = scanSheet(new TextDecoder().decode(readZipEntry(bytes, entry, limits.maxUncompressedBytes)));
      if (scan.lastValue !== null && scan.lastValue.row > limits.maxRows)
        issues.push({
          location: `${sheet}!${scan.lastValue.ref}`,
          message: en
            ? `Cell ${scan.lastValue.ref} is beyond the ${String(limits.maxRows)}-row limit; the sheet was not read`
            : `单元格 ${scan.lastValue.ref} 超出 ${String(limits.maxRows)} 行的上限，工作表未读取`,
        });
      else if (scan.widest !== null && scan.widest.column > limits.maxColumns)
        issues.push({
          location: `${sheet}!${scan.widest.ref}`,
          message: en
            ? `Cell ${scan.widest.ref} is beyond the ${String(limits.maxColumns)}-column limit; the sheet was not read`
            : `单元格 ${scan.widest.ref} 超出 ${String(limits.maxColumns)} 列的上限，工作表未读取`,
        });
      else if (scan.cells + scan.mergedArea > limits.maxCells)
        issues.push({
          location: sheet,
          message: en
            ? `The sheet has more than ${String(limits.maxCells)} cells (merged areas included); it was not read`
            : `工作表的单元格（含合并区域）超过 ${String(limits.maxCells)} 个，未读取`,
        });
    }
    return issues;
  } catch (error) {
    if (error instanceof ZipLimitError) return [{ location: '', message: zipMessage(error.problem, locale) }];
    throw error;
  }
}
