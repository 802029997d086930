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
  | 'id'
  | 'guidelineItemId'
  | 'notApplicable';

/** The sheet that holds instance rows (实例), one block per item. */
export const INSTANCE_SHEET = '实例';
/** Optional columns after the standard ones, for the fields a county sheet rarely has. */
export const OPTIONAL_COLUMNS: readonly (readonly ['id' | 'guidelineItemId' | 'notApplicable', string])[] = [
  ['id', '事项编号'],
  ['guidelineItemId', '指引事项编号'],
  ['notApplicable', '不适用理由'],
];

/** The role of a column from its heading and its group heading, if any. */
export function roleOf(text: string, parent: string): Role | undefined {
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
