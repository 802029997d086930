import type { IssuePath, SafeParseResult } from '@gk/core';
import { createIssue, describeValue, hasControlCharacter, isLocalDate } from '@gk/core';
import type { LocalDate } from '@gk/core';
import type { OrganizationCategory, Outcome } from '@gk/request-workflow';
import { isOutcome, ORGANIZATION_CATEGORIES } from '@gk/request-workflow';
import * as z from 'zod';
import { AnnualReportError } from './error.js';
import type { AppealKind, AppealResult } from './formats.js';
import { APPEAL_KINDS, APPEAL_RESULTS } from './formats.js';
import type { ReportIssue } from './report-issues.js';
import type { ReportSections } from './report.js';

/** The most cases one report input holds. */
export const MAX_REPORT_CASES = 1_000_000;

/** The largest amount of money (元, 万元) or count a report input takes. */
export const MAX_REPORT_NUMBER = 1_000_000_000_000;

/** What a report needs of a case: the fields of `CaseState` from `@gk/request-workflow`. */
export interface ReportCase {
  readonly receivedOn: LocalDate | string | null;
  readonly concludedOn: LocalDate | string | null;
  readonly outcome: Outcome | null;
  /** The applicant's kind and, for an organisation, its category (an `Applicant` fits). */
  readonly applicant:
    | { readonly kind: 'naturalPerson' }
    | { readonly kind: 'organization'; readonly category: OrganizationCategory }
    | null;
  readonly fee?: { readonly amount: number; readonly paidOn: LocalDate | string | null } | null | undefined;
}

/** An administrative reconsideration or lawsuit about the agency's disclosure work. */
export interface AppealRecord {
  readonly kind: AppealKind;
  readonly result: AppealResult;
}

/** Table 二 inputs in the 2021 format. */
export interface ProactiveInput2021 {
  /** 规章 (第二十条第（一）项): made, repealed and in force this year. */
  readonly regulations: { readonly issued: number; readonly repealed: number; readonly inForce: number };
  /** 行政规范性文件 (第二十条第（一）项): made, repealed and in force this year. */
  readonly normativeDocuments: { readonly issued: number; readonly repealed: number; readonly inForce: number };
  /** 行政许可 decisions made this year (第二十条第（五）项). */
  readonly licensingDecisions: number;
  /** 行政处罚 decisions made this year (第二十条第（六）项). */
  readonly penaltyDecisions: number;
  /** 行政强制 decisions made this year (第二十条第（六）项). */
  readonly enforcementDecisions: number;
  /** 行政事业性收费, in 万元. */
  readonly feesTenThousandYuan: number;
}

/** Table 二 inputs in the 2019 试行 format. */
export interface ProactiveInput2019 {
  readonly regulations: {
    readonly newlyMade: number;
    readonly newlyPublished: number;
    readonly totalPublished: number;
  };
  readonly normativeDocuments: {
    readonly newlyMade: number;
    readonly newlyPublished: number;
    readonly totalPublished: number;
  };
  readonly licensing: { readonly previousYear: number; readonly change: number; readonly decisions: number };
  readonly otherServices: { readonly previousYear: number; readonly change: number; readonly decisions: number };
  readonly penalties: { readonly previousYear: number; readonly change: number; readonly decisions: number };
  readonly enforcement: { readonly previousYear: number; readonly change: number; readonly decisions: number };
  readonly fees: { readonly previousYear: number; readonly change: number };
  readonly procurement: { readonly projects: number; readonly amount: number };
}

const date = z.string().refine((value): boolean => isLocalDate(value), { message: 'date' });
const count = z.number().int().nonnegative().max(MAX_REPORT_NUMBER);
const amount = z.number().nonnegative().max(MAX_REPORT_NUMBER);
const outcome = z.custom<Outcome>((value) => isOutcome(value), { message: 'outcome' });

/** {@link ReportCase} as a schema. */
const reportCaseSchema: z.ZodType<ReportCase> = z.object({
  receivedOn: date.nullable(),
  concludedOn: date.nullable(),
  outcome: outcome.nullable(),
  /** The applicant's kind and, for an organisation, its category (an `Applicant` fits). */
  applicant: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('naturalPerson') }),
      z.object({ kind: z.literal('organization'), category: z.enum(ORGANIZATION_CATEGORIES) }),
    ])
    .nullable(),
  fee: z.object({ amount, paidOn: date.nullable() }).nullable().optional(),
});

/** An appeal record, as a schema. */
export const appealRecordSchema: z.ZodType<AppealRecord> = z.object({
  kind: z.enum(APPEAL_KINDS),
  result: z.enum(APPEAL_RESULTS),
});

const triple = z.object({ issued: count, repealed: count, inForce: count });
/** Table 二 inputs in the 2021 format, as a schema. */
export const proactiveInput2021Schema: z.ZodType<ProactiveInput2021> = z.object({
  regulations: triple,
  normativeDocuments: triple,
  licensingDecisions: count,
  penaltyDecisions: count,
  enforcementDecisions: count,
  /** 行政事业性收费, in 万元. */
  feesTenThousandYuan: amount,
});

const made = z.object({ newlyMade: count, newlyPublished: count, totalPublished: count });
const yearOnYear = z.object({ previousYear: count, change: z.number().int(), decisions: count });
/** Table 二 inputs in the 2019 试行 format, as a schema. */
export const proactiveInput2019Schema: z.ZodType<ProactiveInput2019> = z.object({
  regulations: made,
  normativeDocuments: made,
  licensing: yearOnYear,
  otherServices: yearOnYear,
  penalties: yearOnYear,
  enforcement: yearOnYear,
  fees: z.object({ previousYear: amount, change: z.number() }),
  procurement: z.object({ projects: count, amount }),
});

