// Excel catalogues
export type { ReadXlsxOptions, SheetIssue, XlsxCatalogueResult } from './xlsx.js';
export { readCatalogueXlsx, writeCatalogueXlsx } from './xlsx.js';

// Word notices and reports
export { A4_PAGE, OFFICIAL_STYLE, annualReportToDocx, noticeToDocx } from './docx.js';
