// One reader for every form the portal takes: invisible characters stripped, sizes bounded, and a
// message instead of a silent cut when something is too long or repeated too often.
import { hasControlCharacter, stripInvisible } from '@gk/core';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '@gk/request-workflow';
import type { Context } from 'hono';

/** A form as read: one value per field (the first) and every value of each field, trimmed. */
export interface Form {
  /** The first value of a field, trimmed; `''` when absent. */
  text(name: string): string;
  /** Every non-blank value of a field, trimmed. */
  list(name: string): string[];
  /** The first value of a field exactly as sent (a password); `''` when absent. */
  raw(name: string): string;
  /** The first value of every field. */
  readonly fields: Readonly<Record<string, string>>;
}

/** Options of {@link readForm}. */
export interface ReadFormOptions {
  /** The longest value, in characters; 4000 unless a field is named in `longer`. */
  readonly maxLength?: number;
  /** Fields allowed to be longer, with their limits (the review page's text). */
  readonly longer?: Readonly<Record<string, number>>;
  /** The names people know the fields by, for the message. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The most distinct fields a form may have. */
const MAX_FIELDS = 100;

/**
 * Reads a posted form (URL-encoded or multipart; files are left out) with every value stripped of
 * zero-width and bidirectional control characters and trimmed. A value with a control character (a
 * NUL byte) is refused.
 * @returns the form, or a message naming the field that is too long or repeated too often
 */
export async function readForm(c: Context, options: ReadFormOptions = {}): Promise<Form | string> {
  const body = await c.req.parseBody({ all: true });
  const keys = Object.keys(body);
  if (keys.length > MAX_FIELDS) return `表单的栏目过多（${String(keys.length)} 个），未处理`;
  const lists = new Map<string, string[]>();
  const raws = new Map<string, string>();
  const label = (name: string): string => options.labels?.[name] ?? name;
  for (const key of keys) {
    const value = body[key];
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (values.length > MAX_LIST_ITEMS) return `“${label(key)}”最多 ${String(MAX_LIST_ITEMS)} 项，请精简后再提交`;
    const limit = options.longer?.[key] ?? options.maxLength ?? MAX_TEXT_LENGTH;
    const cleaned = values.map((v) => stripInvisible(v).trim());
    if (cleaned.some((v) => hasControlCharacter(v, true)))
      return `“${label(key)}”含有不可见的控制字符，请删除后重新提交`;
    if (cleaned.some((v) => v.length > limit)) return `“${label(key)}”最多 ${String(limit)} 个字，请精简后再提交`;
    lists.set(key, cleaned);
    raws.set(key, values[0] ?? '');
  }
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, values] of lists) fields[key] = values[0] ?? '';
  return {
    text: (name) => lists.get(name)?.[0] ?? '',
    list: (name) => (lists.get(name) ?? []).filter((v) => v !== ''),
    raw: (name) => raws.get(name) ?? '',
    fields,
  };
}

/**
 * A query-string value as a person typed it: zero-width, bidirectional and control characters left
 * out, full-width letters and digits folded (NFKC), trimmed, at most `max` characters.
 * @param value - the raw value
 * @param max - the longest value kept
 * @returns the cleaned value, `''` when absent
 */
export function queryText(value: string | undefined, max: number): string {
  return stripInvisible(value ?? '')
    .replace(/\p{Cc}/gu, '')
    .normalize('NFKC')
    .trim()
    .slice(0, max);
}

/**
 * Whether a path segment can be a stored record's id: 1 to 200 characters, no control characters.
 * @param value - the segment
 */
export const isRecordId = (value: string | undefined): value is string =>
  value !== undefined && value.length > 0 && value.length <= 200 && !hasControlCharacter(value);
