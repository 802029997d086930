import type {
  Catalogue,
  CatalogueDocument,
  CatalogueHeaderDocument,
  CatalogueIssue,
  CatalogueItemDocument,
} from '@gk/catalogue-schema';
import { CHANNEL_MARKS, formatCatalogueIssue, safeParseCatalogue } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import ExcelJS from 'exceljs';
import type { XlsxLimits } from './xlsx-limits.js';
import { inspectXlsx, XLSX_LIMITS } from './xlsx-limits.js';

/** A problem in a spreadsheet, at a cell (`Sheet1!F12`) when it has one. */
export interface SheetIssue {
  /** `Sheet1!F12`, or the sheet alone. */
  readonly location: string;
  readonly severity: 'error' | 'warning';
  /** The message, in the requested locale. */
  readonly message: string;
  /** The catalogue issue behind it, when the problem is in the catalogue's content. */
  readonly issue?: CatalogueIssue;
}

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

const HEADER_SHEET = '目录信息';
const HEADER_KEYS: readonly [
  (
    | keyof CatalogueHeaderDocument
    | 'divisionCode'
    | 'jurisdictionName'
    | 'agencyName'
    | 'agencyUscc'
    | 'guidelineId'
    | 'guidelineTitle'
    | 'guidelineDocNo'
    | 'guidelineVersion'
  ),
  string,
][] = [
  ['title', '标题'],
  ['divisionCode', '行政区划代码'],
  ['jurisdictionName', '行政区划名称'],
  ['agencyName', '编制机关'],
  ['domain', '领域'],
  ['version', '版本'],
  ['effectiveOn', '施行日期'],
  ['guidelineId', '标准指引'],
  ['agencyUscc', '统一社会信用代码'],
  ['guidelineTitle', '标准指引名称'],
  ['guidelineDocNo', '标准指引文号'],
  ['guidelineVersion', '标准指引版本'],
];

const norm = (text: string): string => text.replace(/[\s\u00a0（）()【】]/g, '').replace(/（要素）|\(要素\)/g, '');

/** Column roles, recognised from header text. */
type Role =
  | 'index'
  | 'primaryMatter'
  | 'secondaryMatter'
  | 'tertiaryMatter'
  | 'contentElements'
  | 'basis'
  | 'timeLimit'
  | 'publisher'
  | 'channels'
  | 'public'
  | 'specificGroups'
  | 'proactive'
  | 'onRequest'
  | 'tier'
  | 'id'
  | 'guidelineItemId'
  | 'notApplicable';

/** The sheet that holds instance rows (实例), one block per item. */
const INSTANCE_SHEET = '实例';
/** Optional columns after the standard ones, for the fields a county sheet rarely has. */
const OPTIONAL_COLUMNS = [
  ['id', '事项编号'],
  ['guidelineItemId', '指引事项编号'],
  ['notApplicable', '不适用理由'],
] as const;

function roleOf(text: string, parent: string): Role | undefined {
  const t = norm(text);
  const p = norm(parent);
  if (t === '序号') return 'index';
  if (t.startsWith('一级事项') || t === '一级目录') return 'primaryMatter';
  if (t.startsWith('二级事项') || t === '二级目录') return 'secondaryMatter';
  if (t.startsWith('三级事项')) return 'tertiaryMatter';
  if (t.startsWith('公开内容')) return 'contentElements';
  if (t.startsWith('公开依据')) return 'basis';
  if (t.startsWith('公开时限')) return 'timeLimit';
  if (t.startsWith('公开主体')) return 'publisher';
  if (t.startsWith('公开渠道')) return 'channels';
  if (t === '全社会') return 'public';
  if (t.startsWith('特定群')) return 'specificGroups';
  if (t === '主动' || t === '主动公开') return 'proactive';
  if (t === '依申请' || t === '依申请公开' || t === '申请') return 'onRequest';
  if (p.startsWith('公开层级') && t !== '') return 'tier';
  for (const [role, label] of OPTIONAL_COLUMNS) if (t === label) return role;
  return undefined;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  if (typeof value === 'object' && 'result' in value) return text(value.result);
  return '';
}

/**
 * A cell's text, taking a merged cell's value from its master (merged cells are carried over the rows
 * they span). A cell that does not exist is blank and is not created.
 */
function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const cell = sheet.findCell(row, column);
  if (cell === undefined) return '';
  return text(cell.isMerged ? cell.master.value : cell.value).trim();
}

