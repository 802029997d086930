// A catalogue table in the layouts counties publish: finding the header (one row or two), naming
// each column's role from its heading, and reading each row into an item document.
import type { CatalogueItemDocument } from '@gk/catalogue-schema';
import { tierLevelsOf } from '@gk/catalogue-schema';
import { splitChannels, splitList, ticked } from '../xlsx/cells.js';
import type { Role } from '../xlsx/layout.js';
import { GROUP_HEADINGS, norm, roleOf } from '../xlsx/layout.js';
import type { Grid } from './grid.js';
import { audienceOf, byLevel, marks, modesOf, tiersOf, unmarked } from './values.js';

/** How many rows from the top the header is looked for in. */
export const HEADER_SEARCH_ROWS = 20;

/** A table read into item documents, with where each came from. */
export interface CatalogueTable {
  readonly items: CatalogueItemDocument[];
  /** The grid row of each item. */
  readonly rowOfItem: readonly number[];
  /** Each item's index by its 序号 cell. */
  readonly indexOfItem: ReadonlyMap<string, number>;
  /** The column of a role, if the table has one. */
  readonly columnOf: (role: Role) => number | undefined;
  /** The tier labels, as headed or written, in level order where written. */
  readonly tierLabels: readonly string[];
  /** The text above the header (the table's title), `''` when the header is the first row. */
  readonly title: string;
}

/** Why no header was found: the row that came closest and its headings. */
export interface NoHeader {
  readonly row: number;
  readonly cells: string;
}

const isGroup = (heading: string): boolean => GROUP_HEADINGS.some((group) => norm(heading).startsWith(group));
const isMatter = (heading: string): boolean =>
  ['公开事项', '事项名称'].includes(norm(heading)) || roleOf(heading, '') === 'primaryMatter';

/** The header row: the first with a matter heading and at least three recognised headings. */
function findHeader(grid: Grid): number | NoHeader {
  let best = { row: 0, score: -1 };
  for (let r = 1; r <= Math.min(grid.rows, HEADER_SEARCH_ROWS); r++) {
    let score = 0;
    let matter = false;
    for (let c = 1; c <= grid.columns; c++) {
      const heading = grid.text(r, c);
      if (roleOf(heading, '') !== undefined || isGroup(heading)) score++;
      if (isMatter(heading)) matter = true;
    }
    if (matter && score >= 3) return r;
    if (score > best.score) best = { row: r, score };
  }
  const cells: string[] = [];
  for (let c = 1; c <= grid.columns && cells.length < 8; c++) {
    const t = grid.text(best.row, c);
    if (t !== '' && !cells.includes(t)) cells.push(t.length > 16 ? `${t.slice(0, 16)}…` : t);
  }
  return { row: best.row, cells: cells.join('、') };
}

/**
 * Each column's heading and the sub-heading below it (`''` for a one-row header). A group heading
 * whose merge was lost (blank cells to its right) still covers the sub-headings under those cells.
 */
function headerColumns(grid: Grid, headerRow: number, twoRows: boolean): { top: string; sub: string }[] {
  const columns: { top: string; sub: string }[] = [];
  let lastTop = '';
  for (let c = 1; c <= grid.columns; c++) {
    const sub = twoRows ? grid.text(headerRow + 1, c) : '';
    const written = grid.text(headerRow, c);
    lastTop = written === '' && sub !== '' ? lastTop : written;
    columns.push({ top: lastTop, sub });
  }
  return columns;
}

/**
 * Whether the row under the header holds sub-headings (一级事项 / 二级事项, 全社会 / 特定群体, 主动 /
 * 依申请, the tiers): some column under a group heading has a recognised sub-heading, and no column
 * under a plain heading holds anything but that heading (merged down) — so a first data row holding
 * 全社会 as text is not taken for a sub-header.
 */
function hasSubHeader(grid: Grid, headerRow: number): boolean {
  let named = false;
  for (const { top, sub: below } of headerColumns(grid, headerRow, true)) {
    if (below === '' || below === top) continue;
    if (isGroup(top) && roleOf(below, top) !== undefined) named = true;
    else if (top !== '' && !isGroup(top)) return false;
  }
  return named;
}

/**
 * Reads a catalogue table: the header (a two-level one, or one row), each column's role, and each
 * row with content as an item document. Columns no role claims are kept in `extra` under their heading.
 * @param grid - the table
 * @returns the items and where they came from, or the row that came closest to a header
 */
