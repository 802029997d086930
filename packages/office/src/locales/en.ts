import type { MessageCatalogue } from '@gk/core';
import type { OfficeFileKind, OfficeIssueParams } from '../issues.js';

const what = (kind: OfficeFileKind): string => (kind === 'xlsx' ? 'workbook' : 'document');

/** `@gk/office` messages in English. */
export const en: MessageCatalogue<OfficeIssueParams> = {
  'xlsx.fileTooLarge': (p) => `The file is larger than ${String(p.limitMb)} MB`,
  'xlsx.inflatesTooLarge': (p) => `The workbook inflates to more than ${String(p.limitMb)} MB`,
  'xlsx.tooManyRows': (p) => `Cell ${p.cell} is beyond the ${String(p.limit)}-row limit; the sheet was not read`,
  'xlsx.tooManyColumns': (p) => `Cell ${p.cell} is beyond the ${String(p.limit)}-column limit; the sheet was not read`,
  'xlsx.tooManyCells': (p) =>
    `The sheet has more than ${String(p.limit)} cells (merged areas included); it was not read`,
  'xlsx.unreadable': () => 'The file is not a readable .xlsx workbook',
  'xlsx.noSheet': () => 'The workbook has no sheet',
  'xlsx.noHeader': (p) =>
    p.row === 0
      ? `${p.table} holds no text: no catalogue header found`
      : `No catalogue header in the first ${String(p.rows)} rows of ${p.table}: a header names 一级事项 (or 公开事项) and columns such as 公开内容 and 公开时限; the closest is row ${String(p.row)}: ${p.cells}`,
  'xlsx.headerMissing': (p) =>
    p.source === 'sheet'
      ? `The 目录信息 sheet lacks ${p.fields}: fill them in, or give them with the header option`
      : p.source === 'noSheet'
        ? `The workbook has no 目录信息 sheet and lacks ${p.fields}: add that sheet (names in column A, values in B), or give them with the header option`
        : `A Word document holds no catalogue header (${p.fields}): give it with the header option`,
  'docx.noTable': () => 'The Word document has no table: no catalogue found',
  'xlsx.instanceItemUnknown': (p) => `Instance rows name item no. ${p.number}, which the catalogue sheet does not have`,
  'text.fileTooLarge': () => 'The file is too large',
  'text.inflatesTooLarge': () => 'The file inflates too large',
  'text.noMainPart': (p) => `The file is not a .${p.kind} document (it has no ${p.part})`,
  'zip.notZip': (p) => `The file is not a readable .${p.kind} ${what(p.kind)}`,
  'zip.zip64': (p) => `The ${what(p.kind)} uses ZIP64, which is not read`,
  'zip.tooManyEntries': (p) => `The ${what(p.kind)} holds more than ${String(p.limit)} files`,
  'zip.method': (p) => `${p.name} uses an unknown compression`,
  'zip.entryTooLarge': (p) => `${p.name} is larger than ${String(p.limitMb)} MB once inflated`,
  'zip.sizeMismatch': (p) => `${p.name} does not match its declared size (a damaged file or a zip bomb)`,
};
