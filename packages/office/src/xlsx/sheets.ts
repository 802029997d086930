// A workbook's sheets as grids, read straight from its XML: shared and inline strings (rich text
// joined, phonetic guides left out), numbers, booleans, formula results, dates by their number
// format (1900 and 1904 systems), merged cells carried over the cells they cover. Reading a county's
// catalogue needs no spreadsheet library; the container is opened under the same limits as every
// other file.
import type { Locale } from '@gk/core';
import type { Grid } from '../table/grid.js';
import { columnLetter } from '../table/grid.js';
import type { ContainerResult } from '../text.js';
import { withContainer } from '../text.js';
import { decodeEntities, sheetParts } from '../xml.js';
import type { XlsxLimits } from '../xlsx-limits.js';

/** The text of every `<t>` of a string item, phonetic guides (`<rPh>`) left out. */
const stringItem = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => decodeEntities(m[1] ?? ''))
    .join('');

// Built-in number formats that show dates (ECMA-376 §18.8.30, with the East Asian ones).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a custom number format shows a date: y, m or d outside quotes, brackets and escapes. */
const isDateCode = (code: string): boolean =>
  /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^general$/i.test(code.trim());

/** The cell styles (`s` attributes) whose number format shows a date. */
function dateStyles(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g))
    custom.set(Number(m[1]), decodeEntities(m[2] ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dates = new Set<number>();
  [...xfs.matchAll(/<xf\b([^>]*)/g)].forEach((m, index) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? '0');
    const code = custom.get(id);
    if (code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code)) dates.add(index);
  });
  return dates;
}

/** A serial date as `YYYY-MM-DD` (the time of day dropped); `''` when out of range. */
function serialDate(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return '';
  // 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was.
  const days = Math.floor(serial) + (date1904 ? 1462 : serial < 60 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

const cellRef = (ref: string): [row: number, column: number] | null => {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (m === null) return null;
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
};

/** One sheet's cells as a grid: merged cells carried from their top-left cell. */
function sheetGrid(
  name: string,
  xml: string,
  shared: readonly string[],
  dates: ReadonlySet<number>,
  date1904: boolean,
): Grid {
  const cells = new Map<number, Map<number, string>>();
  let rows = 0;
  let columns = 0;
  const put = (row: number, column: number, text: string): void => {
    if (text === '') return;
    let line = cells.get(row);
    if (line === undefined) cells.set(row, (line = new Map<number, string>()));
    line.set(column, text);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  };
  for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = c[1] ?? '';
    const at = cellRef(/\br="([^"]+)"/.exec(attributes)?.[1] ?? '');
    if (at === null) continue;
    const type = /\bt="([^"]+)"/.exec(attributes)?.[1] ?? 'n';
    const style = Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? '0');
    const inner = c[2] ?? '';
    const value = decodeEntities(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
    let text: string;
    if (type === 's') text = shared[Number(value)] ?? '';
    else if (type === 'inlineStr') text = stringItem(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (type === 'str') text = value;
    else if (type === 'b') text = value === '' ? '' : value === '1' ? 'true' : 'false';
    else if (type === 'e' || value === '') text = '';
    else if (dates.has(style)) text = serialDate(Number(value), date1904);
    else text = Number.isFinite(Number(value)) ? String(Number(value)) : value;
    put(at[0], at[1], text.trim());
  }
  const masters = new Map<string, [number, number]>();
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const from = cellRef(m[1] ?? '');
    const to = cellRef(m[2] ?? '');
    if (from === null || to === null) continue;
    const text = cells.get(from[0])?.get(from[1]) ?? '';
    for (let r = from[0]; r <= to[0]; r++)
      for (let col = from[1]; col <= to[1]; col++) {
        if (r === from[0] && col === from[1]) continue;
        masters.set(`${String(r)},${String(col)}`, from);
        if (text !== '') {
          rows = Math.max(rows, r);
          columns = Math.max(columns, col);
        }
      }
  }
  return {
    name,
    rows,
    columns,
    text: (row, column) => {
      const master = masters.get(`${String(row)},${String(column)}`);
      return master === undefined ? (cells.get(row)?.get(column) ?? '') : (cells.get(master[0])?.get(master[1]) ?? '');
    },
    at: (row, column) => `${name}!${columnLetter(column)}${String(row)}`,
  };
}

/**
 * Every sheet of a workbook as a grid, in the workbook's order. The workbook is opened under the
 * limits (checked before by `inspectXlsx`): a file that cannot be read gives issues, never an exception.
 * @param bytes - the workbook
 * @param limits - the limits
 * @param locale - the messages' language
 */
export function workbookGrids(bytes: Uint8Array, limits: XlsxLimits, locale: Locale): ContainerResult<Grid[]> {
  return withContainer(bytes, 'xlsx', locale, limits, (read) => {
    const shared = [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      stringItem(m[1] ?? ''),
    );
    const dates = dateStyles(read('xl/styles.xml'));
    const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(read('xl/workbook.xml'));
    return sheetParts(read).map(({ name, part }) => sheetGrid(name, read(part), shared, dates, date1904));
  });
}
