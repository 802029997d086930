// Reading a catalogue from a county workbook: header detection, merged cells, ticks, marks, and
// every problem reported at its cell.
import type { CatalogueHeaderDocument } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import { locatedIssue } from '../format-issue.js';
import type { SheetIssue } from '../issues.js';
import type { XlsxLimits } from '../xlsx-limits.js';
import { inspectXlsx, XLSX_LIMITS } from '../xlsx-limits.js';
import { workbookGrids } from './sheets.js';
import type { HeaderFields, XlsxCatalogueResult } from '../table/catalogue.js';
import { catalogueFromTable } from '../table/catalogue.js';
import type { Grid } from '../table/grid.js';
import { HEADER_SEARCH_ROWS, readTable } from '../table/read-table.js';
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

/** The 目录信息 sheet's fields by key: a label in column A, its value in column B. */
function readHeaderSheet(sheet: Grid | undefined): HeaderFields {
  const values: Record<string, string> = {};
  if (sheet === undefined) return values;
  for (let r = 1; r <= sheet.rows; r++) {
    const entry = HEADER_KEYS.find(([, label]) => label === sheet.text(r, 1));
    if (entry !== undefined) values[entry[0]] = sheet.text(r, 2);
  }
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
 * (`Sheet1!F12：公开时限…`), never thrown. The workbook is read from its XML: no spreadsheet library
 * is needed (writing one needs exceljs).
 * @param data - the workbook's bytes
 * @param options - header fields and locale
 * @returns the document, the parsed catalogue (when valid) and the issues
 */
export function readCatalogueXlsx(
  data: Uint8Array | ArrayBuffer,
  options: ReadXlsxOptions = {},
): Promise<XlsxCatalogueResult> {
  return Promise.resolve(readWorkbook(data, options));
}

function readWorkbook(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions): XlsxCatalogueResult {
  const locale = options.locale ?? 'zh-CN';
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  const refused = inspectXlsx(bytes, options.limits ?? XLSX_LIMITS, locale);
  if (refused.length > 0)
    return {
      document: null,
      catalogue: null,
      issues: refused,
    };
  const read = workbookGrids(bytes, options.limits ?? XLSX_LIMITS, locale);
  if (!read.ok) return { document: null, catalogue: null, issues: read.issues };
  const sheets = read.value;
  const grid = sheets.find((sheet) => sheet.name !== HEADER_SHEET && sheet.name !== INSTANCE_SHEET);
  if (grid === undefined) return unreadable(locatedIssue('xlsx.noSheet', {}, '', locale));
  const table = readTable(grid);
  if (!('items' in table))
    return unreadable(
      locatedIssue('xlsx.noHeader', { table: grid.name, rows: HEADER_SEARCH_ROWS, ...table }, grid.name, locale),
    );
  const issues: SheetIssue[] = [];
  readInstances(
    sheets.find((s) => s.name === INSTANCE_SHEET),
    table.items,
    table.indexOfItem,
    issues,
    locale,
  );
  const headerSheet = sheets.find((s) => s.name === HEADER_SHEET);
  const hasHeaderSheet = headerSheet !== undefined;
  return catalogueFromTable({
    grid,
    table,
    found: readHeaderSheet(headerSheet),
    headerSource: hasHeaderSheet ? 'sheet' : 'noSheet',
    headerLocation: hasHeaderSheet ? HEADER_SHEET : grid.name,
    given: options.header ?? {},
    locale,
    issues,
  });
}
