// The issues `@gk/office` reports about the files it reads: types only (format-issue.ts wires the messages).
import type { CatalogueIssue } from '@gk/catalogue-schema';
import type { IssueUnion } from '@gk/core';

/** What a file was expected to be: an Excel workbook or a Word document. */
export type OfficeFileKind = 'xlsx' | 'docx';

/**
 * Where a file could give a catalogue's header: its 目录信息 sheet (`sheet`), a workbook without one
 * (`noSheet`), or a Word document, which has no place for it (`docx`).
 */
export type HeaderSource = 'sheet' | 'noSheet' | 'docx';

/** The params of each issue `@gk/office` reports. */
export interface OfficeIssueParams {
  /** The workbook is larger than the limit. */
  'xlsx.fileTooLarge': { readonly limitMb: number };
  /** The workbook's declared sizes add up to more than the limit. */
  'xlsx.inflatesTooLarge': { readonly limitMb: number };
  /** A value beyond the last allowed row. */
  'xlsx.tooManyRows': { readonly cell: string; readonly limit: number };
  /** A value beyond the last allowed column. */
  'xlsx.tooManyColumns': { readonly cell: string; readonly limit: number };
  /** A sheet with more cells, merged areas included, than allowed. */
  'xlsx.tooManyCells': { readonly limit: number };
  /** The loader could not read the workbook. */
  'xlsx.unreadable': Record<string, never>;
  /** The workbook has no catalogue sheet. */
  'xlsx.noSheet': Record<string, never>;
  /**
   * No row in the first `rows` of the table names its columns: the row that came closest and its
   * first headings (`row` 0 when the table holds no text).
   */
  'xlsx.noHeader': { readonly table: string; readonly rows: number; readonly row: number; readonly cells: string };
  /** Header fields (标题, 行政区划代码 …) that neither the file nor the `header` option gives. */
  'xlsx.headerMissing': { readonly fields: string; readonly source: HeaderSource };
  /** A Word document without a table. */
  'docx.noTable': Record<string, never>;
  /** An instance block names an item number the catalogue sheet lacks. */
  'xlsx.instanceItemUnknown': { readonly number: string };
  /** A file larger than the text reader takes. */
  'text.fileTooLarge': Record<string, never>;
  /** A file whose parts inflate to more than the text reader takes. */
  'text.inflatesTooLarge': Record<string, never>;
  /** A ZIP file without the document's main part. */
  'text.noMainPart': { readonly kind: OfficeFileKind; readonly part: string };
  /** Not a ZIP container at all. */
  'zip.notZip': { readonly kind: OfficeFileKind };
  /** A ZIP64 container, which is not read. */
  'zip.zip64': { readonly kind: OfficeFileKind };
  /** More entries than allowed. */
  'zip.tooManyEntries': { readonly kind: OfficeFileKind; readonly limit: number };
  /** An entry compressed with an unknown method. */
  'zip.method': { readonly kind: OfficeFileKind; readonly name: string };
  /** An entry that inflates past the limit. */
  'zip.entryTooLarge': { readonly kind: OfficeFileKind; readonly name: string; readonly limitMb: number };
  /** An entry whose inflated size differs from its declared size. */
  'zip.sizeMismatch': { readonly kind: OfficeFileKind; readonly name: string };
}

/** Every issue `@gk/office` reports. */
export type OfficeIssue = IssueUnion<OfficeIssueParams>;

/** An issue with where it is in the file (`Sheet1!F12`, a sheet, or `''` for the file) and its message. */
export type Located<I> = I & {
  /** `Sheet1!F12`, the sheet alone, or `''` for the whole file. */
  readonly location: string;
  /** The message, in the requested locale. */
  readonly message: string;
};

/**
 * A problem in a spreadsheet: an issue (`code`, `params`, `path`, `severity`) — the workbook's own
 * (`xlsx.*`, `zip.*`) or the catalogue's content (`@gk/catalogue-schema`'s, whose `path` is in the
 * catalogue) — with its cell (`Sheet1!F12`) and its message.
 */
export type SheetIssue = Located<OfficeIssue | CatalogueIssue> & {
  /**
   * The catalogue issue behind it, when the problem is in the catalogue's content.
   * @deprecated The sheet issue is itself that issue (code, params, path); this copy goes in the next minor version.
   */
  readonly issue?: CatalogueIssue;
};
