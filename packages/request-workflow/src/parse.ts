import type { IssuePath, SafeParseResult } from '@gk/core';
import { createIssue, epochDayOf, hasVisibleText } from '@gk/core';
import * as z from 'zod';
import { RequestWorkflowError } from './error.js';
import { MAX_CASE_EVENTS, MAX_LIST_ITEMS, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
import type { Application, CaseEvent } from './events.js';
import {
  ACTOR_ROLES,
  CONSULTATION_PARTIES,
  CONSULTATION_REPLIES,
  DELIVERY_METHODS,
  DELIVERY_PREFERENCES,
  FEE_METHODS,
  INFORMATION_FORMS,
  ORGANIZATION_CATEGORIES,
  RECEIPT_CHANNELS,
} from './events.js';
import { OUTCOME_CODES } from './outcomes.js';
import type { RequestIssue } from './request-issues.js';

const date = z.string().refine((value) => !Number.isNaN(epochDayOf(value)), { message: 'date' });
/** Free text, at most {@link MAX_TEXT_LENGTH} characters. */
const long = z.string().max(MAX_TEXT_LENGTH);
/** Short text, at most {@link MAX_SHORT_TEXT_LENGTH} characters. */
const short = z.string().max(MAX_SHORT_TEXT_LENGTH);
/** A text someone can read: not blank, not only zero-width or bidirectional control characters. */
const visible = { message: 'blank' } as const;
const text = long.refine(hasVisibleText, visible);
const name = short.refine(hasVisibleText, visible);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS);
const actor = z.object({
  id: name,
  role: z.enum(ACTOR_ROLES).optional(),
  name: short.optional(),
});
/** An ISO 8601 instant with an offset (2025-01-05T09:30:00+08:00), as `at` must be. */
const instant = z
  .string()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
    { message: 'instant' },
  );
/** The most workdays a clarification period or an extension can be written with: a year of workdays. */
export const MAX_EVENT_WORKDAYS = 250;
/** The largest fee amount an event takes, in yuan. */
export const MAX_FEE_AMOUNT = 1_000_000_000;
const base = { on: date, at: instant.optional(), actor };
const citation = z.object({
  law: short,
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
});

const applicant = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('naturalPerson'),
    name,
    residentId: short.optional(),
    idDocument: z.object({ type: name, number: name }).optional(),
    phone: short.optional(),
    email: short.optional(),
    address: short.optional(),
  }),
  z.object({
    kind: z.literal('organization'),
    category: z.enum(ORGANIZATION_CATEGORIES),
    name,
    uscc: short.optional(),
    idDocument: z.object({ type: name, number: name }).optional(),
    contactName: short.optional(),
    phone: short.optional(),
    email: short.optional(),
    address: short.optional(),
  }),
]);

/** What 第二十九条 asks of an application: the applicant and the request — in a received event and alone. */
const applicationShape = {
  applicant,
  request: z.object({
    description: text,
    documentNumbers: list(short).optional(),
    forms: z.array(z.enum(INFORMATION_FORMS)).max(INFORMATION_FORMS.length).optional(),
    deliveryPreferences: z.array(z.enum(DELIVERY_PREFERENCES)).max(DELIVERY_PREFERENCES.length).optional(),
  }),
};

const eventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('received'),
    ...base,
    channel: z.enum(RECEIPT_CHANNELS),
    confirmedOn: date.optional(),
    ...applicationShape,
  }),
  z.object({
    type: z.literal('clarificationRequested'),
    ...base,
    items: list(text),
    periodWorkdays: z.number().int().positive().max(MAX_EVENT_WORKDAYS),
  }),
  z.object({ type: z.literal('clarificationReceived'), ...base }),
  z.object({ type: z.literal('clarificationLapsed'), ...base }),
  z.object({
    type: z.literal('consultationStarted'),
    ...base,
    party: z.enum(CONSULTATION_PARTIES),
    partyName: short.optional(),
    receivedOn: date.optional(),
  }),
  z.object({
    type: z.literal('consultationEnded'),
    ...base,
    party: z.enum(CONSULTATION_PARTIES).optional(),
    reply: z.enum(CONSULTATION_REPLIES),
  }),
  z.object({
    type: z.literal('extensionApproved'),
    ...base,
    workdays: z.number().int().positive().max(MAX_EVENT_WORKDAYS),
    approver: actor,
  }),
  z.object({ type: z.literal('reasonRequested'), ...base }),
  z.object({ type: z.literal('deferralSet'), ...base, until: date, reason: long }),
  z.object({
    type: z.literal('feeNoticeIssued'),
    ...base,
    amount: z.number().nonnegative().max(MAX_FEE_AMOUNT),
    method: z.enum(FEE_METHODS),
    receivedOn: date.optional(),
  }),
  z.object({ type: z.literal('feePaid'), ...base }),
  z.object({ type: z.literal('feeLapsed'), ...base }),
  z.object({
    type: z.literal('decided'),
    ...base,
    outcome: z.enum(OUTCOME_CODES),
    citations: list(citation).optional(),
    disclosedParts: list(long).optional(),
    withheldParts: list(long).optional(),
    reason: long.optional(),
    howToObtain: long.optional(),
    obtainTime: short.optional(),
    responsibleAgency: z.object({ name, contact: name }).optional(),
  }),
  z.object({ type: z.literal('delivered'), ...base, method: z.enum(DELIVERY_METHODS) }),
  z.object({ type: z.literal('archived'), ...base }),
  z.object({ type: z.literal('withdrawn'), ...base, reason: long.optional() }),
]);

/**
 * Checks a list of case events against their shapes (for data arriving from outside: an API, a file).
 * `evaluateCase` tolerates malformed events; this says exactly which field is wrong.
 * @param input - the events, e.g. `JSON.parse` of a request body
 * @returns the events, or an issue per malformed field (`event.field`, `event.type`, `event.notObject`)
 */
export function safeParseCaseEvents(input: unknown): SafeParseResult<CaseEvent[], RequestIssue> {
  if (Array.isArray(input) && input.length > MAX_CASE_EVENTS)
    return { success: false, issues: [createIssue('events.tooMany', { limit: MAX_CASE_EVENTS }, ['events'])] };
  const result = z.array(eventSchema).safeParse(input);
  if (result.success) return { success: true, data: result.data as CaseEvent[] };
  return { success: false, issues: result.error.issues.map((issue) => eventIssue(issue)) };
}

/**
 * A zod issue as the request engine reports it: `event.type`, `event.notObject`, `event.tooLong`, …
 * @param issue - zod's issue
 * @param inEvents - whether the path starts at a list of events (else at an application)
 */
function eventIssue(issue: z.core.$ZodIssue, inEvents = true): RequestIssue {
  const path: IssuePath = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (inEvents && issue.code === 'invalid_union' && path.length === 1)
    return createIssue('event.type', { received: 'unknown' }, ['events', ...path, 'type']);
  if (inEvents && issue.code === 'invalid_type' && issue.expected === 'object' && path.length === 1)
    return createIssue('event.notObject', {}, ['events', ...path]);
  const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? 'event';
  const where = path.length > 0 && typeof path[0] === 'number' ? ['events', ...path] : path;
  if (issue.code === 'too_big' && issue.origin === 'string')
    return createIssue('event.tooLong', { field, limit: Number(issue.maximum) }, where);
  if (issue.code === 'too_big' && issue.origin === 'array')
    return createIssue('event.tooManyItems', { field, limit: Number(issue.maximum) }, where);
  return createIssue('event.field', { field }, where);
}

/**
 * Checks an application's structure — the applicant and the request as a `received` event holds them —
 * with the same rules and limits as {@link safeParseCaseEvents}; paths start at `applicant` or `request`.
 * @param input - the application
 * @returns the application, or an issue per malformed field
 */
export function safeParseApplication(input: unknown): SafeParseResult<Application, RequestIssue> {
  const result = z.object(applicationShape).safeParse(input);
  if (result.success) return { success: true, data: result.data as Application };
  return { success: false, issues: result.error.issues.map((issue) => eventIssue(issue)) };
}

/**
 * Checks a list of case events; see {@link safeParseCaseEvents}.
 * @param input - the events
 * @returns the events
 * @throws {@link RequestWorkflowError} listing every malformed field
 */
export function parseCaseEvents(input: unknown): CaseEvent[] {
  const result = safeParseCaseEvents(input);
  if (!result.success) throw new RequestWorkflowError(result.issues);
  return result.data;
}
