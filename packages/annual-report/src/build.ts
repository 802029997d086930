import type { ReportFormat } from './formats.js';
import type { AppealKind, AppealResult } from './formats.js';
import {
  APPEAL_COLUMNS,
  APPEAL_KINDS,
  APPEAL_RESULTS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
} from './formats.js';
import type { AnnualReport, Cell } from './report.js';
import type { AnnualReportInput, ProactiveInput2021, ReportCase } from './input.js';

/**
 * Table 二 with nothing to report: every count 0. A report built from cases alone starts from it; the
 * agency fills in what it published.
 */
export const EMPTY_PROACTIVE_2021: ProactiveInput2021 = Object.freeze({
  regulations: Object.freeze({ issued: 0, repealed: 0, inForce: 0 }),
  normativeDocuments: Object.freeze({ issued: 0, repealed: 0, inForce: 0 }),
  licensingDecisions: 0,
  penaltyDecisions: 0,
  enforcementDecisions: 0,
  feesTenThousandYuan: 0,
});

const COLUMN_OF_CATEGORY: Readonly<Record<string, number>> = {
  business: 1,
  research: 2,
  publicInterest: 3,
  legalService: 4,
  other: 5,
};

/**
 * The column a case counts in: 自然人, or the organisation's category. An applicant of unknown kind
 * counts under 法人或其他组织 / 其他 so that no case drops out of the arithmetic.
 */
function columnOf(applicant: ReportCase['applicant']): number {
  if (applicant?.kind === 'naturalPerson') return 0;
  if (applicant?.kind === 'organization') return COLUMN_OF_CATEGORY[applicant.category] ?? 5;
  return 5;
}

/**
 * The counting rules, applied in one place. For year Y:
 * - 一 (new): received in Y;
 * - 二 (carried in): received before Y and not concluded before Y;
 * - 三 (results): concluded in Y — answered, closed or withdrawn — counted under its outcome
 *   (a concluded case without an outcome counts as 其他);
 * - 四 (carried out): received by 12-31 of Y and still open on that day.
 * Dates are civil dates in China (Asia/Shanghai), as every `LocalDate` is.
 */
function countRequests(
  cases: Iterable<ReportCase>,
  year: number,
  format: ReportFormat,
): { rows: number[][]; fees: number } {
  const definitions = REQUEST_ROWS[format];
  const rowOfOutcome = new Map<string, number>();
  definitions.forEach((definition, index) => {
    for (const outcome of definition.outcomes) rowOfOutcome.set(outcome, index);
  });
  const otherRow = rowOfOutcome.get('otherHandling.other') ?? -1;
  const rows = definitions.map(() => [0, 0, 0, 0, 0, 0]);
  const first = `${String(year)}-01-01`;
  const last = `${String(year)}-12-31`;
  let fees = 0;
  const newRow = rows[0]!;
  const inRow = rows[1]!;
  const outRow = rows[definitions.length - 1]!;
  for (const c of cases) {
    const paidOn = c.fee?.paidOn;
    if (paidOn != null && paidOn >= first && paidOn <= last) fees += c.fee?.amount ?? 0;
    const received = c.receivedOn;
    if (received === null || received > last) continue;
    const concluded = c.concludedOn;
    if (concluded !== null && concluded < first) continue;
    const column = columnOf(c.applicant);
    if (received >= first) {
      newRow[column] = (newRow[column] ?? 0) + 1;
    } else {
      inRow[column] = (inRow[column] ?? 0) + 1;
    }
    if (concluded === null || concluded > last) {
      outRow[column] = (outRow[column] ?? 0) + 1;
    } else {
      const target = rows[(c.outcome === null ? undefined : rowOfOutcome.get(c.outcome)) ?? otherRow]!;
      target[column] = (target[column] ?? 0) + 1;
    }
  }
  const totalIndex = definitions.findIndex((d) => d.role === 'total');
  const totalRow = rows[totalIndex]!;
  definitions.forEach((definition, index) => {
    if (definition.role !== 'result') return;
    const values = rows[index]!;
    for (let column = 0; column < 6; column++) totalRow[column] = (totalRow[column] ?? 0) + (values[column] ?? 0);
  });
  return { rows, fees };
}

