// Publications (主动公开): their events with the same audit chain and concurrency rule as cases, a
// projection per publication for listings and search, and Chinese full-text search by character pairs.
import { createIssue } from '@gk/core';
import type { ComplianceSubject, PublicationEvent, PublicationState, TextSegment, Validity } from '@gk/publication';
import {
  evaluatePublication,
  filterLexeme,
  highlight,
  MAX_PUBLICATION_EVENTS,
  PublicationError,
  safeParsePublicationEvents,
  searchQueryText,
  searchVectorText,
  snippet,
  VALIDITY_STATES,
} from '@gk/publication';
import type { Db } from './db.js';
import { ConflictError, StoreError } from './errors.js';
import { idArgument, oneOfArgument, refuseNul, textArgument, wholeArgument } from './internal/arguments.js';
import { canonicalJson, GENESIS, linkHash } from './internal/canonical.js';
import { isUniqueViolation } from './internal/refs.js';
import type { PublicationChainVerification, PublicationRef } from './publication-chain.js';
import type { PublicationStatesOptions } from './publication-loads.js';
import { complianceSubjects, publicationStates } from './publication-loads.js';
import { verifyPublicationChain } from './publication-chain.js';

export type { PublicationChainVerification, PublicationRef } from './publication-chain.js';
export type { PublicationStatesOptions } from './publication-loads.js';

/** A publication's projection: the columns listings filter on, and its state. */
export interface PublicationSummary {
  readonly agencyId: string;
  readonly publicationId: string;
  readonly version: number;
  readonly state: PublicationState;
}

/** What a listing or a search narrows to. */
export interface PublicationFilter {
  readonly agencyId?: string;
  /** `published` by default; `withdrawn`, or `any` for every status. */
  readonly status?: PublicationState['status'] | 'any';
  readonly topic?: string;
  /** The year of first publication. */
  readonly year?: number;
  readonly validity?: Validity;
  readonly catalogueItemId?: string;
  /** At most this many; 50 by default, 500 at most. */
  readonly limit?: number;
  readonly offset?: number;
}

/** A search result: the publication, its rank, its title and a passage of its body, highlighted. */
export interface PublicationHit {
  readonly summary: PublicationSummary;
  readonly rank: number;
  readonly title: readonly TextSegment[];
  readonly snippet: readonly TextSegment[];
}

interface PublicationRow extends Record<string, unknown> {
  agency_id: string;
  publication_id: string;
  version: number;
  summary: PublicationState;
}

const toSummary = (row: PublicationRow): PublicationSummary => ({
  agencyId: row.agency_id,
  publicationId: row.publication_id,
  version: row.version,
  state: row.summary,
});

function checkPublicationRef(ref: PublicationRef): void {
  if (typeof ref !== 'object' || ref === null) idArgument('agencyId', undefined);
  idArgument('agencyId', ref.agencyId);
  idArgument('publicationId', ref.publicationId);
}

async function eventRows(db: Db, ref: PublicationRef): Promise<{ payload: PublicationEvent; hash: string }[]> {
  return db.query<{ payload: PublicationEvent; hash: string }>(
    `SELECT payload, hash FROM gk_publication_events WHERE agency_id = $1 AND publication_id = $2 ORDER BY version`,
    [ref.agencyId, ref.publicationId],
  );
}

