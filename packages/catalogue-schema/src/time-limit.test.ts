import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTimeLimit } from './time-limit.js';

describe('readTimeLimit', () => {
  it('reads the default wording and its variants as 20 workdays from formation or change', () => {
    for (const text of [
      '信息形成或者变更之日起20个工作日内',
      '自该信息形成或者变更之日起20个工作日内',
      '信息形成或变更之日起20个工作日内公开',
      '信息形成或者变更之日起 20 个工作日内予以公开',
      '信息形成(变更)20个工作日内',
      '信息形成（变更）２０个工作日内',
      '公开事项信息形成或变更之日起20个工作日内公开',
    ]) {
      const limit = readTimeLimit(text);
      expect(limit.text, text).toBe(text);
      expect(limit.recognized, text).toBe(true);
      expect(limit.clauses, text).toHaveLength(1);
      expect(limit.clauses[0], text).toMatchObject({
        kind: 'period',
        amount: 20,
        unit: 'workday',
        trigger: { kind: 'formedOrChanged' },
      });
    }
  });

  it('reads made-or-obtained, approval, determination and receipt triggers', () => {
    expect(readTimeLimit('制定或获取信息之日起10个工作日内').clauses[0]).toMatchObject({
      kind: 'period',
      amount: 10,
      unit: 'workday',
      trigger: { kind: 'madeOrObtained', text: '制定或获取信息之日起' },
    });
    expect(readTimeLimit('本级人民代表大会或其常务委员会批准后20日内').clauses[0]).toMatchObject({
      kind: 'period',
      amount: 20,
      unit: 'day',
      trigger: { kind: 'approval' },
    });
    expect(readTimeLimit('分配结果确定后20个工作日内').clauses[0]).toMatchObject({
      unit: 'workday',
      trigger: { kind: 'determination' },
    });
    expect(readTimeLimit('收到征地批准文件之日起10个工作日内公开。').clauses[0]).toMatchObject({
      amount: 10,
      trigger: { kind: 'receipt' },
    });
    expect(readTimeLimit('20个工作日').clauses[0]).toMatchObject({
      amount: 20,
      trigger: { kind: 'unspecified', text: '' },
    });
  });

  it('reads periodic limits', () => {
    expect(readTimeLimit('每年3月底前').clauses[0]).toEqual({
      kind: 'periodic',
      frequency: 'yearly',
      by: { month: 3, day: 'end' },
      text: '每年3月底前',
    });
    expect(readTimeLimit('半年至少更新1次').clauses[0]).toEqual({
      kind: 'periodic',
      frequency: 'halfYearly',
      times: 1,
      text: '半年至少更新1次',
    });
  });

  it('reads limits that set no number of days', () => {
    expect(readTimeLimit('实时公开').clauses[0]?.kind).toBe('immediate');
    expect(readTimeLimit('及时公开').clauses[0]?.kind).toBe('prompt');
    expect(readTimeLimit('按进展情况及时公开').clauses[0]).toMatchObject({ kind: 'prompt', condition: '按进展情况' });
    expect(readTimeLimit('长期公开').clauses[0]?.kind).toBe('standing');
    expect(readTimeLimit('永久公开').clauses[0]?.kind).toBe('standing');
    expect(readTimeLimit('随采购公告、采购文件公开').clauses[0]).toMatchObject({
      kind: 'withEvent',
      event: '采购公告、采购文件',
    });
    expect(readTimeLimit('分户评估结果公示期不得少于7日').clauses[0]).toMatchObject({
      kind: 'minimumDisplay',
      amount: 7,
      unit: 'day',
      scope: '分户评估结果',
    });
    expect(readTimeLimit('同上').clauses[0]?.kind).toBe('sameAsAbove');
  });

  it('splits several clauses in one cell, keeping each one’s scope', () => {
    const limit = readTimeLimit(
      '执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开',
    );
    expect(limit.clauses).toHaveLength(2);
    expect(limit.clauses[0]).toMatchObject({
      kind: 'period',
      amount: 7,
      scope: '执法决定信息',
      trigger: { kind: 'decision' },
    });
    expect(limit.clauses[1]).toMatchObject({ kind: 'period', amount: 20, trigger: { kind: 'formedOrChanged' } });
    const numbered = readTimeLimit('1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。');
    expect(numbered.clauses).toEqual([
      {
        kind: 'standing',
        note: '动态调整',
        scope: '除处罚决定外其他内容',
        text: '1.除处罚决定外其他内容:长期公开(动态调整)',
      },
      {
        kind: 'period',
        amount: 20,
        unit: 'workday',
        trigger: { kind: 'unspecified', text: '' },
        scope: '处罚决定',
        text: '2.处罚决定:20个工作日内。',
      },
    ]);
  });

  it('records the closing "法律、法规…另有规定的，从其规定"', () => {
    const limit = readTimeLimit(
      '信息形成或者变更之日起 20 个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。',
    );
    expect(limit.otherLawsPrevail).toBe(true);
    expect(limit.clauses).toHaveLength(1);
    expect(limit.recognized).toBe(true);
  });

  it('keeps a wording it does not know as unrecognized, never dropping it', () => {
    const limit = readTimeLimit('视情况而定');
    expect(limit).toEqual({
      text: '视情况而定',
      clauses: [{ kind: 'unrecognized', text: '视情况而定' }],
      otherLawsPrevail: false,
      recognized: false,
    });
    expect(readTimeLimit('').clauses).toEqual([{ kind: 'unrecognized', text: '' }]);
  });

  it('never throws and always keeps the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => readTimeLimit(text).text === text && readTimeLimit(text).clauses.length > 0),
    );
  });
});

