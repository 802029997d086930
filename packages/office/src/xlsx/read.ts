// Reading a catalogue from a county workbook: header detection, merged cells, ticks, marks, and
// every problem reported at its cell.
import type { CatalogueHeaderDocument } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import type ExcelJSModule from 'exceljs';
import { formatOfficeIssue, locatedIssue } from '../format-issue.js';
import type { SheetIssue } from '../issues.js';
import type { XlsxLimits } from '../xlsx-limits.js';
import { inspectXlsx, XLSX_LIMITS } from '../xlsx-limits.js';
import type { HeaderFields, XlsxCatalogueResult } from '../table/catalogue.js';
import { catalogueFromTable } from '../table/catalogue.js';
import type { Grid } from '../table/grid.js';
import { columnLetter } from '../table/grid.js';
import { HEADER_SEARCH_ROWS, readTable } from '../table/read-table.js';
import { cellText, extent, text } from './cells.js';
import { excelMissing, loadExcelJs } from './exceljs.js';
import { readInstances } from './instances.js';
import { HEADER_KEYS, HEADER_SHEET, INSTANCE_SHEET } from './layout.js';

export type { XlsxCatalogueResult } from '../table/catalogue.js';

/** Options of {@link readCatalogueXlsx}. */
export interface ReadXlsxOptions {
  /** Header fields the workbook lacks (its 目录信息 sheet, if any, comes first). */
  readonly header?: Partial<CatalogueHeaderDocument>;
  /** The messages' language, `zh-CN` by default. */
  readonly locale?: Locale;
  /** The sizes a workbook may have; {@link XLSX_LIMITS} by default. */
  readonly limits?: XlsxLimits;
}

/** The 目录信息 sheet's fields by key. */
function readHeaderSheet(workbook: ExcelJSModule.Workbook): HeaderFields {
  const sheet = workbook.getWorksheet(HEADER_SHEET);
  const values: Record<string, string> = {};
  if (sheet === undefined) return values;
  sheet.eachRow((row) => {
    const key = text(row.getCell(1).value).trim();
    const entry = HEADER_KEYS.find(([, label]) => label === key);
    if (entry !== undefined) values[entry[0]] = text(row.getCell(2).value).trim();
  });
  return values;
}

/** The result for a workbook whose structure stops the reading: one error, nothing parsed. */
const unreadable = (issue: SheetIssue): XlsxCatalogueResult => ({ document: null, catalogue: null, issues: [issue] });

/**
 * Reads a catalogue from an .xlsx workbook in the layout counties publish: title rows, a two-level
 * header (公开事项 → 一级事项 / 二级事项; 公开对象 → 全社会 / 特定群体; 公开方式 → 主动 / 依申请; 公开层级 →
 * its tiers), merged cells carried down over the rows they span, channels marked ■ / □ (or listed
 * plainly), ticks (√) in the tick columns. The header comes from a 目录信息 sheet when present, else
 * from `options.header`; the title row gives the title. Every problem is reported at its cell
 * (`Sheet1!F12：公开时限…`), never thrown.
 * @param data - the workbook's bytes
 * @param options - header fields and locale
 * @returns the document, the parsed catalogue (when valid) and the issues
 */
export async function readCatalogueXlsx(
  data: Uint8Array | ArrayBuffer,
  options: ReadXlsxOptions = {},
): Promise<XlsxCatalogueResult> {
  const locale = options.locale ?? 'zh-CN';
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  const refused = inspectXlsx(bytes, options.limits ?? XLSX_LIMITS, locale);
  if (refused.length > 0)
    return {
      document: null,
      catalogue: null,
      issues: refused,
    };
  const ExcelJS = await loadExcelJs();
  if (ExcelJS === undefined) {
    const issue = excelMissing();
    return unreadable({ ...issue, location: '', message: formatOfficeIssue(issue, locale) });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      (data instanceof ArrayBuffer
        ? data
        : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) as ArrayBuffer,
    );
  } catch {
    return unreadable(locatedIssue('xlsx.unreadable', {}, '', locale));
  }
  const sheet = workbook.worksheets.find((ws) => ws.name !== HEADER_SHEET && ws.name !== INSTANCE_SHEET);
  if (sheet === undefined) return unreadable(locatedIssue('xlsx.noSheet', {}, '', locale));
  const grid = sheetGrid(sheet);
  const table = readTable(grid);
  if (!('items' in table))
    return unreadable(
      locatedIssue('xlsx.noHeader', { table: sheet.name, rows: HEADER_SEARCH_ROWS, ...table }, sheet.name, locale),
    );
  const issues: SheetIssue[] = [];
  readInstances(workbook, table.items, table.indexOfItem, issues, locale);
  const hasHeaderSheet = workbook.getWorksheet(HEADER_SHEET) !== undefined;
  return catalogueFromTable({
    grid,
    table,
    found: readHeaderSheet(workbook),
    headerSource: hasHeaderSheet ? 'sheet' : 'noSheet',
    headerLocation: hasHeaderSheet ? HEADER_SHEET : sheet.name,
    given: options.header ?? {},
    locale,
    issues,
  });
}

/** A worksheet as a grid: merged cells carried over, only the cells that exist visited. */
function sheetGrid(sheet: ExcelJSModule.Worksheet): Grid {
  const size = extent(sheet);
  return {
    name: sheet.name,
    rows: size.rows,
    columns: size.columns,
    text: (row, column) => cellText(sheet, row, column),
    at: (row, column) => `${sheet.name}!${columnLetter(column)}${String(row)}`,
  };
}
