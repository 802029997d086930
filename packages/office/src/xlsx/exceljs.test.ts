import { describe, expect, it } from 'vitest';
import { excelMissing, loadExcelJs, OfficeError } from './exceljs.js';

describe('exceljs, an optional peer', () => {
  it('is loaded when installed', async () => {
    expect(typeof (await loadExcelJs())?.Workbook).toBe('function');
  });

  it('is named with the command that installs it when missing; another failure is passed on', async () => {
    const missing = Object.assign(new Error("Cannot find package 'exceljs'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(loadExcelJs(() => Promise.reject(missing))).resolves.toBeUndefined();
    const broken = new Error('broken');
    await expect(loadExcelJs(() => Promise.reject(broken))).rejects.toBe(broken);
    const error = new OfficeError([excelMissing()]);
    expect(error.message).toBe('写出 Excel 目录需要安装 exceljs：npm install exceljs（或 pnpm add exceljs）');
  });
});