/**
 * The last row and column holding a value: a sheet's empty tail (styled blank cells down to row
 * 1048576) is not read. Only rows and cells that exist are visited.
 */
function extent(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (text(cell.isMerged ? cell.master.value : cell.value).trim() === '') return;
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    });
  });
  return { rows, columns };
}

const ticked = (value: string): boolean =>
  /^[√✓✔☑■●]$|^是$/.test(value.trim()) ||
  (value.trim() !== '' && !/^[□口×✗否]$/.test(value.trim()) && value.trim().length <= 2 && /[√✓✔]/.test(value));

function splitList(value: string): string[] {
  return value
    .split(/\r?\n|；|;/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function splitChannels(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.flatMap((line) =>
    line
      .split(/(?=[■□▄口£▲◆√])/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

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
const unreadable = (location: string, message: string): XlsxCatalogueResult => ({
  document: null,
  catalogue: null,
  issues: [{ location, severity: 'error', message }],
});

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
      issues: refused.map((issue) => ({ location: issue.location, severity: 'error', message: issue.message })),
    };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      (data instanceof ArrayBuffer
        ? data
        : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) as ArrayBuffer,
    );
  } catch {
    return unreadable(
      '',
      locale === 'en' ? 'The file is not a readable .xlsx workbook' : '文件不是可读取的 .xlsx 工作簿',
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.name !== HEADER_SHEET && ws.name !== INSTANCE_SHEET);
  if (sheet === undefined) return unreadable('', locale === 'en' ? 'The workbook has no sheet' : '工作簿没有工作表');
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
    return unreadable(
      sheet.name,
      locale === 'en' ? 'No header row (公开事项 / 一级事项) found' : '没有找到表头（公开事项 / 一级事项）',
    );
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
    issues.push({ location, severity: issue.severity, message: formatCatalogueIssue(issue, locale), issue });
  }
  return { document, catalogue: result.success ? result.data : null, issues };
}

/**
 * Writes the instance rows (实例) of every item that declares instance fields, one block per item:
 * `序号 | n | 一级事项 | … | 二级事项 | …`, then the fields, then one row per instance, then a blank row.
 */
function writeInstances(workbook: ExcelJS.Workbook, catalogue: Catalogue): void {
  const withFields = catalogue.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.instanceFields !== undefined);
  if (withFields.length === 0) return;
  const sheet = workbook.addWorksheet(INSTANCE_SHEET);
  for (const { item, index } of withFields) {
    const fields = item.instanceFields ?? [];
    sheet.addRow(['序号', index + 1, '一级事项', item.primaryMatter, '二级事项', item.secondaryMatter]);
    sheet.addRow([...fields]);
    for (const instance of item.instances ?? []) sheet.addRow(fields.map((field) => instance[field] ?? ''));
    sheet.addRow([]);
  }
}

/** Reads the blocks {@link writeInstances} writes back into the items they belong to (by 序号). */
function readInstances(
  workbook: ExcelJS.Workbook,
  items: CatalogueItemDocument[],
  indexOfItem: ReadonlyMap<string, number>,
  issues: SheetIssue[],
  locale: Locale,
): void {
  const sheet = workbook.getWorksheet(INSTANCE_SHEET);
  if (sheet === undefined) return;
  const size = extent(sheet);
  let r = 1;
  while (r <= size.rows) {
    if (cellText(sheet, r, 1) !== '序号') {
      r++;
      continue;
    }
    const blockRow = r;
    const number = cellText(sheet, r, 2);
    const at = indexOfItem.get(number);
    const fields: string[] = [];
    for (let c = 1; c <= size.columns && cellText(sheet, r + 1, c) !== ''; c++) fields.push(cellText(sheet, r + 1, c));
    const instances: Record<string, string>[] = [];
    r += 2;
    while (r <= size.rows && cellText(sheet, r, 1) !== '序号') {
      const values = fields.map((_, c) => cellText(sheet, r, c + 1));
      if (values.every((value) => value === '')) {
        r++;
        break;
      }
      instances.push(Object.fromEntries(fields.map((field, c) => [field, values[c] ?? ''])));
      r++;
    }
    if (at === undefined) {
      issues.push({
        location: `${INSTANCE_SHEET}!B${String(blockRow)}`,
        severity: 'error',
        message:
          locale === 'en'
            ? `Instance rows name item no. ${number}, which the catalogue sheet does not have`
            : `实例所属的序号“${number}”在目录表中不存在`,
      });
      continue;
    }
    const item = items[at] as unknown as Record<string, unknown>;
    item.instanceFields = fields;
    if (instances.length > 0) item.instances = instances;
  }
}

