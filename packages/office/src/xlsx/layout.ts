// The county layout of a catalogue workbook: its sheets, header fields and column roles.
import type { CatalogueHeaderDocument } from '@gk/catalogue-schema';

/** The sheet that holds the catalogue's header fields (目录信息). */
export const HEADER_SHEET = '目录信息';
/** Each header field and its label in the 目录信息 sheet. */
export const HEADER_KEYS: readonly [
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

/** Header text without spaces, brackets or a （要素） suffix, for matching. */
export const norm = (text: string): string =>
  text.replace(/[\s\u00a0（）()【】]/g, '').replace(/（要素）|\(要素\)/g, '');

/** Column roles, recognised from header text. */
export type Role =
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
  | 'audienceText'
  | 'modeText'
  | 'tierText'
  | 'id'
  | 'guidelineItemId'
  | 'notApplicable';

/** Group headings whose columns are split below them (公开对象 → 全社会 / 特定群体 …). */
export const GROUP_HEADINGS: readonly string[] = ['公开事项', '事项名称', '公开对象', '公开方式', '公开层级'];

/** The sheet that holds instance rows (实例), one block per item. */
export const INSTANCE_SHEET = '实例';
/** Optional columns after the standard ones, for the fields a county sheet rarely has. */
export const OPTIONAL_COLUMNS: readonly (readonly ['id' | 'guidelineItemId' | 'notApplicable', string])[] = [
  ['id', '事项编号'],
  ['guidelineItemId', '指引事项编号'],
  ['notApplicable', '不适用理由'],
];

// The headings counties write for each column, as prefixes of the heading without spaces or
// brackets. Seen in published catalogues (../shared/reference/catalogue-domains.md, "Header wording").
const PREFIXES: readonly (readonly [Role, readonly string[]])[] = [
  ['primaryMatter', ['一级事项', '一级目录']],
  ['secondaryMatter', ['二级事项', '二级目录']],
  ['tertiaryMatter', ['三级事项', '三级目录']],
  ['contentElements', ['公开内容', '公开要素', '公开标准']],
  ['basis', ['公开依据', '法律依据', '依据']],
  ['timeLimit', ['公开时限', '公开时间', '公开时效', '公开期限', '时限']],
  ['publisher', ['公开主体', '公开责任主体', '责任主体', '公开单位', '发布主体', '责任单位']],
  ['channels', ['公开渠道', '公开载体', '公开途径', '网站公开渠道', '渠道']],
  ['specificGroups', ['特定群', '特定对象']],
];

/**
 * The role of a column from its heading and its group heading, if any. A group heading without
 * columns below it (公开对象, 公开方式, 公开层级 on one row) holds text instead of ticks; 公开属性 is
 * the mode written out (主动公开).
 */
export function roleOf(text: string, parent: string): Role | undefined {
  const t = norm(text);
  const p = norm(parent);
  if (t === '序号' || t === '编号') return 'index';
  // 事项名称 → 一级 / 二级 (枣庄高新区).
  if (p === '公开事项' || p === '事项名称') {
    const level = ['一级', '二级', '三级'].indexOf(t);
    if (level >= 0) return (['primaryMatter', 'secondaryMatter', 'tertiaryMatter'] as const)[level];
  }
  if (t === '全社会' || t === '社会公众') return 'public';
  if (t === '主动' || t === '主动公开') return 'proactive';
  if (t === '依申请' || t === '依申请公开' || t === '申请') return 'onRequest';
  if (p.startsWith('公开层级') && t !== '' && t !== p) return 'tier';
  if (t.startsWith('公开对象')) return 'audienceText';
  if (t.startsWith('公开方式') || t.startsWith('公开属性')) return 'modeText';
  if (t.startsWith('公开层级')) return 'tierText';
  for (const [role, prefixes] of PREFIXES) if (prefixes.some((prefix) => t.startsWith(prefix))) return role;
  for (const [role, label] of OPTIONAL_COLUMNS) if (t === label) return role;
  return undefined;
}
