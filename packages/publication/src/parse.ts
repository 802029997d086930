// The publication events' schema, built from the lists in events.ts and checked against the event
// types both ways at compile time (as `@gk/request-workflow`'s parse.ts does).
import { DISCLOSURE_ATTRIBUTES, DOCUMENT_KINDS, REASON_GROUNDS, REVIEW_FINDING_KINDS } from '@gk/attribute-review';
import { AUDIENCES } from '@gk/catalogue-schema';
import type { IssuePath, SafeParseResult, SameShape } from '@gk/core';
import { createIssue, epochDayOf, fieldIssueOf, hasVisibleText, isInstant } from '@gk/core';
import * as z from 'zod';
import type { PublicationEvent, PublicationMetadata } from './events.js';
import { PUBLICATION_EVENT_TYPES, PUBLICATION_ROLES, REVIEW_RESOLUTIONS } from './events.js';
import type { PublicationIssue } from './issues.js';
import { PublicationError } from './error.js';

/** The most events a publication's history is read with. */
export const MAX_PUBLICATION_EVENTS = 500;
/** The longest text a publication's body may have: about a 200-page document. */
export const MAX_BODY_LENGTH = 200_000;
/** The longest short text: a title, a name, a document number, a reason. */
export const MAX_SHORT_LENGTH = 500;
/** The most entries a list takes: catalogue items, channels, attachments, findings, interpretations. */
export const MAX_LIST_ENTRIES = 100;

const date = z.string().refine((value) => !Number.isNaN(epochDayOf(value)), { message: 'date' });
const short = z.string().max(MAX_SHORT_LENGTH);
const name = short.refine(hasVisibleText, { message: 'blank' });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ENTRIES);
const instant = z.string().refine(isInstant, { message: 'instant' });
const actor = z.object({ id: name, role: z.enum(PUBLICATION_ROLES).exactOptional(), name: short.exactOptional() });
const base = { on: date, at: instant.exactOptional(), actor };

const metadataShape = {
  title: name,
  publisher: name,
  documentNo: name.exactOptional(),
  createdOn: date,
  topic: name,
  kind: z.enum(DOCUMENT_KINDS),
  audience: z.enum(AUDIENCES),
  catalogueItemIds: list(name),
  formedOn: date,
  channels: list(name),
  body: z.string().max(MAX_BODY_LENGTH),
  attachments: list(z.object({ title: name, ref: name })).exactOptional(),
  needsInterpretation: z.boolean().exactOptional(),
  statutoryCategoryIds: list(name).exactOptional(),
};
const metadata = z.object(metadataShape);
/** An update's changes: any of the metadata's fields, each absent or given (never `undefined`). */
const changes = z.object(
  Object.fromEntries(Object.entries(metadataShape).map(([key, schema]) => [key, schema.exactOptional()])) as {
    [K in keyof typeof metadataShape]: z.ZodExactOptional<(typeof metadataShape)[K]>;
  },
);

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('drafted'), ...base, indexNo: name, metadata }),
  z.object({
    type: z.literal('attributeDetermined'),
    ...base,
    attribute: z.enum(DISCLOSURE_ATTRIBUTES),
    reasons: list(z.object({ ground: z.enum(REASON_GROUNDS), text: short.exactOptional() })).exactOptional(),
  }),
  z.object({
    type: z.literal('reviewed'),
    ...base,
    findings: list(
      z.object({
        kind: z.enum(REVIEW_FINDING_KINDS),
        excerpt: short,
        resolution: z.enum(REVIEW_RESOLUTIONS),
        reason: short.exactOptional(),
      }),
    ),
  }),
  z.object({ type: z.literal('approved'), ...base }),
  z.object({
    type: z.literal('published'),
    ...base,
    interpretationIds: list(name).exactOptional(),
    noInterpretationReason: name.exactOptional(),
  }),
  z.object({ type: z.literal('updated'), ...base, changes, note: name }),
  z.object({
    type: z.literal('validityChanged'),
    ...base,
    validity: z.enum(['expired', 'repealed']),
    effectiveOn: date,
    repealedBy: name.exactOptional(),
  }),
  z.object({ type: z.literal('withdrawn'), ...base, reason: name }),
]);

// The schema and the types describe the same events, checked both ways at compile time (SameShape).
const eventsMatchSchema: SameShape<z.output<typeof eventSchema>, PublicationEvent> = true;
const metadataMatchesSchema: SameShape<z.output<typeof metadata>, PublicationMetadata> = true;
void eventsMatchSchema;
void metadataMatchesSchema;

/**
 * Checks one event against its shape.
 * @param input - the event
 * @param path - where it sits (`['events', 3]`)
 * @returns the event, or an issue per malformed field
 */
export function safeParsePublicationEvent(
  input: unknown,
  path: IssuePath = [],
): SafeParseResult<PublicationEvent, PublicationIssue> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { success: false, issues: [createIssue('event.notObject', {}, path)] };
  const type: unknown = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !(PUBLICATION_EVENT_TYPES as readonly string[]).includes(type)) {
    const received = typeof type === 'string' ? type.slice(0, 50) : typeof type;
    return { success: false, issues: [createIssue('event.type', { received }, [...path, 'type'])] };
  }
  const result = eventSchema.safeParse(input);
  if (result.success) {
    const data: PublicationEvent = result.data;
    return { success: true, data };
  }
  return {
    success: false,
    issues: result.error.issues.map((issue) =>
      fieldIssueOf(issue, [...path, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')]),
    ),
  };
}

/**
 * Checks a publication's events against their shapes (for data arriving from outside: an API, a file).
 * @param input - the events
 * @returns the events, or an issue per malformed field, each at `events.<n>.<field>`
 */
export function safeParsePublicationEvents(input: unknown): SafeParseResult<PublicationEvent[], PublicationIssue> {
  if (!Array.isArray(input)) return { success: false, issues: [createIssue('events.notList', {}, ['events'])] };
  if (input.length > MAX_PUBLICATION_EVENTS)
    return {
      success: false,
      issues: [createIssue('events.tooMany', { limit: MAX_PUBLICATION_EVENTS }, ['events'])],
    };
  const events: PublicationEvent[] = [];
  const issues: PublicationIssue[] = [];
  input.forEach((raw: unknown, index) => {
    const parsed = safeParsePublicationEvent(raw, ['events', index]);
    if (parsed.success) events.push(parsed.data);
    else issues.push(...parsed.issues);
  });
  return issues.length === 0 ? { success: true, data: events } : { success: false, issues };
}

/**
 * Checks a publication's events; see {@link safeParsePublicationEvents}.
 * @param input - the events
 * @returns the events
 * @throws {@link PublicationError} listing every malformed field
 */
export function parsePublicationEvents(input: unknown): PublicationEvent[] {
  const result = safeParsePublicationEvents(input);
  if (!result.success) throw new PublicationError(result.issues);
  return result.data;
}

/** The JSON Schema of a publication event (draft 2020-12), for other systems and editors. */
export function publicationEventJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(eventSchema, { unrepresentable: 'any' });
}
