// The store's façade: one class over the event log, projections, inbox, documents and disclosure log.
import { chinaCalendar } from '@gk/workdays';
import type { WorkdayCalendar } from '@gk/workdays';
import type { ReportCase } from '@gk/annual-report';
import type { Application, CaseEvent, CaseState } from '@gk/request-workflow';
import type { AgencyStoreRecords } from './agency-records.js';
import { agencyRecords } from './agency-records.js';
import type { Db } from './db.js';
import { pgliteDb, poolDb } from './db.js';
import * as disclosureLog from './disclosure-log.js';
import * as documents from './documents.js';
import * as eventLog from './event-log.js';
import * as inbox from './inbox.js';
import type { AuditCheckpoint } from './internal/checkpoint.js';
import { lockDataDir } from './internal/dir-lock.js';
import { loadDriver } from './drivers.js';
import { checkSchema, migrate } from './migrations.js';
import * as projections from './projections.js';
import { PublicationStore } from './publications.js';
import { ApplicantStore } from './applicants.js';
import type {
  AgencyFilter,
  AuditVerification,
  CaseFilter,
  CaseRef,
  CaseStateOptions,
  CaseSummary,
  ChainVerification,
  DocumentRef,
  OpenStoreOptions,
  RegisterSubmissionInput,
  RevealRequest,
  StoreDueSoonOptions,
  StoredDocument,
  StoreLocation,
  StoreOverdueOptions,
  Submission,
  SubmissionReceipt,
  SubmissionStatus,
} from './store-types.js';

export type * from './store-types.js';

/** The agency filter inside a query's options. */
const agencyOf = (options: AgencyFilter | undefined): AgencyFilter =>
  options?.agencyId === undefined ? {} : { agencyId: options.agencyId };

/**
 * An agency's durable store on the PostgreSQL dialect: cases in an append-only event log with an
 * audit hash chain, personal data held apart and masked, projections for queues and reports; and
 * publications (`store.publications`) with the same chain and a Chinese full-text search.
 */
export class Store {
  readonly #db: Db;
  #calendar: WorkdayCalendar;
  /** The publications (主动公开): their events, projections and search. */
  readonly publications: PublicationStore;
  /** The applicant's side online: their record, and the steps they take themselves. */
  readonly applicants: ApplicantStore;