function proactiveValues(input: AnnualReportInput): Cell[][][] {
  if (input.format === '2021') {
    const p = input.proactive;
    return [
      [
        [p.regulations.issued, p.regulations.repealed, p.regulations.inForce],
        [p.normativeDocuments.issued, p.normativeDocuments.repealed, p.normativeDocuments.inForce],
      ],
      [[p.licensingDecisions]],
      [[p.penaltyDecisions], [p.enforcementDecisions]],
      [[p.feesTenThousandYuan]],
    ];
  }
  const p = input.proactive;
  const three = (x: { previousYear: number; change: number; decisions: number }): Cell[] => [
    x.previousYear,
    x.change,
    x.decisions,
  ];
  return [
    [
      [p.regulations.newlyMade, p.regulations.newlyPublished, p.regulations.totalPublished],
      [p.normativeDocuments.newlyMade, p.normativeDocuments.newlyPublished, p.normativeDocuments.totalPublished],
    ],
    [three(p.licensing), three(p.otherServices)],
    [three(p.penalties), three(p.enforcement)],
    [[p.fees.previousYear, p.fees.change]],
    [[p.procurement.projects, p.procurement.amount]],
  ];
}

const APPEAL_GROUP_OF = Object.fromEntries(APPEAL_KINDS.map((kind, i) => [kind, i])) as Readonly<
  Record<AppealKind, number>
>;
const APPEAL_RESULT_OF = Object.fromEntries(APPEAL_RESULTS.map((result, i) => [result, i])) as Readonly<
  Record<AppealResult, number>
>;

/**
 * Builds the year's report from case states, table 二 inputs and appeal records. Table 三 follows
 * the counting rules written on `countRequests` (new / carried in / concluded / carried out); every
 * cross-check of {@link checkReport} holds by construction. Section 六 states the processing fees
 * collected, summed from the cases' paid fees.
 * @param input - format, year, issuer, cases, table 二 inputs, appeals, text sections
 * @returns the report in the JSON form
 * @see 《中华人民共和国政府信息公开条例》第四十九条、第五十条
 * @example
 * ```ts
 * const report = buildAnnualReport({ format: '2021', year: 2025, issuer: '某县人民政府办公室', cases: states, appeals: [], proactive });
 * checkReport(report); // []
 * ```
 */
export function buildAnnualReport(input: AnnualReportInput): AnnualReport {
  const { rows, fees } = countRequests(input.cases, input.year, input.format);
  const definitions = REQUEST_ROWS[input.format];
  const blocks = PROACTIVE_BLOCKS[input.format];
  const proactive = proactiveValues(input);
  const appeals = APPEAL_COLUMNS.map(() => 0);
  for (const appeal of input.appeals) {
    const group = APPEAL_GROUP_OF[appeal.kind];
    const at = group * 5 + APPEAL_RESULT_OF[appeal.result];
    appeals[at] = (appeals[at] ?? 0) + 1;
    appeals[group * 5 + 4] = (appeals[group * 5 + 4] ?? 0) + 1;
  }
  return {
    format: input.format,
    year: input.year,
    issuer: input.issuer,
    tables: {
      proactive: {
        blocks: blocks.map((block, b) => ({
          block: block.block,
          columns: block.columns,
          rows: block.rows.map((label, r) => ({ label, values: proactive[b]?.[r] ?? [] })),
        })),
      },
      requests: {
        columns: REQUEST_COLUMNS,
        rows: definitions.map((definition, index) => {
          const values = rows[index] ?? [];
          const total = values.reduce((sum, value) => sum + value, 0);
          return {
            ...(definition.group.length > 0 ? { group: definition.group } : {}),
            label: definition.label,
            values: [...values, total],
          };
        }),
      },
      appeals: { columns: APPEAL_COLUMNS, values: appeals },
    },
    ...(input.sections === undefined ? {} : { sections: input.sections }),
    feesCollectedYuan: fees,
  };
}
