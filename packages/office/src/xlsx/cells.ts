// Reading cells: text of any value, merged cells, a sheet's extent, ticks and lists.
import type ExcelJS from 'exceljs';

/** A cell value's text: rich text joined, dates as `YYYY-MM-DD`, formulas by their result. */
export function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  if (typeof value === 'object' && 'result' in value) return text(value.result);
  return '';
}

/**
 * A cell's text, taking a merged cell's value from its master (merged cells are carried over the rows
 * they span). A cell that does not exist is blank and is not created.
 */
export function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const cell = sheet.findCell(row, column);
  if (cell === undefined) return '';
  return text(cell.isMerged ? cell.master.value : cell.value).trim();
}

/**
 * The last row and column holding a value: a sheet's empty tail (styled blank cells down to row
 * 1048576) is not read. Only rows and cells that exist are visited.
 */
export function extent(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (text(cell.isMerged ? cell.master.value : cell.value).trim() === '') return;
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    });
  });
  return { rows, columns };
}

/** Whether a tick-column cell is ticked (√, ■, 是, …). */
export const ticked = (value: string): boolean =>
  /^[√✓✔☑■●]$|^是$/.test(value.trim()) ||
  (value.trim() !== '' && !/^[□口×✗否]$/.test(value.trim()) && value.trim().length <= 2 && /[√✓✔]/.test(value));

/** A cell listing items by line or semicolon, as a list. */
export function splitList(value: string): string[] {
  return value
    .split(/\r?\n|；|;/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A 公开渠道 cell as one entry per channel, each with its ■ / □ mark. */
export function splitChannels(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.flatMap((line) =>
    line
      .split(/(?=[■□▄口£▲◆√])/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}
