// Reading a catalogue from a county workbook: header detection, merged cells, ticks, marks, and
// every problem reported at its cell.
import type {
  Catalogue,
  CatalogueDocument,
  CatalogueHeaderDocument,
  CatalogueItemDocument,
} from '@gk/catalogue-schema';
import { formatCatalogueIssue, safeParseCatalogue } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import ExcelJS from 'exceljs';
import { locatedIssue } from '../format-issue.js';
import type { SheetIssue } from '../issues.js';
import type { XlsxLimits } from '../xlsx-limits.js';
import { inspectXlsx, XLSX_LIMITS } from '../xlsx-limits.js';
import { cellText, extent, splitChannels, splitList, text, ticked } from './cells.js';
import { readInstances } from './instances.js';
import type { Role } from './layout.js';
import { HEADER_KEYS, HEADER_SHEET, INSTANCE_SHEET, norm, roleOf } from './layout.js';

/** The result of {@link readCatalogueXlsx}. */
export interface XlsxCatalogueResult {
  /** The catalogue document read from the sheet (before domain checks). */
  readonly document: CatalogueDocument | null;
  /** The parsed catalogue when it has no errors. */
  readonly catalogue: Catalogue | null;
  readonly issues: readonly SheetIssue[];
}

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
function readHeaderSheet(workbook: ExcelJS.Workbook): Partial<Record<string, string>> {
  const sheet = workbook.getWorksheet(HEADER_SHEET);
  const values: Partial<Record<string, string>> = {};
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
  const issues: SheetIssue[] = [];
  const size = extent(sheet);
  // Find the header: the first row with a cell naming 公开事项 or 一级事项.
  let headerRow = 0;
  for (let r = 1; r <= Math.min(size.rows, 15) && headerRow === 0; r++) {
    for (let c = 1; c <= size.columns; c++) {
      const value = norm(cellText(sheet, r, c));
      if (value === '公开事项' || value.startsWith('一级事项') || value === '一级目录') {
        headerRow = r;
        break;
      }
    }
  }
  if (headerRow === 0) {
    return unreadable(locatedIssue('xlsx.noHeader', {}, sheet.name, locale));
  }
  const subRow = headerRow + 1;
  const hasSubHeader = [...Array(size.columns).keys()].some((i) => {
    const t = norm(cellText(sheet, subRow, i + 1));
    return t.startsWith('一级事项') || t === '全社会' || t === '主动';
  });
  const roles = new Map<number, Role>();
  const tierLabels = new Map<number, string>();
  /** Columns with a heading no role claims: kept in `extra` under that heading. */
  const extraColumns = new Map<number, string>();
  let lastTop = '';
  for (let c = 1; c <= size.columns; c++) {
    const sub = hasSubHeader ? cellText(sheet, subRow, c) : '';
    // A group heading whose merge was lost (blank cells to its right) still covers its sub-headings.
    const written = cellText(sheet, headerRow, c);
    const top = written === '' && sub !== '' ? lastTop : written;
    lastTop = top;
    const role = roleOf(sub !== '' && sub !== top ? sub : top, top);
    if (role !== undefined) roles.set(c, role);
    else if (top !== '' || sub !== '') extraColumns.set(c, sub !== '' && sub !== top ? sub : top);
    if (role === 'tier') tierLabels.set(c, sub);
  }
  const columnOf = (role: Role): number | undefined => [...roles].find(([, r]) => r === role)?.[0];
  const letter = (column: number): string => sheet.getColumn(column).letter;
  const firstData = hasSubHeader ? subRow + 1 : headerRow + 1;
  const items: CatalogueItemDocument[] = [];
  const rowOfItem: number[] = [];
  const indexOfItem = new Map<string, number>();
  for (let r = firstData; r <= size.rows; r++) {
    const get = (role: Role): string => {
      const column = columnOf(role);
      return column === undefined ? '' : cellText(sheet, r, column);
    };
    const content = [get('primaryMatter'), get('secondaryMatter'), get('contentElements'), get('timeLimit')];
    if (content.every((v) => v === '')) continue;
    const audience = [
      ...(ticked(get('public')) ? (['public'] as const) : []),
      ...(get('specificGroups') !== '' && !/^[□口×]$/.test(get('specificGroups')) ? (['specificGroups'] as const) : []),
    ];
    const mode = [
      ...(ticked(get('proactive')) ? (['proactive'] as const) : []),
      ...(ticked(get('onRequest')) ? (['onRequest'] as const) : []),
    ];
    const tiers = [...tierLabels].filter(([column]) => ticked(cellText(sheet, r, column))).map(([, label]) => label);
    const specific = get('specificGroups');
    const item: Record<string, unknown> = {
      primaryMatter: get('primaryMatter'),
      secondaryMatter: get('secondaryMatter'),
      contentElements: splitList(get('contentElements')),
      basis: get('basis'),
      timeLimit: get('timeLimit'),
      publisher: get('publisher'),
      channels: splitChannels(get('channels')),
      audience,
      mode,
    };
    if (columnOf('tertiaryMatter') !== undefined && get('tertiaryMatter') !== '')
      item.tertiaryMatter = get('tertiaryMatter');
    if (specific !== '' && !ticked(specific) && !/^[□口×]$/.test(specific)) item.specificGroups = specific;
    if (tierLabels.size > 0) item.tiers = tiers;
    for (const role of ['id', 'guidelineItemId'] as const) if (get(role) !== '') item[role] = get(role);
    if (get('notApplicable') !== '') item.notApplicable = { reason: get('notApplicable') };
    const extra: Record<string, string> = {};
    for (const [column, label] of extraColumns) {
      const value = cellText(sheet, r, column);
      if (value !== '') extra[label] = value;
    }
    if (Object.keys(extra).length > 0) item.extra = extra;
    indexOfItem.set(get('index'), items.length);
    items.push(item as unknown as CatalogueItemDocument);
    rowOfItem.push(r);
  }
  readInstances(workbook, items, indexOfItem, issues, locale);
  const sheetHeader = readHeaderSheet(workbook);
  const given = options.header ?? {};
  const title = sheetHeader.title ?? given.title ?? cellText(sheet, 1, 1);
  const document = {
    formatVersion: '1' as const,
    header: {
      title,
      jurisdiction: {
        divisionCode: sheetHeader.divisionCode ?? given.jurisdiction?.divisionCode ?? '',
        name: sheetHeader.jurisdictionName ?? given.jurisdiction?.name ?? '',
      },
      agency: {
        name: sheetHeader.agencyName ?? given.agency?.name ?? '',
        ...(sheetHeader.agencyUscc
          ? { uscc: sheetHeader.agencyUscc }
          : given.agency?.uscc
            ? { uscc: given.agency.uscc }
            : {}),
      },
      domain: sheetHeader.domain ?? given.domain ?? '',
      version: sheetHeader.version ?? given.version ?? '',
      effectiveOn: sheetHeader.effectiveOn ?? given.effectiveOn ?? '',
      ...(sheetHeader.guidelineId !== undefined && sheetHeader.guidelineId !== ''
        ? {
            guideline: {
              id: sheetHeader.guidelineId,
              ...(sheetHeader.guidelineTitle ? { title: sheetHeader.guidelineTitle } : {}),
              ...(sheetHeader.guidelineDocNo ? { docNo: sheetHeader.guidelineDocNo } : {}),
              ...(sheetHeader.guidelineVersion ? { version: sheetHeader.guidelineVersion } : {}),
            },
          }
        : given.guideline === undefined
          ? {}
          : { guideline: given.guideline }),
      ...(tierLabels.size > 0 ? { tierLabels: [...tierLabels.values()] } : {}),
    },
    items,
  } satisfies CatalogueDocument;
  const result = safeParseCatalogue(document);
  for (const issue of result.issues) {
    const [root, index, field] = issue.path;
    let location = sheet.name;
    if (root === 'items' && typeof index === 'number') {
      const row = rowOfItem[index];
      const column =
        typeof field === 'string'
          ? columnOf(field === 'audience' ? 'public' : field === 'mode' ? 'proactive' : (field as Role))
          : undefined;
      location = `${sheet.name}!${column === undefined ? 'A' : letter(column)}${String(row ?? '')}`;
    } else if (root === 'header') {
      location = workbook.getWorksheet(HEADER_SHEET) === undefined ? sheet.name : HEADER_SHEET;
    }
    issues.push({ ...issue, location, message: formatCatalogueIssue(issue, locale), issue });
  }
  return { document, catalogue: result.success ? result.data : null, issues };
}
