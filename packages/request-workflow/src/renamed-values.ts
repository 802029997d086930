// Data values renamed to camelCase (GLOSSARY.md): the old spellings, and the upcaster that reads
// events and applications stored before the rename. Stored events are never rewritten (the audit
// chain hashes them as they were written); they are upcast each time they are read.
import type { IssuePath } from '@gk/core';
import { createIssue } from '@gk/core';
import type { RequestIssue } from './request-issues.js';

/** Each renamed field's old spellings, mapped to the value it is now. */
export const RENAMED_VALUES: {
  readonly channel: Readonly<Record<string, string>>;
  readonly deliveryPreference: Readonly<Record<string, string>>;
  readonly party: Readonly<Record<string, string>>;
  readonly feeMethod: Readonly<Record<string, string>>;
  readonly deliveryMethod: Readonly<Record<string, string>>;
} = {
  channel: { 'in-person': 'inPerson', 'post-signed': 'postSigned', 'ordinary-mail': 'ordinaryMail' },
  deliveryPreference: { 'in-person': 'inPerson' },
  party: { 'third-party': 'thirdParty' },
  feeMethod: { 'per-item': 'perItem', 'per-page': 'perPage' },
  deliveryMethod: { 'in-person': 'inPerson' },
};

/** A value read in its old spelling: where it was, what it was, what it is now. */
export interface RenamedValue {
  /** Relative to the event or application that holds it, e.g. `['request', 'deliveryPreferences', 0]`. */
  readonly path: IssuePath;
  readonly from: string;
  readonly to: string;
}

/** An event or application with its old spellings replaced, and the list of what was replaced. */
export interface Upcast<T> {
  readonly value: T;
  readonly renamed: readonly RenamedValue[];
}

/**
 * A value read in its old spelling, as a warning at its place (`event.renamedValue`).
 * @param renamed - what was renamed
 * @param at - where the event or application sits
 * @returns the warning
 */
export function renamedWarning(renamed: RenamedValue, at: IssuePath): RequestIssue {
  const field = [...renamed.path].reverse().find((part): part is string => typeof part === 'string') ?? 'event';
  return createIssue(
    'event.renamedValue',
    { field, received: renamed.from, use: renamed.to },
    [...at, ...renamed.path],
    'warning',
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value an old spelling now has, or `undefined` when it is not an old spelling. */
const renamedTo = (map: Readonly<Record<string, string>>, value: unknown): string | undefined =>
  typeof value === 'string' && Object.hasOwn(map, value) ? map[value] : undefined;

/** Which field of which event type holds a renamed value. */
const EVENT_FIELDS: Readonly<
  Record<string, { readonly field: string; readonly map: Readonly<Record<string, string>> }>
> = {
  received: { field: 'channel', map: RENAMED_VALUES.channel },
  consultationStarted: { field: 'party', map: RENAMED_VALUES.party },
  consultationEnded: { field: 'party', map: RENAMED_VALUES.party },
  feeNoticeIssued: { field: 'method', map: RENAMED_VALUES.feeMethod },
  delivered: { field: 'method', map: RENAMED_VALUES.deliveryMethod },
};

/** The request's delivery preferences in their new spelling (`request` of an application or a received event). */
function upcastRequest(request: unknown, renamed: RenamedValue[]): unknown {
  if (!isRecord(request) || !Array.isArray(request.deliveryPreferences)) return request;
  const map = RENAMED_VALUES.deliveryPreference;
  if (!request.deliveryPreferences.some((value) => renamedTo(map, value) !== undefined)) return request;
  const deliveryPreferences = request.deliveryPreferences.map((value: unknown, index) => {
    const to = renamedTo(map, value);
    if (to === undefined) return value;
    renamed.push({ path: ['request', 'deliveryPreferences', index], from: value as string, to });
    return to;
  });
  return { ...request, deliveryPreferences };
}

/**
 * Reads an application written before the rename: `deliveryPreferences` `'in-person'` becomes
 * `'inPerson'`. Anything else, and anything that is not an application, is returned as it is.
 * @param application - the application as stored
 * @returns the application in today's spellings, and what was renamed
 */
export function upcastApplication<T>(application: T): Upcast<T> {
  if (!isRecord(application)) return { value: application, renamed: [] };
  const renamed: RenamedValue[] = [];
  const request = upcastRequest(application.request, renamed);
  if (renamed.length === 0) return { value: application, renamed };
  return { value: { ...application, request }, renamed };
}

/**
 * Reads a case event written before the rename (`'in-person'`, `'post-signed'`, `'ordinary-mail'`,
 * `'third-party'`, `'per-item'`, `'per-page'`) in today's spellings. It never changes its input and
 * never throws: an event that is not one, or has nothing renamed, is returned as it is.
 * @param event - the event as stored
 * @returns the event in today's spellings, and what was renamed
 * @example
 * ```ts
 * upcastCaseEvent({ type: 'feeNoticeIssued', on: '2025-03-03', actor, amount: 100, method: 'per-item' }).value.method; // 'perItem'
 * ```
 */
export function upcastCaseEvent<T>(event: T): Upcast<T> {
  if (!isRecord(event) || typeof event.type !== 'string') return { value: event, renamed: [] };
  const renamed: RenamedValue[] = [];
  let value: Record<string, unknown> = event;
  const spec = Object.hasOwn(EVENT_FIELDS, event.type) ? EVENT_FIELDS[event.type] : undefined;
  if (spec !== undefined) {
    const given = event[spec.field];
    const to = renamedTo(spec.map, given);
    if (to !== undefined) {
      renamed.push({ path: [spec.field], from: given as string, to });
      value = { ...value, [spec.field]: to };
    }
  }
  if (event.type === 'received') {
    const request = upcastRequest(event.request, renamed);
    if (request !== event.request) value = { ...value, request };
  }
  return { value: value as T, renamed };
}

/**
 * Every event of a history in today's spellings (see {@link upcastCaseEvent}).
 * @param events - the events as stored
 * @returns the events, each upcast
 */
export function upcastCaseEvents<T>(events: readonly T[]): T[] {
  return events.map((event) => upcastCaseEvent(event).value);
}
