import { describe, expect, it } from 'vitest';
import budget from '../examples/good/budget.json' with { type: 'json' };
import education from '../examples/good/compulsory-education.json' with { type: 'json' };
import { itemName, parseCatalogue } from './catalogue.js';
import { foldSearchText, searchCatalogues } from './search.js';

const catalogues = [parseCatalogue(education), parseCatalogue(budget)];
const names = (query: string) => searchCatalogues(catalogues, query).map((hit) => itemName(hit.item));

describe('searchCatalogues', () => {
  it('folds full-width letters, spaces and punctuation', () => {
    expect(foldSearchText(' “三公”  经费，ＡＢ１ ')).toBe('三公经费ab1');
  });

  it('finds items by a word in their name, names before bodies', () => {
    expect(names('招生')).toEqual(['招生管理 / 招生政策', '招生管理 / 招生范围', '招生管理 / 义务教育学校名录']);
    expect(names('学区')).toEqual(['招生管理 / 招生范围']);
  });

  it('finds a word inside the content elements, across domains', () => {
    expect(names('三公经费')).toEqual(['财政预决算 / 政府预算']);
    expect(names('学 校 名 录')).toEqual(['招生管理 / 义务教育学校名录']);
  });

  it('matches a query whose words are not adjacent in the item by shared character pairs', () => {
    // 随迁子女 and 入学办法 are adjacent in the item; 随迁子女的入学 is not a substring of anything.
    expect(names('随迁子女的入学')).toEqual(['招生管理 / 招生政策']);
  });

  it('returns nothing for an empty query or an unrelated word', () => {
    expect(names('  ')).toEqual([]);
    expect(names('养老服务')).toEqual([]);
  });
});
