// `gk report check`: one report, many, or a folder of them; each checked on its own (勾稽关系, the
// text against the tables) and, for the same issuer, each year against the year before.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnnualReport, ReportIssue } from '@gk/annual-report';
import { checkReport, checkReportText, checkReportYears, formatReportIssue, importReportText } from '@gk/annual-report';
import type { Context } from '../io.js';
import { reportDocxText } from '@gk/office';
import { CliError, extensionOf, labelled, readBytes, readJson, readText } from '../io.js';
import type { JsonOption } from './catalogue.js';

/** The most report files one run reads. */
export const MAX_REPORT_FILES = 5000;

/** An issue of a report or of reading its file, with its message in the run's language. */
interface Finding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface Checked {
  readonly file: string;
  readonly report: AnnualReport | null;
  readonly issues: Finding[];
}

const findings = (ctx: Context, issues: readonly ReportIssue[]): Finding[] =>
  issues.map((issue) => ({
    severity: issue.severity,
    code: issue.code,
    path: issue.path,
    message: formatReportIssue(issue, ctx.locale),
  }));

/** Reports in the JSON form, or published pages (HTML, text) read with `importReportText`. */
const PAGE_EXTENSIONS = ['html', 'htm', 'txt'];
const REPORT_EXTENSIONS = ['json', 'docx', ...PAGE_EXTENSIONS];

/** A published report's text: the page itself, or a Word file's (`null` with the issues when unreadable). */
function publishedText(ctx: Context, file: string): { text: string } | { issues: Finding[] } {
  if (extensionOf(file) !== 'docx') return { text: readText(ctx, file) };
  const read = reportDocxText(readBytes(ctx, file), ctx.locale);
  if (read.ok) return { text: read.value };
  return {
    issues: read.issues.map((i) => ({ severity: i.severity, code: i.code, path: [], message: i.message })),
  };
}

/** The files named, a folder standing for its reports (not its subfolders), in name order. */
function reportFiles(ctx: Context, paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let directory: boolean;
    try {
      directory = statSync(resolve(ctx.io.cwd, path)).isDirectory();
    } catch {
      directory = false; // Not there: readJson says so with the file's name.
    }
    if (!directory) files.push(path);
    else
      for (const name of readdirSync(resolve(ctx.io.cwd, path)).sort())
        if (REPORT_EXTENSIONS.includes(extensionOf(name))) files.push(join(path, name));
    if (files.length > MAX_REPORT_FILES) throw new CliError(ctx.t.tooManyReports(MAX_REPORT_FILES));
  }
  if (files.length === 0) throw new CliError(ctx.t.noReports(paths.join(' ')));
  return files;
}

function checkOne(ctx: Context, file: string): Checked {
  if (extensionOf(file) !== 'json') {
    // A published page or Word file: read into the JSON form first; what the reading noticed comes first.
    const published = publishedText(ctx, file);
    if ('issues' in published) return { file, report: null, issues: published.issues };
    const imported = importReportText(published.text);
    if (!imported.success) return { file, report: null, issues: findings(ctx, imported.issues) };
    const { report } = imported;
    const issues = [...imported.issues, ...checkReport(report), ...checkReportText(report)];
    return { file, report, issues: findings(ctx, issues) };
  }
  const input = readJson(ctx, file);
  const issues = checkReport(input);
  // The text and other years are compared only with a report whose shape could be read.
  const readable = !issues.some((i) => i.code === 'report.shape' || i.code === 'report.format');
  const report = readable ? (input as AnnualReport) : null;
  if (report !== null) issues.push(...checkReportText(report));
  return { file, report, issues: findings(ctx, issues) };
}

/** Each report against its issuer's report of the year before, where both are among the files. */
function acrossYears(ctx: Context, checked: readonly Checked[]): void {
  const byIssuer = new Map<string, Checked[]>();
  for (const c of checked) {
    if (c.report === null) continue;
    const key = c.report.issuer.trim();
    byIssuer.set(key, [...(byIssuer.get(key) ?? []), c]);
  }
  for (const group of byIssuer.values()) {
    const byYear = new Map(group.map((c) => [c.report?.year, c]));
    for (const c of group) {
      const previous = byYear.get((c.report?.year ?? 0) - 1);
      if (previous?.report != null && c.report !== null)
        c.issues.push(
          ...findings(
            ctx,
            checkReportYears(previous.report, c.report).filter((i) => i.code === 'report.carriedOver'),
          ),
        );
    }
  }
}

/**
 * `gk report check <paths...>`: reports in the JSON form, files or folders of them. Each gets the
 * tables' cross-checks, its text against its tables, and its 上年结转 against the same issuer's 结转下年度
 * of the year before when that report is in the batch; a summary table follows for more than one.
 * @param ctx - the context
 * @param paths - report files and folders
 * @param options - `json` for machine output
 * @returns the exit code: 1 when any report has an error
 */
export function checkReportCommand(ctx: Context, paths: readonly string[], options: JsonOption): number {
  const checked = reportFiles(ctx, paths).map((file) => checkOne(ctx, file));
  acrossYears(ctx, checked);
  const counts = checked.map((c) => {
    const errors = c.issues.filter((i) => i.severity === 'error').length;
    return { errors, warnings: c.issues.length - errors };
  });
  if (options.json === true) {
    const results = checked.map((c, i) => ({
      file: c.file,
      year: c.report?.year ?? null,
      issuer: c.report?.issuer ?? null,
      valid: counts[i]?.errors === 0,
      errors: counts[i]?.errors ?? 0,
      warnings: counts[i]?.warnings ?? 0,
      issues: c.issues.map((issue) => ({
        severity: issue.severity,
        code: issue.code,
        path: issue.path,
        message: issue.message,
      })),
    }));
    ctx.io.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  } else {
    checked.forEach((c, i) => {
      for (const issue of c.issues) ctx.io.stdout.write(`${c.file} ${labelled(ctx, issue.severity, issue.message)}\n`);
      const { errors = 0, warnings = 0 } = counts[i] ?? {};
      ctx.io.stdout.write(
        `${c.issues.length === 0 ? ctx.t.valid(c.file) : `${c.file}：${ctx.t.summary(errors, warnings)}`}\n`,
      );
    });
    if (checked.length > 1) {
      ctx.io.stdout.write(`\n${ctx.t.reportTableHeader}\n`);
      checked.forEach((c, i) =>
        ctx.io.stdout.write(
          `${[c.file, c.report?.year ?? '—', c.report?.issuer ?? '—', counts[i]?.errors ?? 0, counts[i]?.warnings ?? 0].join('\t')}\n`,
        ),
      );
      const failed = counts.filter((c) => c.errors > 0).length;
      ctx.io.stdout.write(`${ctx.t.reportBatch(checked.length, failed)}\n`);
    }
  }
  return counts.some((c) => c.errors > 0) ? 1 : 0;
}
