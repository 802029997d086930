import { chinaCalendar } from '@gk/workdays';
import { formatCitation } from '@gk/core';
import { describe, expect, it } from 'vitest';
import { catalogueItemKey, checkCatalogueCompliance, checkTimeliness } from './compliance.js';
import { evaluatePublication } from './evaluate.js';
import { catalogue, event, publishedHistory, publisher } from './test-support/fixtures.js';

const calendar = chinaCalendar;
const itemOf = (id: string) => catalogue().items.find((item) => item.id === id)!;
const published = (on: string, extra = {}, indexNo?: string) =>
  evaluatePublication(publishedHistory(on, extra, indexNo));

describe('checkTimeliness', () => {
  it('holds a 20-workday item to 20 workdays from the day the information was formed (National Day counted out)', () => {
    // Formed 2025-09-26 (Friday): 20 workdays, the National Day holiday 10-01…10-08 not counted, end 2025-10-30.
    const [onTime] = checkTimeliness(published('2025-10-30'), itemOf('fin-policy'), { calendar });
    expect(onTime).toMatchObject({ dueOn: '2025-10-30', basis: 'period', late: false, lateWorkdays: 0 });
    // Published Tuesday 2025-11-04: late by 10-31, 11-03 and 11-04.
    const [late] = checkTimeliness(published('2025-11-04'), itemOf('fin-policy'), { calendar });
    expect(late).toMatchObject({ dueOn: '2025-10-30', late: true, lateWorkdays: 3 });
  });

  it('bounds 及时公开 by 条例第二十六条’s 20 workdays, and checks each version from its own change', () => {
    const state = evaluatePublication([
      ...publishedHistory('2025-10-10', { catalogueItemIds: ['fin-news'] }),
      event('updated', '2026-01-30', { actor: publisher, changes: { formedOn: '2025-12-31' }, note: '补充年度数据' }),
    ]);
    const [first, second] = checkTimeliness(state, itemOf('fin-news'), { calendar });
    expect(first).toMatchObject({ dueOn: '2025-10-30', basis: 'statutoryBound', late: false });
    expect(first?.citations.map((c) => formatCitation(c, { short: true }))[0]).toBe('《政府信息公开条例》第二十六条');
    // 2025-12-31 + 20 workdays: 元旦 2026-01-01…01-03 off, 01-04 (Sunday) a make-up workday → 2026-01-28.
    expect(second).toMatchObject({ version: 2, formedOn: '2025-12-31', late: true });
    expect(second?.dueOn).toBe(calendar.addWorkdays('2025-12-31', 20));
    expect(second?.lateWorkdays).toBe(calendar.workdaysBetween(second!.dueOn!, '2026-01-30'));
  });

  it('sets no date for a limit without one', () => {
    const standing = {
      ...itemOf('fin-policy'),
      timeLimit: { ...itemOf('fin-policy').timeLimit, clauses: [{ kind: 'standing' as const, text: '长期公开' }] },
    };
    expect(checkTimeliness(published('2026-03-01'), standing, { calendar })[0]).toMatchObject({
      dueOn: null,
      late: false,
    });
  });
});

describe('checkCatalogueCompliance', () => {
  const budget = (on: string) => published(on, { catalogueItemIds: ['fin-budget'], formedOn: '2026-01-10' }, `A/${on}`);

  it('finds items without content, late publications, and yearly deadlines met or missed', () => {
    const result = checkCatalogueCompliance([catalogue()], [published('2025-11-04'), budget('2026-03-20')], {
      today: '2026-05-10',
      calendar,
    });
    // The on-request item is not a proactive item; four remain.
    expect(result.items.map((i) => i.key)).toEqual(['fin-policy', 'fin-budget', 'fin-funds', 'fin-news']);
    expect(result.withoutContent.map((i) => i.key)).toEqual(['fin-funds', 'fin-news']);
    expect(result.withLate.map((i) => [i.key, i.late[0]?.lateWorkdays, i.late[0]?.indexNo])).toEqual([
      ['fin-policy', 3, '11350200MB0123456X/2025-00001'],
    ]);
    expect(result.items[1]?.periodic).toEqual({ dueOn: '2026-03-31', met: true, nextDueOn: '2027-03-31' });
    expect(result.periodicMissed.map((i) => i.key)).toEqual(['fin-funds']);
  });

  it('misses a yearly deadline with nothing published in the year up to it', () => {
    const result = checkCatalogueCompliance([catalogue()], [budget('2025-03-25')], { today: '2026-04-01', calendar });
    expect(result.items[1]?.periodic).toEqual({ dueOn: '2026-03-31', met: false, nextDueOn: '2027-03-31' });
    // Before this year's deadline, the last one (2025-03-31) counts, and it was met.
    const before = checkCatalogueCompliance([catalogue()], [budget('2025-03-25')], { today: '2026-03-30', calendar });
    expect(before.items[1]?.periodic).toEqual({ dueOn: '2025-03-31', met: true, nextDueOn: '2026-03-31' });
  });

  it('holds 半年至少更新1次 to six months after the last publication', () => {
    const funds = published('2025-12-01', { catalogueItemIds: ['fin-funds'], formedOn: '2025-11-28' });
    const onTime = checkCatalogueCompliance([catalogue()], [funds], { today: '2026-06-01', calendar });
    expect(onTime.items[2]?.periodic).toEqual({ dueOn: '2026-06-01', met: true, nextDueOn: '2026-06-01' });
    const missed = checkCatalogueCompliance([catalogue()], [funds], { today: '2026-06-02', calendar });
    expect(missed.periodicMissed.map((i) => i.key)).toEqual(['fin-budget', 'fin-funds']);
  });

  it('gives the clerk a to-do list, soonest first, undated last; withdrawn records do not count', () => {
    const withdrawn = evaluatePublication([
      ...publishedHistory('2025-10-10', { catalogueItemIds: ['fin-news'] }),
      event('withdrawn', '2025-10-11', { actor: publisher, reason: '内容有误' }),
    ]);
    const result = checkCatalogueCompliance([catalogue()], [budget('2026-03-20'), withdrawn], {
      today: '2026-05-10',
      calendar,
    });
    expect(result.toDo.map((t) => [t.key, t.dueOn, t.reason])).toEqual([
      ['fin-funds', '2026-05-10', 'periodicMissed'],
      ['fin-budget', '2027-03-31', 'periodicDue'],
      ['fin-news', null, 'noContent'],
      ['fin-policy', null, 'noContent'],
    ]);
    expect(result.toDo[3]?.title).toBe('财政信息 / 财政政策文件');
  });

  it('keys an item without an id by its domain and place', () => {
    const cat = catalogue();
    const { id: _id, ...noId } = cat.items[0]!;
    expect(catalogueItemKey(cat, noId)).toBe('财政预决算#1');
    expect(() => checkCatalogueCompliance([cat], [], { today: '2026-02-30', calendar })).toThrow();
  });
});
