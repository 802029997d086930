import type { ReviewFinding } from '@gk/attribute-review';
import { CompiledLexicon, readLexicon, redact, scanText } from '@gk/attribute-review';
import { officeText } from '@gk/office';
import type { TextSegment } from '@gk/office';
import type { Context } from '../io.js';
import {
  CliError,
  extensionOf,
  labelled,
  lineColumn,
  lineStarts,
  progress,
  readBytes,
  readText,
  writeOutput,
} from '../io.js';

/** Formats whose text the scan cannot read: refused, never answered with “nothing found”. */
const UNREADABLE = new Set(['doc', 'xls', 'ppt', 'pptx', 'pdf', 'wps', 'et', 'dps', 'ofd', 'zip', 'rar', '7z', 'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff']); // prettier-ignore

/**
 * A text file's text: UTF-8, or GB18030 (what Excel and Notepad save on Chinese Windows) when it is
 * not valid UTF-8; a file with NUL bytes is not text and is refused.
 */
function decodeText(ctx: Context, file: string): string {
  const bytes = readBytes(ctx, file);
  if (bytes.includes(0)) throw new CliError(ctx.t.notText(file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new CliError(ctx.t.notText(file));
    }
    ctx.io.stderr.write(`${labelled(ctx, 'warning', ctx.t.readAsGb18030(file))}\n`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A finding as `--json` prints it, after its place. */
const findingFields = (finding: ReviewFinding) => ({
  kind: finding.kind,
  text: finding.text,
  severity: finding.severity,
  confidence: finding.confidence,
  suggestion: finding.suggestion,
  ...(finding.term === undefined ? {} : { term: finding.term, category: finding.category }),
});

/** A finding as a line of the report, after its place (`公示.txt:4:11`, `公示.docx 第3段`). */
const findingLine = (ctx: Context, where: string, finding: ReviewFinding): string =>
  `${where} ${finding.severity === 'error' ? ctx.t.error : ctx.t.warning} ${finding.category ?? ctx.t.kinds[finding.kind]} “${finding.text}”${ctx.t.colon}${finding.suggestion}\n`;

/** `gk review scan` on a .docx or .xlsx: each paragraph or cell scanned, findings at their place. */
function scanOffice(
  ctx: Context,
  file: string,
  kind: 'docx' | 'xlsx',
  lexicon: CompiledLexicon | undefined,
  options: ScanOptions,
): number {
  if (options.redact === true) throw new CliError(ctx.t.redactTextOnly);
  const result = officeText(readBytes(ctx, file), kind, ctx.locale);
  if (!result.ok) throw new CliError(result.issues.map((issue) => `${file} ${issue.message}`).join('\n'));
  const found = result.segments.flatMap((segment: TextSegment) =>
    scanText(segment.text, { locale: ctx.locale, ...(lexicon ? { lexicon } : {}) }).map((finding) => ({
      segment,
      finding,
    })),
  );
  const errors = found.filter(({ finding }) => finding.severity === 'error').length;
  const report =
    options.json === true
      ? `${JSON.stringify(
          found.map(({ segment, finding }) => ({ location: segment.location, ...findingFields(finding) })),
          null,
          2,
        )}\n`
      : found.map(({ segment, finding }) => findingLine(ctx, `${file} ${segment.location}`, finding)).join('') +
        `${found.length === 0 ? ctx.t.noFindingsIn(file, result.segments.length) : ctx.t.findingsSummary(found.length, errors)}\n`;
  if (options.out === undefined) ctx.io.stdout.write(report);
  else writeOutput(ctx, options.out, report, options.force === true);
  return errors > 0 ? 1 : 0;
}

/** The options of `gk review scan`. */
export interface ScanOptions {
  readonly lexicon?: string;
  readonly redact?: boolean;
  readonly json?: boolean;
  readonly out?: string;
  readonly force?: boolean;
}

/** Texts are scanned in blocks of about this many characters, so a long file shows progress. */
const BLOCK = 1 << 20;
/** Each block is scanned with this much of the next one, so a finding across the seam is kept whole. */
const OVERLAP = 512;

function scanInBlocks(ctx: Context, text: string, lexicon: CompiledLexicon | undefined): ReviewFinding[] {
  const bar = progress(ctx, text.length, 4 * BLOCK);
  const findings: ReviewFinding[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK);
    if (end < text.length) {
      const newline = text.indexOf('\n', end);
      end = newline === -1 ? text.length : newline + 1;
    }
    const slice = text.slice(start, Math.min(text.length, end + OVERLAP));
    for (const finding of scanText(slice, { locale: ctx.locale, ...(lexicon ? { lexicon } : {}) })) {
      if (finding.start >= end - start) continue; // found again, whole, in the next block
      findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
    }
    start = end;
    bar.update(start);
  }
  bar.finish();
  return findings;
}

/**
 * `gk review scan <file>`: findings with line and column, or with `--redact` the text masked. A .docx
 * or .xlsx is read paragraph by paragraph or cell by cell; a text file as UTF-8 or GB18030; a format
 * whose text cannot be read (.pdf, .doc, images) is refused.
 * @param ctx - the context
 * @param file - a text file, a .docx or an .xlsx
 * @param options - lexicon file, redact, json, out, force
 * @returns the exit code: 1 when a finding must be fixed before publication (and not redacting)
 */
export function scanCommand(ctx: Context, file: string, options: ScanOptions): number {
  const extension = extensionOf(file);
  if (UNREADABLE.has(extension)) throw new CliError(ctx.t.scanFormat(file, extension));
  let lexicon: CompiledLexicon | undefined;
  if (options.lexicon !== undefined) {
    const parsed = readLexicon(readText(ctx, options.lexicon));
    for (const issue of parsed.issues)
      ctx.io.stderr.write(
        `${labelled(ctx, 'warning', ctx.t.lexiconLine(options.lexicon, issue.line, issue.reason))}\n`,
      );
    lexicon = new CompiledLexicon(parsed.terms);
  }
  if (extension === 'docx' || extension === 'xlsx') return scanOffice(ctx, file, extension, lexicon, options);
  const text = decodeText(ctx, file);
  const findings = scanInBlocks(ctx, text, lexicon);
  if (options.redact === true) {
    const masked = redact(text, findings);
    if (options.out === undefined) ctx.io.stdout.write(masked);
    else {
      writeOutput(ctx, options.out, masked, options.force === true);
      ctx.io.stderr.write(`${ctx.t.written(options.out)}\n`);
    }
    return 0;
  }
  const starts = lineStarts(text);
  const located = findings.map((finding) => ({ ...lineColumn(starts, finding.start), finding }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  let report: string;
  if (options.json === true) {
    report = `${JSON.stringify(
      located.map(({ line, column, finding }) => ({ line, column, ...findingFields(finding) })),
      null,
      2,
    )}\n`;
  } else {
    report = located
      .map(({ line, column, finding }) => findingLine(ctx, `${file}:${String(line)}:${String(column)}`, finding))
      .join('');
    report += `${findings.length === 0 ? ctx.t.noFindings(file) : ctx.t.findingsSummary(findings.length, errors)}\n`;
  }
  if (options.out === undefined) ctx.io.stdout.write(report);
  else writeOutput(ctx, options.out, report, options.force === true);
  return errors > 0 ? 1 : 0;
}