/**
 * Writes a catalogue as an .xlsx workbook in the county layout that {@link readCatalogueXlsx} reads:
 * a title row, the two-level header with merged cells, 一级事项 merged down over its rows, channels
 * with ■ / □, ticks (√), and a 目录信息 sheet with the header, so that import ∘ export round-trips.
 * @param catalogue - a parsed catalogue
 * @returns the workbook's bytes
 */
export async function writeCatalogueXlsx(catalogue: Catalogue): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const tiers = catalogue.header.tierLabels ?? [
    ...new Set(catalogue.items.flatMap((item) => item.tiers.map((tier) => tier.label))),
  ];
  const hasTertiary = catalogue.items.some((item) => item.tertiaryMatter !== undefined);
  const matterColumns = hasTertiary ? ['一级事项', '二级事项', '三级事项'] : ['一级事项', '二级事项'];
  const top = [
    '序号',
    ...matterColumns.map(() => '公开事项'),
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '公开对象',
    '公开对象',
    '公开方式',
    '公开方式',
    ...tiers.map(() => '公开层级'),
  ];
  const optional = OPTIONAL_COLUMNS.filter(([role]) => catalogue.items.some((item) => item[role] !== undefined));
  const extraKeys = [...new Set(catalogue.items.flatMap((item) => Object.keys(item.extra ?? {})))];
  top.push(...optional.map(([, label]) => label), ...extraKeys);
  const sub = ['', ...matterColumns, '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', ...tiers];
  const width = top.length;
  sheet.addRow([catalogue.header.title]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow(top);
  sheet.addRow(sub);
  // Merge the header: groups across, single headings down.
  let c = 1;
  while (c <= width) {
    let end = c;
    while (end + 1 <= width && top[end] === top[c - 1]) end++;
    if (end > c) sheet.mergeCells(2, c, 2, end);
    else sheet.mergeCells(2, c, 3, c);
    c = end + 1;
  }
  catalogue.items.forEach((item, index) => {
    const matters = [item.primaryMatter, item.secondaryMatter, ...(hasTertiary ? [item.tertiaryMatter ?? ''] : [])];
    sheet.addRow([
      index + 1,
      ...matters,
      item.contentElements.join('\n'),
      item.basis.text,
      item.timeLimit.text,
      item.publisher,
      item.channels.map((channel) => `${channel.mark ?? CHANNEL_MARKS[channel.requirement]}${channel.name}`).join('\n'),
      item.audience.includes('public') ? '√' : '',
      item.audience.includes('specificGroups') ? (item.specificGroups ?? '√') : '',
      item.mode.includes('proactive') ? '√' : '',
      item.mode.includes('onRequest') ? '√' : '',
      ...tiers.map((label) => (item.tiers.some((tier) => tier.label === label) ? '√' : '')),
      ...optional.map(([role]) => (role === 'notApplicable' ? (item.notApplicable?.reason ?? '') : (item[role] ?? ''))),
      ...extraKeys.map((key) => item.extra?.[key] ?? ''),
    ]);
  });
  // 一级事项 merged down over consecutive rows with the same value.
  let start = 4;
  for (let r = 4; r <= 4 + catalogue.items.length; r++) {
    const same =
      r < 4 + catalogue.items.length &&
      catalogue.items[r - 4]?.primaryMatter === catalogue.items[start - 4]?.primaryMatter;
    if (!same) {
      if (r - 1 > start) sheet.mergeCells(start, 2, r - 1, 2);
      start = r;
    }
  }
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.font = { name: '宋体', size: 10 };
    });
  });
  writeInstances(workbook, catalogue);
  const header = workbook.addWorksheet(HEADER_SHEET);
  const h = catalogue.header;
  const values: Record<string, string> = {
    title: h.title,
    divisionCode: h.jurisdiction.divisionCode,
    jurisdictionName: h.jurisdiction.name,
    agencyName: h.agency.name,
    domain: h.domain,
    version: h.version,
    effectiveOn: h.effectiveOn,
    guidelineId: h.guideline?.id ?? '',
    agencyUscc: h.agency.uscc ?? '',
    guidelineTitle: h.guideline?.title ?? '',
    guidelineDocNo: h.guideline?.docNo ?? '',
    guidelineVersion: h.guideline?.version ?? '',
  };
  for (const [key, label] of HEADER_KEYS) if (values[key] !== '') header.addRow([label, values[key] ?? '']);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
