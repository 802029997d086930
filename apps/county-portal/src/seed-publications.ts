// Demo publications (示范数据) under the demo catalogue, dated back from `today`: some on time, one
// late, one withdrawn, a normative document with its interpretation, one still a draft, and items
// left without content, so the compliance view has something real to show. The normative document is
// the seed's policy (policies.json), published with its interpretation.
import type { CatalogueDocument } from '@gk/catalogue-schema';
import type { LocalDate } from '@gk/core';
import type { PublicationActor, PublicationEvent, PublicationMetadata } from '@gk/publication';
import type { NextIndexNoOptions } from '@gk/publication';
import { nextIndexNo } from '@gk/publication';
import type { Store } from '@gk/store';
import { chinaCalendar } from '@gk/workdays';
import { COUNTY_AGENCY_ID, DISCLOSURE_RULES_TOPIC } from './data.js';

const drafter: PublicationActor = { id: 'dengji', role: 'drafter', name: '林登记' };
const reviewer: PublicationActor = { id: 'chengban', role: 'reviewer', name: '陈承办' };
const head: PublicationActor = { id: 'fuze', role: 'head', name: '王负责' };

/** A demo publication: what it is and, in workdays back from today, when it was formed and published. */
export interface DemoPublication {
  readonly id: string;
  readonly itemId: string | undefined;
  readonly title: string;
  readonly topic: string;
  readonly kind: PublicationMetadata['kind'];
  readonly body: string;
  /** Workdays back from today the information was formed, and published (`null`: still a draft). */
  readonly formed: number;
  readonly published: number | null;
  readonly documentNo?: string;
  readonly withdrawn?: string;
  readonly interpretationId?: string;
  /** The 发布机构; the county government's office when absent. */
  readonly publisher?: string;
}

/** The history of one demo publication up to where it stands. */
export function history(p: DemoPublication, indexNo: string, today: LocalDate): PublicationEvent[] {
  const back = (workdays: number): string => chinaCalendar.addWorkdays(today, -workdays);
  const formedOn = back(p.formed);
  const metadata: PublicationMetadata = {
    title: p.title,
    publisher: p.publisher ?? '示范县人民政府办公室',
    createdOn: formedOn,
    topic: p.topic,
    kind: p.kind,
    audience: 'public',
    catalogueItemIds: p.itemId === undefined ? [] : [p.itemId],
    formedOn,
    channels: ['政府网站'],
    body: p.body,
    ...(p.documentNo === undefined ? {} : { documentNo: p.documentNo }),
    ...(p.kind === 'normativeDocument' ? { needsInterpretation: true } : {}),
  };
  const events: PublicationEvent[] = [
    { type: 'drafted', on: formedOn, actor: drafter, indexNo, metadata },
    { type: 'attributeDetermined', on: formedOn, actor: drafter, attribute: 'proactive' },
  ];
  if (p.published === null) return events;
  const publishedOn = back(p.published);
  events.push(
    { type: 'reviewed', on: publishedOn, actor: reviewer, findings: [] },
    { type: 'approved', on: publishedOn, actor: head },
    {
      type: 'published',
      on: publishedOn,
      actor: head,
      ...(p.interpretationId === undefined ? {} : { interpretationIds: [p.interpretationId] }),
    },
  );
  if (p.withdrawn !== undefined)
    events.push({ type: 'withdrawn', on: back(p.published - 1), actor: head, reason: p.withdrawn });
  return events;
}

/**
 * Writes the demo publications through `store.publications`, numbered with `nextIndexNo`.
 * @param store - the store
 * @param catalogues - the demo catalogues (their first items get content)
 * @param today - the demo's today
 * @param interpretationId - the seed's interpretation, linked to the normative document
 * @param policy - the seed's policy, published as the normative document the interpretation explains
 * @returns how many were written
 */
