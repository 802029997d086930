// Recall of the Chinese search on a set of queries people type, against titles documents use: every
// query must find every document it should (abbreviations, document numbers, words split by spaces,
// full-width digits), and nothing it should not.
import type { PublicationEvent } from '@gk/publication';
import { describe, expect, it } from 'vitest';
import { BACKENDS, openStoreFor } from './test-support/backends.js';

const actor = { id: 'u1', role: 'head' as const };
const DOCUMENTS: Readonly<Record<string, { title: string; body: string; documentNo?: string }>> = {
  d1: {
    title: '关于调整城乡最低生活保障标准的通知',
    body: '城市最低生活保障标准调整为每人每月800元。',
    documentNo: '示民〔2026〕5号',
  },
  d2: { title: '示范县特困人员救助供养实施办法', body: '特困人员救助供养标准不低于当地最低生活保障标准的1.3倍。' },
  d3: { title: '2026年城乡居民基本医疗保险缴费标准的公告', body: '参加基本医疗保险的城乡居民按年度缴费。' },
  d4: { title: '示范县棚户区改造项目征收补偿方案', body: '城南片区棚户区改造项目房屋征收补偿方案如下。' },
  d5: {
    title: '示范县2026年部门预算及“三公”经费预算公开',
    body: '“三公”经费预算总额较上年下降5%。',
    documentNo: '示财〔2026〕2号',
  },
  d6: { title: '2026年义务教育阶段学校招生入学工作方案', body: '义务教育阶段公办学校实行划片招生、免试就近入学。' },
  d7: { title: '示范县住房公积金缴存比例调整的通知', body: '住房公积金缴存比例为5%至12%。' },
  d8: { title: '示范县政府采购意向公开（第二季度）', body: '本季度政府采购项目共12项。' },
  d9: { title: '示范县安全生产专项整治三年行动实施方案', body: '开展安全生产专项整治，落实企业主体责任。' },
  d10: { title: '示范县食品安全抽检结果公告（2026年第3期）', body: '本期抽检食品120批次，合格118批次。' },
};

/** Each query and every document it must find, exactly. */
const QUERIES: readonly (readonly [string, readonly string[]])[] = [
  ['低保', ['d1', 'd2']],
  ['最低生活保障', ['d1', 'd2']],
  ['特困', ['d2']],
  ['医保', ['d3']],
  ['基本医疗保险', ['d3']],
  ['棚改', ['d4']],
  ['三公经费', ['d5']],
  ['预算 三公', ['d5']],
  ['示财〔2026〕2号', ['d5']],
  ['示民〔２０２６〕５号', ['d1']],
  ['义务教育 招生', ['d6']],
  ['义教', ['d6']],
  ['公积金', ['d7']],
  ['政采', ['d8']],
  ['政府采购', ['d8']],
  ['安全生产', ['d9']],
  ['食品安全 抽检', ['d10']],
  ['招投标', []],
  ['征收补偿', ['d4']],
  ['专项整治', ['d9']],
];

describe.each(BACKENDS)('search recall on $name', ({ make }) => {
  const db = openStoreFor(make);

  it('finds every expected document for every query, and no other', async () => {
    for (const [id, doc] of Object.entries(DOCUMENTS)) {
      const events: PublicationEvent[] = [
        {
          type: 'drafted',
          on: '2026-03-02',
          actor,
          indexNo: `R/2026-${id.slice(1).padStart(5, '0')}`,
          metadata: {
            title: doc.title,
            publisher: '示范县',
            createdOn: '2026-03-02',
            topic: '测试',
            kind: 'notice',
            audience: 'public',
            catalogueItemIds: [],
            formedOn: '2026-03-02',
            channels: [],
            body: doc.body,
            ...(doc.documentNo === undefined ? {} : { documentNo: doc.documentNo }),
          },
        },
        { type: 'attributeDetermined', on: '2026-03-02', actor, attribute: 'proactive' },
        { type: 'reviewed', on: '2026-03-02', actor, findings: [] },
        { type: 'approved', on: '2026-03-02', actor },
        { type: 'published', on: '2026-03-03', actor },
      ];
      await db.store.publications.append({ agencyId: 'recall', publicationId: id }, events, 0);
    }
    const found: Record<string, string[]> = {};
    for (const [query] of QUERIES)
      found[query] = (await db.store.publications.search(query, { agencyId: 'recall' }))
        .map((h) => h.summary.publicationId)
        .sort();
    expect(found).toEqual(Object.fromEntries(QUERIES.map(([query, ids]) => [query, [...ids].sort()])));
  });
});
