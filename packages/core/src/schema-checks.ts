// Pieces the packages' schemas share: the issue for a malformed field, and a compile-time check that
// a schema and a hand-written type describe the same values.
import type { Issue, IssuePath, Locale } from './issue.js';
import { createIssue } from './issue.js';

/** The parts of a schema library's issue (zod's `$ZodIssue` has them) that a field issue needs. */
export interface SchemaIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  /** What was too big: `string`, `array` … */
  readonly origin?: string;
  readonly maximum?: number | bigint;
}

/** The params of the field issues every event schema reports. */
export interface FieldIssueParams {
  'event.field': { readonly field: string };
  'event.tooLong': { readonly field: string; readonly limit: number };
  'event.tooManyItems': { readonly field: string; readonly limit: number };
}

/** A field issue: `event.field`, `event.tooLong` or `event.tooManyItems`. */
export type FieldIssue =
  | Issue<'event.field', FieldIssueParams['event.field']>
  | Issue<'event.tooLong', FieldIssueParams['event.tooLong']>
  | Issue<'event.tooManyItems', FieldIssueParams['event.tooManyItems']>;

/**
 * A schema issue as a field issue: the field it concerns (the last name in its path), a text too long
 * or a list too long with the limit, or a field missing or invalid.
 * @param issue - the schema's issue
 * @param where - the path to report it at
 * @returns the field issue
 */
export function fieldIssueOf(issue: SchemaIssueLike, where: IssuePath): FieldIssue {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? 'event';
  if (issue.code === 'too_big' && issue.origin === 'string')
    return createIssue('event.tooLong', { field, limit: Number(issue.maximum) }, where);
  if (issue.code === 'too_big' && issue.origin === 'array')
    return createIssue('event.tooManyItems', { field, limit: Number(issue.maximum) }, where);
  return createIssue('event.field', { field }, where);
}

/** A type with every `readonly` removed, at every depth (readonly arrays become arrays). */
export type DeepWritable<T> = T extends readonly (infer U)[]
  ? DeepWritable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;
/** A type's fields, every one made required and writable, at every depth: two types with the same FieldShape have the same fields. */
export type FieldShape<T> = T extends readonly (infer U)[]
  ? FieldShape<U>[]
  : T extends object
    ? { -readonly [K in keyof T]-?: FieldShape<Exclude<T[K], undefined>> }
    : T;

/**
 * `true` when a schema's output type and a hand-written type describe the same values: what the
 * schema accepts is a `Type`, every `Type` passes the schema's types, and both have the same fields,
 * optional or not, at every depth. Assign `true` to it to fail the build when the two drift apart
 * (the packages write their types out because their declarations are built without inference).
 * @example
 * ```ts
 * const eventsMatch: SameShape<z.output<typeof eventSchema>, CaseEvent> = true;
 * ```
 */
export type SameShape<Schema, Type> = [Schema] extends [Type]
  ? [DeepWritable<Type>] extends [Schema]
    ? [FieldShape<Schema>] extends [FieldShape<Type>]
      ? [FieldShape<Type>] extends [FieldShape<Schema>]
        ? true
        : false
      : false
    : false
  : false;

/** How {@link describeRecordPath} names the records of a history and their fields. */
export interface RecordPathNames {
  /** A record of the list under `events`: `{ 'zh-CN': '办理记录', en: 'record' }`. */
  readonly record: Readonly<Record<Locale, string>>;
  /** Chinese labels of field names; English shows the names. */
  readonly labelsZh: Readonly<Record<string, string>>;
  /** Path parts that add nothing for a reader (`events`, `metadata` …). */
  readonly skip?: readonly string[];
}

/**
 * Writes where an issue sits in a history of records for a person: `第3条办理记录 申请人 公民身份号码`
 * (en: `record 3, applicant, residentId`); other numbers are `第n项` (`item n`).
 * @param path - the issue's path
 * @param locale - the locale
 * @param names - how records and fields are named
 * @returns the location
 */
export function describeRecordPath(path: IssuePath, locale: Locale, names: RecordPathNames): string {
  const zh = locale === 'zh-CN';
  const skip = new Set(['events', ...(names.skip ?? [])]);
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      const n = String(part + 1);
      if (path[i - 1] === 'events') parts.push(zh ? `第${n}条${names.record['zh-CN']}` : `${names.record.en} ${n}`);
      else parts.push(zh ? `第${n}项` : `item ${n}`);
    } else if (!skip.has(part)) {
      parts.push(zh ? (names.labelsZh[part] ?? part) : part);
    }
  });
  return parts.join(zh ? ' ' : ', ');
}