/** `Store.appendPublication` over a database handle; documented there. */
export async function appendPublication(
  db: Db,
  ref: PublicationRef,
  events: readonly PublicationEvent[],
  expectedVersion: number,
): Promise<number> {
  checkPublicationRef(ref);
  wholeArgument('expectedVersion', expectedVersion, 0, MAX_PUBLICATION_EVENTS);
  if (!Array.isArray(events) || events.length === 0)
    throw new StoreError([createIssue('store.noEvents', {}, ['events'])]);
  if (expectedVersion + events.length > MAX_PUBLICATION_EVENTS)
    throw new StoreError([createIssue('store.tooManyEvents', { limit: MAX_PUBLICATION_EVENTS }, ['events'])]);
  refuseNul('发布记录', events);
  const parsed = safeParsePublicationEvents(events);
  if (!parsed.success) throw new PublicationError(parsed.issues);
  try {
    return await db.transaction(async (tx) => {
      const existing = await eventRows(tx, ref);
      if (existing.length !== expectedVersion)
        throw new ConflictError(ref.agencyId, ref.publicationId, expectedVersion, existing.length);
      let previous = existing.at(-1)?.hash ?? GENESIS;
      let version = expectedVersion;
      for (const event of parsed.data) {
        version += 1;
        const hash = linkHash(previous, ref.agencyId, ref.publicationId, version, event);
        await tx.query(
          `INSERT INTO gk_publication_events (agency_id, publication_id, version, type, occurred_on, actor_id, payload, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            ref.agencyId,
            ref.publicationId,
            version,
            event.type,
            event.on,
            event.actor.id,
            canonicalJson(event),
            previous,
            hash,
          ],
        );
        previous = hash;
      }
      await projectPublication(tx, ref, [...existing.map((row) => row.payload), ...parsed.data], version);
      return version;
    });
  } catch (error) {
    if (isUniqueViolation(error) && error instanceof Error && error.message.includes('index_no'))
      throw new StoreError([createIssue('store.indexNoUsed', {}, ['events'])]);
    if (isUniqueViolation(error)) throw new ConflictError(ref.agencyId, ref.publicationId, expectedVersion, -1);
    throw error;
  }
}

/** Writes a publication's projection: its state, the columns listings filter on, its search vector. */
async function projectPublication(
  db: Db,
  ref: PublicationRef,
  events: readonly PublicationEvent[],
  version: number,
): Promise<void> {
  const state = evaluatePublication(events);
  const m = state.metadata;
  // The agency as a lexeme too: a search filtered by agency is narrowed inside the index.
  const text =
    m === null
      ? ''
      : searchVectorText({ title: m.title, numbers: `${m.documentNo ?? ''} ${state.indexNo ?? ''}`, body: m.body });
  const search = `${text} ${filterLexeme('agency', ref.agencyId)}`;
  await db.query(
    `INSERT INTO gk_publications (agency_id, publication_id, version, index_no, status, title, topic, published_on, validity, catalogue_item_ids, search, summary, facts, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::tsvector, $12, $13, now())
     ON CONFLICT (agency_id, publication_id) DO UPDATE SET version = EXCLUDED.version, index_no = EXCLUDED.index_no,
       status = EXCLUDED.status, title = EXCLUDED.title, topic = EXCLUDED.topic, published_on = EXCLUDED.published_on,
       validity = EXCLUDED.validity, catalogue_item_ids = EXCLUDED.catalogue_item_ids, search = EXCLUDED.search,
       summary = EXCLUDED.summary, facts = EXCLUDED.facts, updated_at = now()`,
    [
      ref.agencyId,
      ref.publicationId,
      version,
      state.indexNo,
      state.status,
      m?.title ?? null,
      m?.topic ?? null,
      state.publishedOn,
      state.validity.state,
      m?.catalogueItemIds ?? [],
      search,
      canonicalJson(state),
      // What compliance checks read: no body, no review findings, no issues.
      canonicalJson({ ...state, metadata: m === null ? null : { ...m, body: '' }, findings: [], issues: [] }),
    ],
  );
}

/** `Store.readPublicationEvents` over a database handle; documented there. */
export async function readPublicationEvents(db: Db, ref: PublicationRef): Promise<PublicationEvent[]> {
  checkPublicationRef(ref);
  return (await eventRows(db, ref)).map((row) => row.payload);
}

/** `Store.getPublication` over a database handle; documented there. */
export async function getPublication(db: Db, ref: PublicationRef): Promise<PublicationSummary | undefined> {
  checkPublicationRef(ref);
  const [row] = await db.query<PublicationRow>(
    'SELECT agency_id, publication_id, version, summary FROM gk_publications WHERE agency_id = $1 AND publication_id = $2',
    [ref.agencyId, ref.publicationId],
  );
  return row === undefined ? undefined : toSummary(row);
}

const STATUSES = [
  'any',
  'notDrafted',
  'drafted',
  'notForPublication',
  'determined',
  'reviewed',
  'approved',
  'published',
  'withdrawn',
] as const;

/** The WHERE clause and parameters of a filter, parameters numbered from `first`. */
function whereOf(filter: PublicationFilter, first: number): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    clauses.push(sql.replace('?', `$${String(first + params.length - 1)}`));
  };
  if (filter.agencyId !== undefined) add('agency_id = ?', idArgument('agencyId', filter.agencyId));
  const status = oneOfArgument('status', filter.status ?? 'published', STATUSES);
  if (status !== 'any') add('status = ?', status);
  if (filter.topic !== undefined) add('topic = ?', textArgument('topic', String(filter.topic), 200));
  if (filter.year !== undefined)
    add('EXTRACT(YEAR FROM published_on) = ?', wholeArgument('year', filter.year, 1900, 9999));
  if (filter.validity !== undefined) add('validity = ?', oneOfArgument('validity', filter.validity, VALIDITY_STATES));
  if (filter.catalogueItemId !== undefined)
    add('? = ANY(catalogue_item_ids)', idArgument('catalogueItemId', filter.catalogueItemId));
  return { sql: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), params };
}

function pageOf(filter: PublicationFilter): { limit: number; offset: number } {
  return {
    limit: wholeArgument('limit', filter.limit ?? 50, 1, 500),
    offset: wholeArgument('offset', filter.offset ?? 0, 0, 1_000_000),
  };
}

/** `Store.publications` over a database handle; documented there. */
export async function publications(db: Db, filter: PublicationFilter = {}): Promise<PublicationSummary[]> {
  const where = whereOf(filter, 1);
  const { limit, offset } = pageOf(filter);
  const rows = await db.query<PublicationRow>(
    `SELECT agency_id, publication_id, version, summary FROM gk_publications WHERE ${where.sql}
     ORDER BY published_on DESC NULLS LAST, agency_id, publication_id LIMIT ${String(limit)} OFFSET ${String(offset)}`,
    where.params,
  );
  return rows.map(toSummary);
}

/** `Store.searchPublications` over a database handle; documented there. */
export async function searchPublications(
  db: Db,
  query: string,
  filter: PublicationFilter = {},
): Promise<PublicationHit[]> {
  const text = typeof query === 'string' ? query.slice(0, 200) : '';
  const words = searchQueryText(text);
  if (words === null) return [];
  const tsquery =
    filter.agencyId === undefined
      ? words
      : `(${words}) & ${filterLexeme('agency', idArgument('agencyId', filter.agencyId))}`;
  const where = whereOf(filter, 2);
  const { limit, offset } = pageOf(filter);
  const rows = await db.query<PublicationRow & { rank: number }>(
    `SELECT agency_id, publication_id, version, summary, ts_rank(search, $1::tsquery) AS rank
     FROM gk_publications WHERE search @@ $1::tsquery AND ${where.sql}
     ORDER BY rank DESC, published_on DESC NULLS LAST, publication_id LIMIT ${String(limit)} OFFSET ${String(offset)}`,
    [tsquery, ...where.params],
  );
  return rows.map((row) => ({
    summary: toSummary(row),
    rank: Number(row.rank),
    title: highlight(row.summary.metadata?.title ?? '', text),
    snippet: snippet(row.summary.metadata?.body ?? '', text),
  }));
}

/** `Store.usedIndexNos` over a database handle; documented there. */
export async function usedIndexNos(db: Db, agencyId: string): Promise<string[]> {
  idArgument('agencyId', agencyId);
  const rows = await db.query<{ index_no: string }>(
    'SELECT index_no FROM gk_publications WHERE agency_id = $1 AND index_no IS NOT NULL ORDER BY index_no',
    [agencyId],
  );
  return rows.map((row) => row.index_no);
}

/**
 * The store's publications (主动公开): `store.publications`. Events are appended with the same audit
 * chain and optimistic concurrency as cases; each publication has a projection for listings and a
 * character-pair search vector (see `searchVectorText` in `@gk/publication`).
 */
export class PublicationStore {
  readonly #db: Db;

  /** @param db - the database handle */
  constructor(db: Db) {
    this.#db = db;
  }

  /**
   * Appends events to a publication if its version is still `expectedVersion`, and refreshes its
   * projection. An 索引号 another publication of the agency already has is refused: numbers are never
   * reused (a unique index holds this across writers).
   * @param ref - agency and publication id
   * @param events - the new events, checked against their shapes
   * @param expectedVersion - the number of events the writer read
   * @returns the new version
   * @throws `ConflictError` when another writer got there first; `PublicationError` for malformed events; `StoreError` for a used 索引号
   */
  append(ref: PublicationRef, events: readonly PublicationEvent[], expectedVersion: number): Promise<number> {
    return appendPublication(this.#db, ref, events, expectedVersion);
  }

  /**
   * A publication's events, in order.
   * @param ref - agency and publication id
   */
  events(ref: PublicationRef): Promise<PublicationEvent[]> {
    return readPublicationEvents(this.#db, ref);
  }

  /**
   * A publication's projection, or `undefined`.
   * @param ref - agency and publication id
   */
  get(ref: PublicationRef): Promise<PublicationSummary | undefined> {
    return getPublication(this.#db, ref);
  }

  /**
   * Publications by agency, status (published by default), topic, year, validity and catalogue item,
   * newest first.
   * @param filter - the filters and the page
   */
  list(filter: PublicationFilter = {}): Promise<PublicationSummary[]> {
    return publications(this.#db, filter);
  }

  /**
   * Full-text search in titles, document and index numbers and bodies, ranked (titles weigh most) and
   * highlighted; common abbreviations find the names documents use (低保 → 最低生活保障).
   * @param query - the visitor's words
   * @param filter - the same filters as {@link PublicationStore.list}
   */
  search(query: string, filter: PublicationFilter = {}): Promise<PublicationHit[]> {
    return searchPublications(this.#db, query, filter);
  }

  /**
   * Every 索引号 an agency has issued, withdrawn publications' too, for `nextIndexNo`.
   * @param agencyId - the agency
   */
  usedIndexNos(agencyId: string): Promise<string[]> {
    return usedIndexNos(this.#db, agencyId);
  }

  /**
   * Every publication's state of an agency, whatever its status; with `forCompliance`, only the
   * published ones and what `checkCatalogueCompliance` reads.
   * @param agencyId - the agency
   * @param options - what to load
   */
  states(agencyId: string, options: PublicationStatesOptions = {}): Promise<PublicationState[]> {
    return publicationStates(this.#db, agencyId, options);
  }

  /**
   * The published publications of an agency as `checkCatalogueCompliance` reads them: 索引号, catalogue
   * items and versions only, the fastest way to check a whole county.
   * @param agencyId - the agency
   */
  complianceSubjects(agencyId: string): Promise<ComplianceSubject[]> {
    return complianceSubjects(this.#db, agencyId);
  }

  /**
   * Checks the publications' hash chains, as {@link Store.verifyChain} does for cases: versions without
   * gaps, each event linked to the one before, each hash recomputed from the event as stored.
   * @param ref - one publication; all of them when omitted
   * @returns `{ ok: true, events }`, or the first broken place and why
   */
  verifyChain(ref?: PublicationRef): Promise<PublicationChainVerification> {
    return verifyPublicationChain(this.#db, ref);
  }
}
