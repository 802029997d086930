// Excel catalogues
export type { ReadXlsxOptions, XlsxCatalogueResult } from './xlsx/read.js';
export { readCatalogueXlsx } from './xlsx/read.js';
export { writeCatalogueXlsx } from './xlsx/write.js';
export { readCatalogueDocx } from './docx-catalogue.js';
export type { XlsxLimitIssue, XlsxLimits } from './xlsx-limits.js';
export { XLSX_LIMITS, inspectXlsx } from './xlsx-limits.js';

// Word notices and reports
export { A4_PAGE, OFFICIAL_STYLE, annualReportToDocx, noticeToDocx } from './docx.js';
export { bulletinToDocx } from './bulletin-docx.js';

// Text of Word and Excel files, for the pre-publication review
export type { ContainerResult, OfficeTextResult, TextSegment } from './text.js';
export { officeText } from './text.js';

// A published annual report's Word file, as text for importReportText (@gk/annual-report)
export { reportDocxText } from './report-text.js';

// Issues
export type { HeaderSource, Located, OfficeFileKind, OfficeIssue, OfficeIssueParams, SheetIssue } from './issues.js';
export { formatOfficeIssue } from './format-issue.js';
export { en as officeMessagesEn } from './locales/en.js';
export { zhCN as officeMessagesZhCN } from './locales/zh-CN.js';
