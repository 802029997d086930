import type { LocalDate } from '@gk/core';
import { createIssue, hasControlCharacter } from '@gk/core';
import type { ReportCase } from '@gk/annual-report';
import type {
  Actor,
  Application,
  CaseEvent,
  CaseState,
  OrganizationCategory,
  ReceivedEvent,
} from '@gk/request-workflow';
import {
  CASE_STATUS_LABELS,
  checkApplication,
  evaluateCase,
  MAX_CASE_EVENTS,
  safeParseCaseEvents,
} from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import { chinaCalendar } from '@gk/workdays';
import {
  dateArgument,
  idArgument,
  oneOfArgument,
  refuseNul,
  textArgument,
  wholeArgument,
} from './internal/arguments.js';
import { lockDataDir } from './internal/dir-lock.js';
import type { Db } from './db.js';
import { pgliteDb, poolDb } from './db.js';
import { ConflictError, StoreError } from './errors.js';
import { canonicalJson, GENESIS, linkHash } from './internal/canonical.js';
import type { AuditCheckpoint, EventHead } from './internal/checkpoint.js';
import {
  asCheckpoint,
  auditKeyBytes,
  checkpointSigned,
  compareCheckpoint,
  signCheckpoint,
} from './internal/checkpoint.js';
import { hashSecret, newLookupCode, normalizeLookupCode, verifySecret } from './internal/codes.js';
import { mergePersonalData, splitApplicant, splitPersonalData } from './internal/personal-data.js';
import { migrate } from './migrations.js';

/** Where to keep the data: an embedded PGlite directory (or memory), or a PostgreSQL server. */
export type StoreLocation =
  | { readonly dataDir: string }
  | { readonly memory: true }
  | { readonly connectionString: string; readonly maxConnections?: number };

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** The working-day calendar for the projections, `chinaCalendar` by default. */
  readonly calendar?: WorkdayCalendar;
}

/** A case: the agency that handles it and its id within the agency. */
export interface CaseRef {
  readonly agencyId: string;
  readonly caseId: string;
}

/** Who asks to see personal data unmasked, and why (the request itself is recorded). */
export interface RevealRequest {
  readonly actorId: string;
  readonly reason: string;
}

/** A case's projection: the columns queues and reports need, and the masked state. */
export interface CaseSummary {
  readonly agencyId: string;
  readonly caseId: string;
  readonly version: number;
  readonly status: CaseState['status'];
  readonly receivedOn: LocalDate | null;
  readonly dueOn: LocalDate | null;
  readonly concludedOn: LocalDate | null;
  readonly applicantKind: 'naturalPerson' | 'organization' | null;
  readonly applicantCategory: string | null;
  readonly outcome: CaseState['outcome'];
  /** The evaluated state, personal data masked. */
  readonly state: CaseState;
}

/** Narrows a query to one agency. */
export interface AgencyFilter {
  /** The agency; all agencies when omitted. */
  readonly agencyId?: string;
}

/** Narrows a query to an agency and a status. */
export interface CaseFilter extends AgencyFilter {
  /** The status; all statuses when omitted. */
  readonly status?: CaseState['status'];
}

/** The result of {@link Store.verifyChain}. */
export type ChainVerification =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      readonly events: number;
      readonly brokenAt: { readonly agencyId: string; readonly caseId: string; readonly version: number };
      readonly reason: 'gap' | 'previousHash' | 'hash';
    };

/**
 * The audit log checked against a signed checkpoint: the checkpoint's signature, every event it
 * recorded still there with the same hash, then the hash chain. The first difference is reported at
 * its place: a case deleted, a case's events cut off from a version (`truncated`), an event changed
 * even with every hash recomputed (`rewritten`), or a broken link (`gap`, `previousHash`, `hash`).
 */
export type AuditVerification =
  | {
      readonly ok: true;
      readonly events: number;
      readonly checkpoint: { readonly createdAt: string; readonly root: string; readonly events: number };
    }
  | { readonly ok: false; readonly events: number; readonly reason: 'noCheckpoint' | 'signature' }
  | {
      readonly ok: false;
      readonly events: number;
      readonly reason: 'caseDeleted';
      readonly brokenAt: { readonly agencyId: string; readonly caseId: string };
    }
  | {
      readonly ok: false;
      readonly events: number;
      readonly reason: 'truncated' | 'rewritten' | 'gap' | 'previousHash' | 'hash';
      readonly brokenAt: { readonly agencyId: string; readonly caseId: string; readonly version: number };
    };

/**
 * What a year's annual report needs of each case.
 * @deprecated Use `ReportCase` from `@gk/annual-report`, which `reportCases` returns; this alias goes
 * in the next minor version.
 */
