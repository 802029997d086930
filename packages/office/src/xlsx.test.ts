import { diffCatalogues, parseCatalogue } from '@gk/catalogue-schema';
import { usccCheckCharacter } from '@gk/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import education from '../../catalogue-schema/examples/good/compulsory-education.json' with { type: 'json' };
import { readCatalogueXlsx } from './xlsx/read.js';
import { writeCatalogueXlsx } from './xlsx/write.js';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('catalogue XLSX', () => {
  it('round-trips: import ∘ export gives the same catalogue', async () => {
    const { instanceFields: _f, instances: _i, ...schools } = education.items[2]!;
    const catalogue = parseCatalogue({
      ...education,
      items: [education.items[0]!, education.items[1]!, schools].map(({ id: _id, extra: _e, ...rest }) => rest),
    });
    const bytes = await writeCatalogueXlsx(catalogue);
    const back = await readCatalogueXlsx(bytes);
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const pick = (c: typeof catalogue) =>
      c.items.map((i) => [
        i.primaryMatter,
        i.secondaryMatter,
        i.contentElements,
        i.basis.text,
        i.timeLimit.text,
        i.publisher,
        i.channels.map((ch) => [ch.name, ch.requirement]),
        i.audience,
        i.mode,
        i.tiers.map((t) => t.label),
      ]);
    expect(back.catalogue && pick(back.catalogue)).toEqual(pick(catalogue));
    expect(back.catalogue?.header).toMatchObject({
      title: catalogue.header.title,
      jurisdiction: catalogue.header.jurisdiction,
      effectiveOn: '2024-08-09',
    });
  });

  it('keeps ids, extra columns and instance rows (实例 sheet): nothing is lost on the way through Excel', async () => {
    const catalogue = parseCatalogue(education);
    expect(catalogue.items.some((item) => item.extra !== undefined && item.id !== undefined)).toBe(true);
    expect(catalogue.items[2]?.instances?.length).toBe(2);
    const back = await readCatalogueXlsx(await writeCatalogueXlsx(catalogue));
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.catalogue).not.toBeNull();
    expect(diffCatalogues(catalogue, back.catalogue!).changeLog).toEqual([]);
    expect(back.catalogue?.items.map((item) => item.id)).toEqual(catalogue.items.map((item) => item.id));
    expect(back.catalogue?.items[2]?.instances).toEqual(catalogue.items[2]?.instances);
    expect(back.catalogue?.items[0]?.extra).toEqual(catalogue.items[0]?.extra);
  });

  it('keeps the header whole: the agency credit code, the guideline title, number and version', async () => {
    const base = '11350200MB0000000';
    const catalogue = parseCatalogue({
      ...education,
      header: {
        ...education.header,
        agency: { ...education.header.agency, uscc: `${base}${usccCheckCharacter(base)}` },
        guideline: {
          id: 'moe-2019',
          title: '义务教育领域基层政务公开标准指引',
          docNo: '教办厅函〔2019〕67号',
          version: '2019',
        },
      },
    });
    const back = await readCatalogueXlsx(await writeCatalogueXlsx(catalogue));
    expect(back.catalogue?.header.agency).toEqual(catalogue.header.agency);
    expect(back.catalogue?.header.guideline).toEqual(catalogue.header.guideline);
  });

  it('reports instance rows that name no item at their cell', async () => {
    const catalogue = parseCatalogue(education);
    const workbook = await workbookOf(await writeCatalogueXlsx(catalogue));
    const instances = workbook.getWorksheet('实例')!;
    instances.getCell('B1').value = 99;
    const back = await readCatalogueXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(back.issues).toContainEqual({
      code: 'xlsx.instanceItemUnknown',
      params: { number: '99' },
      path: [],
      severity: 'error',
      location: '实例!B1',
      message: '实例所属的序号“99”在目录表中不存在',
    });
  });

  it('writes the county layout: title, two-level header with merged cells, 一级事项 merged down, ■/□ channels, √ ticks', async () => {
    const catalogue = parseCatalogue(education);
    const workbook = await workbookOf(await writeCatalogueXlsx(catalogue));
    const sheet = workbook.getWorksheet('Sheet1')!;
    expect(sheet.getCell('A1').value).toBe('香山街道义务教育领域基层政务公开标准目录');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(
      expect.arrayContaining(['A1:P1', 'O2:O3', 'P2:P3', 'B2:C2', 'A2:A3', 'I2:J2', 'K2:L2', 'M2:N2', 'B4:B6']),
    );
    expect(sheet.getCell('C3').value).toBe('二级事项');
    // After the standard columns: the item ids, then the source table's other columns (extra).
    expect([sheet.getCell('O2').value, sheet.getCell('P2').value]).toEqual(['事项编号', '来源']);
    expect(sheet.getCell('H4').text.split('\n').slice(0, 2)).toEqual(['■政府网站', '□政府公报']);
    expect(sheet.getCell('I4').value).toBe('√');
    expect(sheet.getCell('M4').value).toBe('√');
    expect(sheet.getCell('N4').text).toBe('');
    expect(workbook.getWorksheet('目录信息')?.getCell('B2').value).toBe('350213');
  });

  async function countySheet(publisherOfRow3: string): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['某镇社会救助领域基层政务公开标准目录']);
    sheet.addRow([
      '序号',
      '公开事项',
      '',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象',
      '',
      '公开方式',
      '',
      '公开层级',
      '',
    ]);
    sheet.addRow([
      '',
      '一级事项',
      '二级事项',
      '',
      '',
      '',
      '',
      '',
      '全社会',
      '特定群体',
      '主动',
      '依申请',
      '县级',
      '乡、村级',
    ]);
    sheet.addRow([
      1,
      '最低生活保障',
      '政策',
      '最低生活保障政策文件',
      '《社会救助暂行办法》',
      '制定或获取信息之日起10个工作日内',
      '县民政局',
      '■政府网站\n□公开查阅点',
      '√',
      '',
      '√',
      '',
      '√',
      '√',
    ]);
    sheet.addRow([
      2,
      '',
      '审核信息',
      '初审对象名单',
      '《社会救助暂行办法》',
      '视情况而定',
      '乡镇人民政府',
      '■社区/企事业单位/村公示栏(电子屏)',
      '√',
      '',
      '√',
      '',
      '',
      '√',
    ]);
    sheet.addRow([
      3,
      '',
      '审批信息',
      '低保对象名单',
      '《社会救助暂行办法》',
      '10个工作日',
      publisherOfRow3,
      '■政府网站',
      '√',
      '',
      '√',
      '',
      '√',
      '',
    ]);
    sheet.mergeCells('B4:B6');
    sheet.mergeCells('B2:C2');
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const header = {
    jurisdiction: { divisionCode: '120116', name: '滨海新区' },
    agency: { name: '某镇人民政府' },
    domain: '社会救助',
    version: '2025',
    effectiveOn: '2025-01-01',
  };

  it('reads a county sheet, carrying merged cells down, and reports a warning at its cell', async () => {
    const result = await readCatalogueXlsx(await countySheet('县民政局'), { header });
    expect(result.document?.items.map((i) => i.primaryMatter)).toEqual([
      '最低生活保障',
      '最低生活保障',
      '最低生活保障',
    ]);
    expect(result.document?.items[0]?.tiers).toEqual(['县级', '乡、村级']);
    expect(result.document?.items[0]?.channels).toEqual(['■政府网站', '□公开查阅点']);
    expect(result.issues.map((i) => `${i.location} ${i.severity}`)).toEqual(['Sheet1!F5 warning']);
    expect(result.issues[0]?.message).toBe(
      '第2项 公开时限：无法识别的公开时限“视情况而定”，已按原文保留，无法计算到期日',
    );
    // The sheet issue is the catalogue's issue itself: its code and its path in the catalogue.
    expect(result.issues[0]).toMatchObject({ path: ['items', 1, 'timeLimit'], severity: 'warning' });
    expect(result.issues[0]?.code).toBe(result.issues[0]?.issue?.code);
    expect(result.catalogue?.items).toHaveLength(3);
  });

  it('reports a missing element as an error at its cell, and gives no catalogue', async () => {
    const result = await readCatalogueXlsx(await countySheet(''), { header });
    // The other rows' warnings come back with the error.
    expect(result.issues.map((i) => `${i.location} ${i.severity}`)).toEqual(['Sheet1!G6 error', 'Sheet1!F5 warning']);
    expect(result.issues[0]?.message).toMatch(/^第3项 公开主体：缺少公开主体/);
    expect(result.catalogue).toBeNull();
  });

  it('never throws on bytes that are not a workbook', async () => {
    const result = await readCatalogueXlsx(new Uint8Array([1, 2, 3]));
    expect(result.issues.map((i) => i.message)).toEqual(['文件不是可读取的 .xlsx 工作簿']);
  });
});
