import { describe, expect, it } from 'vitest';
import minimal from '../examples/good/minimal.json' with { type: 'json' };
import { parseCatalogue } from './catalogue.js';
import { alignVillageCatalogue, VILLAGE_TOPICS } from './village.js';

type Doc = typeof minimal;
const base = minimal.items[0]!;
const catalogueOf = (title: string, ...items: Record<string, unknown>[]) =>
  parseCatalogue({
    ...minimal,
    header: { ...minimal.header, title },
    items: items.map((i) => ({ ...base, ...i })) as Doc['items'],
  });

const township = catalogueOf('和兴镇涉农补贴目录', {
  id: 't1',
  primaryMatter: '农业生产发展资金',
  secondaryMatter: '耕地地力保护',
  contentElements: ['政策依据', '补贴对象、补贴标准', '补贴结果'],
  timeLimit: '信息形成或者变更之日起20个工作日内',
  channels: ['■政府网站', '■社区/企事业单位/村公示栏(电子屏)'],
});
const village = (...items: Record<string, unknown>[]) => catalogueOf('和兴村公开事项清单', ...items);

describe('alignVillageCatalogue', () => {
  it('matches the same matter by name and reports missing content, another time limit and a dropped notice board', () => {
    const list = village({
      primaryMatter: '惠农政策',
      secondaryMatter: '耕地地力保护',
      contentElements: ['补贴对象', '补贴标准'],
      timeLimit: '每年公开一次',
      channels: ['■村村通广播'],
    });
    const result = alignVillageCatalogue(list, [township]);
    expect(result.matches).toEqual([{ itemIndex: 0, upperCatalogue: 0, upperItem: 0 }]);
    expect(result.findings.filter((f) => f.severity === 'warning' && f.itemIndex === 0).map((f) => f.message)).toEqual([
      '与上级目录的同一事项相比，缺少公开内容：政策依据、补贴结果',
      '公开时限与上级目录不一致：本清单为“每年公开一次”，上级目录为“信息形成或者变更之日起20个工作日内”',
      '上级目录要求通过村公示栏公开，本清单未列村公示栏',
    ]);
    expect(result.findings[0]?.upper).toEqual({
      catalogue: '和兴镇涉农补贴目录',
      name: '农业生产发展资金 / 耕地地力保护',
    });
    expect(result.summary).toMatchObject({ items: 1, matched: 1, differing: 1, own: 0 });
  });

  it('finds nothing to adjust in an item that publishes the same content, in the same period, on the notice board', () => {
    const list = village({
      primaryMatter: '惠农政策',
      secondaryMatter: '耕地地力保护补贴',
      guidelineItemId: 't1',
      contentElements: ['政策依据', '补贴对象', '补贴标准', '补贴结果'],
      timeLimit: '自政府信息形成或者变更之日起20个工作日内',
      channels: ['■村公示栏', '□微信群'],
    });
    const result = alignVillageCatalogue(list, [township]);
    expect(result.matches).toHaveLength(1);
    expect(result.findings.filter((f) => f.itemIndex === 0)).toEqual([]);
  });

  it('lists the village’s own matters, an item with no village channel, and the topics missing, in English too', () => {
    const list = village(
      { primaryMatter: '村级财务', secondaryMatter: '村级财务收支', channels: ['■村公示栏'] },
      { primaryMatter: '乡村振兴', secondaryMatter: '项目建设', channels: ['■政府网站'] },
    );
    const result = alignVillageCatalogue(list, [township], { locale: 'en' });
    expect(result.summary.own).toBe(2);
    expect(result.summary.topicsMissing).toEqual([
      'povertyAlleviation',
      'agriculturalSubsidies',
      'elderlyCare',
      'socialAssistance',
    ]);
    expect(result.findings.map((f) => [f.kind, f.name])).toEqual([
      ['ownItem', '村级财务 / 村级财务收支'],
      ['noGrassrootsChannel', '乡村振兴 / 项目建设'],
      ['ownItem', '乡村振兴 / 项目建设'],
      ['topicMissing', '脱贫攻坚'],
      ['topicMissing', '惠农政策'],
      ['topicMissing', '养老服务'],
      ['topicMissing', '社会救助'],
    ]);
    expect(result.findings[1]?.message).toBe(
      'No channel villagers see (notice board, village broadcast, WeChat group or account) is listed',
    );
    expect(VILLAGE_TOPICS.map((t) => t.name)).toEqual([
      '脱贫攻坚',
      '乡村振兴',
      '村级财务',
      '惠农政策',
      '养老服务',
      '社会救助',
    ]);
  });

  it('ignores an upper item marked not applicable', () => {
    const upper = catalogueOf('目录', {
      primaryMatter: '农业生产发展资金',
      secondaryMatter: '耕地地力保护',
      notApplicable: { reason: '本镇无此事项' },
    });
    const list = village({ primaryMatter: '惠农政策', secondaryMatter: '耕地地力保护', channels: ['■村公示栏'] });
    expect(alignVillageCatalogue(list, [upper]).matches).toEqual([]);
  });
});