export type ReportCaseRow = ReportCase;

/** What the applicant takes away after submitting: the receipt number and the look-up code. */
export interface SubmissionReceipt {
  /** 回执号: the submission date and a sequence number, e.g. `202611210001`. */
  readonly receiptNo: string;
  /** 查询码: 8 characters, shown once; only its hash is stored. */
  readonly code: string;
  /** The date it was submitted. */
  readonly submittedOn: LocalDate;
}

/** An online application in the inbox, personal data masked. */
export interface Submission {
  readonly agencyId: string;
  readonly receiptNo: string;
  readonly submittedOn: LocalDate;
  /** The case it was registered as, or `null` while it waits. */
  readonly caseId: string | null;
  /** The date a registrar confirmed it (收到申请之日 for an online application, 第三十一条第（三）项). */
  readonly registeredOn: LocalDate | null;
  /** The application, masked; `null` once registered (it then lives in the case). */
  readonly application: Application | null;
}

/** How a registrar registers an online application. */
export interface RegisterSubmissionInput {
  /** The date both sides confirmed the application: the case's 收到申请之日. */
  readonly on: string;
  /** The registrar. */
  readonly actor: Actor;
  /** The case id; the receipt number by default. */
  readonly caseId?: string;
}

/** What an applicant sees with a receipt number and the right code. */
export interface SubmissionStatus {
  readonly receiptNo: string;
  readonly submittedOn: LocalDate;
  readonly registeredOn: LocalDate | null;
  /** The case, once registered. */
  readonly case: CaseSummary | null;
}

/** A document the portal publishes (a catalogue, a policy, the agency's profile): kind and id. */
export interface DocumentRef {
  readonly agencyId: string;
  /** What it is, e.g. `catalogue`, `policy`. */
  readonly kind: string;
  readonly id: string;
}

/** A stored document. */
export interface StoredDocument<T = unknown> {
  readonly id: string;
  readonly body: T;
}

interface SubmissionRow extends Record<string, unknown> {
  agency_id: string;
  receipt_no: string;
  submitted_on: string;
  code_hash: string;
  payload: Application | null;
  personal: Record<string, unknown> | null;
  case_id: string | null;
  registered_on: string | null;
}

const SUBMISSION_COLUMNS =
  'agency_id, receipt_no, submitted_on::text AS submitted_on, code_hash, payload, personal, case_id, registered_on::text AS registered_on';

const toSubmission = (row: SubmissionRow): Submission => ({
  agencyId: row.agency_id,
  receiptNo: row.receipt_no,
  submittedOn: row.submitted_on as LocalDate,
  caseId: row.case_id,
  registeredOn: row.registered_on as LocalDate | null,
  application: row.payload,
});

const applicationEvent = (application: Application, on: string, actor: Actor, confirmedOn?: string): CaseEvent => ({
  type: 'received',
  on,
  ...(confirmedOn === undefined ? {} : { confirmedOn }),
  channel: 'online',
  actor,
  applicant: application.applicant,
  request: application.request,
});

function checkDocumentRef(ref: Omit<DocumentRef, 'id'> & { readonly id?: string }): void {
  for (const field of ['agencyId', 'kind', 'id'] as const) {
    if (field === 'id' && !('id' in ref)) continue;
    if (typeof ref[field] !== 'string' || ref[field].trim() === '')
      throw new StoreError([createIssue('store.documentRef', { field }, [field])]);
  }
}

interface EventRow extends Record<string, unknown> {
  agency_id: string;
  case_id: string;
  version: number;
  payload: CaseEvent;
  prev_hash: string;
  hash: string;
  personal: Record<string, unknown> | null;
}

interface CaseRow extends Record<string, unknown> {
  agency_id: string;
  case_id: string;
  version: number;
  status: CaseState['status'];
  received_on: string | null;
  due_on: string | null;
  concluded_on: string | null;
  applicant_kind: 'naturalPerson' | 'organization' | null;
  applicant_category: string | null;
  outcome: CaseState['outcome'];
  summary: CaseState;
}

const CASE_COLUMNS =
  'agency_id, case_id, version, status, received_on::text AS received_on, due_on::text AS due_on, concluded_on::text AS concluded_on, applicant_kind, applicant_category, outcome, summary';

function toSummary(row: CaseRow): CaseSummary {
  return {
    agencyId: row.agency_id,
    caseId: row.case_id,
    version: row.version,
    status: row.status,
    receivedOn: row.received_on as LocalDate | null,
    dueOn: row.due_on as LocalDate | null,
    concludedOn: row.concluded_on as LocalDate | null,
    applicantKind: row.applicant_kind,
    applicantCategory: row.applicant_category,
    outcome: row.outcome,
    state: row.summary,
  };
}

