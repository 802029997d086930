import { describe, expect, it } from 'vitest';
import minimal from '../examples/good/minimal.json' with { type: 'json' };
import education from '../examples/good/compulsory-education.json' with { type: 'json' };
import { describeCataloguePath, formatCatalogueIssue } from './format-issue.js';
import type { CatalogueParseResult } from './catalogue.js';
import { parseCatalogue, safeParseCatalogue } from './catalogue.js';
import { CatalogueError } from './error.js';

type Doc = typeof minimal;
const item = minimal.items[0]!;
const withItems = (...items: Record<string, unknown>[]): Doc => ({ ...minimal, items: items as Doc['items'] });
const messages = (result: CatalogueParseResult, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  result.issues.map((issue) => formatCatalogueIssue(issue, locale));

describe('parseCatalogue', () => {
  it('reads a catalogue: time limits, channels with their marks, tiers, instance rows', () => {
    const catalogue = parseCatalogue(education);
    expect(catalogue.header).toMatchObject({
      domain: '义务教育',
      effectiveOn: '2024-08-09',
      division: { level: 'county', parent: '350200' },
    });
    const [first, , schools] = catalogue.items;
    expect(first?.timeLimit.clauses[0]).toMatchObject({ kind: 'period', amount: 20, unit: 'workday' });
    expect(first?.channels.slice(0, 3)).toEqual([
      { name: '政府网站', channel: 'portal', requirement: 'required', mark: '■' },
      { name: '政府公报', channel: 'gazette', requirement: 'optional', mark: '□' },
      { name: '两微一端', channel: 'newMedia', requirement: 'required', mark: '■' },
    ]);
    expect(first?.channels[10]).toMatchObject({ name: '社区/企事业单位/村公示栏(电子屏)', channel: 'noticeBoard' });
    expect(first?.tiers).toEqual([{ label: '县级', levels: ['county'] }]);
    expect(first?.basis.titles).toEqual([
      '中华人民共和国政府信息公开条例',
      '教育部关于进一步做好小学升入初中免试就近入学工作的实施意见',
    ]);
    expect(schools?.instances).toHaveLength(2);
    expect(schools?.instances?.[0]?.['办学层次']).toBe('小学');
  });

  it('returns the warnings of the sound items together with the structural error of another', () => {
    const result = safeParseCatalogue(
      withItems({ ...item, mode: 'proactive' }, { ...item, secondaryMatter: '名单', timeLimit: '视情况而定' }),
    );
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.severity, issue.code, issue.path.join('.')])).toEqual([
      ['error', 'catalogue.type', 'items.0.mode'],
      ['warning', 'catalogue.timeLimitUnrecognized', 'items.1.timeLimit'],
      ['warning', 'catalogue.recommended', 'items.1.tiers'],
    ]);
  });

  it('returns warnings with the data', () => {
    const result = safeParseCatalogue(
      withItems({
        ...item,
        channels: ['■政府网站', '▲党群服务中心', '■政府网站'],
        timeLimit: '视情况而定',
        basis: '相关政策文件',
      }),
    );
    expect(result.success).toBe(true);
    expect(messages(result)).toEqual([
      '第1项 公开依据：公开依据“相关政策文件”没有以书名号《》列出具体法规或文件',
      '第1项 公开时限：无法识别的公开时限“视情况而定”，已按原文保留，无法计算到期日',
      '第1项 公开渠道和载体 第2个：渠道“党群服务中心”的标记“▲”含义不明（■ 为必选，□ 为可选），按未标明处理',
      '第1项 公开渠道和载体 第2个：渠道“党群服务中心”不在常用的十三种渠道之内，已按原文保留',
      '第1项 公开渠道和载体 第3个：渠道“政府网站”重复列出',
      '第1项 公开层级：建议填写公开层级',
    ]);
    expect(result.issues.every((issue) => issue.severity === 'warning')).toBe(true);
    if (result.success)
      expect(result.data.items[0]?.channels[1]).toEqual({
        name: '党群服务中心',
        requirement: 'unspecified',
        mark: '▲',
      });
  });

  it('reports a missing element that 国办发〔2019〕54号 requires as an error with a readable place', () => {
    const { timeLimit: _, ...noTimeLimit } = item;
    const result = safeParseCatalogue(withItems(item, item, noTimeLimit));
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual([
      '第3项 公开时限：缺少公开时限：国办发〔2019〕54号要求目录列明公开事项的名称、内容、依据、时限、主体、方式、渠道、公开对象',
      // The sound items' warnings come back with the error.
      '第1项 公开层级：建议填写公开层级',
      '第2项 公开层级：建议填写公开层级',
    ]);
    expect(messages(result, 'en').slice(0, 1)).toEqual([
      "item 3 timeLimit: timeLimit is missing: 国办发〔2019〕54号 requires every item's name, content, basis, time limit, publisher, mode, channels and audience",
    ]);
    expect(result.issues[0]).toMatchObject({
      code: 'catalogue.required',
      path: ['items', 2, 'timeLimit'],
      severity: 'error',
    });
  });

  it('names wrong values, unknown fields and bad header values precisely', () => {
    const result = safeParseCatalogue({
      ...minimal,
      header: { ...minimal.header, effectiveOn: '2025-02-29', jurisdiction: { divisionCode: '110001', name: '北京' } },
      items: [{ ...item, audience: ['全社会'], 咨询电话: '123' }],
    });
    expect(messages(result)).toEqual([
      '目录信息 行政区划 行政区划代码：行政区划代码“110001”结构无效：第 3、4 位为 00 时第 5、6 位也应为 00（GB/T 2260）',
      '目录信息 施行日期：日期“2025-02-29”不存在：2025年2月只有28天',
      '第1项 公开对象 第1个：公开对象的值“全社会”无效，可选值为：public、specificGroups',
      '第1项 咨询电话：未知字段“咨询电话”；原表的其他列请放在“其他列”（extra）中',
    ]);
  });

  it('resolves 同上 against the item above, and refuses it in the first item', () => {
    const catalogue = parseCatalogue(
      withItems(item, { ...item, secondaryMatter: '其他文件', timeLimit: '同上', channels: ['同上'] }),
    );
    expect(catalogue.items[1]?.timeLimit).toMatchObject({
      text: '同上',
      resolvedFrom: 0,
      clauses: [{ kind: 'period', amount: 20 }],
    });
    expect(catalogue.items[1]?.channels).toEqual(catalogue.items[0]?.channels);
    const first = safeParseCatalogue(withItems({ ...item, timeLimit: '同上' }));
    expect(first.success).toBe(false);
    expect(messages(first)[0]).toBe('第1项 公开时限：公开时限写“同上”，但上方没有事项可以参照');
  });

  it('checks instance rows against the declared fields', () => {
    const result = safeParseCatalogue(
      withItems(
        { ...item, instanceFields: ['名称', '地址'], instances: [{ 名称: '甲', 电话: '1' }] },
        { ...item, secondaryMatter: 'x', instances: [{ a: 'b' }] },
      ),
    );
    expect(result.success).toBe(false);
    expect(messages(result).filter((m) => m.includes('实例'))).toEqual([
      '第1项 实例 第1个 电话：实例行使用了未声明的字段“电话”',
      '第1项 实例 第1个：实例行缺少字段“地址”',
      '第2项 实例：有实例行但未声明实例字段',
    ]);
  });

  it('flags duplicate items and ids', () => {
    const result = safeParseCatalogue(withItems({ ...item, id: 'a' }, { ...item, id: 'a' }));
    expect(result.issues.map((i) => i.code)).toContain('catalogue.duplicateId');
    expect(result.issues.map((i) => i.code)).toContain('catalogue.duplicateItem');
    expect(result.success).toBe(false);
  });

  it('throws a CatalogueError listing every problem, never crashing on odd input', () => {
    expect(() => parseCatalogue(null)).toThrow(CatalogueError);
    for (const input of [undefined, 42, 'text', [], { items: 'x' }]) {
      const result = safeParseCatalogue(input);
      expect(result.success).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('describes paths in words', () => {
    expect(describeCataloguePath(['items', 11, 'timeLimit'])).toBe('第12项 公开时限');
    expect(describeCataloguePath(['items', 0, 'channels', 2], 'en')).toBe('item 1 channels #3');
    expect(describeCataloguePath(['header', 'jurisdiction', 'divisionCode'])).toBe('目录信息 行政区划 行政区划代码');
  });
});

describe('a file that is not a catalogue', () => {
  it('says what the content should be, in words a county clerk reads', () => {
    for (const input of [[], 'x', null, 42]) {
      const result = safeParseCatalogue(input);
      expect(!result.success && result.issues.map((i) => formatCatalogueIssue(i))).toEqual([
        '目录文件的内容应为一个对象（一组“字段: 值”，目录文件即 { "formatVersion": "1", "header": …, "items": […] }）',
      ]);
    }
  });
});
