import type { AnnualReport, ReportCase } from '@gk/annual-report';
import {
  appealRecordSchema,
  EMPTY_PROACTIVE_2021,
  proactiveInput2021Schema,
  safeParseReportCase,
  buildAnnualReport,
  formatReportIssue,
  renderReportHtml,
  renderReportMarkdown,
} from '@gk/annual-report';
import { formatPath } from '@gk/core';
import { annualReportToDocx } from '@gk/office';
import { z } from 'zod';
import type { Context } from '../io.js';
import { CliError, integer, labelled, progress, readJson, writeOutput } from '../io.js';

/** The options of `gk report annual`. */
export interface AnnualOptions {
  readonly cases: string;
  readonly year: string;
  readonly format: string;
  readonly issuer?: string;
  readonly out?: string;
  readonly force?: boolean;
}

const casesFile = z.object({
  issuer: z.string().min(1).optional(),
  format: z.literal('2021').optional(),
  appeals: z.array(appealRecordSchema).optional(),
  proactive: proactiveInput2021Schema.optional(),
  cases: z.array(z.unknown()),
});

const FORMATS = ['md', 'html', 'json', 'docx'] as const;

function zodProblem(ctx: Context, file: string, prefix: (string | number)[], error: z.ZodError): CliError {
  const lines = error.issues.slice(0, 20).map((issue) => {
    const where = formatPath([...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]);
    return ctx.t.casesInvalid(file, where === '' ? '/' : where, issue.message);
  });
  return new CliError(lines.join('\n'));
}

/**
 * `gk report annual`: the annual report from a file of case records (the fields of `ReportCase`,
 * e.g. `evaluateCase` results), as Markdown, HTML, JSON or Word.
 * @param ctx - the context
 * @param options - the cases file, year, format, issuer, output file
 * @returns the exit code
 */
export async function annualReportCommand(ctx: Context, options: AnnualOptions): Promise<number> {
  const year = integer(ctx, '--year', options.year);
  const format = FORMATS.find((f) => f === options.format);
  if (format === undefined) throw new CliError(ctx.t.formatUnknown(options.format, FORMATS.join(', ')));
  if (format === 'docx' && options.out === undefined) throw new CliError(ctx.t.docxNeedsOut);
  z.config(ctx.locale === 'en' ? z.locales.en() : z.locales.zhCN());
  const raw = readJson(ctx, options.cases);
  const parsed = casesFile.safeParse(Array.isArray(raw) ? { cases: raw } : raw);
  if (!parsed.success) throw zodProblem(ctx, options.cases, [], parsed.error);
  const file = parsed.data;
  const issuer = options.issuer ?? file.issuer;
  if (issuer === undefined) throw new CliError(ctx.t.casesInvalid(options.cases, 'issuer', ctx.t.issuerMissing));
  const cases: ReportCase[] = [];
  const bar = progress(ctx, file.cases.length, 50_000);
  for (const [index, value] of file.cases.entries()) {
    const result = safeParseReportCase(value, ['cases', index]);
    if (!result.success) {
      bar.finish();
      const lines = result.issues
        .slice(0, 20)
        .map((issue) =>
          ctx.t.casesInvalid(options.cases, formatPath(issue.path), formatReportIssue(issue, ctx.locale)),
        );
      throw new CliError(lines.join('\n'));
    }
    cases.push(result.data);
    if (index % 1000 === 0) bar.update(index);
  }
  bar.finish();
  if (file.proactive === undefined) ctx.io.stderr.write(`${labelled(ctx, 'warning', ctx.t.proactiveMissing)}\n`);
  const report: AnnualReport = buildAnnualReport({
    format: '2021',
    year,
    issuer,
    cases,
    appeals: file.appeals ?? [],
    proactive: file.proactive ?? EMPTY_PROACTIVE_2021,
  });
  const output =
    format === 'docx'
      ? await annualReportToDocx(report)
      : format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'html'
          ? renderReportHtml(report)
          : renderReportMarkdown(report);
  if (options.out === undefined) ctx.io.stdout.write(typeof output === 'string' ? output : '');
  else {
    writeOutput(ctx, options.out, output, options.force === true);
    ctx.io.stderr.write(`${ctx.t.written(options.out)}\n`);
  }
  return 0;
}
