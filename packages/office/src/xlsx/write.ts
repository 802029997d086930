// Writing a catalogue as a workbook in the county layout, with its 目录信息 and 实例 sheets.
import type { Catalogue } from '@gk/catalogue-schema';
import { CHANNEL_MARKS } from '@gk/catalogue-schema';
import type { SheetData } from './spreadsheetml.js';
import { range, xlsxFile } from './spreadsheetml.js';
import { writeInstances } from './instances.js';
import { HEADER_KEYS, HEADER_SHEET, OPTIONAL_COLUMNS } from './layout.js';

/**
 * Writes a catalogue as an .xlsx workbook in the county layout that {@link readCatalogueXlsx} reads:
 * a title row, the two-level header with merged cells, 一级事项 merged down over its rows, channels
 * with ■ / □, ticks (√), and a 目录信息 sheet with the header, so that import ∘ export round-trips.
 * @param catalogue - a parsed catalogue
 * @returns the workbook's bytes
 */
export function writeCatalogueXlsx(catalogue: Catalogue): Promise<Uint8Array> {
  const rows: (string | number)[][] = [];
  const merges: string[] = [];
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
  rows.push([catalogue.header.title], top, sub);
  merges.push(range(1, 1, 1, width));
  // Merge the header: groups across, single headings down.
  let c = 1;
  while (c <= width) {
    let end = c;
    while (end + 1 <= width && top[end] === top[c - 1]) end++;
    merges.push(end > c ? range(2, c, 2, end) : range(2, c, 3, c));
    c = end + 1;
  }
  catalogue.items.forEach((item, index) => {
    const matters = [item.primaryMatter, item.secondaryMatter, ...(hasTertiary ? [item.tertiaryMatter ?? ''] : [])];
    rows.push([
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
      if (r - 1 > start) merges.push(range(start, 2, r - 1, 2));
      start = r;
    }
  }
  const instances = writeInstances(catalogue);
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
  const header = HEADER_KEYS.filter(([key]) => values[key] !== '').map(([key, label]) => [label, values[key] ?? '']);
  const sheets: SheetData[] = [
    { name: 'Sheet1', rows, merges },
    ...(instances === undefined ? [] : [instances]),
    { name: HEADER_SHEET, rows: header, merges: [] },
  ];
  return Promise.resolve(xlsxFile(sheets));
}
