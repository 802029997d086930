import { describe, expect, it } from 'vitest';
import minimal from '../examples/good/minimal.json' with { type: 'json' };
import { parseCatalogue } from './catalogue.js';
import { checkConformance } from './conformance.js';
import type { Guideline } from './guideline.js';

type Doc = typeof minimal;
const base = minimal.items[0]!;
const catalogueOf = (...items: Record<string, unknown>[]) =>
  parseCatalogue({ ...minimal, items: items as Doc['items'] });

// A small guideline for the test, in the shape of the national 标准指引 tables.
const guideline: Guideline = {
  id: 'test-guideline',
  domain: '义务教育',
  title: '测试用标准指引',
  items: [
    {
      id: 'g1',
      primaryMatter: '政策文件',
      secondaryMatter: '规范性文件',
      contentElements: ['部门规范性文件'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      channels: ['■政府网站', '■公开查阅点', '□两微一端'],
      audience: ['public'],
      mode: ['proactive'],
    },
    {
      id: 'g2',
      primaryMatter: '招生管理',
      secondaryMatter: '招生政策',
      contentElements: ['随迁子女入学办法', '招生计划'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      channels: ['■政府网站'],
      audience: ['public'],
      mode: ['proactive'],
    },
    {
      id: 'g3',
      primaryMatter: '招生管理',
      secondaryMatter: '招生范围',
      contentElements: ['招生范围'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      channels: ['■政府网站'],
      audience: ['public'],
      mode: ['proactive'],
    },
    {
      id: 'g4',
      primaryMatter: '教育概况',
      secondaryMatter: '教育统计数据',
      contentElements: ['统计信息'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      channels: ['■政府网站'],
      audience: ['public'],
      mode: ['proactive'],
    },
  ],
};

describe('checkConformance', () => {
  it('finds missing, weakened, not-applicable and added items, with a summary', () => {
    const catalogue = catalogueOf(
      { ...base, channels: ['■政府网站', '□公开查阅点'], timeLimit: '信息形成或者变更之日起30个工作日内' },
      {
        ...base,
        primaryMatter: '招生管理',
        secondaryMatter: '招生政策',
        contentElements: ['随迁子女入学办法'],
        mode: ['onRequest'],
        audience: ['specificGroups'],
        specificGroups: '适龄儿童家长',
      },
      {
        ...base,
        primaryMatter: '教育概况',
        secondaryMatter: '教育统计数据',
        notApplicable: { reason: '本街道不承担教育统计' },
      },
      { ...base, primaryMatter: '特色事项', secondaryMatter: '课后服务' },
    );
    const report = checkConformance(catalogue, guideline);
    expect(report.findings.map((f) => f.message)).toEqual([
      '政策文件 / 规范性文件：标准指引的必选渠道“公开查阅点”被改为可选',
      '政策文件 / 规范性文件：公开时限“信息形成或者变更之日起30个工作日内”长于标准指引的“信息形成或者变更之日起20个工作日内”',
      '招生管理 / 招生政策：标准指引要求主动公开，目录改为依申请公开',
      '招生管理 / 招生政策：标准指引面向全社会公开，目录缩小为特定群体',
      '招生管理 / 招生政策：缺少标准指引的公开内容要素“招生计划”',
      '缺少标准指引事项：招生管理 / 招生范围',
      '标注不适用：教育概况 / 教育统计数据（理由：本街道不承担教育统计）',
      '自行增加的事项：特色事项 / 课后服务',
    ]);
    expect(report.summary).toEqual({
      guidelineItems: 4,
      covered: 2,
      notApplicable: 1,
      missing: 1,
      weakened: 2,
      added: 1,
      score: 25,
    });
  });

  it('scores a catalogue that follows the guideline 100, matching by guidelineItemId too', () => {
    const items = guideline.items.map((g) => ({
      ...base,
      primaryMatter: `${g.primaryMatter}（本地名称）`,
      secondaryMatter: g.secondaryMatter,
      guidelineItemId: g.id,
      contentElements: [...g.contentElements],
      channels: [...g.channels],
      timeLimit: '信息形成或者变更之日起15个工作日内',
    }));
    const report = checkConformance(catalogueOf(...items), guideline);
    expect(report.findings).toEqual([]);
    expect(report.summary.score).toBe(100);
  });

  it('counts a not-applicable mark without a reason as missing, and flags limits it cannot compare', () => {
    const report = checkConformance(
      catalogueOf(
        { ...base, channels: ['■政府网站', '■公开查阅点'], timeLimit: '长期公开' },
        { ...base, primaryMatter: '招生管理', secondaryMatter: '招生政策', notApplicable: { reason: ' ' } },
      ),
      guideline,
      { locale: 'en' },
    );
    expect(report.findings.slice(0, 2).map((f) => [f.kind, f.severity, f.message])).toEqual([
      [
        'timeLimitNotComparable',
        'warning',
        '政策文件 / 规范性文件: time limit "长期公开" cannot be compared with the guideline\'s "信息形成或者变更之日起20个工作日内"; check by hand',
      ],
      ['notApplicableWithoutReason', 'error', 'Marked not applicable without a reason: 招生管理 / 招生政策'],
    ]);
    expect(report.summary).toMatchObject({ covered: 1, missing: 3, weakened: 0, score: 25 });
  });

  it('compares limits across units, and reads 及时 and 实时 as no stricter than 20 workdays (条例第二十六条)', () => {
    const kindFor = (timeLimit: string, wanted = '信息形成或者变更之日起20个工作日内'): string | undefined =>
      checkConformance(catalogueOf({ ...base, channels: ['■政府网站', '■公开查阅点'], timeLimit }), {
        ...guideline,
        items: [{ ...guideline.items[0]!, timeLimit: wanted }],
      }).findings.find((f) => f.kind === 'timeLimitLonger' || f.kind === 'timeLimitNotComparable')?.kind;
    expect(kindFor('信息形成或者变更之日起2个月内')).toBe('timeLimitLonger');
    expect(kindFor('信息形成或者变更之日起1个月内')).toBe('timeLimitNotComparable');
    expect(kindFor('信息形成或者变更之日起10日内')).toBeUndefined();
    expect(kindFor('及时公开')).toBeUndefined();
    expect(kindFor('实时公开')).toBeUndefined();
    expect(kindFor('及时公开', '信息形成或者变更之日起10个工作日内')).toBe('timeLimitLonger');
    expect(kindFor('实时公开', '信息形成或者变更之日起7个工作日内')).toBe('timeLimitLonger');
  });
});
