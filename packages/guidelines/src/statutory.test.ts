import { checkConformance, parseCatalogue } from '@gk/catalogue-schema';
import { describe, expect, it } from 'vitest';
import { referenceCatalogues } from './internal/reference-catalogues.js';
import {
  ARTICLE_20_CATEGORIES,
  ARTICLE_21_COUNTY_CATEGORIES,
  ARTICLE_21_TOWNSHIP_CATEGORIES,
  checkStatutoryCoverage,
  statutoryBaseline,
} from './statutory.js';

const catalogueWith = (...names: [string, string, string][]) =>
  parseCatalogue({
    formatVersion: '1',
    header: {
      title: '测试目录',
      jurisdiction: { divisionCode: '110105', name: '朝阳区' },
      agency: { name: '区政府办' },
      domain: '综合',
      version: '1',
      effectiveOn: '2025-01-01',
    },
    items: names.map(([primaryMatter, secondaryMatter, content]) => ({
      primaryMatter,
      secondaryMatter,
      contentElements: [content],
      basis: '《中华人民共和国政府信息公开条例》',
      timeLimit: '信息形成或者变更之日起20个工作日内',
      publisher: '区政府办',
      channels: ['■政府网站'],
      audience: ['public'],
      mode: ['proactive'],
      tiers: ['县级'],
    })),
  });

describe('statutory categories', () => {
  it('lists Art. 20’s fifteen, Art. 21’s seven for counties and eight for townships, each citing its provision', () => {
    expect(ARTICLE_20_CATEGORIES).toHaveLength(15);
    expect(ARTICLE_21_COUNTY_CATEGORIES.map((c) => c.secondaryMatter)).toEqual([
      '市政建设',
      '公共服务',
      '公益事业',
      '土地征收',
      '房屋征收',
      '治安管理',
      '社会救助',
    ]);
    expect(ARTICLE_21_TOWNSHIP_CATEGORIES).toHaveLength(8);
    expect(ARTICLE_20_CATEGORIES[6]).toMatchObject({
      secondaryMatter: '财政预算、决算信息',
      basis: '《中华人民共和国政府信息公开条例》第二十条第（七）项',
    });
    expect(statutoryBaseline('township').items).toHaveLength(23);
    expect(statutoryBaseline('agency').items).toHaveLength(15);
  });

  it('are catalogue-shaped: a catalogue made from them parses', () => {
    const baseline = statutoryBaseline('county');
    const catalogue = parseCatalogue({
      formatVersion: '1',
      header: {
        title: '法定主动公开内容',
        jurisdiction: { divisionCode: '110105', name: '朝阳区' },
        agency: { name: '区政府办' },
        domain: '综合',
        version: '1',
        effectiveOn: '2025-01-01',
      },
      items: baseline.items.map(({ citation: _c, keywords: _k, residual: _r, id, ...item }) => ({
        ...item,
        guidelineItemId: id,
        publisher: '区政府办',
        basis: item.basis ?? '',
        tiers: ['县级'],
      })),
    });
    expect(checkConformance(catalogue, baseline).summary).toMatchObject({
      guidelineItems: 22,
      covered: 22,
      score: 100,
    });
  });
});

describe('checkStatutoryCoverage', () => {
  it('lists the categories a county’s catalogues leave uncovered, and leaves Art. 20(15) unchecked', () => {
    const coverage = checkStatutoryCoverage(
      catalogueWith(
        ['财政预决算', '政府预算', '一般公共预算收支表'],
        ['社会救助', '最低生活保障', '低保对象名单'],
        ['政策文件', '规范性文件', '部门规范性文件'],
      ),
      'county',
    );
    expect(coverage.covered.map((c) => c.category.id)).toEqual(['art20-1', 'art20-7', 'art20-11', 'art21-county-7']);
    expect(coverage.covered[1]?.items).toEqual(['测试目录：财政预决算 / 政府预算']);
    expect(coverage.uncovered.map((c) => c.id)).toEqual([
      'art20-2',
      'art20-3',
      'art20-4',
      'art20-5',
      'art20-6',
      'art20-8',
      'art20-9',
      'art20-10',
      'art20-12',
      'art20-13',
      'art20-14',
      'art21-county-1',
      'art21-county-2',
      'art21-county-3',
      'art21-county-4',
      'art21-county-5',
      'art21-county-6',
    ]);
    expect(coverage.unchecked.map((c) => c.id)).toEqual(['art20-15']);
  });

  it('reads a body’s whole set of catalogues at once', () => {
    const parsed = referenceCatalogues().flatMap(({ document }) => {
      try {
        return [parseCatalogue(document)];
      } catch {
        return [];
      }
    });
    const coverage = checkStatutoryCoverage(parsed, 'township');
    expect(coverage.uncovered.map((c) => c.secondaryMatter)).toContain(
      '公务员招考的职位、名额、报考条件等事项以及录用结果',
    );
    expect(coverage.covered.length + coverage.uncovered.length + coverage.unchecked.length).toBe(23);
  });
});
