import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { computeDue, computeDueOn } from './due-date.js';
import { CatalogueError } from './error.js';
import { readTimeLimit } from './time-limit.js';

const due = (text: string, triggerOn: string, clause?: number) =>
  computeDueOn(readTimeLimit(text), {
    triggerOn,
    calendar: chinaCalendar,
    ...(clause === undefined ? {} : { clause }),
  });

describe('computeDueOn', () => {
  it('counts workdays through the official calendar, the trigger day not counted', () => {
    // 09-28 (调休) 1, 09-29 2, 09-30 3, [10-01…10-08 off], 10-09 4, 10-10 5, 10-11 (调休) 6, 10-13…17 7–11, 10-20…24 12–16, 10-27…30 17–20
    expect(due('信息形成或者变更之日起20个工作日内', '2025-09-26')).toBe('2025-10-30');
    // 01-26 (调休) 1, 01-27 2, [01-28…02-04 off], 02-05…07 3–5, 02-08 (调休) 6, 02-10…13 7–10
    expect(due('制定或获取信息之日起10个工作日内', '2025-01-24')).toBe('2025-02-13');
  });

  it('counts calendar days from the next day and moves a last day off to the next workday (民法典 Art. 201, 203)', () => {
    expect(due('本级人民代表大会或其常务委员会批准后20日内', '2025-01-10')).toBe('2025-02-05');
    expect(due('本级人民代表大会或其常务委员会批准后20日内', '2025-03-03')).toBe('2025-03-24');
    expect(due('本级人民代表大会或其常务委员会批准后20日内', '2025-03-01')).toBe('2025-03-21');
  });

  it('ends a month period on the corresponding day, or the month end (民法典 Art. 202)', () => {
    // 2026 has no 02-31: the period ends 02-28, a Saturday the 2026 notice makes a workday.
    expect(due('半年至少更新1次', '2025-08-31')).toBe('2026-02-28');
    expect(due('半年至少更新1次', '2025-05-31')).toBe('2025-12-01');
    expect(due('半年至少更新1次', '2025-01-15')).toBe('2025-07-15');
  });

  it('gives the next yearly deadline on or after the trigger', () => {
    expect(due('每年3月底前', '2025-02-10')).toBe('2025-03-31');
    expect(due('每年3月底前', '2025-04-01')).toBe('2026-03-31');
  });

  it('bounds 及时公开 and 实时公开 by the 20 workdays of 条例第二十六条, and says so', () => {
    for (const text of ['实时公开', '及时公开', '按进展情况及时公开']) {
      // 20 workdays after 2025-03-03 (清明 04-04 is after): 03-04…07, 10…14, 17…21, 24…28, 03-31 = 20.
      expect(computeDue(readTimeLimit(text), { triggerOn: '2025-03-03', calendar: chinaCalendar }), text).toEqual({
        dueOn: '2025-03-31',
        basis: 'statutoryBound',
        citations: [
          { law: 'regulation', article: 26 },
          { law: 'civilCode', article: 201, paragraph: 1 },
        ],
      });
    }
  });

  it('never takes a display period for a publication deadline', () => {
    for (const text of [
      '公示7个工作日',
      '公示期7天',
      '公示时间不少于5个工作日',
      '审核后公示7日',
      '分户评估结果公示期不得少于7日',
    ]) {
      expect(
        readTimeLimit(text).clauses.map((c) => c.kind),
        text,
      ).toEqual(['minimumDisplay']);
      expect(due(text, '2025-03-03'), text).toBeNull();
    }
    // A cell with a deadline and a display period: the deadline is the period's, 10 workdays from 03-03.
    expect(due('制定或获取信息之日起10个工作日内,公示7 个工作日', '2025-03-03')).toBe('2025-03-17');
  });

  it('keeps a fixed day (期日) where it falls: no 民法典第二百零三条 roll-over', () => {
    // 2026-01-31 is a Saturday: the annual report's day stays 01-31.
    expect(computeDue(readTimeLimit('每年1月31日前'), { triggerOn: '2026-01-05', calendar: chinaCalendar })).toEqual({
      dueOn: '2026-01-31',
      basis: 'fixedDay',
      citations: [],
    });
    expect(due('6月底前', '2026-02-01')).toBe('2026-06-30');
  });

  it('counts a lead time back from the event', () => {
    // The event on 2025-10-13 (Mon): 一周 before is 10-06, inside the National Day break, and stays there.
    expect(due('提前一周', '2025-10-13')).toBe('2025-10-06');
    // 3 workdays before 10-13: 10-11 (调休 Sat), 10-10, 10-09.
    expect(due('会议召开前3个工作日发布通知', '2025-10-13')).toBe('2025-10-09');
  });

  it('returns null for limits that set no date', () => {
    for (const text of ['长期公开', '随采购公告、采购文件公开', '分户评估结果公示期不得少于7日', '视情况而定']) {
      expect(due(text, '2025-03-03'), text).toBeNull();
    }
  });

  it('asks which clause applies when several are dated', () => {
    const text = '执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开';
    expect(() => due(text, '2025-03-03')).toThrow('公开时限含 2 个有期限的条款，请指明适用哪一条');
    expect(due(text, '2025-03-03', 0)).toBe('2025-03-12');
    expect(due(text, '2025-03-03', 1)).toBe('2025-03-31');
    expect(() => due(text, '2025-03-03', 5)).toThrow(CatalogueError);
    expect(due('1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。', '2025-03-03')).toBe(
      '2025-03-31',
    );
  });

  it('refuses an unresolved 同上 and a bad trigger date', () => {
    expect(() => due('同上', '2025-03-03')).toThrow('公开时限为“同上”');
    expect(() => due('20个工作日', '2025-02-30')).toThrow('triggerOn：日期“2025-02-30”不存在');
  });
});
