// Issues and errors
export type {
  Issue,
  IssueFormatter,
  IssueFormatterOptions,
  IssuePath,
  IssueUnion,
  Locale,
  MessageCatalogue,
  SafeParseResult,
  Severity,
} from './issue.js';
export { LOCALES, createIssue, createIssueFormatter, formatPath, locateMessage } from './issue.js';
export type {
  DeepWritable,
  FieldIssue,
  FieldIssueParams,
  FieldShape,
  RecordPathNames,
  SameShape,
  SchemaIssueLike,
} from './schema-checks.js';
export { describeRecordPath, fieldIssueOf } from './schema-checks.js';
export { CoreError, GkError } from './error.js';
export type { CoreIssue, CoreIssueCode, CoreIssueParams } from './core-issues.js';
export { formatCoreIssue } from './format-issue.js';
export { en as coreMessagesEn } from './locales/en.js';
export { zhCN as coreMessagesZhCN } from './locales/zh-CN.js';

// Masking personal data
export { maskKeepingEnds, maskName, maskPhone } from './masking.js';

// Dates
export type { DayOfWeek, LocalDate } from './local-date.js';
export {
  addDays,
  addMonths,
  compareLocalDates,
  dateInMonth,
  daysInMonth,
  dayOfWeek,
  dayOfWeekOfEpochDay,
  daysBetween,
  epochDayOf,
  isInstant,
  isLocalDate,
  localDateFromEpochDay,
  localDateFromInstant,
  parseLocalDate,
  safeParseLocalDate,
} from './local-date.js';

// Legal citations
export { toChineseNumeral } from './chinese-numeral.js';
export type { LawDocument, LawId } from './laws.js';
export { LAWS, isLawId } from './laws.js';
export type { DocumentReference, FormatCitationOptions, LegalCitation } from './citation.js';
export { cite, formatCitation, formatDocumentReference } from './citation.js';

// Identifiers
export type { DivisionCode, DivisionLevel, ProvinceCode } from './division-code.js';
export { PROVINCES, isValidDivisionCode, parseDivisionCode, safeParseDivisionCode } from './division-code.js';
export {
  USCC_REGISTRATION_AUTHORITIES,
  checkUscc,
  isValidUscc,
  organizationCodeCheckCharacter,
  usccCheckCharacter,
} from './uscc.js';
export type { CheckResidentIdOptions } from './resident-id.js';
export { checkResidentId, isValidResidentId, maskResidentId, residentIdCheckCharacter } from './resident-id.js';

// Text
export {
  describeValue,
  escapeHtml,
  hasControlCharacter,
  hasVisibleText,
  isInvisibleCharacter,
  stripInvisible,
} from './text.js';

// Printing notices and reports rendered as HTML
export { OFFICIAL_PRINT_CSS, printableHtml } from './print.js';
