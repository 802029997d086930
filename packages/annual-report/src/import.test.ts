import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from './build.js';
import { checkReport } from './check.js';
import { formatReportIssue } from './format-issue.js';
import { importReportText, MAX_IMPORT_LENGTH } from './import.js';
import { PUBLISHED, toJsonForm } from './internal/published.js';
import { renderReportHtml } from './render.js';
import type { AnnualReport, Cell } from './report.js';
import { PROACTIVE_2021 } from './test-support/proactive.js';

/**
 * A report as the text of its published page reads when copied: the title, then each table cell on
 * its own line ending in `|`, a row's end as a `||` line (the layout of county websites' pages).
 */
function pageText(report: AnnualReport, change: (line: string) => string = (l) => l): string {
  const cell = (value: Cell | string) => `${value === null ? '' : String(value)} |`;
  const lines = [
    `${report.issuer}${String(report.year)}年政府信息公开工作年度报告`,
    '一、总体情况',
    '本年度工作情况。',
  ];
  lines.push('二、主动公开政府信息情况');
  for (const block of report.tables.proactive.blocks) {
    lines.push(cell(block.block), '|||', cell('信息内容'), ...block.columns.map(cell), '||');
    for (const row of block.rows) lines.push(cell(row.label), ...row.values.map(cell), '||');
  }
  lines.push(
    '三、收到和处理政府信息公开申请情况',
    cell('申请人情况'),
    cell('自然人'),
    cell('法人或其他组织'),
    cell('总计'),
  );
  lines.push(...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(cell), '||');
  let groups: readonly string[] = [];
  for (const row of report.tables.requests.rows) {
    for (const g of row.group ?? []) if (!groups.includes(g)) lines.push(cell(g));
    groups = row.group ?? [];
    lines.push(cell(row.label), ...row.values.map(cell), '||');
  }
  lines.push('四、政府信息公开行政复议、行政诉讼情况', cell('行政复议'), cell('行政诉讼'), '||');
  for (const group of ['', '未经复议直接起诉', '复议后起诉']) {
    if (group !== '') lines.push(cell(group));
    lines.push(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map(cell));
  }
  lines.push('||', ...report.tables.appeals.values.map(cell), '||');
  lines.push('五、存在的主要问题及改进情况', '问题和改进。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  return lines.map(change).join('\n');
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const tablesOf = (report: AnnualReport) => report.tables;

describe('importReportText', () => {
  const built = buildAnnualReport({
    format: '2021',
    year: 2025,
    issuer: '示范县教育局',
    cases: [],
    appeals: [],
    proactive: PROACTIVE_2021,
  });

  it('reads back the HTML the package renders: format, year, issuer, every table and the sections', () => {
    const result = importReportText(renderReportHtml(built));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.issues).toEqual([]);
    expect(result.report.format).toBe('2021');
    expect(result.report.year).toBe(2025);
    expect(result.report.issuer).toBe('示范县教育局');
    expect(tablesOf(result.report)).toEqual(tablesOf(built));
    expect(result.report.sections?.other).toContain('未收取信息处理费');
  });

  it.each(PUBLISHED.map((p) => [p.id, p] as const))(
    'reads the published report %s in its page layout, cell for cell, with the same findings',
    (_id, published) => {
      const original = toJsonForm(published);
      const result = importReportText(pageText(original));
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.report.format).toBe(original.format);
      expect(result.report.year).toBe(original.year);
      expect(result.report.tables.requests.rows.map((r) => r.values)).toEqual(
        original.tables.requests.rows.map((r) => r.values),
      );
      expect(result.report.tables.appeals.values).toEqual(original.tables.appeals.values);
      expect(result.report.tables.proactive.blocks.map((b) => b.rows.map((r) => r.values))).toEqual(
        original.tables.proactive.blocks.map((b) => b.rows.map((r) => r.values)),
      );
      expect(codes(checkReport(result.report))).toEqual(codes(checkReport(original)));
    },
  );

  it('keeps a blank cell blank and reports a dash, a dropped label character and a missing cell where they are', () => {
    let row = 0;
    const text = pageText(built, (line) => {
      if (line === '（一）予以公开 |') return '（一）予以公 |'; // a character dropped in printing
      if (line.startsWith('二、上年结转')) row = 1;
      if (row >= 1 && row <= 7 && /^\d+ \|$/.test(line)) {
        row += 1;
        if (row === 2) return ' |'; // blank
        if (row === 3) return '/ |'; // a dash
      }
      return line;
    }).replace(/行政强制 \|\n\d+ \|/, '行政强制 |');
    const result = importReportText(text);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const messages = result.issues.map((i) => formatReportIssue(i));
    expect(messages).toEqual([
      '表二“行政强制”行缺少“本年处理决定数量”列的单元格（可能漏印或错位），未填数',
      '表三“二、上年结转政府信息公开申请数量”行“商业企业”列的值“/”不是非负整数',
      '表三的“（一）予以公”按正式名称“（一）予以公开”处理',
    ]);
    const carriedIn = result.report.tables.requests.rows[1]?.values;
    expect(carriedIn?.slice(0, 2)).toEqual([null, null]);
    expect(codes(checkReport(result.report))).toContain('report.blankCell');
  });

  it('reads full-width digits, zero-width, bidi and NUL characters, and tab-separated rows', () => {
    const text = pageText(built)
      .replace('一、本年新收政府信息公开申请数量 |', '一、本年新收\u200b政府信息公开申请数量 |')
      .replace('二、上年结转政府信息公开申请数量 |', '二、上年结转\0政府信息公开申请\u202e数量 |')
      .replace(/^0 \|$/m, '０ |');
    const result = importReportText(text);
    expect(result.success && result.issues).toEqual([]);
    const tabbed = pageText(built)
      .replace(/ \|\n(?=\d)/g, '\t')
      .replace(/\n\|\|/g, '');
    const fromTabs = importReportText(tabbed);
    expect(fromTabs.success && tablesOf(fromTabs.report).requests).toEqual(built.tables.requests);
  });

  it('finds a report after 2020 printed in the 2019 trial format', () => {
    const old = toJsonForm(PUBLISHED.find((p) => p.meta.format_version !== '2021') ?? PUBLISHED[0]!);
    const result = importReportText(pageText({ ...old, year: 2022 }));
    expect(result.success && codes(result.issues)).toEqual(['import.oldFormat']);
    expect(result.success && result.report.format).toBe('2019-trial');
  });

  it.each([
    ['龙游县人民政府办公室2023年政府信息公开工作年度报告', '龙游县人民政府办公室', 2023],
    ['2022年上海市政府信息公开工作年度报告', '上海市', 2022],
    ['湘西州乡村振兴局2023年度信息公开工作报告', '湘西州乡村振兴局', 2023],
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019],
    ['编制完成《苍溪县乡村振兴局２０２３年政府信息公开工作年度报告》', '苍溪县乡村振兴局', 2023],
  ] as const)('reads the issuer and year of the title “%s”', (title, issuer, year) => {
    const lines = pageText(built).split('\n');
    const result = importReportText([title, ...lines.slice(1)].join('\n'));
    expect(result.success && [result.report.issuer, result.report.year]).toEqual([issuer, year]);
  });

  it('reads a page as county sites publish it: paragraphs and line breaks in cells, &nbsp; for blank, spans', () => {
    const sh = toJsonForm(PUBLISHED.find((p) => p.id === 'sh_bgt_2019')!);
    const td = (text: string | number | null, span = '') =>
      `<td nowrap="nowrap"${span} style="width:47px;"><p align="center">${text === null ? '&nbsp;' : String(text)}</p></td>`;
    const rows: string[] = [];
    for (const block of sh.tables.proactive.blocks) {
      rows.push(`<tr>${td(block.block, ' colspan="5"')}</tr>`);
      rows.push(
        `<tr>${td('信息内容')}${block.columns.map((c) => td(c.replace('本年新', '本年新<br />'))).join('')}</tr>`,
      );
      for (const row of block.rows)
        rows.push(`<tr><td><p>${row.label}</p></td>${row.values.map((v) => td(v)).join('')}</tr>`);
    }
    const requests = sh.tables.requests.rows.map(
      (row) => `<tr><td colspan="3"><p>${row.label}</p></td>${row.values.map((v) => td(v)).join('')}</tr>`,
    );
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const html = [
      '<html><head><title>政府信息公开</title><style>td { color: red }</style></head><body>',
      `<p style="text-align: center;font-weight: bold;">2019年${sh.issuer}政府信息公开工作年度报告</p>`,
      '<p>一、总体情况</p><p>本年度工作情况。</p><p>二、主动公开政府信息情况</p>',
      `<table border="1"><tbody>${rows.join('')}</tbody></table>`,
      '<p>三、收到和处理政府信息公开申请情况</p><table><tbody>',
      `<tr><td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan="7">申请人情况</td></tr>`,
      `<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>`,
      `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => td(c)).join('')}</tr>`,
      `${requests.join('')}</tbody></table>`,
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tbody>',
      `<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>`,
      `<tr>${heads.map((h) => td(h)).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>`,
      `<tr>${'<td></td>'.repeat(5)}${[...heads, ...heads].map((h) => td(h)).join('')}</tr>`,
      `<tr>${sh.tables.appeals.values.map((v) => td(v)).join('')}</tr></tbody></table>`,
      '<p>五、存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>',
    ].join('\n');
    const result = importReportText(html);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect([result.report.issuer, result.report.year, result.report.format]).toEqual([sh.issuer, 2019, '2019-trial']);
    expect(result.report.tables.requests.rows.map((r) => r.values)).toEqual(
      sh.tables.requests.rows.map((r) => r.values),
    );
    expect(result.report.tables.appeals.values).toEqual(sh.tables.appeals.values);
    expect(result.report.tables.proactive.blocks.map((b) => b.rows.map((r) => r.values))).toEqual(
      sh.tables.proactive.blocks.map((b) => b.rows.map((r) => r.values)),
    );
    expect(result.report.sections?.problems).toBe('问题。');
  });

  it('reads hostile HTML in linear time: 400,000 unclosed cells, or two million angle brackets', () => {
    expect(codes(importReportText('<td>'.repeat(400_000)).issues)).toEqual(['input.tooMany']);
    expect(codes(importReportText('<'.repeat(1_900_000)).issues)).toEqual(['import.noTables']);
    expect(codes(importReportText(`<p>${'<b'.repeat(900_000)}`).issues)).toEqual(['import.noTables']);
  });

  it('refuses text with no report tables, without a year, or over the size limit', () => {
    expect(codes(importReportText('关于做好政务公开工作的通知').issues)).toEqual(['import.noTables']);
    const noTitle = pageText(built).split('\n').slice(1).join('\n');
    expect(codes(importReportText(noTitle).issues)).toEqual(['import.year']);
    const given = importReportText(noTitle, { year: 2025, issuer: '示范县教育局' });
    expect(given.success && given.report.issuer).toBe('示范县教育局');
    expect(codes(importReportText('某'.repeat(MAX_IMPORT_LENGTH + 1)).issues)).toEqual(['input.tooLong']);
    // A page of a million empty cells is refused before any label is looked for.
    expect(codes(importReportText(`本年制发件数 |\n${'|\n'.repeat(999_000)}`).issues)).toEqual(['input.tooMany']);
  });
});
