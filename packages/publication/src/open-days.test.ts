import { describe, expect, it } from 'vitest';
import { formatOpenDayIssue } from './format-issue.js';
import type { OpenDay, OpenDayRegistration } from './open-days.js';
import { checkOpenDay, maskedRegistrations, registerForOpenDay } from './open-days.js';

const day: OpenDay = {
  id: 'od-2026-12',
  agencyId: '350299-gov',
  theme: '走进县政务服务中心',
  date: '2026-12-18',
  place: '示范县政务服务中心',
  capacity: 2,
  registrationOpensOn: '2026-12-01',
  registrationClosesOn: '2026-12-15',
  noticePublishedOn: '2026-11-30',
  record: null,
};
const registration = (phone: string, name = '张三'): OpenDayRegistration => ({
  receiptNo: `R-${phone}`,
  name,
  phone,
  registeredOn: '2026-12-02',
});
const messages = (issues: readonly Parameters<typeof formatOpenDayIssue>[0][]) =>
  issues.map((i) => formatOpenDayIssue(i));

describe('checkOpenDay', () => {
  it('finds nothing in a plan kept to: notice a week ahead, within capacity, record not yet due', () => {
    expect(checkOpenDay(day, [registration('13800000001')], { today: '2026-12-20' })).toEqual([]);
  });

  it('reports a late notice, too many registrations and a record past its 15 days', () => {
    const late = { ...day, noticePublishedOn: '2026-12-12' };
    const three = ['13800000001', '13800000002', '13800000003'].map((p) => registration(p));
    expect(messages(checkOpenDay(late, three, { today: '2027-01-04' }))).toEqual([
      '开放日通知应至迟于 2026-12-11 发布（提前 7 天）',
      '报名 3 人，超过名额 2 人',
      '开放日活动记录和评议情况应至迟于 2027-01-02 公开（活动后 15 天内）',
    ]);
  });

  it('counts a notice not yet published once its day has passed, and takes the county’s periods', () => {
    const unannounced = { ...day, noticePublishedOn: null };
    expect(checkOpenDay(unannounced, [], { today: '2026-12-11' })).toEqual([]);
    expect(checkOpenDay(unannounced, [], { today: '2026-12-12' }).map((i) => i.code)).toEqual(['openDay.noticeLate']);
    expect(
      checkOpenDay(unannounced, [], { today: '2026-12-12', settings: { noticeLeadDays: 3 } }).map((i) => i.code),
    ).toEqual([]);
    const recorded = { ...day, record: { publishedOn: '2026-12-30', summary: '参观、座谈', participants: 2 } };
    expect(checkOpenDay(recorded, [], { today: '2027-03-01' })).toEqual([]);
  });

  it('refuses a plan with malformed dates, capacity or window, naming the field', () => {
    expect(messages(checkOpenDay({ ...day, date: '2026-02-30', capacity: 0 }, [], { today: '2026-12-01' }))).toEqual([
      '开放日的“开放日期”应为 YYYY-MM-DD 格式的日期，实际为“2026-02-30”',
      '开放日的名额应为 1 至 10000 之间的整数，实际为“0”',
    ]);
    expect(checkOpenDay({ ...day, registrationClosesOn: '2026-12-18' }, [], { today: '2026-12-01' })[0]?.code).toBe(
      'openDay.window',
    );
  });
});

describe('registerForOpenDay', () => {
  const take = (registrations: OpenDayRegistration[], phone: string, today = '2026-12-02', name = '李四') =>
    registerForOpenDay(day, registrations, { name, phone }, { today, receiptNo: 'KF-0001' });

  it('takes a registration within the window and gives its receipt', () => {
    expect(take([], ' 138 0000 0009 ')).toEqual({
      ok: true,
      registration: { receiptNo: 'KF-0001', name: '李四', phone: '13800000009', registeredOn: '2026-12-02' },
    });
  });

  it('reads full-width digits in a phone number', () => {
    const result = take([], '１３９００００１１１１');
    expect(result.ok && result.registration.phone).toBe('13900001111');
    expect(take([registration('13900001111')], '１３９ ００００ １１１１').ok).toBe(false);
  });

  it('says why it refuses: outside the window, full, the same phone, a bad name or phone', () => {
    const refused = (result: ReturnType<typeof take>) => (result.ok ? '' : formatOpenDayIssue(result.issue));
    expect(refused(take([], '13800000009', '2026-12-16'))).toBe('不在报名时间内：报名时间为 2026-12-01 至 2026-12-15');
    expect(refused(take([registration('13800000001'), registration('13800000002')], '13800000009'))).toBe(
      '名额（2 人）已满',
    );
    expect(refused(take([registration('13800000009')], '13800000009'))).toBe('这个电话号码已经报名');
    expect(refused(take([], '12345'))).toBe('请填写正确的联系电话（手机号码或带区号的固定电话）');
    expect(refused(take([], '13800000009', '2026-12-02', ' '))).toBe('请填写姓名（不超过 50 个字）');
  });

  it('shows the public masked names and phones', () => {
    expect(maskedRegistrations([registration('13800000001', '欧阳修')])).toEqual([
      { receiptNo: 'R-13800000001', name: '欧**', phone: '138****0001', registeredOn: '2026-12-02' },
    ]);
  });
});
