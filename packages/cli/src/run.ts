import type { Locale } from '@gk/core';
import { GkError, localDateFromInstant } from '@gk/core';
import { Command, CommanderError, Option } from 'commander';
import type { ConvertOptions } from './commands/catalogue.js';
import type { AnnualOptions } from './commands/report.js';
import type { ScanOptions } from './commands/review.js';
import type { CheckpointOptions, VerifyOptions } from './commands/store.js';
import type { CalendarOptions } from './commands/workdays.js';
import type { CliIO, Context } from './io.js';
import { CliError, labelled } from './io.js';
import { MESSAGES } from './locales/index.js';

/** Options of {@link run}. */
export interface RunOptions {
  /** The version `gk --version` prints. */
  readonly version?: string;
}

function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') === true ? arg.slice(7) : undefined;
    if (value !== undefined) return value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  }
  return 'zh-CN';
}

function build(ctx: Context, version: string, status: { code: number }): Command {
  const { t } = ctx;
  const localize = (text: string): string =>
    Object.entries(t.headings)
      .reduce((out, [from, to]) => out.replaceAll(`${from} `, to).replaceAll(from, to), text)
      .replace(/\(choices: ([^)]*)\)/g, t.choices)
      .replace(/\(default: ([^)]*)\)/g, t.defaultValue);
  const program = new Command('gk')
    .description(t.program)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(localize(text)),
      writeErr: (text) => ctx.io.stderr.write(localize(text)),
      outputError: (text, write) => write(t.commander(text)),
    })
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .version(version, '-V, --version', t.version)
    .addOption(new Option('--lang <locale>', t.lang).choices(['zh-CN', 'en']))
    .option('--debug', t.debug);
  // Each command's module is loaded when that command runs: `gk --help` and `gk workdays` never load
  // the office formats, the store or the report builder.
  const catalogueCommands = () => import('./commands/catalogue.js');
  const workdayCommands = () => import('./commands/workdays.js');
  const act =
    <A extends unknown[]>(handler: (...args: A) => number | Promise<number>) =>
    async (...args: A): Promise<void> => {
      status.code = await handler(...args);
    };

  const catalogue = program.command('catalogue').description(t.catalogue);
  catalogue
    .command('validate')
    .description(t.catalogueValidate)
    .argument('<file>', t.args.file)
    .option('--json', t.json)
    .option('--header <file>', t.headerOption)
    .action(
      act(async (file: string, options: { json?: boolean; header?: string }) =>
        (await catalogueCommands()).validateCatalogue(ctx, file, options),
      ),
    );
  catalogue
    .command('diff')
    .description(t.catalogueDiff)
    .argument('<old>', t.args.old)
    .argument('<new>', t.args.new)
    .option('--json', t.json)
    .action(
      act(async (previous: string, next: string, options: { json?: boolean }) =>
        (await catalogueCommands()).diffCatalogueFiles(ctx, previous, next, options),
      ),
    );
  catalogue
    .command('convert')
    .description(t.catalogueConvert)
    .argument('<in>', t.args.in)
    .argument('<out>', t.args.out)
    .option('-f, --force', t.force)
    .option('--allow-loss', t.allowLoss)
    .option('--header <file>', t.headerOption)
    .action(
      act(async (input: string, output: string, options: ConvertOptions) =>
        (await catalogueCommands()).convertCatalogue(ctx, input, output, options),
      ),
    );

  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const workdays = program.command('workdays').description(t.workdays);
  workdays
    .command('add')
    .description(t.workdaysAdd)
    .argument('<date>', t.args.date)
    .argument('<n>', t.args.n)
    .option('--notice <file>', t.noticeOption, collect)
    .action(
      act(async (date: string, n: string, options: CalendarOptions) =>
        (await workdayCommands()).addWorkdaysCommand(ctx, date, n, options),
      ),
    );
  workdays
    .command('between')
    .description(t.workdaysBetween)
    .argument('<from>', t.args.from)
    .argument('<to>', t.args.to)
    .option('--notice <file>', t.noticeOption, collect)
    .action(
      act(async (from: string, to: string, options: CalendarOptions) =>
        (await workdayCommands()).workdaysBetweenCommand(ctx, from, to, options),
      ),
    );
  workdays
    .command('explain')
    .description(t.workdaysExplain)
    .argument('<date>', t.args.date)
    .option('--notice <file>', t.noticeOption, collect)
    .action(
      act(async (date: string, options: CalendarOptions) =>
        (await workdayCommands()).explainDayCommand(ctx, date, options),
      ),
    );
  workdays
    .command('import')
    .description(t.workdaysImport)
    .argument('<file>', t.args.noticeFile)
    .option('--notice <file>', t.noticeOption, collect)
    .option('--json', t.json)
    .action(
      act(async (file: string, options: CalendarOptions & { json?: boolean }) =>
        (await workdayCommands()).importNoticeCommand(ctx, file, options),
      ),
    );

  const today = ctx.io.today ?? localDateFromInstant(new Date().toISOString());
  program
    .command('request')
    .description(t.request)
    .command('deadline')
    .description(t.requestDeadline)
    .argument('<file>', t.args.file)
    .option('--today <date>', t.today, today)
    .option('--notice <file>', t.noticeOption, collect)
    .option('--json', t.json)
    .action(
      act(async (file: string, options: CalendarOptions & { today: string; json?: boolean }) =>
        (await import('./commands/request.js')).deadlineCommand(ctx, file, options),
      ),
    );

  const report = program.command('report').description(t.report);
  report
    .command('annual')
    .description(t.reportAnnual)
    .requiredOption('--cases <file>', t.cases)
    .requiredOption('--year <year>', t.year)
    .option('--format <format>', t.format, 'md')
    .option('--issuer <name>', t.issuer)
    .option('-o, --out <file>', t.out)
    .option('-f, --force', t.force)
    .action(
      act(async (options: AnnualOptions) => (await import('./commands/report.js')).annualReportCommand(ctx, options)),
    );
  report
    .command('check')
    .description(t.reportCheck)
    .argument('<paths...>', t.args.reports)
    .option('--json', t.json)
    .action(
      act(async (paths: string[], options: { json?: boolean }) =>
        (await import('./commands/report-check.js')).checkReportCommand(ctx, paths, options),
      ),
    );

  program
    .command('review')
    .description(t.review)
    .command('scan')
    .description(t.reviewScan)
    .argument('<file>', t.args.file)
    .option('--lexicon <file>', t.lexicon)
    .option('--redact', t.redactOption)
    .option('--json', t.json)
    .option('-o, --out <file>', t.out)
    .option('-f, --force', t.force)
    .action(
      act(async (file: string, options: ScanOptions) =>
        (await import('./commands/review.js')).scanCommand(ctx, file, options),
      ),
    );

  const store = program.command('store').description(t.store);
  store
    .command('checkpoint')
    .description(t.storeCheckpoint)
    .option('--data-dir <dir>', t.dataDirOption)
    .option('--database-url <url>', t.databaseUrlOption)
    .option('--key-file <file>', t.keyFileOption)
    .option('-o, --out <file>', t.out)
    .option('-f, --force', t.force)
    .action(
      act(async (options: CheckpointOptions) => (await import('./commands/store.js')).checkpointCommand(ctx, options)),
    );
  store
    .command('verify')
    .description(t.storeVerify)
    .option('--data-dir <dir>', t.dataDirOption)
    .option('--database-url <url>', t.databaseUrlOption)
    .option('--key-file <file>', t.keyFileOption)
    .option('--checkpoint <file>', t.checkpointOption)
    .option('--json', t.json)
    .action(act(async (options: VerifyOptions) => (await import('./commands/store.js')).verifyCommand(ctx, options)));
  return program;
}

/**
 * Runs the `gk` command: parses the arguments, does the work, writes to `io`, and returns the exit
 * code — 0 when all is well, 1 when the input has errors (an invalid catalogue or report, a finding
 * to fix), 2 when the command could not run (a missing file, bad arguments). Never throws.
 * @param argv - the arguments after `gk`
 * @param io - the streams and working directory
 * @param options - the version to report
 * @returns the exit code
 * @example
 * ```ts
 * const code = await run(['workdays', 'add', '2025-09-30', '5'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * ```
 */
export async function run(argv: readonly string[], io: CliIO, options: RunOptions = {}): Promise<number> {
  const locale = localeOf(argv);
  const ctx: Context = { io, t: MESSAGES[locale], locale };
  const debug = argv.includes('--debug');
  const status = { code: 0 };
  try {
    await build(ctx, options.version ?? '0.0.0', status).parseAsync([...argv], { from: 'user' });
    return status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${labelled(ctx, 'error', error.message)}\n`);
      if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    if (error instanceof GkError) {
      io.stderr.write(`${labelled(ctx, 'error', error.format(locale))}\n`);
      if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${ctx.t.unexpected(reason)}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
