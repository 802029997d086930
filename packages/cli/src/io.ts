import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliMessages } from './messages.js';

/** Where the command reads and writes: the process's streams by default, buffers in embedding code. */
export interface CliIO {
  /** Standard output. */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Standard error (messages, the progress bar). */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** The directory relative paths start from. */
  readonly cwd: string;
  /** Today, `YYYY-MM-DD`; the system date when absent. */
  readonly today?: string;
  /** The environment (`DATABASE_URL`, `GK_AUDIT_KEY`); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** An error the user caused (a missing file, bad input): printed without a stack trace, exit code 2. */
export class CliError extends Error {
  /**
   * @param message - the message, already in the user's language
   * @param exitCode - the process's exit code
   */
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** What a command needs from its surroundings. */
export interface Context {
  readonly io: CliIO;
  readonly t: CliMessages;
  readonly locale: 'zh-CN' | 'en';
}

/**
 * A line's text behind its severity label: `错误：…` / `error: …`.
 * @param ctx - the context
 * @param severity - `error` or `warning`
 * @param text - the text
 * @returns the labelled text
 */
export function labelled(ctx: Context, severity: 'error' | 'warning', text: string): string {
  return `${severity === 'error' ? ctx.t.error : ctx.t.warning}${ctx.t.colon}${text}`;
}

function reason(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** The largest file the CLI reads unless a format sets its own limit (an .xlsx: `XLSX_LIMITS`). */
export const MAX_INPUT_BYTES: number = 64 * 1024 * 1024;

/**
 * Reads a file's bytes, turning every failure into a {@link CliError} naming the file. A file over
 * `maxBytes` is refused before it is read.
 * @param ctx - the context
 * @param file - the path as the user wrote it
 * @param maxBytes - the largest file accepted, {@link MAX_INPUT_BYTES} by default
 * @returns the bytes
 */
export function readBytes(ctx: Context, file: string, maxBytes: number = MAX_INPUT_BYTES): Uint8Array {
  const path = resolve(ctx.io.cwd, file);
  if (!existsSync(path)) throw new CliError(ctx.t.fileMissing(file));
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(ctx.t.fileIsDirectory(file));
    if (stat.size > maxBytes) throw new CliError(ctx.t.fileTooLarge(file, maxBytes));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(ctx.t.fileUnreadable(file, reason(error)));
  }
}

/**
 * Reads a UTF-8 text file (a leading BOM dropped).
 * @param ctx - the context
 * @param file - the path
 * @returns the text
 */
export function readText(ctx: Context, file: string): string {
  const text = new TextDecoder('utf-8').decode(readBytes(ctx, file));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The 1-based line and column of a UTF-16 offset.
 * @param starts - the offsets where lines start, from {@link lineStarts}
 * @param offset - the offset
 * @returns line and column
 */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * The offsets at which the text's lines start.
 * @param text - the text
 * @returns the offsets, the first being 0
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Reads and parses a JSON file; a syntax error is reported at its line and column.
 * @param ctx - the context
 * @param file - the path
 * @returns the parsed value
 */
export function readJson(ctx: Context, file: string): unknown {
  const text = readText(ctx, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : text.length;
    const { line, column } = lineColumn(lineStarts(text), at);
    throw new CliError(ctx.t.jsonInvalid(file, line, column, message));
  }
}

/**
 * Writes a file, refusing to replace an existing one unless `force` is set.
 * @param ctx - the context
 * @param file - the path
 * @param data - the content
 * @param force - overwrite an existing file
 */
export function writeOutput(ctx: Context, file: string, data: string | Uint8Array, force: boolean): void {
  const path = resolve(ctx.io.cwd, file);
  if (existsSync(path) && !force) throw new CliError(ctx.t.fileExists(file));
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(ctx.t.fileUnwritable(file, reason(error)));
  }
}

/** A progress bar on standard error, drawn only on a terminal and only for inputs worth waiting for. */
export interface Progress {
  /** Reports how much of the total is done. */
  update(done: number): void;
  /** Clears the bar. */
  finish(): void;
}

/**
 * Creates a progress bar for `total` units of work; silent when standard error is not a terminal
 * or the work is below `threshold`.
 * @param ctx - the context
 * @param total - the work's size
 * @param threshold - the smallest size worth a bar
 * @returns the bar
 */
export function progress(ctx: Context, total: number, threshold: number): Progress {
  const stream = ctx.io.stderr;
  if (stream.isTTY !== true || total < threshold) return { update: () => undefined, finish: () => undefined };
  let drawn = -1;
  return {
    update(done) {
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === drawn) return;
      drawn = percent;
      const filled = Math.round(percent / 4);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${String(percent).padStart(3)}%`);
    },
    finish() {
      stream.write(`\r${' '.repeat(32)}\r`);
    },
  };
}

/**
 * The extension of a file name, lower case, without the dot.
 * @param file - the name
 * @returns the extension, or `''`
 */
export function extensionOf(file: string): string {
  const match = /\.([^./\\]+)$/.exec(file);
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * Parses a whole number given on the command line.
 * @param ctx - the context
 * @param name - the argument's name, for the message
 * @param value - the text
 * @returns the number
 */
export function integer(ctx: Context, name: string, value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new CliError(ctx.t.notInteger(name, value));
  return Number(value);
}
