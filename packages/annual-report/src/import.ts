// Reading a published report back into the JSON form: from the HTML an agency put on its website or
// the text copied from it (cells one per line, ending in `|`, or separated by tabs). Rows are found by
// their printed labels, the format is told by its columns, and a blank cell stays blank (null) — never
// guessed; a damaged label, a dash in a cell, a missing cell or an old format are reported.
import type { IssuePath } from '@gk/core';
import { createIssue } from '@gk/core';
import type { ReportFormat } from './formats.js';
import { APPEAL_COLUMNS, LABEL_VARIANTS, PROACTIVE_BLOCKS, REQUEST_COLUMNS, REQUEST_ROWS } from './formats.js';
import type { AnnualReport, Cell, ReportSections } from './report.js';
import type { ReportIssue } from './report-issues.js';

/** The largest text {@link importReportText} reads: 2 MB of characters. */
export const MAX_IMPORT_LENGTH = 2_000_000;

/** The most table cells {@link importReportText} reads (a report has about 300). */
export const MAX_IMPORT_CELLS = 20_000;

/** Options of {@link importReportText}. */
export interface ImportOptions {
  /** The report's year, when the text does not say it in its title. */
  readonly year?: number;
  /** The issuing agency, when the title does not name it. */
  readonly issuer?: string;
}

/** The result of {@link importReportText}: the report when its tables were found, and what was noticed. */
export type ImportResult =
  | { readonly success: true; readonly report: AnnualReport; readonly issues: readonly ReportIssue[] }
  | { readonly success: false; readonly issues: readonly ReportIssue[] };

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A table cell as a line of the text {@link importReportText} reads: its text on one line (a `|` in it
 * becomes `｜`), then ` |`. A row ends with a line of `||`.
 * @param text - the cell's text, its paragraphs joined
 * @returns the line, with its newline
 */
export const cellLine = (text: string): string => `${text.replace(/\s+/g, ' ').replace(/\|/g, '｜').trim()} |\n`;

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * HTML to lines, in one pass over its tags (no backtracking, whatever the input): a cell becomes
 * `text |` with its paragraphs and line breaks (本年新<br />制作数量) kept inside it, a row's end a `||`
 * line, other blocks their own lines; scripts and styles are dropped.
 */
function htmlToLines(html: string): string {
  const out: string[] = [];
  let cell: string[] | null = null;
  let skipping = false;
  for (const [token] of html.matchAll(/<[^<>]*>|<|[^<]+/g)) {
    const tag = /^<\s*(\/?)\s*([a-z][a-z0-9]*)/i.exec(token);
    if (tag === null) {
      if (!skipping) (cell ?? out).push(decode(token));
      continue;
    }
    const [, closing, rawName] = tag;
    const name = (rawName ?? '').toLowerCase();
    if (name === 'script' || name === 'style') skipping = closing === '';
    else if (skipping) continue;
    else if (name === 'td' || name === 'th') {
      if (cell !== null) out.push(cellLine(cell.join(' ')));
      cell = closing === '' ? [] : null;
    } else if (name === 'tr' && closing !== '') {
      if (cell !== null) out.push(cellLine(cell.join(' ')));
      cell = null;
      out.push('\n||\n');
    } else if (cell !== null) cell.push(' ');
    else if (/^(br|p|div|h\d|li|caption|table|tr)$/.test(name)) out.push('\n');
  }
  if (cell !== null) out.push(cellLine(cell.join(' ')));
  return out.join('');
}

/** Invisible characters (zero-width, bidi controls, BOM) and NUL out; the printed text otherwise kept. */
const clean = (text: string): string =>
  text.replaceAll('\0', '').replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');

/** Full-width digits and brackets as ASCII, for comparing and reading numbers. */
const nfkc = (text: string): string => text.normalize('NFKC');

