// exceljs is an optional peer: only writing Excel catalogues needs it (about 52 MB with its
// dependencies); reading workbooks, Word files and the text reader do not. It is loaded when first
// needed, and a missing one is named with the command that installs it.
import { createIssue, GkError } from '@gk/core';
import type ExcelJSModule from 'exceljs';
import { formatOfficeIssue } from '../format-issue.js';
import type { OfficeIssue } from '../issues.js';

/** exceljs's module, as `import ExcelJS from 'exceljs'` gives it. */
export type ExcelJS = typeof ExcelJSModule;

/** The error `@gk/office` throws where it cannot return issues: a writer without what it needs. */
export class OfficeError extends GkError<OfficeIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly OfficeIssue[]) {
    super(issues, (issue, locale) => formatOfficeIssue(issue, locale));
    this.name = 'OfficeError';
  }
}

/** The issue of a missing exceljs. */
export const excelMissing = (): OfficeIssue => createIssue('xlsx.excelMissing', {}, []);

let loaded: Promise<ExcelJS | undefined> | undefined;

/**
 * exceljs, or `undefined` when it is not installed (any other failure to load is thrown).
 * @param load - imports it; `import('exceljs')`, loaded once, by default
 */
export function loadExcelJs(load?: () => Promise<unknown>): Promise<ExcelJS | undefined> {
  if (load !== undefined) return fromModule(load());
  loaded ??= fromModule(import('exceljs'));
  return loaded;
}

function fromModule(importing: Promise<unknown>): Promise<ExcelJS | undefined> {
  return importing.then(
    (module) => (module as { default?: ExcelJS }).default ?? (module as ExcelJS),
    (error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return undefined;
      throw error;
    },
  );
}
