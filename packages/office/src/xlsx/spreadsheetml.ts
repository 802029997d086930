// A workbook (.xlsx) from sheets of values, written directly: text as inline strings, numbers as
// numbers, merged ranges, one cell style (宋体 10 pt, wrapped, centred vertically), no library.
import { columnLetter } from '../table/grid.js';
import { xmlText } from '../xml.js';
import { zipParts } from '../zip-write.js';

/** A sheet to write: its rows of cell values (a blank row is `[]`) and its merged ranges. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly (string | number)[])[];
  /** Ranges as Excel writes them: `A1:P1`. */
  readonly merges: readonly string[];
}

/** A merged range from 1-based corners: `B4:B6`. */
export const range = (row1: number, column1: number, row2: number, column2: number): string =>
  `${columnLetter(column1)}${String(row1)}:${columnLetter(column2)}${String(row2)}`;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(sheet: SheetData): string {
  const rows = sheet.rows.map((cells, r) => {
    const row = String(r + 1);
    const xml = cells.map((value, c) => {
      const ref = `${columnLetter(c + 1)}${row}`;
      return typeof value === 'number'
        ? `<c r="${ref}" s="1"><v>${String(value)}</v></c>`
        : `<c r="${ref}" s="1" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
    });
    return `<row r="${row}">${xml.join('')}</row>`;
  });
  const merges =
    sheet.merges.length === 0
      ? ''
      : `<mergeCells count="${String(sheet.merges.length)}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="10"/><name val="宋体"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The .xlsx file of the sheets, in order.
 * @param sheets - the sheets; names are unique and at most 31 characters, as Excel requires
 */
export function xlsxFile(sheets: readonly SheetData[]): Uint8Array {
  const workbook =
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`)
      .join('') +
    '</sheets></workbook>';
  const rels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${String(i + 1)}" Type="${REL}/worksheet" Target="worksheets/sheet${String(i + 1)}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${String(sheets.length + 1)}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${String(i + 1)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  return zipParts([
    ['[Content_Types].xml', types],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', rels],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${String(i + 1)}.xml`, sheetXml(s)]),
  ]);
}
