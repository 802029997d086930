import type { CaseState } from '@gk/request-workflow';
import { evaluateCase, OUTCOME_CODES } from '@gk/request-workflow';
import type { Outcome } from '@gk/request-workflow';
import { chinaCalendar } from '@gk/workdays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportCase } from './input.js';
import { buildAnnualReport } from './build.js';
import { checkReport } from './check.js';
import { REQUEST_ROWS } from './formats.js';
import type { AnnualReport } from './report.js';
import { rollUpReports } from './roll-up.js';
import { PROACTIVE_2021 } from './test-support/proactive.js';

const proactive = PROACTIVE_2021;
const person = { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '1' } as const;
const firm = (category: 'business' | 'research' | 'legalService') =>
  ({ kind: 'organization', category, name: '某单位', address: '某地' }) as const;
const c = (
  receivedOn: string,
  concludedOn: string | null,
  outcome: Outcome | null,
  applicant: ReportCase['applicant'] = person,
  fee?: ReportCase['fee'],
): ReportCase => ({
  receivedOn,
  concludedOn,
  outcome,
  applicant,
  ...(fee === undefined ? {} : { fee }),
});
const row = (report: AnnualReport, label: string) => report.tables.requests.rows.find((r) => r.label === label)?.values;

describe('buildAnnualReport', () => {
  const cases = [
    c('2024-12-20', '2025-01-10', 'disclosed'), // carried in, concluded in 2025
    c('2024-11-01', '2024-12-01', 'disclosed'), // concluded in 2024: not counted
    c('2025-03-01', '2025-03-20', 'withheld.stateSecret', firm('business')),
    c('2025-05-01', '2025-05-28', 'otherHandling.feeUnpaid', firm('research')),
    c('2025-12-20', null, null, firm('legalService')), // open on 12-31: carried out
    c('2025-12-01', '2026-01-05', 'disclosed'), // concluded next year: carried out
    c('2026-01-02', '2026-01-20', 'disclosed'), // next year: not counted
    c('2025-06-01', '2025-06-10', 'partiallyDisclosed', person, { amount: 300, paidOn: '2025-06-05' }),
  ];
  const report = buildAnnualReport({
    format: '2021',
    year: 2025,
    issuer: '某县人民政府办公室',
    cases,
    appeals: [],
    proactive,
  });

  it('applies the counting rules: new, carried in, concluded, carried out', () => {
    expect(row(report, '一、本年新收政府信息公开申请数量')).toEqual([2, 1, 1, 0, 1, 0, 5]);
    expect(row(report, '二、上年结转政府信息公开申请数量')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(report, '（一）予以公开')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(report, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(report, '1.属于国家秘密')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row(report, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toEqual([
      0, 0, 1, 0, 0, 0, 1,
    ]);
    expect(row(report, '（七）总计')).toEqual([2, 1, 1, 0, 0, 0, 4]);
    expect(row(report, '四、结转下年度继续办理')).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(report.feesCollectedYuan).toBe(300);
    expect(checkReport(report)).toEqual([]);
  });

  it('writes every label of the format in the official order, with group headings', () => {
    expect(report.tables.requests.rows.map((r) => r.label)).toEqual(REQUEST_ROWS['2021'].map((d) => d.label));
    expect(report.tables.requests.rows[4]).toMatchObject({
      group: ['三、本年度办理结果', '（三）不予公开'],
      label: '1.属于国家秘密',
    });
    expect(report.tables.proactive.blocks[0]).toEqual({
      block: '第二十条第（一）项',
      columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      rows: [
        { label: '规章', values: [0, 0, 3] },
        { label: '行政规范性文件', values: [5, 1, 40] },
      ],
    });
  });

  it('counts appeals into table 四 with group totals', () => {
    const withAppeals = buildAnnualReport({
      format: '2021',
      year: 2025,
      issuer: 'x',
      cases: [],
      proactive,
      appeals: [
        { kind: 'reconsideration', result: 'upheld' },
        { kind: 'reconsideration', result: 'pending' },
        { kind: 'litigationAfterReconsideration', result: 'corrected' },
      ],
    });
    expect(withAppeals.tables.appeals.values).toEqual([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(withAppeals.tables.appeals.columns[14]).toBe('行政诉讼/复议后起诉/总计');
  });

  it('uses one （六）其他处理 row in the 2019 试行 format', () => {
    const old = buildAnnualReport({
      format: '2019-trial',
      year: 2025,
      issuer: 'x',
      cases,
      appeals: [],
      proactive: {
        regulations: { newlyMade: 1, newlyPublished: 1, totalPublished: 5 },
        normativeDocuments: { newlyMade: 2, newlyPublished: 2, totalPublished: 9 },
        licensing: { previousYear: 10, change: 1, decisions: 50 },
        otherServices: { previousYear: 3, change: 0, decisions: 4 },
        penalties: { previousYear: 8, change: -1, decisions: 20 },
        enforcement: { previousYear: 2, change: 0, decisions: 1 },
        fees: { previousYear: 4, change: 0 },
        procurement: { projects: 6, amount: 25.1 },
      },
    });
    expect(old.tables.requests.rows).toHaveLength(23);
    expect(row(old, '（六）其他处理')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(old.tables.proactive.blocks.map((b) => b.block)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(checkReport(old)).toEqual([]);
  });

  it('takes case states from @gk/request-workflow directly', () => {
    const state: CaseState = evaluateCase(
      [
        {
          type: 'received',
          on: '2025-03-03',
          actor: { id: 'u' },
          channel: 'inPerson',
          applicant: person,
          request: { description: 'x', forms: ['paper'] },
        },
        { type: 'decided', on: '2025-03-10', actor: { id: 'u' }, outcome: 'notProcessed.repeated' },
        { type: 'delivered', on: '2025-03-11', actor: { id: 'u' }, method: 'inPerson' },
      ],
      { calendar: chinaCalendar, today: '2025-12-31' },
    );
    const built = buildAnnualReport({
      format: '2021',
      year: 2025,
      issuer: 'x',
      cases: [state],
      appeals: [],
      proactive,
    });
    expect(row(built, '2.重复申请')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('counts a case withdrawn after an undelivered decision once, under 其他处理, not under the decision', () => {
    const received = {
      type: 'received',
      on: '2025-03-03',
      actor: { id: 'u' },
      channel: 'inPerson',
      applicant: person,
      request: { description: 'x', forms: ['paper'] },
    } as const;
    const withdrawn = evaluateCase(
      [
        received,
        { type: 'decided', on: '2025-03-10', actor: { id: 'u' }, outcome: 'disclosed' },
        { type: 'withdrawn', on: '2025-03-12', actor: { id: 'u' } },
      ],
      { calendar: chinaCalendar, today: '2025-12-31' },
    );
    const built = buildAnnualReport({
      format: '2021',
      year: 2025,
      issuer: 'x',
      cases: [withdrawn],
      appeals: [],
      proactive,
    });
    expect(row(built, '（一）予以公开')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(built, '3.其他')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(built, '（七）总计')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(checkReport(built)).toEqual([]);
  });
});

describe('cross-checks hold by construction (fast-check)', () => {
  const day = fc
    .integer({ min: 0, max: 3 * 365 })
    .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const applicant = fc.constantFrom<ReportCase['applicant']>(
    person,
    firm('business'),
    firm('research'),
    firm('legalService'),
    null,
  );
  const generated = fc.array(
    fc.record({
      received: day,
      duration: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      outcome: fc.option(fc.constantFrom(...OUTCOME_CODES), { nil: null }),
      applicant,
    }),
    { maxLength: 60 },
  );

  it('every report built from any case set passes checkReport, in both formats', () => {
    fc.assert(
      fc.property(
        generated,
        fc.constantFrom(2024, 2025, 2026),
        fc.constantFrom<'2021' | '2019-trial'>('2021', '2019-trial'),
        (list, year, format) => {
          const cases = list.map(({ received, duration, outcome, applicant: who }) => {
            const concludedOn =
              duration === null
                ? null
                : new Date(Date.parse(`${received}T00:00:00Z`) + duration * 86_400_000).toISOString().slice(0, 10);
            return c(received, concludedOn, outcome, who);
          });
          const input =
            format === '2021'
              ? { format, year, issuer: 'x', cases, appeals: [], proactive }
              : {
                  format,
                  year,
                  issuer: 'x',
                  cases,
                  appeals: [],
                  proactive: {
                    regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
                    normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
                    licensing: { previousYear: 0, change: 0, decisions: 0 },
                    otherServices: { previousYear: 0, change: 0, decisions: 0 },
                    penalties: { previousYear: 0, change: 0, decisions: 0 },
                    enforcement: { previousYear: 0, change: 0, decisions: 0 },
                    fees: { previousYear: 0, change: 0 },
                    procurement: { projects: 0, amount: 0 },
                  },
                };
          return checkReport(buildAnnualReport(input)).length === 0;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rollUpReports', () => {
  const a = buildAnnualReport({
    format: '2021',
    year: 2025,
    issuer: '县教育局',
    cases: [c('2025-03-01', '2025-03-05', 'disclosed')],
    appeals: [{ kind: 'litigation', result: 'upheld' }],
    proactive,
  });
  const b = buildAnnualReport({
    format: '2021',
    year: 2025,
    issuer: '县财政局',
    cases: [c('2025-04-01', null, null, firm('business'))],
    appeals: [],
    proactive,
  });

  it('sums every table and lists the agencies', () => {
    const total = rollUpReports([a, b], '某县人民政府');
    expect(total.issuer).toBe('某县人民政府');
    expect(total.agencies).toEqual(['县教育局', '县财政局']);
    expect(row(total, '一、本年新收政府信息公开申请数量')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row(total, '四、结转下年度继续办理')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(total.tables.proactive.blocks[1]?.rows[0]?.values).toEqual([240]);
    expect(total.tables.appeals.values.slice(5, 10)).toEqual([1, 0, 0, 0, 1]);
    expect(checkReport(total)).toEqual([]);
  });

  it('refuses reports of different formats or years', () => {
    expect(() => rollUpReports([a, { ...b, year: 2024 }], 'x')).toThrow(
      '汇总的报告year不一致：应为“2025”，实际为“2024”',
    );
    expect(() => rollUpReports([], 'x')).toThrow();
  });
});
