// A Word (.docx) document from paragraphs and tables: the little of WordprocessingML the notices,
// reports and bulletins need (fonts, sizes, alignment, indents, exact line spacing, tables with
// merged cells and repeated header rows, an A4 page), written directly, without a library.
import { xmlText } from '../xml.js';
import { zipParts } from '../zip-write.js';

/** A run of text in one font and size (half-points: 三号 16 pt is 32). */
export interface WordRun {
  readonly text: string;
  readonly font: string;
  readonly size: number;
  readonly bold?: boolean;
}

/** A paragraph: its runs, alignment, first-line indent and exact line height (twips). */
export interface WordParagraph {
  readonly kind: 'paragraph';
  readonly runs: readonly WordRun[];
  readonly align?: 'center' | 'right';
  readonly firstLine?: number;
  readonly line?: number;
}

/** A table cell, centred vertically, spanning columns and rows. */
export interface WordCell {
  readonly paragraphs: readonly WordParagraph[];
  readonly columnSpan?: number;
  readonly rowSpan?: number;
}

/** A table row; header rows repeat at the top of each page. */
export interface WordRow {
  readonly cells: readonly WordCell[];
  readonly header?: boolean;
}

/** A full-width table with single borders. */
export interface WordTable {
  readonly kind: 'table';
  readonly rows: readonly WordRow[];
}

/** What a document's body holds. */
export type WordBlock = WordParagraph | WordTable;

/** The page: size and margins in twips. */
export interface WordPage {
  readonly size: { readonly width: number; readonly height: number };
  readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const fonts = (font: string): string => {
  const f = xmlText(font);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
};

function runXml(run: WordRun): string {
  const properties = `<w:rPr>${fonts(run.font)}${run.bold === true ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${String(run.size)}"/><w:szCs w:val="${String(run.size)}"/></w:rPr>`;
  // A line break inside a run's text is a <w:br/>.
  const pieces = run.text.split('\n').map((piece) => `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`);
  return `<w:r>${properties}${pieces.join('<w:br/>')}</w:r>`;
}

function paragraphXml(p: WordParagraph): string {
  const properties =
    (p.line === undefined ? '' : `<w:spacing w:line="${String(p.line)}" w:lineRule="exact"/>`) +
    (p.firstLine === undefined ? '' : `<w:ind w:firstLine="${String(p.firstLine)}"/>`) +
    (p.align === undefined ? '' : `<w:jc w:val="${p.align}"/>`);
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${p.runs.map(runXml).join('')}</w:p>`;
}

/** A cell as written: its grid span, its vertical merge, its paragraphs' XML. */
interface PlacedCell {
  span: number;
  readonly merge: 'restart' | 'continue' | undefined;
  readonly content: string;
}

/**
 * The rows' cells placed on the grid: the continuation cells of row spans above inserted at their
 * columns, and a row shorter than the widest one widened at its last cell, as Word expects.
 */
function placeCells(table: WordTable): { rows: PlacedCell[][]; columns: number } {
  const pending: { column: number; span: number; left: number }[] = [];
  const rows = table.rows.map((row) => {
    const out: PlacedCell[] = [];
    let column = 0;
    let next = 0;
    for (;;) {
      const covered = pending.find((p) => p.column === column && p.left > 0);
      if (covered !== undefined) {
        covered.left--;
        out.push({ span: covered.span, merge: 'continue', content: '<w:p/>' });
        column += covered.span;
        continue;
      }
      const cell = row.cells[next];
      if (cell === undefined) {
        // Spans from above that lie past this row's last cell still need their continuation cells.
        const later = pending.filter((p) => p.column > column && p.left > 0).sort((a, b) => a.column - b.column)[0];
        if (later === undefined) break;
        out.push({ span: later.column - column, merge: undefined, content: '<w:p/>' });
        column = later.column;
        continue;
      }
      next++;
      const span = Math.max(1, cell.columnSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      if (rowSpan > 1) pending.push({ column, span, left: rowSpan - 1 });
      const content = cell.paragraphs.length === 0 ? '<w:p/>' : cell.paragraphs.map(paragraphXml).join('');
      out.push({ span, merge: rowSpan > 1 ? 'restart' : undefined, content });
      column += span;
    }
    return out;
  });
  const width = (cells: readonly PlacedCell[]): number => cells.reduce((sum, cell) => sum + cell.span, 0);
  const columns = Math.max(1, ...rows.map(width));
  for (const cells of rows) {
    const last = cells.at(-1);
    if (last !== undefined) last.span += columns - width(cells);
  }
  return { rows, columns };
}

function tableXml(table: WordTable, width: number): string {
  const { rows, columns } = placeCells(table);
  const cellXml = (cell: PlacedCell): string =>
    `<w:tc><w:tcPr>${cell.span > 1 ? `<w:gridSpan w:val="${String(cell.span)}"/>` : ''}` +
    `${cell.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.merge === 'continue' ? '<w:vMerge/>' : ''}` +
    `<w:vAlign w:val="center"/></w:tcPr>${cell.content}</w:tc>`;
  const rowsXml = rows.map(
    (cells, r) =>
      `<w:tr>${table.rows[r]?.header === true ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cellXml).join('')}</w:tr>`,
  );
  const each = Math.floor(width / columns);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${`<w:gridCol w:w="${String(each)}"/>`.repeat(columns)}</w:tblGrid>${rowsXml.join('')}</w:tbl>`
  );
}

/**
 * The .docx file of a body on a page, with the default font and size of its text.
 * @param blocks - paragraphs and tables, in order
 * @param page - size and margins
 * @param defaults - the document's default font and size
 * @param defaults.font - the font of text without its own
 * @param defaults.size - the size of text without its own, in half-points
 */
export function docxFile(
  blocks: readonly WordBlock[],
  page: WordPage,
  defaults: { readonly font: string; readonly size: number },
): Uint8Array {
  const width = page.size.width - page.margin.left - page.margin.right;
  const body = blocks.map((block) => (block.kind === 'table' ? tableXml(block, width) : paragraphXml(block))).join('');
  const { size, margin } = page;
  const section =
    `<w:sectPr><w:pgSz w:w="${String(size.width)}" w:h="${String(size.height)}"/>` +
    `<w:pgMar w:top="${String(margin.top)}" w:right="${String(margin.right)}" w:bottom="${String(margin.bottom)}" w:left="${String(margin.left)}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  const document = `${XML}<w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`;
  const styles =
    `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts(defaults.font)}` +
    `<w:sz w:val="${String(defaults.size)}"/><w:szCs w:val="${String(defaults.size)}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipParts([
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    ['word/document.xml', document],
    [
      'word/_rels/document.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['word/styles.xml', styles],
  ]);
}
