// The store's public shapes: where data lives, case references and summaries, inbox and documents.
import type { LocalDate } from '@gk/core';
import type { ReportCase } from '@gk/annual-report';
import type { Actor, Application, CaseState } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';

/** Where to keep the data: an embedded PGlite directory (or memory), or a PostgreSQL server. */
export type StoreLocation =
  | { readonly dataDir: string }
  | { readonly memory: true }
  | { readonly connectionString: string; readonly maxConnections?: number };

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** The working-day calendar for the projections, `chinaCalendar` by default. */
  readonly calendar?: WorkdayCalendar;
  /**
   * A read-only store on a hot standby (`DATABASE_READ_URL`): no migrations are run (the primary runs
   * them and replication brings them); opening fails with `store.standbyBehind` until the standby has
   * this version's schema. Writes fail with the server's read-only error.
   */
  readonly readOnly?: boolean;
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
  /** The agency the case belongs to. */
  readonly agencyId: string;
  /** The case's number within its agency. */
  readonly caseId: string;
  /** The number of events stored: the version to pass to `append` for the next write. */
  readonly version: number;
  /** Where the case stands (`CaseStatus`). */
  readonly status: CaseState['status'];
  /** 收到申请之日, or `null` before receipt. */
  readonly receivedOn: LocalDate | null;
  /** The answer's due date, or `null` (no answer period running). */
  readonly dueOn: LocalDate | null;
  /** The day the case ended (answered, closed, withdrawn), or `null`. */
  readonly concludedOn: LocalDate | null;
  /** Whether the applicant is a person or an organisation, for the annual report's columns. */
  readonly applicantKind: 'naturalPerson' | 'organization' | null;
  /** An organisation's category (商业企业 …), for the annual report's columns. */
  readonly applicantCategory: string | null;
  /** The decision's outcome code, or `null` before a decision. */
  readonly outcome: CaseState['outcome'];
  /** The evaluated state, personal data masked. */
  readonly state: CaseState;
}

/** Narrows a query to one agency. */
export interface AgencyFilter {
  /** The agency; all agencies when omitted. */
  readonly agencyId?: string;
}

/** Options of `Store.caseState`. */
export interface CaseStateOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

/** Options of `Store.overdue`: today, and an agency (all agencies when omitted). */
export interface StoreOverdueOptions extends AgencyFilter {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

/** Options of `Store.dueSoon`: today, how far ahead, and an agency (all agencies when omitted). */
export interface StoreDueSoonOptions extends StoreOverdueOptions {
  /** How many workdays ahead to look (today's included). */
  readonly withinWorkdays: number;
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
  /** The day the applicant withdrew it online before registration; a withdrawn one is never registered. */
  readonly withdrawnOn: LocalDate | null;
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
  /** The day the applicant withdrew it online before registration, or `null`. */
  readonly withdrawnOn: LocalDate | null;
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
