import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue.js';
import { itemName } from './catalogue.js';
import { searchCatalogues } from './search.js';
import { expandSynonyms, MAX_INDEXED_CHARACTERS, SEARCH_SYNONYMS, searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('cuts Chinese into adjacent pairs and keeps Latin words and numbers whole, folded', () => {
    expect(searchTerms('最低生活保障')).toEqual(['最低', '低生', '生活', '活保', '保障']);
    expect(searchTerms('示政办〔２０２６〕３号 ABC')).toEqual(['示政', '政办', '2026', '3', '号', 'abc']);
    expect(searchTerms('县')).toEqual(['县']);
    expect(searchTerms('\u200b\u202e')).toEqual([]);
    expect(searchTerms(42 as never)).toEqual([]);
  });

  it('reads a bounded length', () => {
    expect(searchTerms('政'.repeat(MAX_INDEXED_CHARACTERS * 3))).toHaveLength(MAX_INDEXED_CHARACTERS - 1);
  });
});

describe('expandSynonyms', () => {
  it('gives the query and its variants, the query first, bounded', () => {
    expect(expandSynonyms('低保标准')).toEqual(['低保标准', '最低生活保障标准']);
    expect(expandSynonyms('最低生活保障')).toEqual(['最低生活保障', '低保']);
    expect(expandSynonyms('招生')).toEqual(['招生']);
    expect(expandSynonyms('低保医保社保公积金棚改危改').length).toBeLessThanOrEqual(8);
    for (const group of SEARCH_SYNONYMS) expect(new Set(group).size).toBe(group.length);
  });

  it('lets the catalogue search find 最低生活保障 by 低保', () => {
    const catalogue = parseCatalogue({
      formatVersion: '1',
      header: {
        title: '社会救助目录',
        jurisdiction: { divisionCode: '350213', name: '示范县' },
        agency: { name: '示范县民政局' },
        domain: '社会救助',
        version: '1',
        effectiveOn: '2025-01-01',
      },
      items: [
        {
          primaryMatter: '最低生活保障',
          secondaryMatter: '城乡最低生活保障标准',
          contentElements: ['保障标准'],
          basis: '《社会救助暂行办法》',
          timeLimit: '信息形成或者变更之日起20个工作日内',
          publisher: '示范县民政局',
          channels: ['■政府网站'],
          audience: ['public'],
          mode: ['proactive'],
        },
      ],
    });
    expect(searchCatalogues([catalogue], '低保').map((hit) => itemName(hit.item))).toEqual([
      '最低生活保障 / 城乡最低生活保障标准',
    ]);
  });
});