/** A label's key: no spaces or punctuation, so `（一）予以公开` and `(一) 予以公开` meet. */
const keyOf = (label: string): string =>
  nfkc(clean(label))
    .replace(/[\s\u3000.。、．:：()（）“”"'‘’/]/g, '')
    .replace(/行政法复议/g, '行政复议');

/** The cells of the text, in order; a row's end (`||`) is kept as `null`. */
function cellsOf(text: string): (string | null)[] {
  const cells: (string | null)[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^\|{2,}$/.test(line)) {
      cells.push(null);
      continue;
    }
    const parts = line.split('|');
    if (line.endsWith('|')) parts.pop();
    for (const part of parts) for (const piece of part.split('\t')) cells.push(piece.trim());
  }
  return cells;
}

const DASHES = new Set(['/', '-', '—', '——', '－', '无', '／']);

/** Reads a value cell: a number, blank (null), or a dash (null, reported). */
function valueOf(
  cell: string | undefined,
  where: { table: string; row: string; column: string },
  path: IssuePath,
  issues: ReportIssue[],
): Cell {
  if (cell === undefined) {
    issues.push(createIssue('import.missingCell', where, path, 'warning'));
    return null;
  }
  const text = nfkc(cell).replace(/[,，\s]/g, '');
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  issues.push(
    createIssue(
      'report.cellValue',
      { ...where, value: cell.slice(0, 40) },
      path,
      DASHES.has(text) ? 'warning' : 'error',
    ),
  );
  return null;
}

/** A value cell may be a number, blank, or a dash; anything else is a label. */
const isValue = (cell: string | null): boolean =>
  cell !== null && (/^[\d.,，\s]*$/.test(nfkc(cell)) || DASHES.has(cell.replace(/\s/g, '')));

/**
 * Finds a label among the cells from `from`: exactly by its key, else one character dropped or
 * changed (reported as a variant). Returns the index after the label.
 */
function findLabel(
  cells: readonly (string | null)[],
  label: string,
  from: number,
  table: string,
  issues: ReportIssue[],
): number {
  const want = keyOf(label);
  const variants = Object.entries(LABEL_VARIANTS)
    .filter(([, official]) => official === label)
    .map(([variant]) => keyOf(variant));
  for (let i = from; i < cells.length; i += 1) {
    const cell = cells[i];
    if (cell === null || cell === undefined) continue;
    const key = keyOf(cell);
    if (key === want || variants.includes(key)) return i + 1;
  }
  for (let i = from; i < cells.length; i += 1) {
    const cell = cells[i];
    if (cell === null || cell === undefined || cell.length > 80) continue;
    if (want.length >= 4 && nearlyEqual(keyOf(cell), want)) {
      issues.push(
        createIssue('report.labelVariant', { table, found: cell.slice(0, 80), official: label }, [], 'warning'),
      );
      return i + 1;
    }
  }
  return -1;
}

/** One character dropped, added or changed. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  if (a.length === b.length) return tail(a, b);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The values following a label: `count` cells, skipping a row's end before the first. */
function rowValues(
  cells: readonly (string | null)[],
  at: number,
  count: number,
  where: { table: string; row: string },
  columns: readonly string[],
  path: IssuePath,
  issues: ReportIssue[],
): Cell[] {
  let i = at;
  while (cells[i] === null) i += 1;
  const values: Cell[] = [];
  for (let c = 0; c < count; c += 1) {
    const cell = cells[i];
    const present = cell !== null && cell !== undefined && isValue(cell);
    values.push(
      valueOf(present ? cell : undefined, { ...where, column: columns[c] ?? String(c + 1) }, [...path, c], issues),
    );
    if (present) i += 1;
  }
  return values;
}

function detectFormat(cells: readonly (string | null)[]): ReportFormat | undefined {
  const keys = new Set(cells.flatMap((c) => (c === null ? [] : [keyOf(c)])));
  if (keys.has(keyOf('本年制发件数')) || keys.has(keyOf('3.其他'))) return '2021';
  if (keys.has(keyOf('本年新制作数量')) || keys.has(keyOf('对外公开总数量'))) return '2019-trial';
  return undefined;
}

const SECTION_KEYS: readonly { key: keyof ReportSections; heading: RegExp }[] = [
  { key: 'overview', heading: /^一、\s*总体情况/ },
  { key: 'problems', heading: /^五、\s*(政府信息公开工作)?存在的?主要问题/ },
  { key: 'other', heading: /^六、\s*其他需要报告的事项/ },
];

/** The text sections: from each heading to the next numbered heading. */
function sectionsOf(lines: readonly string[]): ReportSections {
  const sections: Partial<Record<keyof ReportSections, string>> = {};
  for (const { key, heading } of SECTION_KEYS) {
    const start = lines.findIndex((l) => heading.test(l));
    if (start < 0) continue;
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => /^[一二三四五六七]、/.test(l));
    const text = (end < 0 ? rest : rest.slice(0, end))
      .filter((l) => !l.includes('|'))
      .join('\n')
      .trim();
    if (text !== '') sections[key] = text.slice(0, 20_000);
  }
  return sections;
}

/** A name: no spaces, digits or punctuation that ends a phrase. */
const NAME = '[^\\s\\d０-９|，,。、:：;；《》()（）“”"]{2,60}?';
const YEAR = '([\\d０-９]{4})\\s*年\\s*度?\\s*';
const REPORT = '(?:政府)?信息公开(?:工作)?(?:年度)?报告';
/** 示范县教育局2025年政府信息公开工作年度报告; 2022年上海市政府信息公开工作年度报告. */
const TITLES = [new RegExp(`(${NAME})${YEAR}${REPORT}`), new RegExp(`${YEAR}(${NAME})${REPORT}`)];

