import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { officeText } from './text.js';

async function docxOf(paragraphs: string[], header: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(header)] })] }) },
        children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text), new TextRun('。')] })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('officeText', () => {
  it('reads a Word file paragraph by paragraph, with headers, runs joined and entities decoded', async () => {
    const bytes = await docxOf(['关于补助对象的公示', '', '联系人：张三 <李四> & 王五，电话 13912345678'], '内部资料');
    const result = officeText(bytes, 'docx');
    expect(result).toEqual({
      ok: true,
      segments: [
        { location: '第1段', text: '关于补助对象的公示。' },
        { location: '第2段', text: '。' },
        { location: '第3段', text: '联系人：张三 <李四> & 王五，电话 13912345678。' },
        { location: '页眉1 第1段', text: '内部资料' },
      ],
    });
  });

  it('reads an Excel file cell by cell: shared strings, numbers and inline strings, at their cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('补助名单');
    sheet.getCell('A1').value = '姓名';
    sheet.getCell('B2').value = '110105194912310038';
    sheet.getCell('C2').value = 13912345678;
    sheet.getCell('D2').value = { richText: [{ text: '邮箱 ' }, { text: 'zhang@example.com' }] };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = officeText(bytes, 'xlsx');
    expect(result.ok && result.segments).toEqual([
      { location: '补助名单!A1', text: '姓名' },
      { location: '补助名单!B2', text: '110105194912310038' },
      { location: '补助名单!C2', text: '13912345678' },
      { location: '补助名单!D2', text: '邮箱 zhang@example.com' },
    ]);
  });

  it('refuses what it cannot read, saying so, instead of finding nothing', async () => {
    expect(officeText(new TextEncoder().encode('%PDF-1.7'), 'docx')).toEqual({
      ok: false,
      issues: [
        {
          code: 'zip.notZip',
          params: { kind: 'docx' },
          path: [],
          severity: 'error',
          location: '',
          message: '文件不是可读取的 .docx 文档',
        },
      ],
    });
    const zip = new JSZip();
    zip.file('word/other.xml', '<x/>');
    const notWord = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(officeText(notWord, 'docx')).toEqual({
      ok: false,
      issues: [
        {
          code: 'text.noMainPart',
          params: { kind: 'docx', part: 'word/document.xml' },
          path: [],
          severity: 'error',
          location: '',
          message: '文件不是 .docx 文档（缺少 word/document.xml）',
        },
      ],
    });
    const bomb = new JSZip();
    bomb.file('word/document.xml', new Uint8Array(150 * 1024 * 1024), { compression: 'DEFLATE' });
    const bytes = new Uint8Array(await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(officeText(bytes, 'docx')).toEqual({
      ok: false,
      issues: [
        {
          code: 'text.inflatesTooLarge',
          params: {},
          path: [],
          severity: 'error',
          location: '',
          message: '文件解压后过大，未读取',
        },
      ],
    });
  }, 60_000); // compressing the 150 MB zip bomb takes seconds on a loaded machine
});
