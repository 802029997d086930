// The applicant's side online: what they may read of their application and its case, and the steps they
// may take themselves — supplying a clarification, withdrawing, opening an answer delivered online.
import type { LocalDate } from '@gk/core';
import { createIssue, hasVisibleText } from '@gk/core';
import type {
  Actor,
  AllowedAction,
  Application,
  ApplicantActionType,
  CaseEvent,
  CaseState,
  ClarificationAnswer,
} from '@gk/request-workflow';
import { applicantActions, evaluateCase, MAX_TEXT_LENGTH, upcastApplication } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import { dateArgument, idArgument, refuseNul } from './internal/arguments.js';
import type { Db } from './db.js';
import { recordDisclosure } from './disclosure-log.js';
import { ConflictError, StoreError } from './errors.js';
import { eventOf, maskedEventOf, selectEventRows } from './internal/event-rows.js';
import { maskedApplicant } from './internal/refs.js';
import { append } from './event-log.js';
import type { SubmissionRow } from './inbox.js';
import { SUBMISSION_COLUMNS } from './inbox.js';

/** The actor of the steps an applicant takes online. */
export const ONLINE_APPLICANT: Actor = { id: 'applicant', role: 'applicant', name: '申请人（网上办理）' };

/** What an applicant may read of an application: the submission, the application, the case. */
export interface ApplicantRecord {
  readonly agencyId: string;
  readonly receiptNo: string;
  readonly submittedOn: LocalDate;
  /** The day a registrar confirmed it (收到申请之日, 第三十一条第（三）项), or `null`. */
  readonly registeredOn: LocalDate | null;
  /** The day the applicant withdrew it before it was registered, or `null`. */
  readonly withdrawnOn: LocalDate | null;
  /** The application as submitted: the applicant's own data when read with a reason, masked otherwise. */
  readonly application: Application | null;
  /** The case, once registered. */
  readonly caseId: string | null;
  /** The case's version (its number of events); 0 before registration. */
  readonly version: number;
  /** The case as of the day; `null` before registration. */
  readonly state: CaseState | null;
  /** The case's events, in order (masked unless read with a reason). */
  readonly events: readonly CaseEvent[];
  /** The steps the applicant may take now (`applicantActions`); a withdrawal before registration too. */
  readonly actions: readonly ApplicantActionType[];
}

/** Options of {@link ApplicantStore.record}. */
export interface ApplicantRecordOptions {
  /** `YYYY-MM-DD`: the day the case is evaluated as of. */
  readonly today: string;
  /**
   * Why the applicant's own personal data is read unmasked (a copy of the application, a notice to
   * print); recorded in the disclosure log with the actor `applicant`.
   */
  readonly reveal?: string;
}

/** A step the applicant takes online. */
export type ApplicantStep =
  | { readonly type: 'clarificationReceived'; readonly supplied: readonly ClarificationAnswer[] }
  | { readonly type: 'withdrawn'; readonly reason?: string }
  | { readonly type: 'answerOpened' };

/** Options of {@link ApplicantStore.act}. */
export interface ApplicantStepOptions {
  /** `YYYY-MM-DD`: the day of the step. */
  readonly today: string;
  /** The instant, ISO 8601 with an offset, where known. */
  readonly at?: string;
}

/** How many times a step is retried when a member of staff writes to the case at the same moment. */
const RETRIES = 3;

const refused = (step: string): StoreError => new StoreError([createIssue('store.applicantStep', { step }, ['type'])]);

/** The applicant's side of the inbox and the cases (`store.applicants`). */
export class ApplicantStore {
  readonly #db: Db;
  readonly #calendar: () => WorkdayCalendar;

  /** @internal */
  constructor(db: Db, calendar: () => WorkdayCalendar) {
    this.#db = db;
    this.#calendar = calendar;
  }