describe('readTimeLimit on cells as counties publish them', () => {
  const kinds = (text: string) => readTimeLimit(text).clauses.map((clause) => clause.kind);

  it('reads words split by a table’s line breaks', () => {
    // Copied from published tables (fixtures/real-time-limit-cells.json has their addresses).
    for (const text of [
      '制 定 或 获 取 信 息之日起 10 个 工作日内',
      '自信息形 成或者变 更之日起 20个工作 日内予以 公开',
      '公开事项 信息形成 或变更之 日起20个 工作日内 公开',
      '制定或获取信息之日起10个工作日 内',
    ]) {
      const limit = readTimeLimit(text);
      expect(limit.text, text).toBe(text);
      expect(limit.clauses, text).toHaveLength(1);
      expect(limit.clauses[0], text).toMatchObject({ kind: 'period', unit: 'workday' });
    }
    expect(readTimeLimit('制 定 或 获 取 信 息之日起 10 个 工作日内').clauses[0]).toMatchObject({
      amount: 10,
      trigger: { kind: 'madeOrObtained', text: '制定或获取信息之日起' },
    });
  });

  it('reads a deadline with a display period, two periods side by side, a period with a standing duty', () => {
    expect(readTimeLimit('制定或获取信息之日起10个工作日内,公示7 个工作日').clauses).toMatchObject([
      { kind: 'period', amount: 10, unit: 'workday', trigger: { kind: 'madeOrObtained' } },
      { kind: 'minimumDisplay', amount: 7, unit: 'workday' },
    ]);
    expect(readTimeLimit('自收到申请之日起20个工作日内 自该信息形成或者变更之日起20个工作日内').clauses).toMatchObject([
      { kind: 'period', trigger: { kind: 'receipt' } },
      { kind: 'period', trigger: { kind: 'formedOrChanged' } },
    ]);
    expect(kinds('信息形成之日起20个工作日内公开,长期公开')).toEqual(['period', 'standing']);
    expect(kinds('信息形成之日起20个工作日内公开并长期保留')).toEqual(['period', 'standing']);
  });

  it('reads event-bound timing and lead times', () => {
    expect(readTimeLimit('在召开听证会时公开').clauses[0]).toMatchObject({ kind: 'withEvent', event: '召开听证会' });
    expect(readTimeLimit('活动结束后5个工作日内').clauses[0]).toMatchObject({
      kind: 'period',
      amount: 5,
      trigger: { kind: 'event', text: '活动结束后' },
    });
    expect(readTimeLimit('提前一周').clauses[0]).toMatchObject({
      kind: 'leadTime',
      amount: 7,
      unit: 'day',
      event: '',
    });
    expect(readTimeLimit('会议召开前3个工作日发布通知').clauses[0]).toMatchObject({
      kind: 'leadTime',
      amount: 3,
      unit: 'workday',
      event: '会议召开',
    });
    expect(readTimeLimit('招生工作开始前一个月公布').clauses[0]).toMatchObject({
      kind: 'leadTime',
      amount: 1,
      unit: 'month',
      event: '招生工作开始',
    });
  });

  it('reads trailing channel phrases, a doubled 内公开, a comma after the trigger, years and bare dates', () => {
    for (const text of [
      '信息形成之日起20个工作日内在政府网站公开',
      '信息形成之日起20个工作日内通过政府网站、村务公开栏公布',
      '信息形成后,20个工作日内公开内公开',
    ]) {
      expect(readTimeLimit(text).clauses, text).toMatchObject([{ kind: 'period', amount: 20, unit: 'workday' }]);
    }
    expect(readTimeLimit('1年').clauses[0]).toMatchObject({ kind: 'period', amount: 12, unit: 'month' });
    expect(readTimeLimit('1月31日前').clauses[0]).toMatchObject({ kind: 'periodic', by: { month: 1, day: 31 } });
    expect(readTimeLimit('6月底前').clauses[0]).toMatchObject({ kind: 'periodic', by: { month: 6, day: 'end' } });
    expect(kinds('随时公布')).toEqual(['prompt']);
  });

  it('leaves what it cannot read unrecognised rather than misread', () => {
    expect(kinds('每季度的首个月20日')).toEqual(['unrecognized']);
    expect(kinds('视工作进展')).toEqual(['unrecognized']);
    expect(kinds('13月31日前')).toEqual(['unrecognized']);
    const long = '信息形成之日起20个工作日内'.repeat(200);
    expect(readTimeLimit(long)).toMatchObject({ text: long, recognized: false });
  });
});
