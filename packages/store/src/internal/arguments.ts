import type { LocalDate } from '@gk/core';
import { createIssue, hasControlCharacter, isLocalDate } from '@gk/core';
import { StoreError } from '../errors.js';

/** The longest identifier (agency, case, receipt number, document id) the store takes. */
const MAX_ID_LENGTH = 200;

const refuse = (name: string, expected: string, value: unknown): never => {
  throw new StoreError([createIssue('store.argument', { name, expected, value: String(value).slice(0, 40) }, [name])]);
};

/** A `YYYY-MM-DD` civil date, or a `StoreError`. */
export function dateArgument(name: string, value: unknown): LocalDate {
  return isLocalDate(value) ? value : refuse(name, '日期（YYYY-MM-DD）', value);
}

/** A whole number within bounds, or a `StoreError`. */
export function wholeArgument(name: string, value: unknown, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : refuse(name, `${String(min)} 至 ${String(max)} 之间的整数`, value);
}

/** One of a set of values, or a `StoreError`. */
export function oneOfArgument<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : refuse(name, allowed.join('、'), value);
}

/** An identifier: a non-blank string without control characters, at most 200 characters. */
export function idArgument(name: string, value: unknown): string {
  return typeof value === 'string' &&
    value.trim() !== '' &&
    value.length <= MAX_ID_LENGTH &&
    !hasControlCharacter(value)
    ? value
    : refuse(name, `不含控制字符、不超过 ${String(MAX_ID_LENGTH)} 个字符的标识`, value);
}

/** A text of at most `max` characters without control characters other than line breaks and tabs. */
export function textArgument(name: string, value: string, max: number): string {
  return value.length <= max && !hasControlCharacter(value, true)
    ? value
    : refuse(name, `不含控制字符、不超过 ${String(max)} 个字符的文字`, value);
}

/**
 * Refuses a value whose text holds a NUL character, which PostgreSQL text and JSONB cannot store: the
 * caller gets a `StoreError` naming what was refused instead of a database error.
 * @param where - what the value is, in Chinese (办理记录, 文档, 网上申请)
 * @param value - the value about to be written
 */
export function refuseNul(where: string, value: unknown): void {
  if (JSON.stringify(value ?? null).includes('\\u0000'))
    throw new StoreError([createIssue('store.nulByte', { where }, [])]);
}
