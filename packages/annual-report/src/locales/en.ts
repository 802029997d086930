import type { MessageCatalogue } from '@gk/core';
import type { ReportIssueParams } from '../report-issues.js';

const sign = (n: number): string => (n > 0 ? `+${String(n)}` : String(n));

/** `@gk/annual-report` messages in English. */
export const en: MessageCatalogue<ReportIssueParams> = {
  'report.shape': (p) => `The report's "${p.field}" is missing or malformed`,
  'report.format': (p) => `Unknown report format "${p.received}"; use 2021 or 2019-trial`,
  'report.unknownRow': (p) => `${p.table} has a row the format does not: "${p.label}"`,
  'report.missingRow': (p) => `${p.table} lacks the row "${p.label}"`,
  'report.rowOrder': (p) =>
    `${p.table}: row "${p.label}" is out of place; it belongs at position ${String(p.expectedIndex + 1)}`,
  'report.labelVariant': (p) => `${p.table}: "${p.found}" is read as the official label "${p.official}"`,
  'report.columns': (p) => `${p.table} columns should be ${p.expected.join(', ')}; found ${p.found.join(', ')}`,
  'report.blankCell': (p) => `${p.table}, row "${p.row}", column "${p.column}" is blank; counted as 0`,
  'report.cellValue': (p) =>
    `${p.table}, row "${p.row}", column "${p.column}": "${p.value}" is not a non-negative whole number`,
  'report.balance': (p) =>
    `Table 3, column "${p.column}": new + carried in = ${String(p.left)}, total + carried out = ${String(p.right)}, difference ${sign(p.difference)}`,
  'report.resultTotal': (p) =>
    `Table 3, row "（七）总计", column "${p.column}" is ${String(p.total)}; the results (一)–(六) sum to ${String(p.sum)}, difference ${sign(p.difference)}`,
  'report.rowTotal': (p) =>
    `Table 3, row "${p.row}": 总计 is ${String(p.total)}; the other six columns sum to ${String(p.sum)}, difference ${sign(p.difference)}`,
  'report.appealTotal': (p) =>
    `Table 4, "${p.group}": 总计 is ${String(p.total)}; its four results sum to ${String(p.sum)}, difference ${sign(p.difference)}`,
  'input.field': (p) => `The report data's "${p.field}" is missing or malformed`,
  'input.outcome': (p) =>
    `"${p.received}" is not an outcome code (codes such as disclosed, partiallyDisclosed, withheld.stateSecret)`,
  'input.tooMany': (p) => `The report data's "${p.field}" has more than ${String(p.limit)} items`,
  'input.tooLong': (p) => `The report data's "${p.field}" is longer than ${String(p.limit)} characters`,
  'report.rollUpMismatch': (p) =>
    `The reports to combine differ in ${p.field}: expected "${p.expected}", found "${p.found}"`,
  'report.textMismatch': (p) =>
    `${p.section} says "${p.phrase}" (${String(p.stated)}), but ${p.cell} is ${String(p.value)}; please check.`,
  'import.missingCell': (p) =>
    `${p.table}, row "${p.row}" has no cell for column "${p.column}" (dropped or shifted); left blank`,
  'import.noTables': () =>
    'No annual report tables found: table 2 should have columns such as 本年制发件数 (2021 format) or 本年新制作数量 (2019 trial format)',
  'import.year': () =>
    'The report year could not be read from the title (“YYYY年政府信息公开工作年度报告”); give the year',
  'import.oldFormat': (p) =>
    `The ${String(p.year)} report still uses the 2019 trial format; reports from 2021 on use the format of 国办公开办函〔2021〕30号`,
  'report.issuerChanged': (p) =>
    `The two reports have different issuers, "${p.previous}" and "${p.current}": years compare only for one agency.`,
  'report.yearGap': (p) =>
    `The reports' years do not follow each other: after ${String(p.previous)} comes ${String(p.previous + 1)}, not ${String(p.current)}.`,
  'report.carriedOver': (p) =>
    `Table 3's carried-in "${p.column}" is ${String(p.current)}, but the ${String(p.year)} report carried out ${String(p.previous)}; they should be equal.`,
};