  /**
   * An application and its case as its applicant may read them. The portal calls it only after the
   * applicant gave the receipt number and look-up code (`Store.lookupSubmission`).
   * @param agencyId - the agency applied to
   * @param receiptNo - the receipt number
   * @param options - the day, and why personal data is read unmasked
   * @returns the record, or `undefined` for an unknown receipt number
   */
  async record(
    agencyId: string,
    receiptNo: string,
    options: ApplicantRecordOptions,
  ): Promise<ApplicantRecord | undefined> {
    idArgument('agencyId', agencyId);
    idArgument('receiptNo', receiptNo);
    dateArgument('today', options.today);
    const [row] = await this.#db.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM gk_submissions WHERE agency_id = $1 AND receipt_no = $2`,
      [agencyId, receiptNo],
    );
    if (row === undefined) return undefined;
    const reveal = options.reveal === undefined ? undefined : { actorId: ONLINE_APPLICANT.id, reason: options.reveal };
    const ref = { agencyId, caseId: row.case_id ?? receiptNo };
    if (reveal !== undefined) await recordDisclosure(this.#db, ref, reveal);
    const base = {
      agencyId,
      receiptNo: row.receipt_no,
      submittedOn: row.submitted_on as LocalDate,
      registeredOn: row.registered_on as LocalDate | null,
      withdrawnOn: row.withdrawn_on as LocalDate | null,
    };
    if (row.case_id === null) {
      const stored = row.payload === null ? null : upcastApplication(row.payload).value;
      const application =
        stored === null || reveal === undefined
          ? stored
          : { applicant: { ...stored.applicant, ...(row.personal ?? {}) }, request: stored.request };
      const actions: ApplicantActionType[] = row.withdrawn_on === null ? ['withdrawn'] : [];
      return { ...base, application, caseId: null, version: 0, state: null, events: [], actions };
    }
    const rows = await selectEventRows(this.#db, ref);
    const full = rows.map(eventOf);
    const evaluated = evaluateCase(full, { calendar: this.#calendar(), today: options.today });
    const state = reveal === undefined ? { ...evaluated, applicant: maskedApplicant(evaluated) } : evaluated;
    const events = reveal === undefined ? rows.map(maskedEventOf) : full;
    const received = events.find((event) => event.type === 'received');
    return {
      ...base,
      application: received === undefined ? null : { applicant: received.applicant, request: received.request },
      caseId: row.case_id,
      version: rows.length,
      state,
      events,
      actions: applicantActions(evaluated, { today: options.today }).map(
        (a: AllowedAction) => a.type as ApplicantActionType,
      ),
    };
  }

  /**
   * Takes a step for the applicant, if the case allows it now (`applicantActions`): the clarification
   * supplied against every item of the notice (dated today: the portal confirms it at once, so this is
   * the day the answer period restarts from, 第三十条、第三十一条第（三）项), a withdrawal (before
   * registration, the submission is marked withdrawn and never registered), the first opening of an
   * answer delivered electronically. A step the case does not allow is refused with `store.applicantStep`.
   * @param agencyId - the agency applied to
   * @param receiptNo - the receipt number
   * @param step - the step
   * @param options - the day (and instant) of the step
   * @returns the record after the step
   */
  async act(
    agencyId: string,
    receiptNo: string,
    step: ApplicantStep,
    options: ApplicantStepOptions,
  ): Promise<ApplicantRecord> {
    refuseNul('申请人的办理步骤', step);
    const { today } = options;
    for (let attempt = 0; ; attempt += 1) {
      const current = await this.record(agencyId, receiptNo, { today });
      if (current === undefined)
        throw new StoreError([createIssue('store.submissionUnknown', { receiptNo }, ['receiptNo'])]);
      if (!current.actions.includes(step.type)) throw refused(step.type);
      if (current.caseId === null) {
        // Withdrawn before registration: only if no registrar registered it in the meantime.
        const marked = await this.#db.query<{ receipt_no: string }>(
          `UPDATE gk_submissions SET withdrawn_on = $3 WHERE agency_id = $1 AND receipt_no = $2
           AND case_id IS NULL AND withdrawn_on IS NULL RETURNING receipt_no`,
          [agencyId, receiptNo, today],
        );
        if (marked.length > 0) return (await this.record(agencyId, receiptNo, { today }))!;
      } else {
        const event = stepEvent(step, current.state, options);
        try {
          await append(this.#db, this.#calendar(), { agencyId, caseId: current.caseId }, [event], current.version);
          return (await this.record(agencyId, receiptNo, { today }))!;
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
      if (attempt >= RETRIES) throw refused(step.type);
    }
  }
}

/** The event of a step, its clarification checked against the notice's items. */
function stepEvent(step: ApplicantStep, state: CaseState | null, options: ApplicantStepOptions): CaseEvent {
  const base = { on: options.today, ...(options.at === undefined ? {} : { at: options.at }), actor: ONLINE_APPLICANT };
  if (step.type === 'withdrawn')
    return {
      type: 'withdrawn',
      ...base,
      ...(step.reason === undefined || step.reason === '' ? {} : { reason: step.reason }),
    };
  if (step.type === 'answerOpened') return { type: 'answerOpened', ...base };
  const items = state?.clarification?.items ?? [];
  const supplied: unknown = step.supplied;
  const answers = Array.isArray(supplied) ? (supplied as unknown[]) : [];
  const matches =
    answers.length === items.length &&
    answers.every(
      (one, index) =>
        typeof one === 'object' &&
        one !== null &&
        (one as ClarificationAnswer).item === items[index] &&
        typeof (one as ClarificationAnswer).answer === 'string',
    );
  if (!matches) throw new StoreError([createIssue('store.clarificationItems', { count: items.length }, ['supplied'])]);
  const list = answers as ClarificationAnswer[];
  const tooLong = list.findIndex((one) => one.answer.length > MAX_TEXT_LENGTH);
  if (tooLong >= 0)
    throw new StoreError([
      createIssue(
        'store.argument',
        {
          name: 'supplied',
          expected: `不超过 ${String(MAX_TEXT_LENGTH)} 字的补正内容`,
          value: `${String(list[tooLong]!.answer.length)} 字`,
        },
        ['supplied', tooLong, 'answer'],
      ),
    ]);
  if (!list.some((one) => hasVisibleText(one.answer)))
    throw new StoreError([createIssue('store.clarificationEmpty', {}, ['supplied'])]);
  return {
    type: 'clarificationReceived',
    ...base,
    supplied: list.map((one) => ({ item: one.item, answer: one.answer.trim() })),
  };
}
