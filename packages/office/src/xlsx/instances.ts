// The instance rows (实例) of items that declare instance fields, on their own sheet.
import type { Catalogue, CatalogueItemDocument } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import type { SheetData } from './spreadsheetml.js';
import { locatedIssue } from '../format-issue.js';
import type { Grid } from '../table/grid.js';
import { INSTANCE_SHEET } from './layout.js';
import type { SheetIssue } from '../issues.js';

/**
 * Writes the instance rows (实例) of every item that declares instance fields, one block per item:
 * `序号 | n | 一级事项 | … | 二级事项 | …`, then the fields, then one row per instance, then a blank row.
 */
export function writeInstances(catalogue: Catalogue): SheetData | undefined {
  const withFields = catalogue.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.instanceFields !== undefined);
  if (withFields.length === 0) return undefined;
  const rows: (string | number)[][] = [];
  for (const { item, index } of withFields) {
    const fields = item.instanceFields ?? [];
    rows.push(['序号', index + 1, '一级事项', item.primaryMatter, '二级事项', item.secondaryMatter]);
    rows.push([...fields]);
    for (const instance of item.instances ?? []) rows.push(fields.map((field) => instance[field] ?? ''));
    rows.push([]);
  }
  return { name: INSTANCE_SHEET, rows, merges: [] };
}

/** Reads the blocks {@link writeInstances} writes back into the items they belong to (by 序号). */
export function readInstances(
  sheet: Grid | undefined,
  items: CatalogueItemDocument[],
  indexOfItem: ReadonlyMap<string, number>,
  issues: SheetIssue[],
  locale: Locale,
): void {
  if (sheet === undefined) return;
  const size = { rows: sheet.rows, columns: sheet.columns };
  let r = 1;
  while (r <= size.rows) {
    if (sheet.text(r, 1) !== '序号') {
      r++;
      continue;
    }
    const blockRow = r;
    const number = sheet.text(r, 2);
    const at = indexOfItem.get(number);
    const fields: string[] = [];
    for (let c = 1; c <= size.columns && sheet.text(r + 1, c) !== ''; c++) fields.push(sheet.text(r + 1, c));
    const instances: Record<string, string>[] = [];
    r += 2;
    while (r <= size.rows && sheet.text(r, 1) !== '序号') {
      const values = fields.map((_, c) => sheet.text(r, c + 1));
      if (values.every((value) => value === '')) {
        r++;
        break;
      }
      instances.push(Object.fromEntries(fields.map((field, c) => [field, values[c] ?? ''])));
      r++;
    }
    if (at === undefined) {
      issues.push(
        locatedIssue('xlsx.instanceItemUnknown', { number }, `${INSTANCE_SHEET}!B${String(blockRow)}`, locale),
      );
      continue;
    }
    const item = items[at] as unknown as Record<string, unknown>;
    item.instanceFields = fields;
    if (instances.length > 0) item.instances = instances;
  }
}
