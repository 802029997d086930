import type { IssuePath, SafeParseResult, SameShape } from '@gk/core';
import type { LawId } from '@gk/core';
import { createIssue, epochDayOf, fieldIssueOf, hasVisibleText, isInstant, isLawId } from '@gk/core';
import * as z from 'zod';
import { RequestWorkflowError } from './error.js';
import {
  MAX_CASE_EVENTS,
  MAX_LIST_ITEMS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_EVENT_WORKDAYS,
  MAX_FEE_AMOUNT,
} from './limits.js';
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
import { NOTICE_KINDS } from './notices/kinds.js';
import { OUTCOME_CODES } from './outcomes.js';
import type { RequestIssue } from './request-issues.js';
import { renamedWarning, upcastApplication, upcastCaseEvent } from './renamed-values.js';
import { formatRequestIssue } from './format-issue.js';

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
  role: z.enum(ACTOR_ROLES).exactOptional(),
  name: short.exactOptional(),
});
/** An ISO 8601 instant with an offset (2025-01-05T09:30:00+08:00), as `at` must be. */
const instant = z.string().refine(isInstant, { message: 'instant' });
const base = { on: date, at: instant.exactOptional(), actor };
/** A citation's law: one of the registry's (an unknown law cannot be formatted or looked up). */
const lawId = z.custom<LawId>((value) => typeof value === 'string' && isLawId(value), { message: 'law' });
const citation = z.object({
  law: lawId,
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().exactOptional(),
  item: z.number().int().positive().exactOptional(),
});

const applicant = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('naturalPerson'),
    name,
    residentId: short.exactOptional(),
    idDocument: z.object({ type: name, number: name }).exactOptional(),
    phone: short.exactOptional(),
    email: short.exactOptional(),
    address: short.exactOptional(),
  }),
  z.object({
    kind: z.literal('organization'),
    category: z.enum(ORGANIZATION_CATEGORIES),
    name,
    uscc: short.exactOptional(),
    idDocument: z.object({ type: name, number: name }).exactOptional(),
    contactName: short.exactOptional(),
    phone: short.exactOptional(),
    email: short.exactOptional(),
    address: short.exactOptional(),
  }),
]);

/** What 第二十九条 asks of an application: the applicant and the request — in a received event and alone. */
const applicationShape = {
  applicant,
  request: z.object({
    description: text,
    documentNumbers: list(short).exactOptional(),
    forms: z.array(z.enum(INFORMATION_FORMS)).max(INFORMATION_FORMS.length).exactOptional(),
    deliveryPreferences: z.array(z.enum(DELIVERY_PREFERENCES)).max(DELIVERY_PREFERENCES.length).exactOptional(),
  }),
};

const applicationSchema = z.object(applicationShape);

const eventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('received'),
    ...base,
    channel: z.enum(RECEIPT_CHANNELS),
    confirmedOn: date.exactOptional(),
    ...applicationShape,
  }),
  z.object({
    type: z.literal('clarificationRequested'),
    ...base,
    items: list(text),
    periodWorkdays: z.number().int().positive().max(MAX_EVENT_WORKDAYS),
  }),
  z.object({
    type: z.literal('clarificationReceived'),
    ...base,
    supplied: list(z.object({ item: text, answer: long })).exactOptional(),
  }),
  z.object({ type: z.literal('clarificationLapsed'), ...base }),
  z.object({
    type: z.literal('consultationStarted'),
    ...base,
    party: z.enum(CONSULTATION_PARTIES),
    partyName: short.exactOptional(),
    receivedOn: date.exactOptional(),
  }),
  z.object({
    type: z.literal('consultationEnded'),
    ...base,
    party: z.enum(CONSULTATION_PARTIES).exactOptional(),
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
    receivedOn: date.exactOptional(),
  }),
  z.object({ type: z.literal('feePaid'), ...base }),
  z.object({ type: z.literal('feeLapsed'), ...base }),
  z.object({
    type: z.literal('decided'),
    ...base,
    outcome: z.enum(OUTCOME_CODES),
    citations: list(citation).exactOptional(),
    disclosedParts: list(long).exactOptional(),
    withheldParts: list(long).exactOptional(),
    reason: long.exactOptional(),
    howToObtain: long.exactOptional(),
    obtainTime: short.exactOptional(),
    responsibleAgency: z.object({ name, contact: name }).exactOptional(),
  }),
  z.object({
    type: z.literal('delivered'),
    ...base,
    method: z.enum(DELIVERY_METHODS),
    notice: z.enum(NOTICE_KINDS).exactOptional(),
  }),
  z.object({ type: z.literal('answerOpened'), ...base }),
  z.object({ type: z.literal('archived'), ...base }),
  z.object({ type: z.literal('withdrawn'), ...base, reason: long.exactOptional() }),
]);

/**
 * A value with its `undefined` properties left out, at every depth an event has, as `JSON.stringify`
 * would: `{ reason: undefined }` is an event without a reason, not a malformed one.
 */
