// The text of a Word (.docx) or Excel (.xlsx) file, piece by piece with where each piece is, for the
// pre-publication review: a scan of a file must read what the file says, never answer "nothing found"
// for text it could not read. The ZIP container is read under the same limits as a catalogue.
import type { Locale } from '@gk/core';
import type { XlsxLimitIssue, XlsxLimits } from './xlsx-limits.js';
import { XLSX_LIMITS } from './xlsx-limits.js';
import { locatedIssue, zipIssue } from './format-issue.js';
import { decodeEntities, sheetParts } from './xml.js';
import type { ZipEntry } from './zip.js';
import { readZipEntry, ZipLimitError, zipEntries } from './zip.js';

/** A piece of a document's text and where it is: `第3段`, `页眉1 第1段`, `目录!B12`. */
export interface TextSegment {
  readonly location: string;
  readonly text: string;
}

/** The result of {@link officeText}: the segments, or why the file cannot be read. */
export type OfficeTextResult =
  | { readonly ok: true; readonly segments: readonly TextSegment[] }
  | { readonly ok: false; readonly issues: readonly XlsxLimitIssue[] };

/** A Word part's paragraphs, as text: runs joined, tabs and line breaks kept. */
export function paragraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const piece of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      if (piece[2] === 'tab') text += '\t';
      else if (piece[2] !== undefined) text += '\n';
      else text += decodeEntities(piece[1] ?? '');
    }
    out.push(text);
  }
  return out;
}

/** The text of every `<t>` in a piece of SpreadsheetML (a shared string, an inline string). */
const textsOf = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeEntities(m[1] ?? '')).join('');

function docxSegments(read: (name: string) => string, names: readonly string[]): TextSegment[] {
  const parts: [string, string][] = [['word/document.xml', '']];
  for (const name of names) {
    const header = /^word\/(header|footer)(\d*)\.xml$/.exec(name);
    if (header !== null) parts.push([name, `${header[1] === 'header' ? '页眉' : '页脚'}${header[2] ?? ''} `]);
  }
  parts.push(['word/footnotes.xml', '脚注 '], ['word/endnotes.xml', '尾注 '], ['word/comments.xml', '批注 ']);
  const segments: TextSegment[] = [];
  for (const [name, label] of parts) {
    if (!names.includes(name)) continue;
    paragraphs(read(name)).forEach((text, index) => {
      if (text.trim() !== '') segments.push({ location: `${label}第${String(index + 1)}段`, text });
    });
  }
  return segments;
}

function xlsxSegments(read: (name: string) => string, names: readonly string[]): TextSegment[] {
  const shared = names.includes('xl/sharedStrings.xml')
    ? [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textsOf(m[1] ?? ''))
    : [];
  const segments: TextSegment[] = [];
  for (const { name: sheet, part } of sheetParts(read)) {
    if (!names.includes(part)) continue;
    for (const c of read(part).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([^"]+)"/.exec(c[1] ?? '')?.[1] ?? '';
      const type = /\bt="([^"]+)"/.exec(c[1] ?? '')?.[1];
      const inner = c[2] ?? '';
      const value = decodeEntities(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
      const text = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textsOf(inner) : value;
      if (text.trim() !== '') segments.push({ location: `${sheet}!${ref}`, text });
    }
  }
  return segments;
}

/** The result of reading a container: the value read, or why it cannot be read. */
export type ContainerResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly XlsxLimitIssue[] };

/**
 * Opens a .docx or .xlsx under the limits and hands its parts to `body`: a file too large, a zip
 * bomb, a container without its main part gives issues, never an exception or an empty result.
 * @param bytes - the file
 * @param kind - `docx` or `xlsx`
 * @param locale - the messages' language
 * @param limits - the limits
 * @param body - reads what it needs from the parts (`read(name)` is `''` for a part not there)
 */
export function withContainer<T>(
  bytes: Uint8Array,
  kind: 'docx' | 'xlsx',
  locale: Locale,
  limits: XlsxLimits,
  body: (read: (name: string) => string, names: readonly string[]) => T,
): ContainerResult<T> {
  if (bytes.length > limits.maxFileBytes)
    return { ok: false, issues: [locatedIssue('text.fileTooLarge', {}, '', locale)] };
  try {
    const entries = zipEntries(bytes, limits.maxEntries);
    if (entries.reduce((sum, e) => sum + e.size, 0) > limits.maxUncompressedBytes)
      return { ok: false, issues: [locatedIssue('text.inflatesTooLarge', {}, '', locale)] };
    const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
    const read = (name: string): string => {
      const entry = byName.get(name);
      return entry === undefined
        ? ''
        : new TextDecoder().decode(readZipEntry(bytes, entry, limits.maxUncompressedBytes));
    };
    const main = kind === 'docx' ? 'word/document.xml' : 'xl/workbook.xml';
    if (!byName.has(main)) {
      return { ok: false, issues: [locatedIssue('text.noMainPart', { kind, part: main }, '', locale)] };
    }
    return { ok: true, value: body(read, [...byName.keys()]) };
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, issues: [zipIssue(error.problem, kind, locale)] };
    throw error;
  }
}

/**
 * The text of a .docx (body, headers, footers, footnotes, endnotes, comments; one segment per
 * paragraph) or an .xlsx (one segment per cell, shared and inline strings and numbers), for scanning.
 * The file is read under {@link XLSX_LIMITS}; a file that cannot be read gives issues, never an empty
 * result.
 * @param bytes - the file
 * @param kind - `docx` or `xlsx`
 * @param locale - the messages' language
 */
export function officeText(
  bytes: Uint8Array,
  kind: 'docx' | 'xlsx',
  locale: Locale = 'zh-CN',
  limits: XlsxLimits = XLSX_LIMITS,
): OfficeTextResult {
  const result = withContainer(bytes, kind, locale, limits, (read, names) =>
    kind === 'docx' ? docxSegments(read, names) : xlsxSegments(read, names),
  );
  return result.ok ? { ok: true, segments: result.value } : result;
}
