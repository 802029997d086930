import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });

const BIN = fileURLToPath(new URL('../dist/gk.js', import.meta.url));
let dir: string;

const gk = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
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
  '信息形成或者变更之日起20个工作日内',
  '某镇人民政府',
  '■政府网站',
  '全社会',
  '主动公开',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gk-docx-'));
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>某镇社会救助领域基层政务公开标准目录</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${heading.map(cell).join('')}</w:tr><w:tr>${values.map(cell).join('')}</w:tr></w:tbl>` +
      '</w:body></w:document>',
  );
  writeFileSync(join(dir, 'catalogue.docx'), await zip.generateAsync({ type: 'uint8array' }));
  writeFileSync(
    join(dir, 'header.json'),
    JSON.stringify({
      jurisdiction: { divisionCode: '120116', name: '滨海新区' },
      agency: { name: '某镇人民政府' },
      domain: '社会救助',
      version: '2025',
      effectiveOn: '2025-01-01',
    }),
  );
  writeFileSync(join(dir, 'list.json'), '[]');
});

describe('gk catalogue with a Word catalogue', () => {
  it('says which header fields a Word catalogue lacks, and takes them from --header', () => {
    expect(gk('catalogue', 'validate', 'catalogue.docx')).toEqual({
      code: 1,
      stdout:
        'catalogue.docx 错误：Word 文档不含目录信息（行政区划代码、行政区划名称、编制机关、领域、版本、施行日期），请在读取时用 header 选项提供\n' +
        'catalogue.docx 表1 第2行第1列 警告：第1项 公开层级：建议填写公开层级\n' +
        '共 1 个错误、1 个警告\n',
      stderr: '',
    });
    expect(gk('catalogue', 'validate', 'catalogue.docx', '--header', 'header.json').code).toBe(0);
    expect(gk('catalogue', 'validate', 'catalogue.docx', '--header', 'list.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('list.json 不是目录信息的 JSON 对象') as string,
    });
  });

  it('converts a Word catalogue to JSON, the title taken from the paragraph over the table', () => {
    expect(gk('catalogue', 'convert', 'catalogue.docx', 'out.json', '--header', 'header.json').code).toBe(0);
    const document = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as {
      header: { title: string };
      items: { primaryMatter: string; mode: string[] }[];
    };
    expect(document.header.title).toBe('某镇社会救助领域基层政务公开标准目录');
    expect(document.items.map((item) => [item.primaryMatter, item.mode])).toEqual([['最低生活保障', ['proactive']]]);
  });
});
