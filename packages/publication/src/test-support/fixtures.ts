// Test support: a small catalogue and typed event builders.
import type { Catalogue } from '@gk/catalogue-schema';
import { parseCatalogue } from '@gk/catalogue-schema';
import type { PublicationEvent, PublicationEventType, PublicationMetadata } from '../events.js';

/** A catalogue of five items: 20 workdays, yearly by the end of March, twice a year, on request, 及时. */
export function catalogue(): Catalogue {
  const item = (
    id: string,
    secondaryMatter: string,
    timeLimit: string,
    mode: 'proactive' | 'onRequest' = 'proactive',
  ) => ({
    id,
    primaryMatter: '财政信息',
    secondaryMatter,
    contentElements: ['内容'],
    basis: '《中华人民共和国政府信息公开条例》第二十条',
    timeLimit,
    publisher: '示范县财政局',
    channels: ['■政府网站'],
    audience: ['public' as const],
    mode: [mode],
    tiers: ['县级'],
  });
  return parseCatalogue({
    formatVersion: '1',
    header: {
      title: '示范县财政预决算领域基层政务公开标准目录',
      jurisdiction: { divisionCode: '350213', name: '示范县' },
      agency: { name: '示范县财政局' },
      domain: '财政预决算',
      version: '2026',
      effectiveOn: '2025-01-01',
    },
    items: [
      item('fin-policy', '财政政策文件', '信息形成或者变更之日起20个工作日内'),
      item('fin-budget', '部门预算', '每年3月底前'),
      item('fin-funds', '资金使用情况', '半年至少更新1次'),
      item('fin-files', '内部审批文件', '收到申请之日起20个工作日内', 'onRequest'),
      item('fin-news', '工作动态', '及时公开'),
    ],
  });
}

/** 拟稿人. */
export const drafter = { id: 'u-drafter', role: 'drafter' as const };
/** 审查人. */
export const reviewer = { id: 'u-reviewer', role: 'reviewer' as const };
/** 负责人. */
export const head = { id: 'u-head', role: 'head' as const };
/** 信息发布员. */
export const publisher = { id: 'u-pub', role: 'publisher' as const };

/** A record's metadata, under the 20-workday item unless told otherwise. */
export function metadata(extra: Partial<PublicationMetadata> = {}): PublicationMetadata {
  return {
    title: '示范县财政局关于2026年度预算执行的通知',
    publisher: '示范县财政局',
    documentNo: '示财〔2026〕3号',
    createdOn: '2025-09-26',
    topic: '财政预决算',
    kind: 'notice',
    audience: 'public',
    catalogueItemIds: ['fin-policy'],
    formedOn: '2025-09-26',
    channels: ['政府网站'],
    body: '各乡镇人民政府，县直各单位：现将有关事项通知如下。',
    ...extra,
  };
}

/** The fields of an event of one type beyond `type` and `on`. */
type Fields<T extends PublicationEventType> = Omit<Extract<PublicationEvent, { type: T }>, 'type' | 'on'>;

/** An event of one type; `fields` is checked against its type. */
export function event<T extends PublicationEventType>(
  type: T,
  on: string,
  fields: Fields<T>,
): Extract<PublicationEvent, { type: T }> {
  return { type, on, ...fields } as unknown as Extract<PublicationEvent, { type: T }>;
}

/** A history that reaches publication cleanly: drafted, proactive, reviewed, approved, published. */
export function publishedHistory(
  publishedOn: string,
  extra: Partial<PublicationMetadata> = {},
  indexNo = '11350200MB0123456X/2025-00001',
): PublicationEvent[] {
  const first = extra.formedOn ?? '2025-09-26';
  return [
    event('drafted', first, { actor: drafter, indexNo, metadata: metadata(extra) }),
    event('attributeDetermined', first, { actor: drafter, attribute: 'proactive' }),
    event('reviewed', first, { actor: reviewer, findings: [] }),
    event('approved', first, { actor: head }),
    event('published', publishedOn, { actor: publisher }),
  ];
}
