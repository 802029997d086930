// The inbox of online applications: submission with a receipt and look-up code, registration as a case.
import type { LocalDate } from '@gk/core';
import { createIssue, hasControlCharacter } from '@gk/core';
import type { Actor, Application, CaseEvent, ReceivedEvent } from '@gk/request-workflow';
import { checkApplication, safeParseCaseEvents, upcastApplication } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import { dateArgument, idArgument, refuseNul } from './internal/arguments.js';
import type { Db } from './db.js';
import { StoreError } from './errors.js';
import { canonicalJson } from './internal/canonical.js';
import { hashSecret, newLookupCode, normalizeLookupCode, verifySecret } from './internal/codes.js';
import { splitPersonalData } from './internal/personal-data.js';
import { checkRef, isUniqueViolation } from './internal/refs.js';
import type {
  CaseRef,
  RegisterSubmissionInput,
  Submission,
  SubmissionReceipt,
  SubmissionStatus,
} from './store-types.js';
import { appendIn } from './event-log.js';
import { getCase } from './projections.js';

/** A row of `gk_submissions` as {@link SUBMISSION_COLUMNS} selects it. */
export interface SubmissionRow extends Record<string, unknown> {
  agency_id: string;
  receipt_no: string;
  submitted_on: string;
  code_hash: string;
  payload: Application | null;
  personal: Record<string, unknown> | null;
  case_id: string | null;
  registered_on: string | null;
  withdrawn_on: string | null;
}

/** The columns a submission is read from. */
export const SUBMISSION_COLUMNS =
  'agency_id, receipt_no, submitted_on::text AS submitted_on, code_hash, payload, personal, case_id, registered_on::text AS registered_on, withdrawn_on::text AS withdrawn_on';

const toSubmission = (row: SubmissionRow): Submission => ({
  agencyId: row.agency_id,
  receiptNo: row.receipt_no,
  submittedOn: row.submitted_on as LocalDate,
  caseId: row.case_id,
  registeredOn: row.registered_on as LocalDate | null,
  withdrawnOn: row.withdrawn_on as LocalDate | null,
  application: row.payload === null ? null : upcastApplication(row.payload).value,
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

/** `Store.submitApplication` over a database handle; documented there. */
export async function submitApplication(
  db: Db,
  agencyId: string,
  application: Application,
  submittedOn: string,
): Promise<SubmissionReceipt> {
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
      const receiptNo = await db.transaction(async (tx) => {
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

/** `Store.pendingSubmissions` over a database handle; documented there. */
export async function pendingSubmissions(db: Db, agencyId: string): Promise<Submission[]> {
  idArgument('agencyId', agencyId);
  const rows = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND case_id IS NULL AND withdrawn_on IS NULL ORDER BY submitted_on, receipt_no`,
    [agencyId],
  );
  return rows.map(toSubmission);
}

/** `Store.getSubmission` over a database handle; documented there. */
export async function getSubmission(db: Db, agencyId: string, receiptNo: string): Promise<Submission | undefined> {
  checkRef({ agencyId, caseId: receiptNo });
  const [row] = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2`,
    [agencyId, receiptNo],
  );
  return row === undefined ? undefined : toSubmission(row);
}

/** `Store.registerSubmission` over a database handle; documented there. */
export async function registerSubmission(
  db: Db,
  calendar: WorkdayCalendar,
  agencyId: string,
  receiptNo: string,
  input: RegisterSubmissionInput,
): Promise<CaseRef> {
  idArgument('receiptNo', receiptNo);
  const caseId = input.caseId ?? receiptNo;
  checkRef({ agencyId, caseId });
  dateArgument('on', input.on);
  refuseNul('登记信息', input);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2 FOR UPDATE`,
      [agencyId, receiptNo],
    );
    if (row === undefined) throw new StoreError([createIssue('store.submissionUnknown', { receiptNo }, ['receiptNo'])]);
    if (row.withdrawn_on !== null)
      throw new StoreError([
        createIssue('store.submissionWithdrawn', { receiptNo, withdrawnOn: row.withdrawn_on }, ['receiptNo']),
      ]);
    if (row.case_id !== null || row.payload === null) {
      throw new StoreError([
        createIssue('store.submissionRegistered', { receiptNo, caseId: row.case_id ?? '' }, ['receiptNo']),
      ]);
    }
    const stored = upcastApplication(row.payload).value;
    const application: Application = {
      applicant: { ...stored.applicant, ...(row.personal ?? {}) },
      request: stored.request,
    };
    const parsed = safeParseCaseEvents([applicationEvent(application, row.submitted_on, input.actor, input.on)]);
    if (!parsed.success) throw new StoreError(parsed.issues);
    const ref = { agencyId, caseId };
    await appendIn(tx, calendar, ref, parsed.data, 0);
    await tx.query(
      `UPDATE gk_submissions SET case_id = $3, registered_on = $4, payload = NULL, personal = NULL
       WHERE agency_id = $1 AND receipt_no = $2`,
      [agencyId, receiptNo, caseId, input.on],
    );
    return ref;
  });
}

/** `Store.lookupSubmission` over a database handle; documented there. */
export async function lookupSubmission(
  db: Db,
  agencyId: string,
  receiptNo: string,
  code: string,
): Promise<SubmissionStatus | undefined> {
  idArgument('agencyId', agencyId);
  // Whatever a visitor types is looked up, never passed on raw: a bad value simply finds nothing.
  if (typeof receiptNo !== 'string' || typeof code !== 'string' || hasControlCharacter(receiptNo + code))
    return undefined;
  const [row] = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2`,
    [agencyId, receiptNo.trim()],
  );
  if (!(await verifySecret(normalizeLookupCode(code), row?.code_hash, { kind: 'code' })) || row === undefined)
    return undefined;
  const summary = row.case_id === null ? undefined : await getCase(db, { agencyId, caseId: row.case_id });
  return {
    receiptNo: row.receipt_no,
    submittedOn: row.submitted_on as LocalDate,
    registeredOn: row.registered_on as LocalDate | null,
    withdrawnOn: row.withdrawn_on as LocalDate | null,
    case: summary ?? null,
  };
}
