import { describe, expect, it } from 'vitest';
import { filterLexeme, highlight, searchQueryText, searchVectorText, snippet } from './search.js';

describe('search texts for PostgreSQL', () => {
  it('writes a tsvector literal of character pairs with positions and field weights', () => {
    expect(searchVectorText({ title: '低保标准', numbers: '示民〔2026〕3号', body: '标准' })).toBe(
      "'低保':1A '保标':2A '标准':3A,8D '示民':4B '2026':5B '3':6B '号':7B",
    );
  });

  it('writes a filter lexeme that no search term can equal, quotes escaped', () => {
    expect(filterLexeme('agency', '350213-edu')).toBe("'agency=350213-edu'");
    expect(filterLexeme('agency', "a'b\\c")).toBe("'agency=a''b\\\\c'");
  });

  it('writes a tsquery literal: runs as phrases, runs AND’ed, synonyms OR’ed', () => {
    expect(searchQueryText('低保')).toBe("'低保' | ('最低' <-> '低生' <-> '生活' <-> '活保' <-> '保障')");
    expect(searchQueryText('义务教育 招生')).toBe("(('义务' <-> '务教' <-> '教育') & '招生') | ('义教' & '招生')");
    expect(searchQueryText('  ，。 ')).toBeNull();
    expect(searchQueryText("x' | !y")).toBe("('x' & 'y')");
    expect(searchQueryText('政'.repeat(1000))?.split('<->')).toHaveLength(32);
  });

  it('marks a query and its synonyms in a text, keeping the original characters', () => {
    expect(highlight('城乡最低生活保障标准', '低保')).toEqual([
      { text: '城乡', mark: false },
      { text: '最低生活保障', mark: true },
      { text: '标准', mark: false },
    ]);
    expect(highlight('ＡＢＣ通知', 'abc')).toEqual([
      { text: 'ＡＢＣ', mark: true },
      { text: '通知', mark: false },
    ]);
    expect(snippet('甲'.repeat(100) + '低保' + '乙'.repeat(100), '低保', 4)).toEqual([
      { text: '…', mark: false },
      { text: '甲甲甲甲', mark: false },
      { text: '低保', mark: true },
      { text: '乙乙乙乙', mark: false },
      { text: '…', mark: false },
    ]);
  });
});
