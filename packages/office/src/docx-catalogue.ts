// Reading a catalogue from a Word document's table, as counties also publish them: the same
// layouts as a workbook (readCatalogueXlsx), with Word's merged cells (gridSpan, vMerge) carried
// over the cells they cover.
import type { Locale } from '@gk/core';
import { locatedIssue } from './format-issue.js';
import type { SheetIssue } from './issues.js';
import type { XlsxCatalogueResult } from './table/catalogue.js';
import { catalogueFromTable } from './table/catalogue.js';
import type { Grid } from './table/grid.js';
import type { NoHeader } from './table/read-table.js';
import { HEADER_SEARCH_ROWS, readTable } from './table/read-table.js';
import { paragraphs, withContainer } from './text.js';
import type { XlsxLimits } from './xlsx-limits.js';
import { XLSX_LIMITS } from './xlsx-limits.js';
import type { ReadXlsxOptions } from './xlsx/read.js';

/** The inner XML of each top-level `<tag>` element in `xml` (nested ones stay inside their parent). */
function topLevel(xml: string, tag: string): { inner: string; before: number }[] {
  const found: { inner: string; before: number }[] = [];
  const pattern = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>|</${tag}>`, 'g');
  let depth = 0;
  let start = 0;
  let open = 0;
  for (const match of xml.matchAll(pattern)) {
    if (match[0].startsWith('</')) {
      depth--;
      if (depth === 0) found.push({ inner: xml.slice(start, match.index), before: open });
    } else if (match[1] !== '/') {
      if (depth === 0) {
        start = match.index + match[0].length;
        open = match.index;
      }
      depth++;
    }
  }
  return found;
}

/** A Word table as a grid, or the cell count that refuses it. */
function tableGrid(xml: string, name: string, limits: XlsxLimits): Grid | 'tooManyCells' {
  const cells: string[][] = [];
  let count = 0;
  for (const row of topLevel(xml, 'w:tr')) {
    if (cells.length >= limits.maxRows) return 'tooManyCells';
    const texts: string[] = [];
    for (const cell of topLevel(row.inner, 'w:tc')) {
      const properties = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(cell.inner)?.[1] ?? '';
      const span = Math.min(Number(/<w:gridSpan w:val="(\d+)"/.exec(properties)?.[1] ?? '1') || 1, limits.maxColumns);
      const merge = /<w:vMerge(?:\s+w:val="(\w+)")?\s*\/>/.exec(properties);
      const continues = merge !== null && merge[1] !== 'restart';
      const column = texts.length;
      const text = continues
        ? (cells[cells.length - 1]?.[column] ?? '')
        : paragraphs(cell.inner)
            .map((p) => p.trim())
            .filter((p) => p !== '')
            .join('\n');
      for (let s = 0; s < span && texts.length < limits.maxColumns; s++) texts.push(text);
    }
    count += texts.length;
    if (count > limits.maxCells) return 'tooManyCells';
    cells.push(texts);
  }
  let columns = 0;
  let rows = 0;
  cells.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === '') return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  return {
    name,
    rows,
    columns,
    text: (row, column) => cells[row - 1]?.[column - 1] ?? '',
    at: (row, column) => `${name} 第${String(row)}行第${String(column)}列`,
  };
}

/** The title over a table: the last paragraph before it naming a 目录, else the last one. */
function titleBefore(body: string, offset: number): string {
  const texts = paragraphs(body.slice(0, offset).replace(/<w:tbl(?=[\s>])[\s\S]*?<\/w:tbl>/g, ''))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return [...texts].reverse().find((p) => p.includes('目录')) ?? texts.at(-1) ?? '';
}

/**
 * Reads a catalogue from a .docx document: the first table with a catalogue header (the layouts
 * {@link readCatalogueXlsx} reads: one header row or two, aliases, ticks or text, extra columns kept
 * in `extra`), Word's merged cells carried over. The title is the paragraph before the table; the
 * rest of the header (行政区划, 编制机关, 领域, 版本, 施行日期) comes from `options.header`, since a
 * Word document has no place for it. Read under the same limits as a workbook; never throws.
 * @param data - the document's bytes
 * @param options - header fields, locale and limits
 * @returns the document, the parsed catalogue (when valid) and every issue at its cell (`表1 第5行第6列`)
 */
export function readCatalogueDocx(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): XlsxCatalogueResult {
  const locale: Locale = options.locale ?? 'zh-CN';
  const limits = options.limits ?? XLSX_LIMITS;
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  const fail = (issues: readonly SheetIssue[]): XlsxCatalogueResult => ({ document: null, catalogue: null, issues });
  const opened = withContainer(bytes, 'docx', locale, limits, (read) => read('word/document.xml'));
  if (!opened.ok) return fail(opened.issues);
  const body = opened.value;
  const tables = topLevel(body, 'w:tbl');
  if (tables.length === 0) return fail([locatedIssue('docx.noTable', {}, '', locale)]);
  let closest: (NoHeader & { table: string }) | undefined;
  for (const [index, table] of tables.entries()) {
    const name = `表${String(index + 1)}`;
    const grid = tableGrid(table.inner, name, limits);
    if (grid === 'tooManyCells')
      return fail([locatedIssue('xlsx.tooManyCells', { limit: limits.maxCells }, name, locale)]);
    const read = readTable(grid);
    if ('items' in read)
      return catalogueFromTable({
        grid,
        table: read,
        found: {},
        headerSource: 'docx',
        headerLocation: '',
        title: titleBefore(body, table.before),
        given: options.header ?? {},
        locale,
        issues: [],
      });
    if (closest === undefined || (closest.row === 0 && read.row > 0)) closest = { ...read, table: name };
  }
  const { table, row, cells } = closest ?? { table: '表1', row: 0, cells: '' };
  return fail([locatedIssue('xlsx.noHeader', { table, rows: HEADER_SEARCH_ROWS, row, cells }, table, locale)]);
}
