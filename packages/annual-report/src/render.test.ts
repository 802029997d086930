import { describe, expect, it } from 'vitest';
import { buildAnnualReport, EMPTY_PROACTIVE_2021 } from './build.js';
import { renderReportHtml, renderReportMarkdown } from './render.js';

const report = buildAnnualReport({
  format: '2021',
  year: 2025,
  issuer: '某县人民政府办公室',
  cases: [{ receivedOn: '2025-03-01', concludedOn: '2025-03-05', outcome: 'disclosed', applicant: null }],
  appeals: [],
  proactive: { ...EMPTY_PROACTIVE_2021, normativeDocuments: { issued: 1, repealed: 0, inForce: 1 } },
  sections: { overview: '本年度……', problems: '存在的问题……' },
});

describe('renderers', () => {
  it('writes Markdown with the sections in order and flattened row headings', () => {
    const md = renderReportMarkdown(report);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 一、总体情况',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开申请情况',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
    ]);
    expect(md).toContain('| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('本年度未收取信息处理费。');
  });

  it('writes accessible HTML with the official merged headers', () => {
    const html = renderReportHtml(report);
    expect(html).toContain(
      '<th scope="col" colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th scope="colgroup" colspan="7">申请人情况</th>',
    );
    expect(html).toContain('<th scope="colgroup" colspan="5">法人或其他组织</th>');
    expect(html).toContain(
      '<tr><th scope="rowgroup" rowspan="22">三、本年度办理结果</th><th scope="row" colspan="2">（一）予以公开</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>',
    );
    expect(html).toContain('<th scope="rowgroup" rowspan="8">（三）不予公开</th><th scope="row">1.属于国家秘密</th>');
    expect(html).toContain('<th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>');
    expect(html).toContain('<th scope="colgroup" colspan="10">行政诉讼</th>');
  });

  it('escapes every value it prints, numbers read from unchecked JSON included', () => {
    const hostile = '<img src=x onerror="alert(1)">\'&';
    const tampered = JSON.parse(JSON.stringify(report)) as typeof report;
    const mutable = tampered as unknown as {
      issuer: string;
      agencies: string[];
      sections: Record<string, string>;
      tables: {
        appeals: { values: unknown[] };
        proactive: { blocks: { block: string; rows: { label: string; values: unknown[] }[] }[] };
      };
    };
    mutable.issuer = hostile;
    mutable.agencies = [hostile];
    mutable.sections.overview = hostile;
    mutable.tables.appeals.values[0] = hostile;
    mutable.tables.proactive.blocks[0]!.block = hostile;
    mutable.tables.proactive.blocks[0]!.rows[0]!.label = hostile;
    mutable.tables.proactive.blocks[0]!.rows[0]!.values[0] = hostile;
    const html = renderReportHtml(tampered);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror="/);
    expect(html.match(/&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;&#39;&amp;/g)?.length).toBeGreaterThanOrEqual(6);
  });
});