  /** @internal */
  constructor(db: Db, calendar: WorkdayCalendar) {
    this.#db = db;
    this.#calendar = calendar;
    this.publications = new PublicationStore(db);
    this.applicants = new ApplicantStore(db, () => this.#calendar);
  }

  /** Which engine holds the data. */
  get engine(): Db['kind'] {
    return this.#db.kind;
  }

  /** The working-day calendar the projections and queues use. */
  get calendar(): WorkdayCalendar {
    return this.#calendar;
  }

  /**
   * Switches the working-day calendar (e.g. after a year's holiday notice is added, replacing its
   * provisional days) and rebuilds every projection with it, so that due dates and queues follow.
   * @param calendar - the new calendar
   * @returns the number of cases rebuilt
   */
  useCalendar(calendar: WorkdayCalendar): Promise<number> {
    this.#calendar = calendar;
    return this.rebuildProjections();
  }

  /**
   * Appends events to a case in one transaction, if the case is still at `expectedVersion`
   * (0 for a new case). Malformed events are refused with issues before anything is written; a stale
   * writer gets a {@link ConflictError} and writes nothing.
   * @param ref - the case
   * @param events - the events, in order
   * @param expectedVersion - the version the writer read
   * @returns the new version
   */
  async append(ref: CaseRef, events: readonly CaseEvent[], expectedVersion: number): Promise<number> {
    return eventLog.append(this.#db, this.#calendar, ref, events, expectedVersion);
  }

  /**
   * A case's events, personal data masked — or unmasked when a reason is given, which is recorded
   * in the disclosure log with the actor.
   * @param ref - the case
   * @param reveal - who asks to see personal data, and why
   * @returns the events in order
   */
  readEvents(ref: CaseRef, reveal?: RevealRequest): Promise<CaseEvent[]> {
    return eventLog.readEvents(this.#db, ref, reveal);
  }

  /**
   * The disclosure log: who saw which case's personal data unmasked, when and why.
   * @param ref - a case, or all cases when omitted
   * @returns the entries, oldest first
   */
  disclosures(
    ref?: CaseRef,
  ): Promise<{ agencyId: string; caseId: string; actorId: string; reason: string; disclosedAt: string }[]> {
    return disclosureLog.disclosures(this.#db, ref);
  }

  /**
   * Files an online application in the inbox and returns its receipt number and look-up code. An
   * application missing what 第二十九条 requires is refused (`checkApplication`); personal data is
   * held apart and masked, and only a hash of the code is kept.
   * @param agencyId - the agency applied to
   * @param application - applicant and request
   * @param submittedOn - `YYYY-MM-DD`
   * @returns the receipt (the code is not retrievable later)
   */
  submitApplication(agencyId: string, application: Application, submittedOn: string): Promise<SubmissionReceipt> {
    return inbox.submitApplication(this.#db, agencyId, application, submittedOn);
  }

  /**
   * Online applications not yet registered, oldest first, personal data masked.
   * @param agencyId - the agency
   */
  pendingSubmissions(agencyId: string): Promise<Submission[]> {
    return inbox.pendingSubmissions(this.#db, agencyId);
  }

  /**
   * One online application from the inbox, personal data masked, or `undefined`.
   * @param agencyId - the agency
   * @param receiptNo - the receipt number
   */
  getSubmission(agencyId: string, receiptNo: string): Promise<Submission | undefined> {
    return inbox.getSubmission(this.#db, agencyId, receiptNo);
  }

  /**
   * Registers an online application as a case, in one transaction: the case's `received` event
   * (channel online, 收到申请之日 = the confirmation date, 第三十一条第（三）项) with the full personal
   * data, and the inbox copy cleared. A second registration is refused.
   * @param agencyId - the agency
   * @param receiptNo - the receipt number
   * @param input - the confirmation date, the registrar, the case id
   * @returns the new case
   */
  registerSubmission(agencyId: string, receiptNo: string, input: RegisterSubmissionInput): Promise<CaseRef> {
    return inbox.registerSubmission(this.#db, this.#calendar, agencyId, receiptNo, input);
  }

  /**
   * What an applicant may see of an application: its dates and, once registered, its case. A wrong
   * code and an unknown receipt number both give `undefined`, after the same work.
   * @param agencyId - the agency
   * @param receiptNo - the receipt number
   * @param code - the look-up code (case and spaces do not matter)
   */
  lookupSubmission(agencyId: string, receiptNo: string, code: string): Promise<SubmissionStatus | undefined> {
    return inbox.lookupSubmission(this.#db, agencyId, receiptNo, code);
  }

  /**
   * Saves a document the portal publishes, replacing an earlier one with the same reference. The
   * store keeps JSON and does not check its shape: parse it with its package when reading.
   * @param ref - agency, kind and id
   * @param body - any JSON value
   */
  putDocument(ref: DocumentRef, body: unknown): Promise<void> {
    return documents.putDocument(this.#db, ref, body);
  }

  /**
   * Reads a document and writes what `update` makes of it, one writer at a time — across processes
   * sharing the database too (a transaction holding a lock on the document) — so that counts kept in
   * a document (places taken, numbers given out) are never read twice and overwritten.
   * @param ref - agency, kind and id
   * @param update - from the current body (`undefined` when none) to the new one; `undefined` writes nothing
   * @returns the body as it stands afterwards
   */
  updateDocument<T>(ref: DocumentRef, update: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return documents.updateDocument<T>(this.#db, ref, update);
  }

  /**
   * A document, or `undefined`.
   * @param ref - agency, kind and id
   */
  getDocument<T = unknown>(ref: DocumentRef): Promise<T | undefined> {
    return documents.getDocument<T>(this.#db, ref);
  }

  /**
   * An agency's documents of one kind, by id.
   * @param agencyId - the agency
   * @param kind - the kind
   */
  documents<T = unknown>(agencyId: string, kind: string): Promise<StoredDocument<T>[]> {
    return documents.documents<T>(this.#db, agencyId, kind);
  }

  /**
   * A case evaluated as of `today` (the projection is as of its last event): due dates, workdays left,
   * overdue findings. Personal data is read to evaluate (an ID number is checked) but returned masked,
   * so nothing is recorded as a disclosure.
   * @param ref - the case
   * @param options - `today`, `YYYY-MM-DD`
   * @returns the state, or `undefined` for an unknown case
   */
  caseState(ref: CaseRef, options: CaseStateOptions): Promise<CaseState | undefined>;
  /**
   * The old, positional form of {@link Store.caseState}.
   * @deprecated Pass `{ today }`; this form goes in the next minor version.
   */
  caseState(ref: CaseRef, today: string): Promise<CaseState | undefined>;
  caseState(ref: CaseRef, options: CaseStateOptions | string): Promise<CaseState | undefined> {
    const today = typeof options === 'string' ? options : options?.today;
    return projections.caseState(this.#db, this.#calendar, ref, today);
  }

  /**
   * A case's projection, or `undefined` for an unknown case.
   * @param ref - the case
   */
  getCase(ref: CaseRef): Promise<CaseSummary | undefined> {
    return projections.getCase(this.#db, ref);
  }

  /**
   * Open cases due from today to `withinWorkdays` workdays ahead, soonest first.
   * @param options - `today` (`YYYY-MM-DD`), `withinWorkdays`, and an agency
   */
  dueSoon(options: StoreDueSoonOptions): Promise<CaseSummary[]>;
  /**
   * The old, positional form of {@link Store.dueSoon}.
   * @deprecated Pass `{ today, withinWorkdays, agencyId }`; this form goes in the next minor version.
   */
  dueSoon(today: string, withinWorkdays: number, filter?: AgencyFilter): Promise<CaseSummary[]>;
  dueSoon(
    first: StoreDueSoonOptions | string,
    withinWorkdays?: number,
    filter: AgencyFilter = {},
  ): Promise<CaseSummary[]> {
    const { today, within, agency } =
      typeof first === 'string'
        ? { today: first, within: withinWorkdays, agency: filter }
        : { today: first?.today, within: first?.withinWorkdays, agency: agencyOf(first) };
    return projections.dueSoon(this.#db, this.#calendar, today, within!, agency);
  }

  /**
   * Open cases past their due date, most overdue first.
   * @param options - `today` (`YYYY-MM-DD`) and an agency
   */
  overdue(options: StoreOverdueOptions): Promise<CaseSummary[]>;
  /**
   * The old, positional form of {@link Store.overdue}.
   * @deprecated Pass `{ today, agencyId }`; this form goes in the next minor version.
   */
  overdue(today: string, filter?: AgencyFilter): Promise<CaseSummary[]>;
  overdue(first: StoreOverdueOptions | string, filter: AgencyFilter = {}): Promise<CaseSummary[]> {
    const { today, agency } =
      typeof first === 'string' ? { today: first, agency: filter } : { today: first?.today, agency: agencyOf(first) };
    return projections.overdue(this.#db, today, agency);
  }

  /**
   * Cases by agency and status.
   * @param filter - agency and status, either or both
   */
  cases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    return projections.cases(this.#db, filter);
  }

  /**
   * What the store holds of some agencies for their 考核, as `gatherEvidence` (`@gk/assessment`)
   * reads it, in three queries whatever their number: each agency's published publications' states
   * (without bodies), every case's state (an open one evaluated as of `today`, so that one past its
   * limit counts as overdue). Every id given is in the result, an unknown one with empty lists.
   * @param agencyIds - at most `MAX_AGENCIES_PER_READ` (200) agencies
   * @param options - the assessment day
   * @returns the records by agency id
   */
  agencyRecords(agencyIds: readonly string[], options: CaseStateOptions): Promise<Map<string, AgencyStoreRecords>> {
    return agencyRecords(this.#db, this.#calendar, agencyIds, options?.today);
  }

  /**
   * The input of a year's annual report: every case that touches the year, in the shape
   * `buildAnnualReport` reads.
   * @param year - the report's year
   * @param filter - an agency, or all agencies
   */
  reportCases(year: number, filter: AgencyFilter = {}): Promise<ReportCase[]> {
    return projections.reportCases(this.#db, year, filter);
  }

  /**
   * Rebuilds every projection from the events (after a change of rules, or to audit them).
   * @returns the number of cases rebuilt
   */
  rebuildProjections(): Promise<number> {
    return projections.rebuildProjections(this.#db, this.#calendar);
  }

  /**
   * Recomputes the audit chain: every case's versions dense from 1, each link's `prev_hash` the hash
   * of the event before it, each hash the SHA-256 of its predecessor and its event (personal data
   * included). Reports the first broken link.
   * @param ref - one case, or every case when omitted
   */
  verifyChain(ref?: CaseRef): Promise<ChainVerification> {
    return eventLog.verifyChain(this.#db, ref);
  }

  /**
   * Signs a checkpoint of the audit log with the audit key (HMAC-SHA256), keeps it in the append-only
   * `gk_checkpoints` table and returns it to be exported: keep the file (or its `root`) outside the
   * database. The key never reaches the database. Take one daily (`gk store checkpoint`).
   * @param key - the audit key, at least 32 characters, from configuration
   * @returns the checkpoint
   */
  checkpoint(key: string | Uint8Array): Promise<AuditCheckpoint> {
    return eventLog.checkpoint(this.#db, key);
  }

  /** The latest checkpoint kept in the database, or `undefined`. */
  latestCheckpoint(): Promise<AuditCheckpoint | undefined> {
    return eventLog.latestCheckpoint(this.#db);
  }

  /**
   * Checks the audit log against a signed checkpoint — an exported one, or the latest in the
   * database — then checks the hash chain. See {@link AuditVerification}.
   * @param key - the audit key
   * @param checkpoint - an exported checkpoint; the latest kept in the database when omitted
   */
  verifyAudit(key: string | Uint8Array, checkpoint?: AuditCheckpoint): Promise<AuditVerification> {
    return eventLog.verifyAudit(this.#db, key, checkpoint);
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.#db.close();
  }
}

/**
 * Opens a store, applying the migrations it lacks: `{ dataDir }` or `{ memory: true }` for embedded
 * PGlite, `{ connectionString }` for a PostgreSQL server or a compatible engine. A PGlite data
 * directory belongs to one process at a time: the store takes `<dataDir>.lock`, and a second opener
 * fails at once with a `StoreError` naming the holder (for several processes, use a PostgreSQL server).
 * The drivers are optional peer dependencies: `pg` for a server, `@electric-sql/pglite` for embedded
 * storage; a missing one fails with a `StoreError` (`store.driverMissing`) naming what to install.
 * @param location - where the data lives
 * @param options - the calendar for projections
 * @returns the store
 * @example
 * ```ts
 * const store = await openStore({ dataDir: './data/gk' });
 * await store.append({ agencyId: '350213-edu', caseId: '2025-0001' }, [receivedEvent], 0);
 * ```
 */
export async function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<Store> {
  let db: Db;
  if ('connectionString' in location) {
    const { default: pg } = await loadDriver('pg', () => import('pg'));
    db = poolDb(new pg.Pool({ connectionString: location.connectionString, max: location.maxConnections ?? 10 }));
  } else {
    const { PGlite } = await loadDriver('@electric-sql/pglite', () => import('@electric-sql/pglite'));
    const lock = 'dataDir' in location ? lockDataDir(location.dataDir) : undefined;
    try {
      const pglite = pgliteDb(await PGlite.create('dataDir' in location ? { dataDir: location.dataDir } : {}));
      db = { ...pglite, close: () => pglite.close().finally(() => lock?.release()) };
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  const calendar = options.calendar ?? chinaCalendar;
  if (options.readOnly === true) await checkSchema(db);
  else await migrate(db, (tx) => projections.rebuildProjectionsIn(tx, calendar));
  return new Store(db, calendar);
}
