import { describe, expect, it } from 'vitest';
import { checkReport } from './check.js';
import { PUBLISHED, toJsonForm } from './internal/published.js';
import type { AnnualReport } from './report.js';
import { formatReportIssue } from './format-issue.js';

const report = (id: string): AnnualReport => {
  const found = PUBLISHED.find((r) => r.id === id);
  if (found === undefined) throw new Error(id);
  return toJsonForm(found);
};
const errors = (r: unknown) => checkReport(r).filter((i) => i.severity === 'error');

describe('checkReport on published reports', () => {
  it.each(['pt_area_2022', 'pt_area_2024', 'pt_gaj_2022', 'pt_czj_2022'])(
    '%s (2021 format) passes every cross-check',
    (id) => {
      expect(checkReport(report(id))).toEqual([]);
    },
  );

  it('sh_bgt_2019 (2019 试行) leaves the 总计 column blank: exactly these checks fail', () => {
    const issues = checkReport(report('sh_bgt_2019'));
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(
      Array.from({ length: 135 }, () => 'report.blankCell'),
    );
    expect(errors(report('sh_bgt_2019')).map((i) => formatReportIssue(i))).toEqual([
      '表三“（七）总计”行“总计”列为 805，（一）至（六）各项之和为 0，相差 +805',
      '表三“（一）予以公开”行“总计”列为 0，前六列之和为 272，相差 -272',
      '表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行“总计”列为 0，前六列之和为 3，相差 -3',
      '表三“1.属于国家秘密”行“总计”列为 0，前六列之和为 14，相差 -14',
      '表三“5.属于三类内部事务信息”行“总计”列为 0，前六列之和为 5，相差 -5',
      '表三“6.属于四类过程性信息”行“总计”列为 0，前六列之和为 4，相差 -4',
      '表三“8.属于行政查询事项”行“总计”列为 0，前六列之和为 12，相差 -12',
      '表三“1.本机关不掌握相关政府信息”行“总计”列为 0，前六列之和为 265，相差 -265',
      '表三“2.没有现成信息需要另行制作”行“总计”列为 0，前六列之和为 47，相差 -47',
      '表三“3.补正后申请内容仍不明确”行“总计”列为 0，前六列之和为 25，相差 -25',
      '表三“1.信访举报投诉类申请”行“总计”列为 0，前六列之和为 149，相差 -149',
      '表三“2.重复申请”行“总计”列为 0，前六列之和为 9，相差 -9',
    ]);
  });
});

describe('checkReport on reports typed in by hand', () => {
  const base = report('pt_area_2022');
  const withRequests = (
    mutate: (rows: { label: string; values: (number | null)[]; group?: readonly string[] }[]) => void,
  ): AnnualReport => {
    const rows = base.tables.requests.rows.map((row) => ({ ...row, values: [...row.values] }));
    mutate(rows);
    return { ...base, tables: { ...base.tables, requests: { ...base.tables.requests, rows } } };
  };

  it('names the cell, both sides and the difference when the balance breaks', () => {
    const broken = withRequests((rows) => {
      rows[0]!.values[0] = 72; // 一、本年新收 自然人 71 → 72
    });
    expect(errors(broken).map((i) => formatReportIssue(i))).toEqual([
      '表三“自然人”列：一、本年新收加二、上年结转为 73，（七）总计加四、结转下年度为 72，相差 +1',
      '表三“一、本年新收政府信息公开申请数量”行“总计”列为 74，前六列之和为 75，相差 -1',
    ]);
    expect(errors(broken)[0]).toMatchObject({
      code: 'report.balance',
      path: ['tables', 'requests', 'rows', 23, 'values', 0],
      params: { column: '自然人', left: 73, right: 72, difference: 1 },
    });
  });

  it('accepts &nbsp;, spaces and the print variant 规范性文件, warning about the variant', () => {
    const printed: AnnualReport = withRequests((rows) => {
      rows[14]!.label = '3.补正后申请内容仍不明确&nbsp;';
      rows[0]!.label = ' 一、本年新收政府信息公开申请数量 ';
    });
    const variant: AnnualReport = {
      ...printed,
      tables: {
        ...printed.tables,
        proactive: {
          blocks: printed.tables.proactive.blocks.map((b, i) =>
            i === 0
              ? { ...b, rows: b.rows.map((r) => (r.label === '行政规范性文件' ? { ...r, label: '规范性文件' } : r)) }
              : b,
          ),
        },
      },
    };
    expect(checkReport(variant).map((i) => formatReportIssue(i))).toEqual([
      '表二的“规范性文件”按正式名称“行政规范性文件”处理',
    ]);
  });

  it('reports missing, unknown and misplaced rows, bad cells and a broken appeal total', () => {
    const broken = withRequests((rows) => {
      rows.splice(2, 1);
      rows.push({ label: '五、其他', values: [0, 0, 0, 0, 0, 0, 0] });
      rows[3]!.values[2] = -1;
    });
    const appeals = { ...broken.tables.appeals, values: [1, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    const codes = errors({ ...broken, tables: { ...broken.tables, appeals } }).map((i) => i.code);
    expect(codes).toContain('report.missingRow');
    expect(codes).toContain('report.unknownRow');
    expect(codes).toContain('report.rowOrder');
    expect(codes).toContain('report.cellValue');
    expect(codes.at(-1)).toBe('report.appealTotal');
  });

  it('never throws on arbitrary input', () => {
    for (const input of [
      null,
      1,
      'x',
      {},
      { format: '2021' },
      { format: '2021', tables: { requests: { rows: [null, 1] } } },
    ]) {
      expect(Array.isArray(checkReport(input))).toBe(true);
    }
    expect(checkReport({ format: '2030' }).map((i) => i.code)).toEqual(['report.format']);
  });
});
