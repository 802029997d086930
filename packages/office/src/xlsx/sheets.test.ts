import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../xlsx-limits.js';
import { workbookGrids } from './sheets.js';

async function grids(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const read = workbookGrids(new Uint8Array(await workbook.xlsx.writeBuffer()), XLSX_LIMITS, 'zh-CN');
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.value;
}

describe('reading a workbook from its XML', () => {
  it('reads strings, rich text, numbers, booleans, formula results and dates as a person sees them', async () => {
    const [sheet] = await grids((workbook) => {
      const s = workbook.addWorksheet('目录');
      s.getCell('A1').value = ' 公开事项 ';
      s.getCell('B1').value = { richText: [{ text: '公开' }, { text: '时限', font: { bold: true } }] };
      s.getCell('C1').value = 20;
      s.getCell('D1').value = 0.5;
      s.getCell('E1').value = true;
      s.getCell('F1').value = { formula: 'C1*2', result: 40 };
      s.getCell('G1').value = new Date(Date.UTC(2025, 0, 1));
      s.getCell('H1').value = { formula: 'G1+1', result: new Date(Date.UTC(2025, 0, 2)) };
      s.getCell('H1').numFmt = 'yyyy"年"m"月"d"日"';
      s.getCell('I1').value = 45658;
    });
    expect([...'ABCDEFGHI'].map((_, c) => sheet?.text(1, c + 1))).toEqual([
      '公开事项',
      '公开时限',
      '20',
      '0.5',
      'true',
      '40',
      '2025-01-01',
      '2025-01-02',
      '45658',
    ]);
    expect([sheet?.rows, sheet?.columns, sheet?.at(1, 9)]).toEqual([1, 9, '目录!I1']);
  });

  it('counts dates from 1904 in a workbook that says so', async () => {
    const [sheet] = await grids((workbook) => {
      workbook.properties.date1904 = true;
      workbook.addWorksheet('目录').getCell('A1').value = new Date(Date.UTC(2025, 0, 1));
    });
    expect(sheet?.text(1, 1)).toBe('2025-01-01');
  });

  it('carries a merged cell over the cells it covers, and keeps the sheets in order', async () => {
    const sheets = await grids((workbook) => {
      const s = workbook.addWorksheet('Sheet1');
      s.getCell('B4').value = '最低生活保障';
      s.mergeCells('B4:B6');
      workbook.addWorksheet('目录信息').getCell('A1').value = '标题';
    });
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1', '目录信息']);
    expect([4, 5, 6, 7].map((r) => sheets[0]?.text(r, 2))).toEqual([
      '最低生活保障',
      '最低生活保障',
      '最低生活保障',
      '',
    ]);
    expect(sheets[0]?.rows).toBe(6);
  });
});
