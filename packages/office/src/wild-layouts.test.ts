import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readCatalogueDocx } from './docx-catalogue.js';
import { XLSX_LIMITS } from './xlsx-limits.js';
import { readCatalogueXlsx } from './xlsx/read.js';

async function workbook(
  rows: readonly (readonly (string | number)[])[],
  merges: readonly string[] = [],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('目录');
  for (const row of rows) sheet.addRow([...row]);
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const header = {
  title: '某镇社会救助领域基层政务公开标准目录',
  jurisdiction: { divisionCode: '120116', name: '滨海新区' },
  agency: { name: '某镇人民政府' },
  domain: '社会救助',
  version: '2025',
  effectiveOn: '2025-01-01',
};

const row = (audience: string, mode: string, tiers: string): string[] => [
  '1',
  '最低生活保障',
  '审批信息',
  '低保对象名单',
  '《社会救助暂行办法》',
  '信息形成或者变更之日起20个工作日内',
  '某镇人民政府',
  '■政府网站',
  audience,
  mode,
  tiers,
  '民政办',
  '022-12345678',
  '法定公开',
];

describe('county layouts in the wild', () => {
  it('reads a one-row header with other words for the columns, text for ticks, and local columns', async () => {
    const result = await readCatalogueXlsx(
      await workbook([
        // No title row, 公开时间 for 公开时限, 公开主体单位, 公开载体; the object, mode and tiers written out.
        [
          '序号',
          '一级事项',
          '二级事项',
          '公开内容',
          '公开依据',
          '公开时间',
          '公开主体单位',
          '公开载体',
          '公开对象',
          '公开方式',
          '公开层级',
          '责任科室',
          '咨询电话',
          '事项类别',
        ],
        // A first row whose 公开对象 says 全社会 is a row, not a second header row.
        row('全社会', '主动、依申请', '市/县/乡'),
        row('申请人', '依申请公开', '镇、村级'),
      ]),
      { header },
    );
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const items = result.catalogue?.items ?? [];
    expect(items.map((item) => [item.timeLimit.text, item.publisher, item.channels.map((c) => c.name)])).toEqual([
      ['信息形成或者变更之日起20个工作日内', '某镇人民政府', ['政府网站']],
      ['信息形成或者变更之日起20个工作日内', '某镇人民政府', ['政府网站']],
    ]);
    expect(items.map((item) => [item.audience, item.specificGroups, item.mode])).toEqual([
      [['public'], undefined, ['proactive', 'onRequest']],
      [['specificGroups'], '申请人', ['onRequest']],
    ]);
    expect(items.map((item) => item.tiers.map((tier) => tier.label))).toEqual([['市', '县', '乡'], ['镇、村级']]);
    expect(result.catalogue?.header.tierLabels).toEqual(['市', '县', '乡', '镇、村级']);
    expect(items[0]?.extra).toEqual({ 责任科室: '民政办', 咨询电话: '022-12345678', 事项类别: '法定公开' });
    expect(result.catalogue?.header.title).toBe(header.title);
  });

  it('reads 公开层级 split under its heading, and tick columns holding their own heading (全社会, 主动公开)', async () => {
    const result = await readCatalogueXlsx(
      await workbook(
        [
          ['某镇社会救助领域基层政务公开标准目录'],
          [
            '序号',
            '公开事项',
            '',
            '公开内容',
            '公开依据',
            '公开时限',
            '公开主体',
            '公开渠道',
            '公开对象',
            '',
            '公开方式',
            '',
            '公开层级',
            '',
          ],
          ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '镇', '村'],
          [
            '1',
            '最低生活保障',
            '政策',
            '政策文件',
            '《社会救助暂行办法》',
            '10个工作日',
            '某镇人民政府',
            '政府网站',
            '全社会',
            '',
            '主动公开',
            '',
            '√',
            '村',
          ],
        ],
        ['B2:C2', 'I2:J2', 'K2:L2', 'M2:N2'],
      ),
      { header },
    );
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const item = result.catalogue?.items[0];
    expect([item?.audience, item?.mode, item?.tiers.map((tier) => tier.label)]).toEqual([
      ['public'],
      ['proactive'],
      ['镇', '村'],
    ]);
  });

  /** A one-row table and no 目录信息 sheet. */
  const withoutHeaderSheet = (): Promise<Uint8Array> =>
    workbook([
      [
        '序号',
        '一级事项',
        '二级事项',
        '公开内容',
        '公开依据',
        '公开时限',
        '公开主体',
        '公开渠道',
        '公开对象',
        '公开方式',
      ],
      row('全社会', '主动', '').slice(0, 10),
    ]);

  it('says which header fields are missing and where to give them, once, when there is no 目录信息 sheet', async () => {
    const result = await readCatalogueXlsx(await withoutHeaderSheet());
    expect(result.catalogue).toBeNull();
    expect(
      result.issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => [issue.severity, issue.location, issue.message]),
    ).toEqual([
      [
        'error',
        '目录',
        '工作簿没有“目录信息”工作表，缺少标题、行政区划代码、行政区划名称、编制机关、领域、版本、施行日期：请添加该工作表（A 列填项目名，B 列填内容），或在读取时用 header 选项提供',
      ],
    ]);
    const en = await readCatalogueXlsx(await withoutHeaderSheet(), {
      locale: 'en',
      header: { ...header, version: '' },
    });
    expect(en.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message)).toEqual([
      'The workbook has no 目录信息 sheet and lacks 版本: add that sheet (names in column A, values in B), or give them with the header option',
    ]);
  });

  it('says when it finds no header, naming the row that came closest', async () => {
    const result = await readCatalogueXlsx(
      await workbook([
        ['社会救助事项清单'],
        ['名称', '内容', '公开依据', '备注'],
        ['低保', '名单', '《社会救助暂行办法》', ''],
      ]),
      { header },
    );
    expect(result.issues.map((issue) => [issue.code, issue.location, issue.message])).toEqual([
      [
        'xlsx.noHeader',
        '目录',
        '目录 的前 20 行中没有找到目录表头：表头应有“一级事项”（或“公开事项”）及“公开内容”“公开时限”等列名；最接近的是第 2 行：名称、内容、公开依据、备注',
      ],
    ]);
  });
});

