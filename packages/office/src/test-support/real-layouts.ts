// The real-layout fixtures (fixtures/real-layouts/*.json) as the files counties publish: an Excel
// workbook with its merged cells, and a Word document with the same table under its title.
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { A4_PAGE, paragraph, run, table } from '../docx.js';
import { docxFile } from '../wordml/document.js';

/** One real layout: the table's cells as published, where it came from, and what it holds. */
export interface RealLayout {
  readonly name: string;
  readonly source: string | readonly string[];
  readonly title: string;
  readonly layout: string;
  readonly header: readonly (readonly string[])[];
  /** Merged ranges as Excel writes them, the title being row 1. */
  readonly merges: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly expect: readonly Record<string, unknown>[];
  /** Errors the county's own table has: [field, code]. */
  readonly errors?: readonly (readonly [string, string])[];
  readonly tierLabels?: readonly string[];
}

const directory = new URL('../../fixtures/real-layouts/', import.meta.url);

/** Every real-layout fixture, by file name. */
export const realLayouts: readonly RealLayout[] = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as Omit<RealLayout, 'name'>),
  }));

/** The fixture as a workbook: the title in A1, the header and rows below, the merges as published. */
export async function layoutXlsx(layout: RealLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([layout.title]);
  for (const row of [...layout.header, ...layout.rows]) sheet.addRow([...row]);
  for (const range of layout.merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Span {
  readonly rows: number;
  readonly columns: number;
}

/** The merges by their top-left cell, 0-based within the table (the title row left out). */
function spans(layout: RealLayout): { at: Map<string, Span>; covered: Set<string> } {
  const at = new Map<string, Span>();
  const covered = new Set<string>();
  const cell = (ref: string): [number, number] => {
    const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(digits) - 2, column - 1];
  };
  for (const range of layout.merges) {
    const [from = '', to = ''] = range.split(':');
    const [r1, c1] = cell(from);
    const [r2, c2] = cell(to);
    at.set(`${String(r1)},${String(c1)}`, { rows: r2 - r1 + 1, columns: c2 - c1 + 1 });
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${String(r)},${String(c)}`);
  }
  return { at, covered };
}

/** The fixture as a Word document: the title paragraph, then the table with gridSpan and vMerge. */
export function layoutDocx(layout: RealLayout): Promise<Uint8Array> {
  const { at, covered } = spans(layout);
  const rows = [...layout.header, ...layout.rows].map((cells, r) => ({
    cells: cells.flatMap((text, c) => {
      // A cell a merge covers is left out; one covered from above is written by rowSpan.
      if (covered.has(`${String(r)},${String(c)}`)) return [];
      const span = at.get(`${String(r)},${String(c)}`);
      return [
        {
          paragraphs: text.split('\n').map((line) => paragraph([run(line)])),
          ...(span === undefined ? {} : { columnSpan: span.columns, rowSpan: span.rows }),
        },
      ];
    }),
  }));
  const blocks = [paragraph([run('附件1')]), paragraph([run(layout.title)]), table(rows)];
  return Promise.resolve(docxFile(blocks, A4_PAGE, { font: '仿宋_GB2312', size: 32 }));
}
