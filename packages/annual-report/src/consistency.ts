// Checks a report against itself and its predecessor beyond the tables' arithmetic: the numbers its
// text states against the tables (本年新收、上年结转、办结、结转下年度、复议、诉讼、收费), and this year's
// 上年结转 against last year's 结转下年度.
import { createIssue } from '@gk/core';
import { requestMatrix } from './check.js';
import { REQUEST_COLUMNS, REQUEST_ROWS } from './formats.js';
import type { AnnualReport, ReportSections } from './report.js';
import type { ReportIssue } from './report-issues.js';

const SECTION_NAMES: Readonly<Record<keyof ReportSections, string>> = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

/** A phrase the text uses for a number, and where the tables keep it. */
interface Statement {
  readonly pattern: RegExp;
  readonly cell: string;
  readonly value: (report: AnnualReport) => number | undefined;
}

const totalOf =
  (role: 'new' | 'carriedIn' | 'total' | 'carriedOut') =>
  (report: AnnualReport): number | undefined => {
    const at = REQUEST_ROWS[report.format].findIndex((d) => d.role === role);
    return requestMatrix(report)[at]?.[REQUEST_COLUMNS.length - 1];
  };

const appealTotal =
  (...groups: number[]) =>
  (report: AnnualReport): number | undefined => {
    const values = report.tables.appeals.values;
    if (values.length !== 15) return undefined;
    return groups.reduce((n, g) => n + (values[g * 5 + 4] ?? 0), 0);
  };

// Only phrases that name one table cell; the number must directly follow them.
const STATEMENTS: readonly Statement[] = [
  {
    pattern: /新收(?:到)?(?:政府信息公开)?申请(?:共|数量为?)?(\d+)件/g,
    cell: '表三“一、本年新收政府信息公开申请数量”总计',
    value: totalOf('new'),
  },
  {
    pattern: /上年(?:度)?结转(?:政府信息公开)?(?:申请)?(?:共)?(\d+)件/g,
    cell: '表三“二、上年结转政府信息公开申请数量”总计',
    value: totalOf('carriedIn'),
  },
  {
    pattern: /结转下(?:一)?年度(?:继续办理)?(?:的)?(?:申请)?(?:共)?(\d+)件/g,
    cell: '表三“四、结转下年度继续办理”总计',
    value: totalOf('carriedOut'),
  },
  {
    pattern: /(?:办结|办理完毕|答复)(?:政府信息公开)?申请(?:共)?(\d+)件/g,
    cell: '表三“（七）总计”总计',
    value: totalOf('total'),
  },
  {
    pattern: /(?:被)?申请行政复议(?:案件)?(?:共)?(\d+)件/g,
    cell: '表四“行政复议”总计',
    value: appealTotal(0),
  },
  {
    pattern: /(?:被)?提起行政诉讼(?:案件)?(?:共)?(\d+)件/g,
    cell: '表四“行政诉讼”两组总计之和',
    value: appealTotal(1, 2),
  },
];

/** Full-width digits as ASCII, and no spaces between a number and its words. */
const normalizeText = (text: string): string =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u00a0\u3000]+/g, '');

/**
 * Compares the numbers a report's text states with its tables: 新收申请, 上年结转, 办结, 结转下年度
 * (表三's 总计 column), 行政复议 and 行政诉讼 (表四's totals), and the fees collected (section 六) where
 * the text says 未收取. Phrasing varies, so a difference is a warning naming the section, the phrase,
 * both numbers and the cell; a number the text gives for a part (其中…) can be a false alarm.
 * @param report - the report in the JSON form, with its `sections`
 * @returns warnings, one per phrase that disagrees with its cell
 */
export function checkReportText(report: AnnualReport): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const sections = report.sections ?? {};
  for (const key of ['overview', 'problems', 'other'] as const) {
    const raw = sections[key];
    if (typeof raw !== 'string' || raw === '') continue;
    const text = normalizeText(raw.slice(0, 100_000));
    for (const statement of STATEMENTS) {
      const value = statement.value(report);
      if (value === undefined) continue;
      for (const match of text.matchAll(statement.pattern)) {
        const stated = Number(match[1]);
        if (stated === value) continue;
        issues.push(
          createIssue(
            'report.textMismatch',
            { section: SECTION_NAMES[key], phrase: match[0], stated, cell: statement.cell, value },
            ['sections', key],
            'warning',
          ),
        );
      }
    }
    const fees = report.feesCollectedYuan;
    if (fees !== undefined && fees > 0) {
      const none = /未(?:收取|收缴)(?:任何)?(?:信息处理费|费用)/.exec(text);
      if (none !== null)
        issues.push(
          createIssue(
            'report.textMismatch',
            {
              section: SECTION_NAMES[key],
              phrase: none[0],
              stated: 0,
              cell: '实际收取的信息处理费（元）',
              value: fees,
            },
            ['sections', key],
            'warning',
          ),
        );
    }
  }
  return issues;
}

/**
 * Checks a report against the same agency's report of the year before: the years follow each other,
 * the issuer is the same, and each column of this year's 上年结转 equals last year's 结转下年度.
 * @param previous - last year's report
 * @param current - this year's
 * @returns errors at the cells that disagree
 */
export function checkReportYears(previous: AnnualReport, current: AnnualReport): ReportIssue[] {
  const issues: ReportIssue[] = [];
  if (current.year !== previous.year + 1)
    issues.push(createIssue('report.yearGap', { previous: previous.year, current: current.year }, ['year']));
  if (current.issuer.trim() !== previous.issuer.trim())
    issues.push(
      createIssue('report.issuerChanged', { previous: previous.issuer, current: current.issuer }, ['issuer']),
    );
  const outAt = REQUEST_ROWS[previous.format].findIndex((d) => d.role === 'carriedOut');
  const inAt = REQUEST_ROWS[current.format].findIndex((d) => d.role === 'carriedIn');
  const carriedOut = requestMatrix(previous)[outAt];
  const carriedIn = requestMatrix(current)[inAt];
  if (carriedOut === undefined || carriedIn === undefined) return issues;
  REQUEST_COLUMNS.forEach((column, c) => {
    const before = carriedOut[c] ?? 0;
    const now = carriedIn[c] ?? 0;
    if (before !== now)
      issues.push(
        createIssue('report.carriedOver', { column, previous: before, current: now, year: previous.year }, [
          'tables',
          'requests',
          'rows',
          inAt,
          'values',
          c,
        ]),
      );
  });
  return issues;
}