/** The issuer and year a report's title names, the earlier of the two word orders. */
function titleOf(text: string): { issuer: string; year: number } | undefined {
  const [issuerFirst, yearFirst] = TITLES.map((re) => re.exec(text));
  const first =
    issuerFirst != null && (yearFirst == null || issuerFirst.index <= yearFirst.index)
      ? { issuer: issuerFirst[1], year: issuerFirst[2] }
      : yearFirst != null
        ? { issuer: yearFirst[2], year: yearFirst[1] }
        : undefined;
  if (first === undefined) return undefined;
  return { issuer: (first.issuer ?? '').replace(/^(关于|现公布|公布)/, ''), year: Number(nfkc(first.year ?? '')) };
}

/**
 * Reads a published annual report from its HTML or text: the format (2021 or 2019 试行), the year and
 * issuer from its title, the three tables by their printed labels, the text sections. A blank cell is
 * `null` in the result (`checkReport` then reports it), a dash (`/`, `—`) is `null` and reported, a
 * label with a dropped or changed character is matched and reported, a missing row or cell is reported.
 * @param text - the page's HTML, or its text
 * @param options - the year and issuer when the title does not give them
 * @returns the report in the JSON form with what was noticed, or the issues that prevent reading it
 */
export function importReportText(text: string, options: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return failure(createIssue('report.shape', { field: 'text' }, []));
  if (text.length > MAX_IMPORT_LENGTH)
    return failure(createIssue('input.tooLong', { field: 'text', limit: MAX_IMPORT_LENGTH }, []));
  const plain = clean(/<\/?(table|td|tr|p|div|br)\b/i.test(text) ? htmlToLines(text) : text);
  const lines = plain
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const cells = cellsOf(plain);
  if (cells.length > MAX_IMPORT_CELLS)
    return failure(createIssue('input.tooMany', { field: 'cells', limit: MAX_IMPORT_CELLS }, []));
  const issues: ReportIssue[] = [];
  const format = detectFormat(cells);
  if (format === undefined) return failure(createIssue('import.noTables', {}, []));
  const title = titleOf(lines.slice(0, 3).join('\n')) ?? titleOf(plain);
  const year = options.year ?? title?.year ?? Number.NaN;
  if (!Number.isInteger(year) || year < 2008 || year > 9999) return failure(createIssue('import.year', {}, ['year']));
  const issuer = options.issuer ?? title?.issuer ?? '';
  if (format === '2019-trial' && year >= 2021)
    issues.push(createIssue('import.oldFormat', { year }, ['format'], 'warning'));

  let at = 0;
  const blocks = PROACTIVE_BLOCKS[format].map((block, b) => {
    const found = findLabel(cells, block.block, at, '表二', issues);
    if (found < 0)
      issues.push(createIssue('report.missingRow', { table: '表二', label: block.block }, ['tables', 'proactive', b]));
    else at = found;
    return {
      block: block.block,
      columns: block.columns,
      rows: block.rows.map((label, r) => {
        const start = findLabel(cells, label, at, '表二', issues);
        const path = ['tables', 'proactive', 'blocks', b, 'rows', r, 'values'];
        if (start < 0) {
          issues.push(createIssue('report.missingRow', { table: '表二', label }, path));
          return { label, values: block.columns.map((): Cell => null) };
        }
        at = start;
        const values = rowValues(
          cells,
          start,
          block.columns.length,
          { table: '表二', row: label },
          block.columns,
          path,
          issues,
        );
        return { label, values };
      }),
    };
  });

  const rows = REQUEST_ROWS[format].map((definition, r) => {
    const start = findLabel(cells, definition.label, at, '表三', issues);
    const path = ['tables', 'requests', 'rows', r, 'values'];
    const row = { ...(definition.group.length === 0 ? {} : { group: definition.group }), label: definition.label };
    if (start < 0) {
      issues.push(createIssue('report.missingRow', { table: '表三', label: definition.label }, path));
      return { ...row, values: REQUEST_COLUMNS.map((): Cell => null) };
    }
    at = start;
    return {
      ...row,
      values: rowValues(cells, start, 7, { table: '表三', row: definition.label }, REQUEST_COLUMNS, path, issues),
    };
  });

  // 表四: its fifteen numbers follow the last of its column headings.
  let appealsAt = at;
  for (let n = 0; n < 3; n += 1) {
    const next = findLabel(cells, '总计', appealsAt, '表四', []);
    if (next > 0) appealsAt = next;
  }
  const appeals = rowValues(
    cells,
    appealsAt,
    15,
    { table: '表四', row: '行政复议、行政诉讼' },
    APPEAL_COLUMNS,
    ['tables', 'appeals', 'values'],
    issues,
  );

  const report: AnnualReport = {
    format,
    year,
    issuer,
    tables: {
      proactive: { blocks },
      requests: { columns: REQUEST_COLUMNS, rows },
      appeals: { columns: APPEAL_COLUMNS, values: appeals },
    },
    sections: sectionsOf(lines),
  };
  return { success: true, report, issues };
}

function failure(issue: ReportIssue): ImportResult {
  return { success: false, issues: [issue] };
}
