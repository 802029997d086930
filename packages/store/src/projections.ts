// Projections: each case's evaluated state in gk_cases, and the queues and report inputs read from it.
import type { LocalDate } from '@gk/core';
import type { ReportCase } from '@gk/annual-report';
import type { CaseEvent, CaseState, OrganizationCategory } from '@gk/request-workflow';
import { CASE_STATUS_LABELS, evaluateCase } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import { dateArgument, oneOfArgument, wholeArgument } from './internal/arguments.js';
import type { Db } from './db.js';
import { canonicalJson } from './internal/canonical.js';
import { checkFilter, checkRef, maskedApplicant } from './internal/refs.js';
import type { AgencyFilter, CaseFilter, CaseRef, CaseSummary } from './store-types.js';
import type { EventRow } from './internal/event-rows.js';
import { eventOf, selectEventRows } from './internal/event-rows.js';

/** A row of `gk_cases` as {@link CASE_COLUMNS} selects it. */
export interface CaseRow extends Record<string, unknown> {
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

/** The columns a case's summary is read from. */
export const CASE_COLUMNS =
  'agency_id, case_id, version, status, received_on::text AS received_on, due_on::text AS due_on, concluded_on::text AS concluded_on, applicant_kind, applicant_category, outcome, summary';

/** A case's summary from its row. */
export function toSummary(row: CaseRow): CaseSummary {
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

const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS) as CaseState['status'][];

/** Writes a case's projection (its evaluated state, masked) from its events. */
export async function project(
  db: Db,
  calendar: WorkdayCalendar,
  ref: CaseRef,
  events: readonly CaseEvent[],
  version: number,
): Promise<void> {
  const lastOn = events.reduce(
    (latest, event) => (event.on > latest ? event.on : latest),
    events[0]?.on ?? '1970-01-01',
  );
  const state = evaluateCase(events, { calendar: calendar, today: lastOn });
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

/** `Store.rebuildProjections` over a database handle; documented there. Each case in its own transaction. */
export async function rebuildProjections(db: Db, calendar: WorkdayCalendar): Promise<number> {
  const refs = await caseRefs(db);
  for (const ref of refs) await db.transaction((tx) => rebuildCase(tx, calendar, ref));
  return refs.length;
}

/** Rebuilds every case's projection inside the caller's transaction (a migration's). */
export async function rebuildProjectionsIn(tx: Db, calendar: WorkdayCalendar): Promise<number> {
  const refs = await caseRefs(tx);
  for (const ref of refs) await rebuildCase(tx, calendar, ref);
  return refs.length;
}

async function caseRefs(db: Db): Promise<CaseRef[]> {
  const rows = await db.query<{ agency_id: string; case_id: string }>(
    'SELECT DISTINCT agency_id, case_id FROM gk_events ORDER BY agency_id, case_id',
  );
  return rows.map((row) => ({ agencyId: row.agency_id, caseId: row.case_id }));
}

async function rebuildCase(tx: Db, calendar: WorkdayCalendar, ref: CaseRef): Promise<void> {
  const rows = await selectEventRows(tx, ref);
  await project(tx, calendar, ref, rows.map(eventOf), rows.length);
}

/** `Store.caseState` over a database handle; documented there. */
export async function caseState(
  db: Db,
  calendar: WorkdayCalendar,
  ref: CaseRef,
  today: string,
): Promise<CaseState | undefined> {
  checkRef(ref);
  dateArgument('today', today);
  const rows = await selectEventRows(db, ref);
  return rows.length === 0 ? undefined : stateAsOf(rows, calendar, today);
}

/**
 * A case's state from its event rows, evaluated as of `today`, with the applicant masked: what
 * `Store.caseState` and `Store.agencyRecords` return.
 */
export function stateAsOf(rows: readonly EventRow[], calendar: WorkdayCalendar, today: string): CaseState {
  const state = evaluateCase(rows.map(eventOf), { calendar, today });
  return { ...state, applicant: maskedApplicant(state) };
}

/** `Store.getCase` over a database handle; documented there. */
export async function getCase(db: Db, ref: CaseRef): Promise<CaseSummary | undefined> {
  checkRef(ref);
  const [row] = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM gk_cases WHERE agency_id = $1 AND case_id = $2`, [
    ref.agencyId,
    ref.caseId,
  ]);
  return row === undefined ? undefined : toSummary(row);
}

/** `Store.dueSoon` over a database handle; documented there. */
export async function dueSoon(
  db: Db,
  calendar: WorkdayCalendar,
  today: string,
  withinWorkdays: number,
  filter: AgencyFilter = {},
): Promise<CaseSummary[]> {
  dateArgument('today', today);
  wholeArgument('withinWorkdays', withinWorkdays, 0, 250);
  checkFilter(filter);
  const horizon = calendar.addWorkdays(today, withinWorkdays);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE concluded_on IS NULL AND due_on >= $1 AND due_on <= $2
     ${filter.agencyId === undefined ? '' : 'AND agency_id = $3'} ORDER BY due_on, agency_id, case_id`,
    filter.agencyId === undefined ? [today, horizon] : [today, horizon, filter.agencyId],
  );
  return rows.map(toSummary);
}

/** `Store.overdue` over a database handle; documented there. */
export async function overdue(db: Db, today: string, filter: AgencyFilter = {}): Promise<CaseSummary[]> {
  dateArgument('today', today);
  checkFilter(filter);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE concluded_on IS NULL AND due_on < $1
     ${filter.agencyId === undefined ? '' : 'AND agency_id = $2'} ORDER BY due_on, agency_id, case_id`,
    filter.agencyId === undefined ? [today] : [today, filter.agencyId],
  );
  return rows.map(toSummary);
}

/** `Store.cases` over a database handle; documented there. */
export async function cases(db: Db, filter: CaseFilter = {}): Promise<CaseSummary[]> {
  checkFilter(filter);
  if (filter.status !== undefined) oneOfArgument('status', filter.status, CASE_STATUSES);
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.agencyId !== undefined) conditions.push(`agency_id = $${String(params.push(filter.agencyId))}`);
  if (filter.status !== undefined) conditions.push(`status = $${String(params.push(filter.status))}`);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM gk_cases ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`} ORDER BY agency_id, case_id`,
    params,
  );
  return rows.map(toSummary);
}

/** `Store.reportCases` over a database handle; documented there. */
export async function reportCases(db: Db, year: number, filter: AgencyFilter = {}): Promise<ReportCase[]> {
  wholeArgument('year', year, 1949, 9999);
  checkFilter(filter);
  const first = `${String(year)}-01-01`;
  const last = `${String(year)}-12-31`;
  const rows = await db.query<{
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
      row.fee_amount === null ? null : { amount: Number(row.fee_amount), paidOn: row.fee_paid_on as LocalDate | null },
  }));
}
