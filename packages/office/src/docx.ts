import type { AnnualReport } from '@gk/annual-report';
import { REQUEST_HEADER, SECTION_HEADINGS, reportTitle, sectionTexts } from '@gk/annual-report';
import type { Notice } from '@gk/request-workflow';
import { formatChineseDate, noticeContactLine } from '@gk/request-workflow';
import type { WordBlock, WordCell, WordParagraph, WordRow, WordRun, WordTable } from './wordml/document.js';
import { docxFile } from './wordml/document.js';

/** Fonts and sizes of 党政机关公文格式 (GB/T 9704): 仿宋 body in 三号, 小标宋 title in 二号, 黑体 headings. */
export const OFFICIAL_STYLE = {
  bodyFont: '仿宋_GB2312',
  titleFont: '方正小标宋简体',
  headingFont: '黑体',
  /** 三号 = 16 pt; Word sizes are half-points. */
  bodySize: 32,
  /** 二号 = 22 pt. */
  titleSize: 44,
  /** Table text: 四号 = 14 pt is too large for 7 columns; 小四 = 12 pt. */
  tableSize: 24,
} as const;

/** A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips). */
export const A4_PAGE = {
  size: { width: 11_906, height: 16_838 },
  margin: { top: 2_098, bottom: 1_984, left: 1_588, right: 1_474 },
} as const;

/** A run of text in the official fonts (internal to this package). */
export const run = (text: string, options: { font?: string; size?: number; bold?: boolean } = {}): WordRun => ({
  text,
  font: options.font ?? OFFICIAL_STYLE.bodyFont,
  size: options.size ?? OFFICIAL_STYLE.bodySize,
  ...(options.bold === true ? { bold: true } : {}),
});

/** A paragraph of runs (internal). */
export const paragraph = (
  runs: readonly WordRun[],
  options: { align?: 'center' | 'right'; firstLine?: number; line?: number } = {},
): WordParagraph => ({ kind: 'paragraph', runs, ...options });

/** A body paragraph: 仿宋, two-character indent, fixed 28 pt lines (internal). */
export const body = (text: string): WordParagraph => paragraph([run(text)], { firstLine: 640, line: 560 });

/** An A4 document with the GB/T 9704 margins, as .docx bytes (internal). */
export function page(children: readonly WordBlock[]): Uint8Array {
  return docxFile(children, A4_PAGE, { font: OFFICIAL_STYLE.bodyFont, size: OFFICIAL_STYLE.bodySize });
}

/**
 * A request notice as a Word document laid out as an official letter: title in 小标宋, number,
 * addressee, 仿宋 paragraphs with a two-character indent, agency and date at the right.
 * @param notice - a notice built by `buildNotice`
 * @returns the .docx bytes
 */
export function noticeToDocx(notice: Notice): Promise<Uint8Array> {
  const children: WordParagraph[] = [
    paragraph([run(notice.title, { font: OFFICIAL_STYLE.titleFont, size: OFFICIAL_STYLE.titleSize })], {
      align: 'center',
    }),
    ...(notice.noticeNo === undefined ? [] : [paragraph([run(notice.noticeNo)], { align: 'center' })]),
    paragraph([]),
    paragraph([run(`${notice.addressee}：`)]),
    ...notice.paragraphs.map(body),
    paragraph([]),
    paragraph([run(notice.agency.name)], { align: 'right' }),
    paragraph([run(formatChineseDate(notice.issuedOn))], { align: 'right' }),
  ];
  const contact = noticeContactLine(notice);
  if (contact !== null) children.push(paragraph([run(`（${contact}）`)]));
  return Promise.resolve(page(children));
}

/** A centred table cell (internal). */
export const cell = (
  text: string,
  options: { columnSpan?: number; rowSpan?: number; header?: boolean } = {},
): WordCell => ({
  paragraphs: [
    paragraph(
      [
        run(text, {
          size: OFFICIAL_STYLE.tableSize,
          ...(options.header === true ? { font: OFFICIAL_STYLE.headingFont } : {}),
        }),
      ],
      { align: 'center' },
    ),
  ],
  ...(options.columnSpan === undefined ? {} : { columnSpan: options.columnSpan }),
  ...(options.rowSpan === undefined ? {} : { rowSpan: options.rowSpan }),
});

