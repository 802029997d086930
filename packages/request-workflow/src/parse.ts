import type { IssuePath, SafeParseResult } from '@gk/core';
import { createIssue, epochDayOf } from '@gk/core';
import * as z from 'zod';
import { RequestWorkflowError } from './error.js';
import { MAX_CASE_EVENTS } from './limits.js';
import type { CaseEvent } from './events.js';
import { ORGANIZATION_CATEGORIES } from './events.js';
import { OUTCOME_CODES } from './outcomes.js';
import type { RequestIssue } from './request-issues.js';

const date = z.string().refine((value) => !Number.isNaN(epochDayOf(value)), { message: 'date' });
const text = z.string().regex(/\S/);
const actor = z.object({
  id: text,
  role: z.enum(['registrar', 'handler', 'head', 'applicant', 'system']).optional(),
  name: z.string().optional(),
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
  law: z.string(),
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
});

const applicant = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('naturalPerson'),
    name: text,
    residentId: z.string().optional(),
    idDocument: z.object({ type: text, number: text }).optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
  z.object({
    kind: z.literal('organization'),
    category: z.enum(ORGANIZATION_CATEGORIES),
    name: text,
    uscc: z.string().optional(),
    idDocument: z.object({ type: text, number: text }).optional(),
    contactName: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
]);

const eventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('received'),
    ...base,
    channel: z.enum(['in-person', 'post-signed', 'ordinary-mail', 'online', 'fax']),
    confirmedOn: date.optional(),
    applicant,
    request: z.object({
      description: text,
      documentNumbers: z.array(z.string()).optional(),
      forms: z.array(z.enum(['paper', 'electronic', 'inspection', 'copy'])).optional(),
      deliveryPreferences: z.array(z.enum(['in-person', 'post', 'email', 'online', 'fax'])).optional(),
    }),
  }),
  z.object({
    type: z.literal('clarificationRequested'),
    ...base,
    items: z.array(text).max(50),
    periodWorkdays: z.number().int().positive().max(MAX_EVENT_WORKDAYS),
  }),
  z.object({ type: z.literal('clarificationReceived'), ...base }),
  z.object({ type: z.literal('clarificationLapsed'), ...base }),
  z.object({
    type: z.literal('consultationStarted'),
    ...base,
    party: z.enum(['third-party', 'agency']),
    partyName: z.string().optional(),
    receivedOn: date.optional(),
  }),
  z.object({
    type: z.literal('consultationEnded'),
    ...base,
    party: z.enum(['third-party', 'agency']).optional(),
    reply: z.enum(['consent', 'objection', 'none']),
  }),
  z.object({
    type: z.literal('extensionApproved'),
    ...base,
    workdays: z.number().int().positive().max(MAX_EVENT_WORKDAYS),
    approver: actor,
  }),
  z.object({ type: z.literal('reasonRequested'), ...base }),
  z.object({ type: z.literal('deferralSet'), ...base, until: date, reason: z.string() }),
  z.object({
    type: z.literal('feeNoticeIssued'),
    ...base,
    amount: z.number().nonnegative().max(MAX_FEE_AMOUNT),
    method: z.enum(['per-item', 'per-page']),
    receivedOn: date.optional(),
  }),
  z.object({ type: z.literal('feePaid'), ...base }),
  z.object({ type: z.literal('feeLapsed'), ...base }),
  z.object({
    type: z.literal('decided'),
    ...base,
    outcome: z.enum(OUTCOME_CODES),
    citations: z.array(citation).optional(),
    disclosedParts: z.array(z.string()).optional(),
    withheldParts: z.array(z.string()).optional(),
    reason: z.string().optional(),
    howToObtain: z.string().optional(),
    obtainTime: z.string().optional(),
    responsibleAgency: z.object({ name: text, contact: text }).optional(),
  }),
  z.object({ type: z.literal('delivered'), ...base, method: z.enum(['in-person', 'post', 'electronic']) }),
  z.object({ type: z.literal('archived'), ...base }),
  z.object({ type: z.literal('withdrawn'), ...base, reason: z.string().optional() }),
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
  const issues = result.error.issues.map((issue): RequestIssue => {
    const path: IssuePath = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'invalid_union' && path.length === 1)
      return createIssue('event.type', { received: 'unknown' }, ['events', ...path, 'type']);
    if (issue.code === 'invalid_type' && issue.expected === 'object' && path.length === 1)
      return createIssue('event.notObject', {}, ['events', ...path]);
    const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? 'event';
    return createIssue(
      'event.field',
      { field },
      path.length > 0 && typeof path[0] === 'number' ? ['events', ...path] : path,
    );
  });
  return { success: false, issues };
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
