import type { Catalogue, CatalogueHeaderDocument } from '@gk/catalogue-schema';
import { diffCatalogues, formatCatalogueIssue, safeParseCatalogue } from '@gk/catalogue-schema';
import { readCatalogueDocx, readCatalogueXlsx, writeCatalogueXlsx, XLSX_LIMITS } from '@gk/office';
import type { Context } from '../io.js';
import { CliError, extensionOf, labelled, readBytes, readJson, writeOutput } from '../io.js';

/** `--json`. */
export interface JsonOption {
  readonly json?: boolean;
}

/** `--header <file>`: the header fields a workbook or a Word document lacks, as JSON. */
export interface HeaderOption {
  readonly header?: string;
}

/** The options of `gk catalogue convert`. */
export interface ConvertOptions extends HeaderOption {
  /** Overwrite the output file. */
  readonly force?: boolean;
  /** Convert even when the target format cannot hold everything (the losses are listed). */
  readonly allowLoss?: boolean;
}

/** One problem of a catalogue file, wherever it came from. */
interface FileIssue {
  readonly severity: 'error' | 'warning';
  readonly location: string;
  readonly message: string;
  readonly code?: string;
}

interface LoadedCatalogue {
  readonly catalogue: Catalogue | null;
  /** The document as JSON would hold it (for conversion to JSON). */
  readonly document: unknown;
  readonly issues: readonly FileIssue[];
}

function headerFrom(ctx: Context, file: string | undefined): Partial<CatalogueHeaderDocument> {
  if (file === undefined) return {};
  const header = readJson(ctx, file);
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    throw new CliError(ctx.t.headerNotObject(file));
  return header;
}

async function loadCatalogue(ctx: Context, file: string, options: HeaderOption = {}): Promise<LoadedCatalogue> {
  const kind = extensionOf(file);
  if (kind === 'xlsx' || kind === 'docx') {
    const bytes = readBytes(ctx, file, XLSX_LIMITS.maxFileBytes);
    const read = { locale: ctx.locale, header: headerFrom(ctx, options.header) };
    const result = kind === 'xlsx' ? await readCatalogueXlsx(bytes, read) : readCatalogueDocx(bytes, read);
    return {
      catalogue: result.catalogue,
      document: result.document,
      issues: result.issues.map((issue) => ({
        severity: issue.severity,
        location: issue.location,
        message: issue.message,
        code: issue.code,
      })),
    };
  }
  if (kind === 'json') {
    const document = readJson(ctx, file);
    const result = safeParseCatalogue(document);
    return {
      catalogue: result.success ? result.data : null,
      document,
      issues: result.issues.map((issue) => ({
        severity: issue.severity,
        location: '',
        message: formatCatalogueIssue(issue, ctx.locale),
        code: issue.code,
      })),
    };
  }
  throw new CliError(ctx.t.extensionUnknown(file, '.xlsx, .docx, .json'));
}

function printIssues(ctx: Context, file: string, issues: readonly FileIssue[]): void {
  for (const issue of issues) {
    const where = issue.location === '' ? file : `${file} ${issue.location}`;
    ctx.io.stdout.write(`${where} ${labelled(ctx, issue.severity, issue.message)}\n`);
  }
}

const count = (issues: readonly FileIssue[], severity: FileIssue['severity']): number =>
  issues.filter((issue) => issue.severity === severity).length;

/**
 * `gk catalogue validate`: every issue with its location; exit code 1 when any is an error.
 * @param ctx - the context
 * @param file - the catalogue file
 * @param options - `json` for machine output, `header` for the header fields the file lacks
 * @returns the exit code
 */
export async function validateCatalogue(
  ctx: Context,
  file: string,
  options: JsonOption & HeaderOption,
): Promise<number> {
  const { issues } = await loadCatalogue(ctx, file, options);
  const errors = count(issues, 'error');
  const warnings = count(issues, 'warning');
  if (options.json === true) {
    ctx.io.stdout.write(`${JSON.stringify({ file, valid: errors === 0, errors, warnings, issues }, null, 2)}\n`);
  } else {
    printIssues(ctx, file, issues);
    ctx.io.stdout.write(`${errors === 0 && warnings === 0 ? ctx.t.valid(file) : ctx.t.summary(errors, warnings)}\n`);
  }
  return errors > 0 ? 1 : 0;
}

async function loadValid(
  ctx: Context,
  file: string,
  options: HeaderOption = {},
): Promise<LoadedCatalogue & { catalogue: Catalogue }> {
  const loaded = await loadCatalogue(ctx, file, options);
  if (loaded.catalogue === null) {
    printIssues(
      ctx,
      file,
      loaded.issues.filter((issue) => issue.severity === 'error'),
    );
    throw new CliError(ctx.t.refusedWithErrors(file), 1);
  }
  return { ...loaded, catalogue: loaded.catalogue };
}

/**
 * `gk catalogue diff`: the change log between two versions.
 * @param ctx - the context
 * @param previous - the earlier file
 * @param next - the later file
 * @param options - `json` for machine output
 * @returns the exit code
 */
export async function diffCatalogueFiles(
  ctx: Context,
  previous: string,
  next: string,
  options: JsonOption,
): Promise<number> {
  const before = await loadValid(ctx, previous);
  const after = await loadValid(ctx, next);
  const diff = diffCatalogues(before.catalogue, after.catalogue, { locale: ctx.locale });
  if (options.json === true) {
    ctx.io.stdout.write(
      `${JSON.stringify(
        {
          added: diff.added.length,
          removed: diff.removed.length,
          changed: diff.changed.length,
          header: diff.header,
          changeLog: diff.changeLog,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    ctx.io.stdout.write(diff.changeLog.length === 0 ? `${ctx.t.noChanges}\n` : `${diff.changeLog.join('\n')}\n`);
  }
  return 0;
}

/**
 * `gk catalogue convert`: XLSX ↔ JSON by the files' extensions (a .docx catalogue to either); a catalogue with errors is not
 * converted, nor one the target cannot hold whole (unless `allowLoss`).
 * @param ctx - the context
 * @param input - the input file
 * @param output - the output file
 * @param options - `force` to overwrite, `header` for the header fields the input lacks
 * @returns the exit code
 */
export async function convertCatalogue(
  ctx: Context,
  input: string,
  output: string,
  options: ConvertOptions,
): Promise<number> {
  const target = extensionOf(output);
  if (target !== 'xlsx' && target !== 'json') throw new CliError(ctx.t.extensionUnknown(output, '.xlsx, .json'));
  const loaded = await loadValid(ctx, input, options);
  const data =
    target === 'xlsx' ? await writeCatalogueXlsx(loaded.catalogue) : `${JSON.stringify(loaded.document, null, 2)}\n`;
  if (typeof data !== 'string') {
    // Read the workbook back: whatever the Excel layout could not hold is listed, never dropped quietly.
    const back = await readCatalogueXlsx(data, { locale: ctx.locale });
    const lost =
      back.catalogue === null
        ? back.issues.map((issue) => `${issue.location} ${issue.message}`)
        : diffCatalogues(loaded.catalogue, back.catalogue, { locale: ctx.locale }).changeLog;
    if (lost.length > 0 && options.allowLoss !== true)
      throw new CliError(`${ctx.t.wouldLose(output)}\n${lost.join('\n')}`, 1);
  }
  writeOutput(ctx, output, data, options.force === true);
  printIssues(
    ctx,
    input,
    loaded.issues.filter((issue) => issue.severity === 'warning'),
  );
  ctx.io.stdout.write(`${ctx.t.written(output)}\n`);
  return 0;
}