const value = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
/** A full-width table (internal). */
export const table = (rows: readonly WordRow[]): WordTable => ({ kind: 'table', rows });

function requestsTable(report: AnnualReport): WordTable {
  const { rows } = report.tables.requests;
  const header = [
    {
      header: true,
      cells: [
        cell(REQUEST_HEADER.corner, { columnSpan: 3, rowSpan: 3, header: true }),
        cell(REQUEST_HEADER.applicant, { columnSpan: 7, header: true }),
      ],
    },
    {
      header: true,
      cells: [
        cell(REQUEST_HEADER.naturalPerson, { rowSpan: 2, header: true }),
        cell(REQUEST_HEADER.organization, { columnSpan: 5, header: true }),
        cell(REQUEST_HEADER.total, { rowSpan: 2, header: true }),
      ],
    },
    {
      header: true,
      cells: REQUEST_HEADER.organizationColumns.map((c) => cell(c, { header: true })),
    },
  ];
  const span = (depth: number, heading: string): number =>
    rows.filter((r) => (r.group ?? [])[depth] === heading).length;
  const bodyRows = rows.map((row, index) => {
    const group = row.group ?? [];
    const previous = rows[index - 1]?.group ?? [];
    const cells: WordCell[] = [];
    group.forEach((heading, depth) => {
      if (previous[depth] !== heading) cells.push(cell(heading, { rowSpan: span(depth, heading) }));
    });
    const columnSpan = 3 - group.length;
    cells.push(cell(row.label, columnSpan > 1 ? { columnSpan } : {}));
    cells.push(...row.values.map((v) => cell(value(v))));
    return { cells: cells };
  });
  return table([...header, ...bodyRows]);
}

function proactiveTable(report: AnnualReport): WordTable {
  const rows: WordRow[] = [];
  for (const block of report.tables.proactive.blocks) {
    rows.push({ cells: [cell(block.block, { columnSpan: block.columns.length + 1, header: true })] });
    rows.push({ cells: [cell('信息内容', { header: true }), ...block.columns.map((c) => cell(c, { header: true }))] });
    for (const row of block.rows) rows.push({ cells: [cell(row.label), ...row.values.map((v) => cell(value(v)))] });
  }
  return table(rows);
}

function appealsTable(report: AnnualReport): WordTable {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return table([
    {
      header: true,
      cells: [cell('行政复议', { columnSpan: 5, header: true }), cell('行政诉讼', { columnSpan: 10, header: true })],
    },
    {
      header: true,
      cells: [
        ...results.map((r) => cell(r, { rowSpan: 2, header: true })),
        cell('未经复议直接起诉', { columnSpan: 5, header: true }),
        cell('复议后起诉', { columnSpan: 5, header: true }),
      ],
    },
    { header: true, cells: [...results, ...results].map((r) => cell(r, { header: true })) },
    { cells: report.tables.appeals.values.map((v) => cell(value(v))) },
  ]);
}

/**
 * The annual report as a Word document: title, the six sections with 黑体 headings, and the official
 * tables with their merged headers (table 三's corner note, 申请人情况, 法人或其他组织; table 四's groups).
 * @param report - a report in the JSON form
 * @returns the .docx bytes
 */
export function annualReportToDocx(report: AnnualReport): Promise<Uint8Array> {
  const children: WordBlock[] = [
    paragraph([run(reportTitle(report), { font: OFFICIAL_STYLE.titleFont, size: OFFICIAL_STYLE.titleSize })], {
      align: 'center',
    }),
  ];
  if (report.agencies !== undefined) children.push(body(`汇总单位：${report.agencies.join('、')}`));
  SECTION_HEADINGS.forEach((heading, index) => {
    children.push(paragraph([run(heading, { font: OFFICIAL_STYLE.headingFont })], { firstLine: 640 }));
    for (const text of sectionTexts(report, index)) children.push(body(text));
    if (index === 1) children.push(proactiveTable(report));
    if (index === 2) children.push(requestsTable(report));
    if (index === 3) children.push(appealsTable(report));
  });
  return Promise.resolve(page(children));
}
