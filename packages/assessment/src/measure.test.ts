import { AssessmentError } from './error.js';
import { describe, expect, it } from 'vitest';
import { measureAgency, reportDueOn } from './measure.js';
import { department, TODAY } from './test-support/fixtures.js';

const row = (m: { indicator: string; total: number; met: number; defects: number }) => [
  m.indicator,
  m.total,
  m.met,
  m.defects,
];

describe('measureAgency', () => {
  const measured = measureAgency(department(), { year: 2026, today: TODAY });
  const byId = (id: string) => measured.measurements.find((m) => m.indicator === id);

  it('counts each indicator whose evidence is given, and leaves out those without', () => {
    expect(measured.measurements.map(row)).toEqual([
      // Two of three proactive items have content.
      ['catalogueCompleteness', 3, 2, 1],
      // Three versions published in 2026, one late.
      ['publicationTimeliness', 3, 2, 1],
      ['periodicUpdates', 1, 0, 1],
      // Answered on time, answered late, open past its date; the 2025 case is not counted.
      ['requestOnTime', 3, 1, 2],
      ['requestFindings', 3, 3, 0],
      // The pending litigation is not decided.
      ['appealsCorrected', 2, 1, 1],
      ['reportOnTime', 1, 0, 1],
      ['reportConsistent', 1, 0, 4],
      ['interpretationSynchrony', 1, 0, 1],
    ]);
  });

  it('keeps examples with dates and the article they apply', () => {
    expect(byId('publicationTimeliness')?.evidence[0]).toMatchObject({
      subject: 'EDU/2026-00002',
      text: '应于 2026-02-02 前发布，2026-03-20 才发布，逾期 30 个工作日',
      on: '2026-03-20',
    });
    expect(byId('requestOnTime')?.evidence.map((e) => e.text)).toEqual([
      '答复期限 2026-03-30，2026-04-20 才答复',
      '答复期限 2026-12-29 已过，尚未答复',
    ]);
    expect(byId('reportOnTime')?.evidence[0]).toEqual({
      subject: '2026年度报告',
      text: '应于 2027-01-31 前公布，2027-02-05 才公布',
      on: '2027-01-31',
      citation: { law: 'regulation', article: 49, paragraph: 1 },
    });
    expect(byId('reportConsistent')?.evidence[0]?.text).toBe('报告的“issuer”缺失或格式不正确');
  });

  it('does not count a report before its due date, and dates reports by the agency’s kind', () => {
    const early = measureAgency(
      { ...department(), report: { publishedOn: null, issues: [] } },
      { year: 2026, today: '2027-01-31' },
    );
    expect(early.measurements.find((m) => m.indicator === 'reportOnTime')).toMatchObject({ total: 0, defects: 0 });
    const late = measureAgency(
      { ...department(), report: { publishedOn: null, issues: [] } },
      { year: 2026, today: '2027-02-01' },
    );
    expect(late.measurements.find((m) => m.indicator === 'reportOnTime')).toMatchObject({ total: 1, defects: 1 });
    expect(late.measurements.some((m) => m.indicator === 'reportConsistent')).toBe(false);
    expect(reportDueOn('department', 2026)).toBe('2027-01-31');
    expect(reportDueOn('government', 2026)).toBe('2027-03-31');
    expect(reportDueOn('township', 2026)).toBe('2027-03-31');
    expect(reportDueOn('township', 2026, { townshipReportDue: { month: 2, day: 15 } })).toBe('2027-02-15');
  });

  it('refuses an assessment day, year or township date it cannot read, saying which', () => {
    const attempt = (options: Parameters<typeof measureAgency>[1]) => {
      try {
        measureAgency(department(), options);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(AssessmentError);
        return (error as AssessmentError).issues.map((i) => i.code);
      }
    };
    expect(attempt({ year: 2026, today: '2027-02-30' })).toEqual(['assessment.today']);
    expect(attempt({ year: 20_260, today: TODAY })).toEqual(['assessment.year']);
    expect(attempt({ year: 2026, today: TODAY, settings: { townshipReportDue: { month: 2, day: 30 } } })).toEqual([
      'assessment.townshipReportDue',
    ]);
  });
});