/** The longest text section a report input takes, in characters. */
export const MAX_SECTION_LENGTH = 100_000;
/** Text a report prints: no control characters (a NUL would break the Word file), line breaks allowed in sections. */
const printable =
  (allowLayout: boolean) =>
  (value: string): boolean =>
    !hasControlCharacter(value, allowLayout);
const section = z.string().max(MAX_SECTION_LENGTH).refine(printable(true), { message: 'control' }).optional();
const sectionsSchema = z.object({ overview: section, problems: section, other: section });

const common = {
  year: z.number().int().min(1949).max(9999),
  issuer: z.string().min(1).max(200).refine(printable(false), { message: 'control' }),
  cases: z.array(reportCaseSchema).max(MAX_REPORT_CASES),
  appeals: z.array(appealRecordSchema).max(MAX_REPORT_CASES),
  sections: sectionsSchema.optional(),
};

/** The input of `buildAnnualReport`, as a schema: {@link safeParseAnnualReportInput} checks data against it. */
const annualReportInputSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('2021'), ...common, proactive: proactiveInput2021Schema }),
  z.object({ format: z.literal('2019-trial'), ...common, proactive: proactiveInput2019Schema }),
]);

/** The input of `buildAnnualReport`. The cases may be any iterable (a generator over a store). */
export type AnnualReportInput = {
  readonly year: number;
  readonly issuer: string;
  /** Every case that might touch the year; the counting rules pick the ones that do. */
  readonly cases: Iterable<ReportCase>;
  /** The year's reconsiderations and lawsuits. */
  readonly appeals: readonly AppealRecord[];
  readonly sections?: ReportSections;
} & (
  | { readonly format: '2021'; readonly proactive: ProactiveInput2021 }
  | { readonly format: '2019-trial'; readonly proactive: ProactiveInput2019 }
);

/**
 * A zod issue as `@gk/annual-report` reports it: `input.outcome` for an unknown outcome code,
 * `input.tooMany` for a list over its limit, `input.field` for anything else.
 * @param issue - zod's issue
 * @param prefix - the path of the checked value inside the caller's data
 */
function inputIssue(issue: z.core.$ZodIssue, prefix: IssuePath): ReportIssue {
  const path: IssuePath = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? 'input';
  if (issue.code === 'custom' && issue.message === 'outcome')
    return createIssue('input.outcome', { received: describeValue(issue.input) }, path);
  if (issue.code === 'too_big' && issue.origin === 'array')
    return createIssue('input.tooMany', { field, limit: Number(issue.maximum) }, path);
  if (issue.code === 'too_big' && issue.origin === 'string')
    return createIssue('input.tooLong', { field, limit: Number(issue.maximum) }, path);
  return createIssue('input.field', { field }, path);
}

function result<T>(parsed: z.ZodSafeParseResult<T>, prefix: IssuePath): SafeParseResult<T, ReportIssue> {
  if (parsed.success) return { success: true, data: parsed.data };
  // zod may report one field twice (a number neither whole nor in range): one issue per field and code.
  const seen = new Set<string>();
  const issues = parsed.error.issues
    .slice(0, 1000)
    .map((issue) => inputIssue(issue, prefix))
    .filter((issue) => {
      const key = `${issue.code} ${JSON.stringify(issue.path)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return { success: false, issues: issues.slice(0, 100) };
}

/**
 * Checks one case record against the shape of {@link ReportCase} (for records read one by one, e.g. from a
 * large file).
 * @param input - the record
 * @param path - where the record is in the caller's data, e.g. `['cases', 3]`
 * @returns the record, or an issue per malformed field
 */
export function safeParseReportCase(input: unknown, path: IssuePath = []): SafeParseResult<ReportCase, ReportIssue> {
  return result(reportCaseSchema.safeParse(input, { reportInput: true }), path);
}

/**
 * Checks the input of `buildAnnualReport` arriving as data (JSON from a file or an API): format,
 * year, issuer, every case, every appeal and table 二.
 * @param input - the input
 * @returns the input, or an issue per malformed field (at most 100)
 */
export function safeParseAnnualReportInput(input: unknown): SafeParseResult<AnnualReportInput, ReportIssue> {
  if (
    typeof input === 'object' &&
    input !== null &&
    'format' in input &&
    input.format !== '2021' &&
    input.format !== '2019-trial'
  )
    return {
      success: false,
      issues: [createIssue('report.format', { received: describeValue(input.format) }, ['format'])],
    };
  // zod types an absent optional key as `?: T | undefined`; it never writes `undefined` for an absent key.
  return result(annualReportInputSchema.safeParse(input, { reportInput: true }), []) as SafeParseResult<
    AnnualReportInput,
    ReportIssue
  >;
}

/**
 * Checks the input of `buildAnnualReport`; see {@link safeParseAnnualReportInput}.
 * @param input - the input
 * @returns the input
 * @throws {@link AnnualReportError} listing every malformed field
 */
export function parseAnnualReportInput(input: unknown): AnnualReportInput {
  const parsed = safeParseAnnualReportInput(input);
  if (!parsed.success) throw new AnnualReportError(parsed.issues);
  return parsed.data;
}