/** A .docx whose body is the given XML, for tables Word writes that the docx library does not. */
async function docxOf(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
const cell = (text: string, properties = ''): string =>
  `<w:tc><w:tcPr>${properties}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('catalogues in Word documents', () => {
  it('says a document without a table has no catalogue', async () => {
    const result = readCatalogueDocx(await docxOf('<w:p><w:r><w:t>某镇目录</w:t></w:r></w:p>'), { header });
    expect(result.issues.map((issue) => issue.message)).toEqual(['Word 文档中没有表格，找不到目录']);
  });

  it('bounds a cell spanning 100,000 columns and a table past the row limit', async () => {
    const wide = `<w:tbl><w:tr>${cell('序号', '<w:gridSpan w:val="100000"/>')}</w:tr></w:tbl>`;
    const read = readCatalogueDocx(await docxOf(wide), { header });
    expect(read.issues.map((issue) => issue.code)).toEqual(['xlsx.noHeader']);
    const tall = `<w:tbl>${`<w:tr>${cell('x')}</w:tr>`.repeat(30)}</w:tbl>`;
    const refused = readCatalogueDocx(await docxOf(tall), { header, limits: { ...XLSX_LIMITS, maxRows: 20 } });
    expect(refused.issues.map((issue) => issue.message)).toEqual([
      `工作表的单元格（含合并区域）超过 ${String(XLSX_LIMITS.maxCells)} 个，未读取`,
    ]);
  });

  it('reads the first table with a catalogue header, merged cells carried down (vMerge)', async () => {
    const heading = [
      '序号',
      '一级事项',
      '二级事项',
      '公开内容',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道',
      '公开对象',
      '公开方式',
    ];
    const values = [
      '1',
      '最低生活保障',
      '政策',
      '政策文件',
      '《社会救助暂行办法》',
      '10个工作日',
      '某镇人民政府',
      '政府网站',
      '全社会',
      '主动',
    ];
    const second = values.map((v, i) => (i === 1 ? '' : i === 2 ? '名单' : v));
    const body =
      `<w:tbl><w:tr>${cell('联系人')}${cell('电话')}</w:tr></w:tbl>` +
      '<w:p><w:r><w:t>某镇社会救助领域基层政务公开标准目录</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${heading.map((h) => cell(h)).join('')}</w:tr>` +
      `<w:tr>${values.map((v, i) => cell(v, i === 1 ? '<w:vMerge w:val="restart"/>' : '')).join('')}</w:tr>` +
      `<w:tr>${second.map((v, i) => cell(v, i === 1 ? '<w:vMerge/>' : '')).join('')}</w:tr></w:tbl>`;
    const result = readCatalogueDocx(await docxOf(body), { header: { ...header, title: '' } });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.catalogue?.header.title).toBe('某镇社会救助领域基层政务公开标准目录');
    expect(result.catalogue?.items.map((item) => [item.primaryMatter, item.secondaryMatter])).toEqual([
      ['最低生活保障', '政策'],
      ['最低生活保障', '名单'],
    ]);
  });
});
