import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from './build.js';
import { AnnualReportError } from './error.js';
import { formatReportIssue } from './format-issue.js';
import { APPEAL_OUTCOMES, APPEAL_RESULTS } from './formats.js';
import { MAX_REPORT_CASES, parseAnnualReportInput, safeParseAnnualReportInput, safeParseReportCase } from './input.js';
import { PROACTIVE_2021 } from './test-support/proactive.js';

const input = {
  format: '2021',
  year: 2025,
  issuer: '某县人民政府办公室',
  cases: [
    {
      receivedOn: '2025-03-01',
      concludedOn: '2025-03-20',
      outcome: 'disclosed',
      applicant: { kind: 'organization', category: 'business' },
      fee: { amount: 100, paidOn: '2025-03-10' },
    },
    { receivedOn: '2025-12-20', concludedOn: null, outcome: null, applicant: { kind: 'naturalPerson' } },
  ],
  appeals: [{ kind: 'litigation', result: 'corrected' }],
  proactive: PROACTIVE_2021,
};

describe('safeParseAnnualReportInput', () => {
  it('accepts JSON data of the input and the report built from it is the same as from typed data', () => {
    const parsed = safeParseAnnualReportInput(JSON.parse(JSON.stringify(input)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toEqual(input);
    const report = buildAnnualReport(parsed.data);
    expect(report.feesCollectedYuan).toBe(100);
    expect(report.tables.appeals.values[5 + 1]).toBe(1);
  });

  it('names each malformed field with its path', () => {
    const parsed = safeParseAnnualReportInput({
      ...input,
      cases: [{ ...input.cases[0], receivedOn: '2025-02-30', outcome: 'approved' }],
      appeals: [{ kind: 'lawsuit', result: 'corrected' }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.field', ['cases', 0, 'receivedOn']],
      ['input.outcome', ['cases', 0, 'outcome']],
      ['input.field', ['appeals', 0, 'kind']],
    ]);
    expect(formatReportIssue(parsed.issues[1]!)).toBe(
      '“approved”不是办理结果代码（应为 disclosed、partiallyDisclosed、withheld.stateSecret 这样的代码）',
    );
    expect(formatReportIssue(parsed.issues[0]!, 'en')).toBe(`The report data's "receivedOn" is missing or malformed`);
  });

  it('refuses an unknown format with report.format', () => {
    const parsed = safeParseAnnualReportInput({ ...input, format: '2030' });
    expect(parsed).toEqual({
      success: false,
      issues: [{ code: 'report.format', params: { received: '2030' }, path: ['format'], severity: 'error' }],
    });
  });

  it('refuses a list over its limit without reading it', () => {
    const cases = { length: MAX_REPORT_CASES + 1 };
    const parsed = safeParseAnnualReportInput({ ...input, cases: Array.from(cases, () => null) });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues[0]).toMatchObject({
      code: 'input.tooMany',
      params: { field: 'cases', limit: MAX_REPORT_CASES },
    });
  });

  it('refuses absurd numbers, a year typed in full-width digits and a NUL in the issuer', () => {
    const parsed = safeParseAnnualReportInput({
      ...input,
      year: '２０２５',
      issuer: '某县\u0000办公室',
      proactive: { ...input.proactive, licensingDecisions: 1e308 },
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.field', ['year']],
      ['input.field', ['issuer']],
      ['input.field', ['proactive', 'licensingDecisions']],
    ]);
  });

  it('parseAnnualReportInput throws AnnualReportError with the issues', () => {
    expect(() => parseAnnualReportInput({ ...input, year: 'x' })).toThrow(AnnualReportError);
    expect(() => parseAnnualReportInput({ ...input, year: 'x' })).toThrow('年度报告数据的“year”缺失或格式不正确');
  });
});

describe('safeParseReportCase', () => {
  it('prefixes paths with where the record is', () => {
    const parsed = safeParseReportCase({ ...input.cases[1], applicant: { kind: 'organization' } }, ['cases', 7]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([['cases', 7, 'applicant', 'category']]);
  });
});

describe('APPEAL_OUTCOMES', () => {
  it('is the deprecated name of APPEAL_RESULTS', () => {
    expect(APPEAL_OUTCOMES).toBe(APPEAL_RESULTS);
  });
});
