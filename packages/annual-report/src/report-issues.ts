import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/annual-report` reports. */
export interface ReportIssueParams {
  /** A field of the report (its tables, year, issuer) is missing or malformed. */
  'report.shape': { readonly field: string };
  /** The report names a format other than `2021` and `2019-trial`. */
  'report.format': { readonly received: string };
  /** A table has a row the format does not have. */
  'report.unknownRow': { readonly table: string; readonly label: string };
  /** A table lacks a row of the format. */
  'report.missingRow': { readonly table: string; readonly label: string };
  /** A row is out of the format's order. */
  'report.rowOrder': { readonly table: string; readonly label: string; readonly expectedIndex: number };
  /** A row's label differs from the official one and is read as it (a warning). */
  'report.labelVariant': { readonly table: string; readonly found: string; readonly official: string };
  /** A table's columns differ from the format's. */
  'report.columns': { readonly table: string; readonly expected: readonly string[]; readonly found: readonly string[] };
  /** A blank cell, counted as 0. */
  'report.blankCell': { readonly table: string; readonly row: string; readonly column: string };
  /** A cell that is not a non-negative whole number. */
  'report.cellValue': { readonly table: string; readonly row: string; readonly column: string; readonly value: string };
  /** Table 三 does not balance in a column: new plus carried in should equal total plus carried out. */
  'report.balance': {
    readonly column: string;
    readonly left: number;
    readonly right: number;
    readonly difference: number;
  };
  /** Table 三's （七）总计 differs from the sum of the results (一) to (六). */
  'report.resultTotal': {
    readonly column: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  /** A row's 总计 differs from the sum of its other columns. */
  'report.rowTotal': {
    readonly row: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  /** Table 四: a group's 总计 differs from the sum of its four results. */
  'report.appealTotal': {
    readonly group: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  /** A field of the report's input data is missing or malformed. */
  'input.field': { readonly field: string };
  /** A case's outcome is not an outcome code. */
  'input.outcome': { readonly received: string };
  /** A list of the input data is longer than the limit. */
  'input.tooMany': { readonly field: string; readonly limit: number };
  /** A text of the input data is longer than the limit. */
  'input.tooLong': { readonly field: string; readonly limit: number };
  /** The reports to combine differ in their format or year. */
  'report.rollUpMismatch': { readonly field: string; readonly expected: string; readonly found: string };
  /** A section's text states a number the tables contradict. */
  'report.textMismatch': {
    readonly section: string;
    readonly phrase: string;
    readonly stated: number;
    readonly cell: string;
    readonly value: number;
  };
  /** An imported table's row has no cell for a column (dropped or shifted); left blank. */
  'import.missingCell': { readonly table: string; readonly row: string; readonly column: string };
  /** No annual report tables were found in the text. */
  'import.noTables': Record<string, never>;
  /** The report's year could not be read from its title. */
  'import.year': Record<string, never>;
  /** A report of 2021 or later still in the 2019 trial format. */
  'import.oldFormat': { readonly year: number };
  /** Two years' reports compared have different issuers. */
  'report.issuerChanged': { readonly previous: string; readonly current: string };
  /** Two years' reports compared are not consecutive. */
  'report.yearGap': { readonly previous: number; readonly current: number };
  /** What a year carries in differs from what the previous year's report carried out. */
  'report.carriedOver': {
    readonly column: string;
    readonly previous: number;
    readonly current: number;
    readonly year: number;
  };
}

/** Every issue `@gk/annual-report` reports. */
export type ReportIssue = IssueUnion<ReportIssueParams>;
