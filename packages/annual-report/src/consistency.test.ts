import { describe, expect, it } from 'vitest';
import { checkReportText, checkReportYears } from './consistency.js';
import { formatReportIssue } from './format-issue.js';
import { PUBLISHED, toJsonForm } from './internal/published.js';
import type { AnnualReport } from './report.js';

/** 平潭综合实验区's published 2022 report (tables as printed). */
const pingtan = (): AnnualReport => {
  const found = PUBLISHED.find((r) => r.id === 'pt_area_2022');
  if (found === undefined) throw new Error('fixture');
  return toJsonForm(found);
};

/** The same agency's next year, carrying in `carriedIn` (总计 column last). */
function nextYear(report: AnnualReport, carriedIn: readonly number[]): AnnualReport {
  return {
    ...report,
    year: report.year + 1,
    tables: {
      ...report.tables,
      requests: {
        ...report.tables.requests,
        rows: report.tables.requests.rows.map((row) =>
          row.label.startsWith('二、上年结转') ? { ...row, values: [...carriedIn] } : row,
        ),
      },
    },
  };
}

describe('checkReportText', () => {
  it('finds nothing when the text states what the tables say (平潭 2022: 74 new, 1 carried in, 75 answered, 2 复议)', () => {
    const report = {
      ...pingtan(),
      sections: {
        overview:
          '2022年，本区共新收政府信息公开申请74件，上年结转1件，办结申请75件，结转下年度0件。全年被申请行政复议2件，被提起行政诉讼1件。',
      },
    };
    expect(checkReportText(report)).toEqual([]);
  });

  it('warns at each phrase that disagrees, with both numbers and the cell, full-width digits read', () => {
    const report: AnnualReport = {
      ...pingtan(),
      feesCollectedYuan: 30,
      sections: {
        overview: '本年度新收政府信息公开申请７４件，上年结转 2 件，结转下年度继续办理1件。',
        other: '本年度未收取信息处理费。',
      },
    };
    const issues = checkReportText(report);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.map((i) => [i.path.join('.'), formatReportIssue(i)])).toEqual([
      ['sections.overview', '一、总体情况写“上年结转2件”（2），表三“二、上年结转政府信息公开申请数量”总计为 1，请核对'],
      ['sections.overview', '一、总体情况写“结转下年度继续办理1件”（1），表三“四、结转下年度继续办理”总计为 0，请核对'],
      ['sections.other', '六、其他需要报告的事项写“未收取信息处理费”（0），实际收取的信息处理费（元）为 30，请核对'],
    ]);
  });

  it('reads a 100,000-character text with no statements quickly and finds nothing', () => {
    const report = { ...pingtan(), sections: { overview: '件'.repeat(100_000) } };
    expect(checkReportText(report)).toEqual([]);
  });
});

describe('checkReportYears', () => {
  it('accepts a year whose 上年结转 is last year’s 结转下年度, column by column', () => {
    const before = pingtan();
    expect(checkReportYears(before, nextYear(before, [0, 0, 0, 0, 0, 0, 0]))).toEqual([]);
  });

  it('finds a carried-in number that is not what was carried out, a gap in years and another issuer', () => {
    const before = pingtan();
    const after = { ...nextYear(before, [2, 0, 0, 0, 0, 0, 2]), year: 2024, issuer: '平潭综合实验区公安局' };
    const issues = checkReportYears(before, after);
    expect(issues.map((i) => i.code)).toEqual([
      'report.yearGap',
      'report.issuerChanged',
      'report.carriedOver',
      'report.carriedOver',
    ]);
    expect(formatReportIssue(issues[2]!)).toBe(
      '表三“二、上年结转”“自然人”列为 2，2022 年度报告的“四、结转下年度继续办理”为 0，应当相等',
    );
    expect(issues[2]?.path).toEqual(['tables', 'requests', 'rows', 1, 'values', 0]);
  });
});