export async function seedPublications(
  store: Store,
  catalogues: readonly CatalogueDocument[],
  today: LocalDate,
  options: {
    /** The agency's 索引号 settings (`indexNoSettings`). */
    readonly indexNo: Omit<NextIndexNoOptions, 'year'>;
    readonly interpretationId?: string | undefined;
    readonly policy?: { readonly title: string; readonly docNo: string; readonly text: readonly string[] } | undefined;
  },
): Promise<number> {
  const { interpretationId, policy } = options;
  // Items by their time limit, each used once: the late example needs one counted in workdays.
  const taken = new Set<string>();
  const pick = (limit: RegExp): string | undefined => {
    for (const catalogue of catalogues)
      for (const entry of catalogue.items)
        if (entry.id !== undefined && !taken.has(entry.id) && limit.test(entry.timeLimit)) {
          taken.add(entry.id);
          return entry.id;
        }
    return undefined;
  };
  const workdayItem = (): string | undefined => pick(/^[^;；]*\d+个工作日[^;；]*$/);
  const demo: DemoPublication[] = [
    {
      id: 'pub-1',
      itemId: workdayItem(),
      title: '示范县2026年城乡规划实施情况公告',
      topic: '城乡规划',
      kind: 'announcement',
      body: '根据《中华人民共和国城乡规划法》，现将本县2026年城乡规划实施情况公告如下：一、规划编制情况；二、规划许可情况；三、规划监督检查情况。',
      formed: 12,
      published: 8,
    },
    {
      id: 'pub-2',
      itemId: workdayItem(),
      title: '示范县重大建设项目批准结果公开',
      topic: '重大建设项目',
      kind: 'announcement',
      body: '示范县城南片区棚户区改造项目已获批准，项目总投资、建设内容和建设地点如下。对公示内容有异议的，可向县发展和改革局反映。',
      formed: 60,
      published: 20,
    },
    {
      id: 'pub-3',
      itemId: pick(/./),
      title: '关于调整城乡最低生活保障标准的通知',
      topic: '社会救助',
      kind: 'notice',
      documentNo: '示民〔2026〕5号',
      body: '自本通知印发之次月起，城市最低生活保障标准调整为每人每月800元，农村最低生活保障标准调整为每人每年7800元。',
      formed: 15,
      published: 15,
    },
    // The seed's policy (policies.json) as a normative document, published with its interpretation.
    ...(policy === undefined
      ? []
      : [
          {
            id: 'pub-6',
            itemId: pick(/./),
            title: policy.title,
            topic: '义务教育',
            kind: 'normativeDocument' as const,
            documentNo: policy.docNo,
            body: policy.text.join('\n'),
            formed: 25,
            published: 24,
            ...(interpretationId === undefined ? {} : { interpretationId }),
          },
        ]),
    {
      id: 'pub-4',
      itemId: pick(/./),
      title: '示范县政府采购意向公开（误发）',
      topic: '公共资源配置',
      kind: 'notice',
      body: '本条信息误将未脱敏的联系人信息一并发布，已撤回。',
      formed: 30,
      published: 28,
      withdrawn: '附件含未脱敏的个人联系方式，已撤回更正后重新发布',
    },
    // The agency's own rules (公开制度), published as information under no catalogue item.
    {
      id: 'pub-7',
      itemId: undefined,
      title: '示范县人民政府政府信息公开保密审查制度',
      topic: DISCLOSURE_RULES_TOPIC,
      kind: 'other',
      body: '第一条 为规范政府信息公开保密审查工作，根据《中华人民共和国政府信息公开条例》第十七条，制定本制度。\n第二条 拟公开的政府信息，由承办科室初审，政务公开办公室复审，涉及国家秘密的报保密工作机构审查。\n第三条 不能确定是否可以公开的，依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。',
      formed: 30,
      published: 30,
    },
    {
      id: 'pub-5',
      itemId: pick(/./),
      title: '示范县义务教育阶段学校招生入学工作方案（草稿）',
      topic: '义务教育',
      kind: 'plan',
      body: '为做好本县义务教育阶段学校招生入学工作，制定本方案。',
      formed: 3,
      published: null,
    },
  ];
  const used: string[] = [];
  for (const p of demo) {
    const year = Number(chinaCalendar.addWorkdays(today, -p.formed).slice(0, 4));
    const indexNo = nextIndexNo(used, { ...options.indexNo, year });
    used.push(indexNo);
    await store.publications.append({ agencyId: COUNTY_AGENCY_ID, publicationId: p.id }, history(p, indexNo, today), 0);
  }
  return demo.length;
}
