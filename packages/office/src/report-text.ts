// A published annual report's Word file as the text `importReportText` (@gk/annual-report) reads: a
// table cell becomes `text |` with its paragraphs kept inside it, a row's end a `||` line, every other
// paragraph its own line. The container is read under the same limits as any Office file.
import { cellLine } from '@gk/annual-report';
import type { Locale } from '@gk/core';
import type { ContainerResult } from './text.js';
import { withContainer } from './text.js';
import { decodeEntities } from './xml.js';
import type { XlsxLimits } from './xlsx-limits.js';
import { XLSX_LIMITS } from './xlsx-limits.js';

/** WordprocessingML to lines, in one pass over its tags (no backtracking, whatever the input). */
function documentLines(xml: string): string {
  const out: string[] = [];
  let cell: string[] | null = null;
  let depth = 0; // Nested tables: their cells are read as text of the outer cell.
  let inText = false;
  for (const [token] of xml.matchAll(/<[^<>]*>|<|[^<]+/g)) {
    if (!token.startsWith('<') || token === '<') {
      if (inText) (cell ?? out).push(decodeEntities(token));
      continue;
    }
    const tag = /^<(\/?)w:([a-zA-Z]+)/.exec(token);
    if (tag === null) continue;
    const [, closing, name] = tag;
    const selfClosing = token.endsWith('/>');
    if (name === 't') inText = closing === '' && !selfClosing;
    else if (name === 'tbl') depth += closing === '' ? 1 : -1;
    else if (name === 'tc' && depth === 1) {
      if (closing === '') cell = [];
      else if (cell !== null) {
        out.push(cellLine(cell.join('')));
        cell = null;
      }
    } else if (name === 'tr' && closing !== '' && depth === 1) out.push('||\n');
    else if ((name === 'p' && closing !== '') || name === 'br' || name === 'tab') (cell ?? out).push(cell ? ' ' : '\n');
  }
  return out.join('');
}

/**
 * The text of a .docx annual report, its tables laid out for `importReportText`: one line per table
 * cell ending in `|`, `||` at a row's end, one line per other paragraph.
 * @param bytes - the .docx file
 * @param locale - the language of the issues
 * @param limits - the container's limits ({@link XLSX_LIMITS} by default)
 * @returns the text, or why the file cannot be read
 * @example
 * ```ts
 * const read = reportDocxText(bytes);
 * const imported = read.ok ? importReportText(read.value) : undefined;
 * ```
 */
export function reportDocxText(
  bytes: Uint8Array,
  locale: Locale = 'zh-CN',
  limits: XlsxLimits = XLSX_LIMITS,
): ContainerResult<string> {
  return withContainer(bytes, 'docx', locale, limits, (read) => documentLines(read('word/document.xml')));
}
