// Excel catalogues
export type { ReadXlsxOptions, SheetIssue, XlsxCatalogueResult } from './xlsx.js';
export { readCatalogueXlsx, writeCatalogueXlsx } from './xlsx.js';
export type { XlsxLimitIssue, XlsxLimits } from './xlsx-limits.js';
export { XLSX_LIMITS, inspectXlsx } from './xlsx-limits.js';

// Word notices and reports
export { A4_PAGE, OFFICIAL_STYLE, annualReportToDocx, noticeToDocx } from './docx.js';

// Text of Word and Excel files, for the pre-publication review
export type { OfficeTextResult, TextSegment } from './text.js';
export { officeText } from './text.js';
