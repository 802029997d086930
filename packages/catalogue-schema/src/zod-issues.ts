// zod's issues about a catalogue document, as the catalogue's own issues with their fields.
import type { IssuePath } from '@gk/core';
import { checkUscc, createIssue, safeParseDivisionCode, safeParseLocalDate } from '@gk/core';
import type * as z from 'zod';
import type { CatalogueIssue } from './catalogue-issues.js';
import { ELEMENTS_REQUIRED_BY_54 } from './document.js';

/** The elements 国办发〔2019〕54号 requires of every item. */
const REQUIRED_BY_54 = new Set<string>(ELEMENTS_REQUIRED_BY_54);

function fieldOf(path: IssuePath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return 'document';
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/**
 * A zod issue as catalogue issues: a missing element 国办发〔2019〕54号 requires, a wrong type, a
 * value over its limit.
 * @param issue - zod's issue
 * @param input - the document checked, to tell a missing value from a wrong one
 */
export function mapZodIssue(issue: z.core.$ZodIssue, input: unknown): CatalogueIssue[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = fieldOf(path);
  const required = (): CatalogueIssue =>
    createIssue('catalogue.required', { field, required54: path[0] === 'items' && REQUIRED_BY_54.has(field) }, path);
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        value === undefined ? required() : createIssue('catalogue.type', { field, expected: issue.expected }, path),
      ];
    case 'too_small':
      return [required()];
    case 'invalid_format': {
      const text = typeof value === 'string' ? value : String(value);
      if ('pattern' in issue && issue.pattern === '/\\S/') return [required()];
      if (field === 'divisionCode') {
        const parsed = safeParseDivisionCode(text, path);
        if (!parsed.success) return [...parsed.issues];
      }
      if (field === 'effectiveOn') {
        const parsed = safeParseLocalDate(text, path);
        if (!parsed.success) return [...parsed.issues];
      }
      if (field === 'uscc') {
        const found = checkUscc(text, path);
        if (found.length > 0) return [...found];
      }
      return [createIssue('catalogue.format', { field, input: text }, path)];
    }
    case 'invalid_value':
      return [
        createIssue(
          'catalogue.enum',
          {
            field,
            allowed: issue.values.map((v) => String(v)),
            received: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'),
          },
          path,
        ),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => createIssue('catalogue.unknownField', { field: key }, [...path, key]));
    case 'invalid_union':
      return [value === undefined ? required() : createIssue('catalogue.type', { field, expected: 'channel' }, path)];
    default:
      return [createIssue('catalogue.type', { field, expected: issue.code }, path)];
  }
}
