// Formats
export type {
  AppealKind,
  AppealResult,
  ProactiveBlockDefinition,
  ReportFormat,
  RequestRowDefinition,
  RequestRowRole,
} from './formats.js';
export {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPEAL_KINDS,
  APPEAL_OUTCOMES,
  APPEAL_RESULTS,
  APPEAL_KIND_LABELS,
  APPEAL_RESULT_COLUMNS,
  APPEAL_RESULT_LABELS,
  LABEL_VARIANTS,
  PROACTIVE_BLOCKS,
  REPORT_FORMATS,
  REQUEST_COLUMNS,
  REQUEST_HEADER,
  REQUEST_ROWS,
  SECTION_HEADINGS,
} from './formats.js';

// The report
export type { AnnualReport, AppealsTable, Cell, ProactiveTable, ReportSections, RequestsTable } from './report.js';
export type { AnnualReportInput, AppealRecord, ProactiveInput2019, ProactiveInput2021, ReportCase } from './input.js';
export {
  appealRecordSchema,
  MAX_REPORT_CASES,
  MAX_REPORT_NUMBER,
  MAX_SECTION_LENGTH,
  parseAnnualReportInput,
  proactiveInput2019Schema,
  proactiveInput2021Schema,
  safeParseAnnualReportInput,
  safeParseReportCase,
} from './input.js';
export { buildAnnualReport, EMPTY_PROACTIVE_2021 } from './build.js';
export { checkReport, normalizeLabel } from './check.js';
export { checkReportText, checkReportYears } from './consistency.js';
export { rollUpReports } from './roll-up.js';
export type { ImportOptions, ImportResult } from './import.js';
export { cellLine, importReportText, MAX_IMPORT_CELLS, MAX_IMPORT_LENGTH } from './import.js';
export { feeSentence, renderReportHtml, renderReportMarkdown, reportTitle, sectionTexts } from './render.js';

// Issues and errors
export type { ReportIssue, ReportIssueParams } from './report-issues.js';
export { formatReportIssue } from './format-issue.js';
export { AnnualReportError } from './error.js';
export { en as reportMessagesEn } from './locales/en.js';
export { zhCN as reportMessagesZhCN } from './locales/zh-CN.js';
