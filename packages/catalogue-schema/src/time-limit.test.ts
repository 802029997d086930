import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeLimit } from './time-limit.js';

describe('parseTimeLimit', () => {
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
      const limit = parseTimeLimit(text);
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
    expect(parseTimeLimit('制定或获取信息之日起10个工作日内').clauses[0]).toMatchObject({
      kind: 'period',
      amount: 10,
      unit: 'workday',
      trigger: { kind: 'madeOrObtained', text: '制定或获取信息之日起' },
    });
    expect(parseTimeLimit('本级人民代表大会或其常务委员会批准后20日内').clauses[0]).toMatchObject({
      kind: 'period',
      amount: 20,
      unit: 'day',
      trigger: { kind: 'approval' },
    });
    expect(parseTimeLimit('分配结果确定后20个工作日内').clauses[0]).toMatchObject({
      unit: 'workday',
      trigger: { kind: 'determination' },
    });
    expect(parseTimeLimit('收到征地批准文件之日起10个工作日内公开。').clauses[0]).toMatchObject({
      amount: 10,
      trigger: { kind: 'receipt' },
    });
    expect(parseTimeLimit('20个工作日').clauses[0]).toMatchObject({
      amount: 20,
      trigger: { kind: 'unspecified', text: '' },
    });
  });

  it('reads periodic limits', () => {
    expect(parseTimeLimit('每年3月底前').clauses[0]).toEqual({
      kind: 'periodic',
      frequency: 'yearly',
      by: { month: 3, day: 'end' },
      text: '每年3月底前',
    });
    expect(parseTimeLimit('半年至少更新1次').clauses[0]).toEqual({
      kind: 'periodic',
      frequency: 'halfYearly',
      times: 1,
      text: '半年至少更新1次',
    });
  });

  it('reads limits that set no number of days', () => {
    expect(parseTimeLimit('实时公开').clauses[0]?.kind).toBe('immediate');
    expect(parseTimeLimit('及时公开').clauses[0]?.kind).toBe('prompt');
    expect(parseTimeLimit('按进展情况及时公开').clauses[0]).toMatchObject({ kind: 'prompt', condition: '按进展情况' });
    expect(parseTimeLimit('长期公开').clauses[0]?.kind).toBe('standing');
    expect(parseTimeLimit('永久公开').clauses[0]?.kind).toBe('standing');
    expect(parseTimeLimit('随采购公告、采购文件公开').clauses[0]).toMatchObject({
      kind: 'withEvent',
      event: '采购公告、采购文件',
    });
    expect(parseTimeLimit('分户评估结果公示期不得少于7日').clauses[0]).toMatchObject({
      kind: 'minimumDisplay',
      amount: 7,
      unit: 'day',
      scope: '分户评估结果',
    });
    expect(parseTimeLimit('同上').clauses[0]?.kind).toBe('sameAsAbove');
  });

  it('splits several clauses in one cell, keeping each one’s scope', () => {
    const limit = parseTimeLimit(
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
    const numbered = parseTimeLimit('1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。');
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
    const limit = parseTimeLimit(
      '信息形成或者变更之日起 20 个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。',
    );
    expect(limit.otherLawsPrevail).toBe(true);
    expect(limit.clauses).toHaveLength(1);
    expect(limit.recognized).toBe(true);
  });

  it('keeps a wording it does not know as unrecognized, never dropping it', () => {
    const limit = parseTimeLimit('视情况而定');
    expect(limit).toEqual({
      text: '视情况而定',
      clauses: [{ kind: 'unrecognized', text: '视情况而定' }],
      otherLawsPrevail: false,
      recognized: false,
    });
    expect(parseTimeLimit('').clauses).toEqual([{ kind: 'unrecognized', text: '' }]);
  });

  it('never throws and always keeps the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => parseTimeLimit(text).text === text && parseTimeLimit(text).clauses.length > 0),
    );
  });
});