export function readTable(grid: Grid): CatalogueTable | NoHeader {
  const headerRow = findHeader(grid);
  if (typeof headerRow !== 'number') return headerRow;
  const twoRows = hasSubHeader(grid, headerRow);
  const roles = new Map<number, Role>();
  const headings = new Map<number, string>();
  const extraColumns = new Map<number, string>();
  headerColumns(grid, headerRow, twoRows).forEach(({ top, sub }, index) => {
    const c = index + 1;
    const heading = sub !== '' && sub !== top ? sub : top;
    const role = roleOf(heading, top);
    headings.set(c, heading);
    // Each role takes its first column; tiers and written modes (公开方式 and 公开属性) take every one.
    if (role !== undefined && (MANY.has(role) || ![...roles.values()].includes(role))) roles.set(c, role);
    else if (heading !== '') extraColumns.set(c, heading);
  });
  const columnOf = (role: Role): number | undefined => [...roles].find(([, r]) => r === role)?.[0];
  const columnsOf = (role: Role): number[] => [...roles].filter(([, r]) => r === role).map(([c]) => c);
  const headed = [...new Set(columnsOf('tier').map((c) => headings.get(c) ?? ''))];
  const written = new Set<string>();
  const items: CatalogueItemDocument[] = [];
  const rowOfItem: number[] = [];
  const indexOfItem = new Map<string, number>();
  for (let r = (twoRows ? headerRow + 1 : headerRow) + 1; r <= grid.rows; r++) {
    const get = (role: Role): string => {
      const column = columnOf(role);
      return column === undefined ? '' : grid.text(r, column);
    };
    const content = [get('primaryMatter'), get('secondaryMatter'), get('contentElements'), get('timeLimit')];
    if (content.every((v) => v === '')) continue;
    const extra: Record<string, string> = {};
    const item = readRow({ grid, row: r, get, headings, columnOf, columnsOf, written, extra });
    for (const [column, label] of extraColumns) {
      const value = grid.text(r, column);
      if (value !== '') extra[label] = value;
    }
    if (Object.keys(extra).length > 0) item.extra = extra;
    indexOfItem.set(get('index'), items.length);
    items.push(item as unknown as CatalogueItemDocument);
    rowOfItem.push(r);
  }
  // The tier columns' headings in column order, then the labels only written in cells, by level.
  const tierLabels = [...headed, ...byLevel([...written].filter((label) => !headed.includes(label)))];
  return { items, rowOfItem, indexOfItem, columnOf, tierLabels, title: titleAbove(grid, headerRow) };
}

/** The first text above the header row: the title rows counties put over the table. */
function titleAbove(grid: Grid, headerRow: number): string {
  for (let r = 1; r < headerRow; r++)
    for (let c = 1; c <= grid.columns; c++) if (grid.text(r, c) !== '') return grid.text(r, c);
  return '';
}

/** Roles more than one column may have. */
const MANY: ReadonlySet<Role> = new Set<Role>(['tier', 'modeText']);

/** What reading one row needs: the table, the row, its roles and where written tier labels go. */
interface RowContext {
  readonly grid: Grid;
  readonly row: number;
  readonly get: (role: Role) => string;
  readonly headings: ReadonlyMap<number, string>;
  readonly columnOf: (role: Role) => number | undefined;
  readonly columnsOf: (role: Role) => number[];
  /** Tier labels written in cells rather than headed: collected for the header. */
  readonly written: Set<string>;
  /** The row's local columns, and cells that name no value of their column. */
  readonly extra: Record<string, string>;
}

const AUDIENCE_ORDER = ['public', 'specificGroups'] as const;
const MODE_ORDER = ['proactive', 'onRequest'] as const;

function readRow({
  grid,
  row: r,
  get,
  headings,
  columnOf,
  columnsOf,
  written: writtenTiers,
  extra,
}: RowContext): Record<string, unknown> {
  const heading = (role: Role): string => headings.get(columnOf(role) ?? 0) ?? '';
  const audience = new Set<'public' | 'specificGroups'>();
  const mode = new Set<'proactive' | 'onRequest'>();
  let specificGroups = '';
  if (marks(get('public'), heading('public'))) audience.add('public');
  const specific = get('specificGroups');
  if (specific !== '' && !unmarked(specific)) {
    audience.add('specificGroups');
    if (!ticked(specific) && !marks(specific, heading('specificGroups'))) specificGroups = specific;
  }
  if (get('audienceText') !== '') {
    const written = audienceOf(get('audienceText'));
    if (written.public) audience.add('public');
    if (written.groups) audience.add('specificGroups');
    if (written.description !== undefined) specificGroups = written.description;
  }
  if (marks(get('proactive'), heading('proactive'))) mode.add('proactive');
  if (marks(get('onRequest'), heading('onRequest'))) mode.add('onRequest');
  for (const column of columnsOf('modeText')) {
    const value = grid.text(r, column);
    const named = modesOf(value);
    for (const m of named) mode.add(m);
    // 公开方式 that names no mode (全文发布) is a local column: kept as written.
    if (value !== '' && named.length === 0) extra[headings.get(column) ?? ''] = value;
  }
  const tiers: string[] = [];
  for (const column of columnsOf('tier')) {
    const value = grid.text(r, column);
    const label = headings.get(column) ?? '';
    if (!ticked(value) && !unmarked(value) && value !== label && tierLevelsOf(value).length > 0) {
      // A tier cell holding a level as text (乌恰: 县级 under 州级县级) names that level.
      tiers.push(value);
      writtenTiers.add(value);
    } else if (marks(value, label)) tiers.push(label);
  }
  const tierText = get('tierText');
  for (const label of tiersOf(tierText)) {
    tiers.push(label);
    writtenTiers.add(label);
  }
  if (tierText !== '' && tiersOf(tierText).length === 0) extra[heading('tierText')] = tierText;
  const item: Record<string, unknown> = {
    primaryMatter: get('primaryMatter'),
    secondaryMatter: get('secondaryMatter'),
    contentElements: splitList(get('contentElements')),
    basis: get('basis'),
    timeLimit: get('timeLimit'),
    publisher: get('publisher'),
    channels: splitChannels(get('channels')),
    audience: AUDIENCE_ORDER.filter((a) => audience.has(a)),
    mode: MODE_ORDER.filter((m) => mode.has(m)),
  };
  if (columnOf('tertiaryMatter') !== undefined && get('tertiaryMatter') !== '')
    item.tertiaryMatter = get('tertiaryMatter');
  if (specificGroups !== '') item.specificGroups = specificGroups;
  if (columnsOf('tier').length > 0 || columnOf('tierText') !== undefined) item.tiers = [...new Set(tiers)];
  for (const role of ['id', 'guidelineItemId'] as const) if (get(role) !== '') item[role] = get(role);
  if (get('notApplicable') !== '') item.notApplicable = { reason: get('notApplicable') };
  return item;
}