function withoutUndefined(value: unknown, depth = 0): unknown {
  if (depth > 4 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutUndefined(item, depth + 1));
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutUndefined(v, depth + 1)]));
}

/** Events in today's spellings, with a warning for each value read in its old spelling. */
function upcastInput(input: unknown): { input: unknown; warnings: RequestIssue[] } {
  if (!Array.isArray(input)) return { input, warnings: [] };
  const warnings: RequestIssue[] = [];
  const events = input.map((raw: unknown, index) => {
    const { value, renamed } = upcastCaseEvent(raw);
    for (const one of renamed) warnings.push(renamedWarning(one, ['events', index]));
    return value;
  });
  return { input: events, warnings };
}

/**
 * Checks a list of case events against their shapes (for data arriving from outside: an API, a file).
 * `evaluateCase` tolerates malformed events; this says exactly which field is wrong. Values in the
 * spelling before 0.2 (`'in-person'`, `'per-item'`, `'third-party'` …, see `RENAMED_VALUES`) are read
 * in today's spelling, each with a `warning` (`event.renamedValue`) in `warnings`; they are accepted
 * until the next minor version.
 * @param input - the events, e.g. `JSON.parse` of a request body
 * @returns the events (and any warnings), or an issue per malformed field (`event.field`, `event.type`, `event.notObject`)
 */
export function safeParseCaseEvents(input: unknown): SafeParseResult<CaseEvent[], RequestIssue> {
  if (Array.isArray(input) && input.length > MAX_CASE_EVENTS)
    return { success: false, issues: [createIssue('events.tooMany', { limit: MAX_CASE_EVENTS }, ['events'])] };
  const upcast = upcastInput(withoutUndefined(input));
  const result = z.array(eventSchema).safeParse(upcast.input);
  if (!result.success) return { success: false, issues: result.error.issues.map((issue) => eventIssue(issue)) };
  const data: CaseEvent[] = result.data;
  return upcast.warnings.length === 0 ? { success: true, data } : { success: true, data, warnings: upcast.warnings };
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
  const where = path.length > 0 && typeof path[0] === 'number' ? ['events', ...path] : path;
  return fieldIssueOf(issue, where);
}

/**
 * Checks an application's structure — the applicant and the request as a `received` event holds them —
 * with the same rules and limits as {@link safeParseCaseEvents}; paths start at `applicant` or `request`.
 * @param input - the application
 * @returns the application, or an issue per malformed field
 */
export function safeParseApplication(input: unknown): SafeParseResult<Application, RequestIssue> {
  const { value, renamed } = upcastApplication(withoutUndefined(input));
  const result = applicationSchema.safeParse(value);
  if (!result.success) return { success: false, issues: result.error.issues.map((issue) => eventIssue(issue)) };
  const warnings = renamed.map((one) => renamedWarning(one, []));
  const data: Application = result.data;
  return warnings.length === 0 ? { success: true, data } : { success: true, data, warnings };
}

/** Options of {@link parseCaseEvents}. */
export interface ParseCaseEventsOptions {
  /**
   * Called with each warning (a value in its old spelling). By default each distinct old spelling is
   * reported once per process with `console.warn`, in Chinese.
   */
  readonly onWarning?: (warning: RequestIssue) => void;
}

const warnedSpellings = new Set<string>();

/** The default for `onWarning`: each old spelling once, through the console where there is one. */
function warnOnce(warning: RequestIssue): void {
  const key = `${warning.code}:${JSON.stringify(warning.params)}`;
  if (warnedSpellings.has(key)) return;
  warnedSpellings.add(key);
  globalThis.console?.warn(`[@gk/request-workflow] ${formatRequestIssue(warning)}`);
}

/**
 * Checks a list of case events; see {@link safeParseCaseEvents}. Values in their old spelling are
 * read in today's and reported through `options.onWarning`.
 * @param input - the events
 * @param options - where warnings go
 * @returns the events
 * @throws {@link RequestWorkflowError} listing every malformed field
 */
export function parseCaseEvents(input: unknown, options: ParseCaseEventsOptions = {}): CaseEvent[] {
  const result = safeParseCaseEvents(input);
  if (!result.success) throw new RequestWorkflowError(result.issues);
  for (const warning of result.warnings ?? []) (options.onWarning ?? warnOnce)(warning);
  return result.data;
}

// The schema and the event types in events.ts describe the same events, checked both ways at compile
// time (SameShape). The types are written out because the packages' declarations are built without
// inference (isolatedDeclarations), so a type cannot be z.infer of a schema; this keeps them together.
const eventsMatchSchema: SameShape<z.output<typeof eventSchema>, CaseEvent> = true;
const applicationMatchesSchema: SameShape<z.output<typeof applicationSchema>, Application> = true;
void eventsMatchSchema;
void applicationMatchesSchema;