function checkRef(ref: CaseRef): void {
  if (typeof ref !== 'object' || ref === null)
    throw new StoreError([createIssue('store.caseRef', { field: 'agencyId' }, ['agencyId'])]);
  for (const field of ['agencyId', 'caseId'] as const) {
    if (typeof ref[field] !== 'string' || ref[field].trim() === '')
      throw new StoreError([createIssue('store.caseRef', { field }, [field])]);
    idArgument(field, ref[field]);
  }
}

function checkFilter(filter: AgencyFilter): void {
  if (typeof filter !== 'object' || filter === null) idArgument('filter', filter);
  else if (filter.agencyId !== undefined) idArgument('agencyId', filter.agencyId);
}

/** The longest reason for seeing personal data the disclosure log keeps. */
const MAX_REASON_LENGTH = 500;

const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS) as CaseState['status'][];

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';

/**
 * An agency's durable case store on the PostgreSQL dialect: an append-only event log with an audit
 * hash chain, personal data held apart and masked, projections for queues and reports.
 */
export class Store {
  readonly #db: Db;
  #calendar: WorkdayCalendar;

  /** @internal */
  constructor(db: Db, calendar: WorkdayCalendar) {
    this.#db = db;
    this.#calendar = calendar;
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
  async useCalendar(calendar: WorkdayCalendar): Promise<number> {
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
    checkRef(ref);
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
      throw new StoreError([
        createIssue('store.expectedVersion', { value: String(expectedVersion) }, ['expectedVersion']),
      ]);
    }
    if (!Array.isArray(events) || events.length === 0)
      throw new StoreError([createIssue('store.noEvents', {}, ['events'])]);
    if (expectedVersion + events.length > MAX_CASE_EVENTS)
      throw new StoreError([createIssue('store.tooManyEvents', { limit: MAX_CASE_EVENTS }, ['events'])]);
    refuseNul('办理记录', events);
    const parsed = safeParseCaseEvents(events);
    if (!parsed.success) throw new StoreError(parsed.issues);
    const { agencyId, caseId } = ref;
    try {
      return await this.#db.transaction((tx) => this.#appendIn(tx, ref, parsed.data, expectedVersion));
    } catch (error) {
      if (isUniqueViolation(error)) {
        const [row] = await this.#db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM gk_events WHERE agency_id = $1 AND case_id = $2',
          [agencyId, caseId],
        );
        throw new ConflictError(agencyId, caseId, expectedVersion, row?.n ?? expectedVersion);
      }
      throw error;
    }
  }

  async #appendIn(tx: Db, ref: CaseRef, events: readonly CaseEvent[], expectedVersion: number): Promise<number> {
    const { agencyId, caseId } = ref;
    const existing = await tx.query<EventRow>(
      `SELECT e.version, e.payload, e.hash, p.data AS personal FROM gk_events e
       LEFT JOIN gk_personal_data p USING (agency_id, case_id, version)
       WHERE e.agency_id = $1 AND e.case_id = $2 ORDER BY e.version`,
      [agencyId, caseId],
    );
    const actual = existing.length;
    if (actual !== expectedVersion) throw new ConflictError(agencyId, caseId, expectedVersion, actual);
    let previous = existing[actual - 1]?.hash ?? GENESIS;
    const history = existing.map((row) => mergePersonalData(row.payload, row.personal));
    let version = expectedVersion;
    for (const event of events) {
      version += 1;
      const { masked, personal } = splitPersonalData(event);
      const hash = linkHash(previous, agencyId, caseId, version, event);
      await tx.query(
        `INSERT INTO gk_events (agency_id, case_id, version, type, occurred_on, occurred_at, actor_id, payload, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          agencyId,
          caseId,
          version,
          event.type,
          event.on,
          event.at ?? null,
          event.actor.id,
          canonicalJson(masked),
          previous,
          hash,
        ],
      );
      if (personal !== null) {
        await tx.query('INSERT INTO gk_personal_data (agency_id, case_id, version, data) VALUES ($1, $2, $3, $4)', [
          agencyId,
          caseId,
          version,
          canonicalJson(personal),
        ]);
      }
      previous = hash;
      history.push(event);
    }
    await this.#project(tx, ref, history, version);
    return version;
  }

  async #project(db: Db, ref: CaseRef, events: readonly CaseEvent[], version: number): Promise<void> {
    const lastOn = events.reduce(
      (latest, event) => (event.on > latest ? event.on : latest),
      events[0]?.on ?? '1970-01-01',
    );
    const state = evaluateCase(events, { calendar: this.#calendar, today: lastOn });
    const masked = {
      ...state,
      applicant: events.find((e) => e.type === 'received') ? maskedApplicant(state) : state.applicant,
    };
    const applicant = state.applicant;
    await db.query(
      `INSERT INTO gk_cases (agency_id, case_id, version, status, received_on, due_on, concluded_on, applicant_kind, applicant_category, outcome, fee_amount, fee_paid_on, summary, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
       ON CONFLICT (agency_id, case_id) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status, received_on = EXCLUDED.received_on,
         due_on = EXCLUDED.due_on, concluded_on = EXCLUDED.concluded_on, applicant_kind = EXCLUDED.applicant_kind,
         applicant_category = EXCLUDED.applicant_category, outcome = EXCLUDED.outcome, fee_amount = EXCLUDED.fee_amount,
         fee_paid_on = EXCLUDED.fee_paid_on, summary = EXCLUDED.summary, updated_at = now()`,
      [
        ref.agencyId,
        ref.caseId,
        version,
        state.status,
        state.receivedOn,
        state.dueOn,
        state.concludedOn,
        applicant?.kind ?? null,
        applicant?.kind === 'organization' ? applicant.category : null,
        state.outcome,
        state.fee?.paidOn != null ? state.fee.amount : null,
        state.fee?.paidOn ?? null,
        canonicalJson(masked),
      ],
    );
  }

  /**
   * A case's events, personal data masked — or unmasked when a reason is given, which is recorded
   * in the disclosure log with the actor.
   * @param ref - the case
   * @param reveal - who asks to see personal data, and why
   * @returns the events in order
   */
  async readEvents(ref: CaseRef, reveal?: RevealRequest): Promise<CaseEvent[]> {
    checkRef(ref);
    if (reveal !== undefined) await this.#recordDisclosure(ref, reveal);
    const rows = await this.#eventRows(ref);
    return rows.map((row) => (reveal === undefined ? row.payload : mergePersonalData(row.payload, row.personal)));
  }

  /** A case's events as stored (masked) with their personal data, in order. */
  #eventRows(ref: CaseRef): Promise<EventRow[]> {
    return this.#db.query<EventRow>(
      `SELECT e.payload, p.data AS personal FROM gk_events e LEFT JOIN gk_personal_data p USING (agency_id, case_id, version)
       WHERE e.agency_id = $1 AND e.case_id = $2 ORDER BY e.version`,
      [ref.agencyId, ref.caseId],
    );
  }

  async #recordDisclosure(ref: CaseRef, reveal: RevealRequest): Promise<void> {
    if (
      typeof reveal.reason !== 'string' ||
      reveal.reason.trim() === '' ||
      typeof reveal.actorId !== 'string' ||
      reveal.actorId.trim() === ''
    ) {
      throw new StoreError([createIssue('store.reason', {}, ['reveal', 'reason'])]);
    }
    idArgument('actorId', reveal.actorId);
    textArgument('reason', reveal.reason, MAX_REASON_LENGTH);
    await this.#db.query('INSERT INTO gk_disclosures (agency_id, case_id, actor_id, reason) VALUES ($1, $2, $3, $4)', [
      ref.agencyId,
      ref.caseId,
      reveal.actorId,
      reveal.reason,
    ]);
  }

  /**
   * The disclosure log: who saw which case's personal data unmasked, when and why.
   * @param ref - a case, or all cases when omitted
   * @returns the entries, oldest first
   */
  async disclosures(
    ref?: CaseRef,
  ): Promise<{ agencyId: string; caseId: string; actorId: string; reason: string; disclosedAt: string }[]> {
    if (ref !== undefined) checkRef(ref);
    const rows = await this.#db.query<{
      agency_id: string;
      case_id: string;
      actor_id: string;
      reason: string;
      disclosed_at: string;
    }>(
      `SELECT agency_id, case_id, actor_id, reason, disclosed_at::text AS disclosed_at FROM gk_disclosures
       ${ref === undefined ? '' : 'WHERE agency_id = $1 AND case_id = $2'} ORDER BY id`,
      ref === undefined ? [] : [ref.agencyId, ref.caseId],
    );
    return rows.map((row) => ({
      agencyId: row.agency_id,
      caseId: row.case_id,
      actorId: row.actor_id,
      reason: row.reason,
      disclosedAt: row.disclosed_at,
    }));
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
  async submitApplication(agencyId: string, application: Application, submittedOn: string): Promise<SubmissionReceipt> {
    checkRef({ agencyId, caseId: 'inbox' });
    dateArgument('submittedOn', submittedOn);
    refuseNul('网上申请', application);
    const issues = checkApplication(application);
    if (issues.length > 0) throw new StoreError(issues);
    const parsed = safeParseCaseEvents([
      applicationEvent(application, submittedOn, { id: 'applicant', role: 'applicant' }),
    ]);
    if (!parsed.success) throw new StoreError(parsed.issues);
    const event = parsed.data[0] as ReceivedEvent;
    const { masked, personal } = splitPersonalData(event);
    const payload = { applicant: (masked as ReceivedEvent).applicant, request: event.request };
    const code = newLookupCode();
    const codeHash = await hashSecret(code, { kind: 'code' });
    const day = event.on.replaceAll('-', '');
    for (let attempt = 0; ; attempt += 1) {
      try {
        const receiptNo = await this.#db.transaction(async (tx) => {
          const [row] = await tx.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM gk_submissions WHERE agency_id = $1 AND submitted_on = $2',
            [agencyId, event.on],
          );
          const number = `${day}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
          await tx.query(
            `INSERT INTO gk_submissions (agency_id, receipt_no, submitted_on, code_hash, payload, personal)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [
              agencyId,
              number,
              event.on,
              codeHash,
              canonicalJson(payload),
              personal === null ? null : canonicalJson(personal),
            ],
          );
          return number;
        });
        return { receiptNo, code, submittedOn: event.on as LocalDate };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 9) throw error;
      }
    }
  }

  /**
   * Online applications not yet registered, oldest first, personal data masked.
   * @param agencyId - the agency
   */
  async pendingSubmissions(agencyId: string): Promise<Submission[]> {
    idArgument('agencyId', agencyId);
    const rows = await this.#db.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND case_id IS NULL ORDER BY submitted_on, receipt_no`,
      [agencyId],
    );
    return rows.map(toSubmission);
  }

  /**
   * One online application from the inbox, personal data masked, or `undefined`.
   * @param agencyId - the agency
   * @param receiptNo - the receipt number
   */
  async getSubmission(agencyId: string, receiptNo: string): Promise<Submission | undefined> {
    checkRef({ agencyId, caseId: receiptNo });
    const [row] = await this.#db.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2`,
      [agencyId, receiptNo],
    );
    return row === undefined ? undefined : toSubmission(row);
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
  async registerSubmission(agencyId: string, receiptNo: string, input: RegisterSubmissionInput): Promise<CaseRef> {
    idArgument('receiptNo', receiptNo);
    const caseId = input.caseId ?? receiptNo;
    checkRef({ agencyId, caseId });
    dateArgument('on', input.on);
    refuseNul('登记信息', input);
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.query<SubmissionRow>(
        `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2 FOR UPDATE`,
        [agencyId, receiptNo],
      );
      if (row === undefined)
        throw new StoreError([createIssue('store.submissionUnknown', { receiptNo }, ['receiptNo'])]);
      if (row.case_id !== null || row.payload === null) {
        throw new StoreError([
          createIssue('store.submissionRegistered', { receiptNo, caseId: row.case_id ?? '' }, ['receiptNo']),
        ]);
      }
      const application: Application = {
        applicant: { ...row.payload.applicant, ...(row.personal ?? {}) },
        request: row.payload.request,
      };
      const parsed = safeParseCaseEvents([applicationEvent(application, row.submitted_on, input.actor, input.on)]);
      if (!parsed.success) throw new StoreError(parsed.issues);
      const ref = { agencyId, caseId };
      await this.#appendIn(tx, ref, parsed.data, 0);
      await tx.query(
        `UPDATE gk_submissions SET case_id = $3, registered_on = $4, payload = NULL, personal = NULL
         WHERE agency_id = $1 AND receipt_no = $2`,
        [agencyId, receiptNo, caseId, input.on],
      );
      return ref;
    });
  }

  /**
   * What an applicant may see of an application: its dates and, once registered, its case. A wrong
   * code and an unknown receipt number both give `undefined`, after the same work.
   * @param agencyId - the agency
   * @param receiptNo - the receipt number
   * @param code - the look-up code (case and spaces do not matter)
   */
  async lookupSubmission(agencyId: string, receiptNo: string, code: string): Promise<SubmissionStatus | undefined> {
    idArgument('agencyId', agencyId);
    // Whatever a visitor types is looked up, never passed on raw: a bad value simply finds nothing.
    if (typeof receiptNo !== 'string' || typeof code !== 'string' || hasControlCharacter(receiptNo + code))
      return undefined;
    const [row] = await this.#db.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2`,
      [agencyId, receiptNo.trim()],
    );
    if (!(await verifySecret(normalizeLookupCode(code), row?.code_hash, { kind: 'code' })) || row === undefined)
      return undefined;
    const summary = row.case_id === null ? undefined : await this.getCase({ agencyId, caseId: row.case_id });
    return {
      receiptNo: row.receipt_no,
      submittedOn: row.submitted_on as LocalDate,
      registeredOn: row.registered_on as LocalDate | null,
      case: summary ?? null,
    };
  }

  /**
   * Saves a document the portal publishes, replacing an earlier one with the same reference. The
   * store keeps JSON and does not check its shape: parse it with its package when reading.
   * @param ref - agency, kind and id
   * @param body - any JSON value
   */
  async putDocument(ref: DocumentRef, body: unknown): Promise<void> {
    checkDocumentRef(ref);
    refuseNul('文档', body);
    await this.#db.query(
      `INSERT INTO gk_documents (agency_id, kind, id, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (agency_id, kind, id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
      [ref.agencyId, ref.kind, ref.id, JSON.stringify(body)],
    );
  }

  /**
   * A document, or `undefined`.
   * @param ref - agency, kind and id
   */
  async getDocument<T = unknown>(ref: DocumentRef): Promise<T | undefined> {
    checkDocumentRef(ref);
    const [row] = await this.#db.query<{ body: T }>(
      'SELECT body FROM gk_documents WHERE agency_id = $1 AND kind = $2 AND id = $3',
      [ref.agencyId, ref.kind, ref.id],
    );
    return row?.body;
  }

  /**
   * An agency's documents of one kind, by id.
   * @param agencyId - the agency
   * @param kind - the kind
   */
  async documents<T = unknown>(agencyId: string, kind: string): Promise<StoredDocument<T>[]> {
    checkDocumentRef({ agencyId, kind });
    return this.#db.query<{ id: string; body: T }>(
      'SELECT id, body FROM gk_documents WHERE agency_id = $1 AND kind = $2 ORDER BY id',
      [agencyId, kind],
    );
  }

  /**
   * A case evaluated as of `today` (the projection is as of its last event): due dates, workdays left,
   * overdue findings. Personal data is read to evaluate (an ID number is checked) but returned masked,
   * so nothing is recorded as a disclosure.
   * @param ref - the case
   * @param today - `YYYY-MM-DD`
   * @returns the state, or `undefined` for an unknown case
   */
  async caseState(ref: CaseRef, today: string): Promise<CaseState | undefined> {
    checkRef(ref);
    dateArgument('today', today);
    const rows = await this.#eventRows(ref);
    if (rows.length === 0) return undefined;
    const state = evaluateCase(
      rows.map((row) => mergePersonalData(row.payload, row.personal)),
      { calendar: this.#calendar, today },
    );
    return { ...state, applicant: maskedApplicant(state) };
  }

  /**
   * A case's projection, or `undefined` for an unknown case.
   * @param ref - the case
   */
  async getCase(ref: CaseRef): Promise<CaseSummary | undefined> {
    checkRef(ref);
    const [row] = await this.#db.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE agency_id = $1 AND case_id = $2`,
      [ref.agencyId, ref.caseId],
    );
    return row === undefined ? undefined : toSummary(row);
  }

  /**
   * Open cases due from today to `withinWorkdays` workdays ahead, soonest first.
   * @param today - `YYYY-MM-DD`
   * @param withinWorkdays - how far ahead
   * @param filter - an agency
   */
  async dueSoon(today: string, withinWorkdays: number, filter: AgencyFilter = {}): Promise<CaseSummary[]> {
    dateArgument('today', today);
    wholeArgument('withinWorkdays', withinWorkdays, 0, 250);
    checkFilter(filter);
    const horizon = this.#calendar.addWorkdays(today, withinWorkdays);
    const rows = await this.#db.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE concluded_on IS NULL AND due_on >= $1 AND due_on <= $2
       ${filter.agencyId === undefined ? '' : 'AND agency_id = $3'} ORDER BY due_on, agency_id, case_id`,
      filter.agencyId === undefined ? [today, horizon] : [today, horizon, filter.agencyId],
    );
    return rows.map(toSummary);
  }

  /**
   * Open cases past their due date, most overdue first.
   * @param today - `YYYY-MM-DD`
   * @param filter - an agency
   */
  async overdue(today: string, filter: AgencyFilter = {}): Promise<CaseSummary[]> {
    dateArgument('today', today);
    checkFilter(filter);
    const rows = await this.#db.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE concluded_on IS NULL AND due_on < $1
       ${filter.agencyId === undefined ? '' : 'AND agency_id = $2'} ORDER BY due_on, agency_id, case_id`,
      filter.agencyId === undefined ? [today] : [today, filter.agencyId],
    );
    return rows.map(toSummary);
  }

  /**
   * Cases by agency and status.
   * @param filter - agency and status, either or both
   */
  async cases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    checkFilter(filter);
    if (filter.status !== undefined) oneOfArgument('status', filter.status, CASE_STATUSES);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.agencyId !== undefined) conditions.push(`agency_id = $${String(params.push(filter.agencyId))}`);
    if (filter.status !== undefined) conditions.push(`status = $${String(params.push(filter.status))}`);
    const rows = await this.#db.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM gk_cases ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`} ORDER BY agency_id, case_id`,
      params,
    );
    return rows.map(toSummary);
  }

  /**
   * The input of a year's annual report: every case that touches the year, in the shape
   * `buildAnnualReport` reads.
   * @param year - the report's year
   * @param filter - an agency, or all agencies
   */
  async reportCases(year: number, filter: AgencyFilter = {}): Promise<ReportCase[]> {
    wholeArgument('year', year, 1949, 9999);
    checkFilter(filter);
    const first = `${String(year)}-01-01`;
    const last = `${String(year)}-12-31`;
    const rows = await this.#db.query<{
      received_on: string | null;
      concluded_on: string | null;
      outcome: CaseState['outcome'];
      applicant_kind: 'naturalPerson' | 'organization' | null;
      applicant_category: OrganizationCategory | null;
      fee_amount: string | null;
      fee_paid_on: string | null;
    }>(
      `SELECT received_on::text AS received_on, concluded_on::text AS concluded_on, outcome, applicant_kind, applicant_category,
              fee_amount::text AS fee_amount, fee_paid_on::text AS fee_paid_on
       FROM gk_cases
       WHERE ((received_on <= $2 AND (concluded_on IS NULL OR concluded_on >= $1)) OR (fee_paid_on BETWEEN $1 AND $2))
       ${filter.agencyId === undefined ? '' : 'AND agency_id = $3'}`,
      filter.agencyId === undefined ? [first, last] : [first, last, filter.agencyId],
    );
    return rows.map((row) => ({
      receivedOn: row.received_on as LocalDate | null,
      concludedOn: row.concluded_on as LocalDate | null,
      outcome: row.outcome,
      applicant:
        row.applicant_kind === 'naturalPerson'
          ? { kind: 'naturalPerson' }
          : row.applicant_kind === 'organization'
            ? { kind: 'organization', category: row.applicant_category ?? 'other' }
            : null,
      fee:
        row.fee_amount === null
          ? null
          : { amount: Number(row.fee_amount), paidOn: row.fee_paid_on as LocalDate | null },
    }));
  }

  /**
   * Rebuilds every projection from the events (after a change of rules, or to audit them).
   * @returns the number of cases rebuilt
   */
  async rebuildProjections(): Promise<number> {
    const refs = await this.#db.query<{ agency_id: string; case_id: string }>(
      'SELECT DISTINCT agency_id, case_id FROM gk_events ORDER BY agency_id, case_id',
    );
    for (const { agency_id: agencyId, case_id: caseId } of refs) {
      await this.#db.transaction(async (tx) => {
        const rows = await tx.query<EventRow>(
          `SELECT e.version, e.payload, p.data AS personal FROM gk_events e LEFT JOIN gk_personal_data p USING (agency_id, case_id, version)
           WHERE e.agency_id = $1 AND e.case_id = $2 ORDER BY e.version`,
          [agencyId, caseId],
        );
        const events = rows.map((row) => mergePersonalData(row.payload, row.personal));
        await this.#project(tx, { agencyId, caseId }, events, rows.length);
      });
    }
    return refs.length;
  }

  /**
   * Recomputes the audit chain: every case's versions dense from 1, each link's `prev_hash` the hash
   * of the event before it, each hash the SHA-256 of its predecessor and its event (personal data
   * included). Reports the first broken link.
   * @param ref - one case, or every case when omitted
   */
  async verifyChain(ref?: CaseRef): Promise<ChainVerification> {
    if (ref !== undefined) checkRef(ref);
    const rows = await this.#db.query<EventRow>(
      `SELECT e.agency_id, e.case_id, e.version, e.payload, e.prev_hash, e.hash, p.data AS personal
       FROM gk_events e LEFT JOIN gk_personal_data p USING (agency_id, case_id, version)
       ${ref === undefined ? '' : 'WHERE e.agency_id = $1 AND e.case_id = $2'}
       ORDER BY e.agency_id, e.case_id, e.version`,
      ref === undefined ? [] : [ref.agencyId, ref.caseId],
    );
    let previous = GENESIS;
    let expected = 1;
    let current = '';
    for (const row of rows) {
      const key = `${row.agency_id}\u0000${row.case_id}`;
      if (key !== current) {
        current = key;
        previous = GENESIS;
        expected = 1;
      }
      const at = { agencyId: row.agency_id, caseId: row.case_id, version: row.version };
      if (row.version !== expected) return { ok: false, events: rows.length, brokenAt: at, reason: 'gap' };
      if (row.prev_hash !== previous) return { ok: false, events: rows.length, brokenAt: at, reason: 'previousHash' };
      const event = mergePersonalData(row.payload, row.personal);
      if (linkHash(previous, row.agency_id, row.case_id, row.version, event) !== row.hash) {
        return { ok: false, events: rows.length, brokenAt: at, reason: 'hash' };
      }
      previous = row.hash;
      expected += 1;
    }
    return { ok: true, events: rows.length };
  }

  /** Every event's place and full hash, in (agency, case, version) order. */
  #heads(): Promise<EventHead[]> {
    return this.#db
      .query<{ agency_id: string; case_id: string; version: number; hash: string }>(
        'SELECT agency_id, case_id, version, hash FROM gk_events ORDER BY agency_id, case_id, version',
      )
      .then((rows) =>
        rows.map((row) => ({ agencyId: row.agency_id, caseId: row.case_id, version: row.version, hash: row.hash })),
      );
  }

  /**
   * Signs a checkpoint of the audit log with the audit key (HMAC-SHA256), keeps it in the append-only
   * `gk_checkpoints` table and returns it to be exported: keep the file (or its `root`) outside the
   * database. The key never reaches the database. Take one daily (`gk store checkpoint`).
   * @param key - the audit key, at least 32 characters, from configuration
   * @returns the checkpoint
   */
  async checkpoint(key: string | Uint8Array): Promise<AuditCheckpoint> {
    auditKeyBytes(key);
    const checkpoint = signCheckpoint(await this.#heads(), key, new Date().toISOString());
    await this.#db.query('INSERT INTO gk_checkpoints (created_at, root, body) VALUES ($1, $2, $3)', [
      checkpoint.createdAt,
      checkpoint.root,
      JSON.stringify(checkpoint),
    ]);
    return checkpoint;
  }

  /** The latest checkpoint kept in the database, or `undefined`. */
  async latestCheckpoint(): Promise<AuditCheckpoint | undefined> {
    const [row] = await this.#db.query<{ body: unknown }>('SELECT body FROM gk_checkpoints ORDER BY id DESC LIMIT 1');
    return row === undefined ? undefined : (asCheckpoint(row.body) ?? undefined);
  }

  /**
   * Checks the audit log against a signed checkpoint — an exported one, or the latest in the
   * database — then checks the hash chain. See {@link AuditVerification}.
   * @param key - the audit key
   * @param checkpoint - an exported checkpoint; the latest kept in the database when omitted
   */
  async verifyAudit(key: string | Uint8Array, checkpoint?: AuditCheckpoint): Promise<AuditVerification> {
    auditKeyBytes(key);
    const heads = await this.#heads();
    const events = heads.length;
    const anchor = checkpoint ?? (await this.latestCheckpoint());
    if (anchor === undefined) return { ok: false, events, reason: 'noCheckpoint' };
    if (asCheckpoint(anchor) === null || !checkpointSigned(anchor, key))
      return { ok: false, events, reason: 'signature' };
    const difference = compareCheckpoint(anchor, heads);
    if (difference !== null) {
      const { reason, ...brokenAt } = difference;
      return { ok: false, events, reason, brokenAt } as AuditVerification;
    }
    const chain = await this.verifyChain();
    if (!chain.ok) return { ok: false, events, reason: chain.reason, brokenAt: chain.brokenAt };
    return { ok: true, events, checkpoint: { createdAt: anchor.createdAt, root: anchor.root, events: anchor.events } };
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.#db.close();
  }
}

function maskedApplicant(state: CaseState): CaseState['applicant'] {
  return state.applicant === null ? null : splitApplicant(state.applicant).masked;
}

/**
 * Opens a store, applying the migrations it lacks: `{ dataDir }` or `{ memory: true }` for embedded
 * PGlite, `{ connectionString }` for a PostgreSQL server or a compatible engine. A PGlite data
 * directory belongs to one process at a time: the store takes `<dataDir>.lock`, and a second opener
 * fails at once with a `StoreError` naming the holder (for several processes, use a PostgreSQL server).
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
    const { default: pg } = await import('pg');
    db = poolDb(new pg.Pool({ connectionString: location.connectionString, max: location.maxConnections ?? 10 }));
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const lock = 'dataDir' in location ? lockDataDir(location.dataDir) : undefined;
    try {
      const pglite = pgliteDb(await PGlite.create('dataDir' in location ? { dataDir: location.dataDir } : {}));
      db = { ...pglite, close: () => pglite.close().finally(() => lock?.release()) };
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  await migrate(db);
  return new Store(db, options.calendar ?? chinaCalendar);
}
