// The formatter of this package's issues: the issue types (issues.ts) wired to their messages.
import type { IssueFormatter, Locale } from '@gk/core';
import { createIssue, createIssueFormatter } from '@gk/core';
import type { Located, OfficeFileKind, OfficeIssue, OfficeIssueParams } from './issues.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';
import type { ZipProblem } from './zip.js';

/** Renders a `@gk/office` issue, zh-CN by default. */
export const formatOfficeIssue: IssueFormatter<OfficeIssueParams> = createIssueFormatter<OfficeIssueParams>(
  { 'zh-CN': zhCN, en },
  { describePath: () => '' },
);

/**
 * An office issue with its place in the file and its message.
 * @param code - the issue's code
 * @param params - its params
 * @param location - `Sheet1!F12`, a sheet, or `''` for the whole file
 * @param locale - the message's language
 */
export function locatedIssue<C extends keyof OfficeIssueParams>(
  code: C,
  params: OfficeIssueParams[C],
  location: string,
  locale: Locale,
): Located<OfficeIssue> {
  const issue = createIssue(code, params, []) as OfficeIssue;
  return { ...issue, location, message: formatOfficeIssue(issue, locale) };
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * A refused ZIP container as an issue of the file.
 * @param problem - why it was refused
 * @param kind - what the file should have been
 * @param locale - the message's language
 */
export function zipIssue(problem: ZipProblem, kind: OfficeFileKind, locale: Locale): Located<OfficeIssue> {
  switch (problem.kind) {
    case 'notZip':
      return locatedIssue('zip.notZip', { kind }, '', locale);
    case 'zip64':
      return locatedIssue('zip.zip64', { kind }, '', locale);
    case 'tooManyEntries':
      return locatedIssue('zip.tooManyEntries', { kind, limit: problem.limit }, '', locale);
    case 'method':
      return locatedIssue('zip.method', { kind, name: problem.name }, '', locale);
    case 'entryTooLarge':
      return locatedIssue('zip.entryTooLarge', { kind, name: problem.name, limitMb: mb(problem.limit) }, '', locale);
    case 'sizeMismatch':
      return locatedIssue('zip.sizeMismatch', { kind, name: problem.name }, '', locale);
  }
}

/** Bytes as whole megabytes, as the messages write limits. */
export const megabytes: (bytes: number) => number = mb;
