import { describe, expect, it } from 'vitest';
import minimal from '../examples/good/minimal.json' with { type: 'json' };
import { parseCatalogue } from './catalogue.js';
import { diffCatalogues } from './diff.js';

type Doc = typeof minimal;
const base = minimal.items[0]!;
const version = (v: string, ...items: Record<string, unknown>[]) =>
  parseCatalogue({ ...minimal, header: { ...minimal.header, version: v }, items: items as Doc['items'] });

describe('diffCatalogues', () => {
  it('lists added, removed and changed items with field-level detail and a Chinese change log', () => {
    const before = version('2024版', base, { ...base, secondaryMatter: '其他文件' });
    const after = version(
      '2025版',
      {
        ...base,
        timeLimit: '信息形成或者变更之日起15个工作日内',
        channels: ['■政府网站', '□两微一端'],
        audience: ['public', 'specificGroups'],
        specificGroups: '学生家长',
      },
      { ...base, primaryMatter: '招生管理', secondaryMatter: '招生政策' },
    );
    const diff = diffCatalogues(before, after);
    expect(diff.header).toEqual([{ field: 'version', before: '2024版', after: '2025版' }]);
    expect(diff.removed.map((i) => i.secondaryMatter)).toEqual(['其他文件']);
    expect(diff.added.map((i) => i.secondaryMatter)).toEqual(['招生政策']);
    expect(diff.changed[0]?.changes.map((c) => c.field)).toEqual([
      'timeLimit',
      'channels',
      'audience',
      'specificGroups',
    ]);
    expect(diff.changeLog).toEqual([
      '目录信息：版本由“2024版”改为“2025版”',
      '删除事项：政策文件 / 其他文件',
      '修改事项：政策文件 / 规范性文件，公开时限由“信息形成或者变更之日起20个工作日内”改为“信息形成或者变更之日起15个工作日内”',
      '修改事项：政策文件 / 规范性文件，公开渠道和载体由“■政府网站”改为“■政府网站、□两微一端”',
      '修改事项：政策文件 / 规范性文件，公开对象由“全社会”改为“全社会、特定群体”',
      '修改事项：政策文件 / 规范性文件，特定群体由“（空）”改为“学生家长”',
      '新增事项：招生管理 / 招生政策',
    ]);
  });

  it('follows items by id across renames when both versions give ids', () => {
    const before = version('1', { ...base, id: 'x1' });
    const after = version('1', { ...base, id: 'x1', secondaryMatter: '行政规范性文件' });
    const diff = diffCatalogues(before, after, { locale: 'en' });
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changeLog).toEqual([
      'Changed: 政策文件 / 行政规范性文件, secondaryMatter from "规范性文件" to "行政规范性文件"',
    ]);
  });

  it('finds nothing between a catalogue and itself', () => {
    const catalogue = version('1', base);
    expect(diffCatalogues(catalogue, catalogue)).toEqual({
      header: [],
      added: [],
      removed: [],
      changed: [],
      changeLog: [],
    });
  });
});
