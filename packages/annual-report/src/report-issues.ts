import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/annual-report` reports. */
export interface ReportIssueParams {
  'report.shape': { readonly field: string };
  'report.format': { readonly received: string };
  'report.unknownRow': { readonly table: string; readonly label: string };
  'report.missingRow': { readonly table: string; readonly label: string };
  'report.rowOrder': { readonly table: string; readonly label: string; readonly expectedIndex: number };
  'report.labelVariant': { readonly table: string; readonly found: string; readonly official: string };
  'report.columns': { readonly table: string; readonly expected: readonly string[]; readonly found: readonly string[] };
  'report.blankCell': { readonly table: string; readonly row: string; readonly column: string };
  'report.cellValue': { readonly table: string; readonly row: string; readonly column: string; readonly value: string };
  'report.balance': {
    readonly column: string;
    readonly left: number;
    readonly right: number;
    readonly difference: number;
  };
  'report.resultTotal': {
    readonly column: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  'report.rowTotal': {
    readonly row: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  'report.appealTotal': {
    readonly group: string;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
  };
  'input.field': { readonly field: string };
  'input.outcome': { readonly received: string };
  'input.tooMany': { readonly field: string; readonly limit: number };
  'input.tooLong': { readonly field: string; readonly limit: number };
  'report.rollUpMismatch': { readonly field: string; readonly expected: string; readonly found: string };
  'report.textMismatch': {
    readonly section: string;
    readonly phrase: string;
    readonly stated: number;
    readonly cell: string;
    readonly value: number;
  };
  'import.missingCell': { readonly table: string; readonly row: string; readonly column: string };
  'import.noTables': Record<string, never>;
  'import.year': Record<string, never>;
  'import.oldFormat': { readonly year: number };
  'report.issuerChanged': { readonly previous: string; readonly current: string };
  'report.yearGap': { readonly previous: number; readonly current: number };
  'report.carriedOver': {
    readonly column: string;
    readonly previous: number;
    readonly current: number;
    readonly year: number;
  };
}

/** Every issue `@gk/annual-report` reports. */
export type ReportIssue = IssueUnion<ReportIssueParams>;
