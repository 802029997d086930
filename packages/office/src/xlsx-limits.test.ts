import { parseCatalogue } from '@gk/catalogue-schema';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import education from '../../catalogue-schema/examples/good/compulsory-education.json' with { type: 'json' };
import { inspectXlsx, XLSX_LIMITS } from './xlsx-limits.js';
import { readCatalogueXlsx } from './xlsx/read.js';
import { writeCatalogueXlsx } from './xlsx/write.js';
import { zipEntries } from './zip.js';

/** A ZIP container written byte by byte, each entry deflated, with the size it declares chosen. */
function zip(files: readonly { name: string; data: Uint8Array; declaredSize?: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const deflated = deflateRawSync(file.data);
    const size = file.declaredSize ?? file.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, deflated.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(20, deflated.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, deflated);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + deflated.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** The parts of a minimal workbook whose one sheet (named 目录) has `sheetXml` as its data. */
function workbook(sheetData: string, extra = ''): { name: string; data: Uint8Array }[] {
  const text = (s: string) => new TextEncoder().encode(s);
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="目录" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: text(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`,
      ),
    },
  ];
}

const inline = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

describe('XLSX limits, checked before loading', () => {
  it('refuses a 10 KB workbook with one value at A1048576, at that cell, without loading it', async () => {
    const bytes = zip(workbook(`<row r="1048576">${inline('A1048576', '公开事项')}</row>`));
    expect(bytes.length).toBeLessThan(10_000);
    const started = performance.now();
    const result = await readCatalogueXlsx(bytes);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.catalogue).toBeNull();
    expect(result.issues).toEqual([
      {
        code: 'xlsx.tooManyRows',
        params: { cell: 'A1048576', limit: 50_000 },
        path: [],
        severity: 'error',
        location: '目录!A1048576',
        message: '单元格 A1048576 超出 50000 行的上限，工作表未读取',
      },
    ]);
  });

  it('refuses a value beyond column GR, and merges covering millions of cells', () => {
    expect(inspectXlsx(zip(workbook(`<row r="1">${inline('XFD1', '某')}</row>`)))).toEqual([
      {
        code: 'xlsx.tooManyColumns',
        params: { cell: 'XFD1', limit: 200 },
        path: [],
        severity: 'error',
        location: '目录!XFD1',
        message: '单元格 XFD1 超出 200 列的上限，工作表未读取',
      },
    ]);
    const merges = '<mergeCells count="1"><mergeCell ref="A1:Z1048576"/></mergeCells>';
    expect(inspectXlsx(zip(workbook(`<row r="1">${inline('A1', '某')}</row>`, merges)))).toEqual([
      {
        code: 'xlsx.tooManyCells',
        params: { limit: 500_000 },
        path: [],
        severity: 'error',
        location: '目录',
        message: '工作表的单元格（含合并区域）超过 500000 个，未读取',
      },
    ]);
  });

  it('refuses a zip bomb whose entry inflates past its declared size, stopping at the declared size', () => {
    const files = workbook('');
    const bomb = new Uint8Array(200 * 1024 * 1024);
    const bytes = zip([...files.slice(0, 4), { name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize: 1000 }]);
    expect(bytes.length).toBeLessThan(400_000);
    const before = process.memoryUsage().rss;
    expect(inspectXlsx(bytes)).toEqual([
      {
        code: 'zip.sizeMismatch',
        params: { kind: 'xlsx', name: 'xl/worksheets/sheet1.xml' },
        path: [],
        severity: 'error',
        location: '',
        message: '工作簿内的 xl/worksheets/sheet1.xml 与声明的大小不符（文件损坏或为压缩炸弹）',
      },
    ]);
    // Inflation stopped at 1001 bytes: nothing near the 200 MB the entry holds was allocated.
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a workbook that declares more than 100 MB inflated, before inflating anything', () => {
    const files = workbook('');
    const bytes = zip([...files, { name: 'xl/media/big.bin', data: new Uint8Array(10), declaredSize: 3_000_000_000 }]);
    expect(inspectXlsx(bytes)).toEqual([
      {
        code: 'xlsx.inflatesTooLarge',
        params: { limitMb: 100 },
        path: [],
        severity: 'error',
        location: '',
        message: '工作簿解压后超过 100 MB，未读取',
      },
    ]);
    expect(inspectXlsx(bytes, XLSX_LIMITS, 'en')).toEqual([
      {
        code: 'xlsx.inflatesTooLarge',
        params: { limitMb: 100 },
        path: [],
        severity: 'error',
        location: '',
        message: 'The workbook inflates to more than 100 MB',
      },
    ]);
  });

  it('refuses a file over the file limit, too many entries, and bytes that are no ZIP', () => {
    const bytes = zip(workbook(''));
    expect(inspectXlsx(bytes, { ...XLSX_LIMITS, maxFileBytes: 100 })[0]?.message).toBe(
      '文件超过 0 MB，不像一份目录，未读取',
    );
    expect(inspectXlsx(bytes, { ...XLSX_LIMITS, maxEntries: 3 })[0]?.message).toBe('工作簿内含文件超过 3 个，未读取');
    expect(inspectXlsx(new TextEncoder().encode('序号,公开事项\n1,某'))[0]?.message).toBe(
      '文件不是可读取的 .xlsx 工作簿',
    );
    expect(() => zipEntries(new Uint8Array(0), 10)).toThrow('notZip');
  });

  it('ignores a sheet’s empty tail: styled blank cells down to row 1048576 and out to XFD', async () => {
    const catalogue = parseCatalogue({
      ...education,
      items: education.items.slice(0, 2).map(({ id: _id, extra: _e, instanceFields: _f, instances: _i, ...rest }) => rest), // prettier-ignore
    });
    const book = new ExcelJS.Workbook();
    const written = await writeCatalogueXlsx(catalogue);
    await book.xlsx.load(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer); // prettier-ignore
    const sheet = book.worksheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    sheet.getCell('A1048576').style = { font: { bold: true } };
    sheet.getCell('XFD2').style = { font: { bold: true } };
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(inspectXlsx(bytes)).toEqual([]);
    const started = performance.now();
    const result = await readCatalogueXlsx(bytes);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.catalogue?.items.length).toBe(2);
  });
});
