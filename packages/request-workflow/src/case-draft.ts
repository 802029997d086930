// The state being folded while `evaluateCase` reads a case's events, and what a reducer may use.
import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { epochDayOf } from '@gk/core';
import type { CaseClock } from './answer-period.js';
import { isRecord, isText } from './application.js';
import type {
  Actor,
  Applicant,
  ConsultationParty,
  ConsultationReply,
  FeeMethod,
  ReceiptChannel,
  RequestContent,
} from './events.js';
import type { Outcome } from './outcomes.js';
import type { Pause } from './pauses.js';
import type { ProcedureFindingParams, RequestIssue } from './request-issues.js';

/** An actor: an object with a visible `id`. */
export const isActor = (value: unknown): value is Actor => isRecord(value) && isText(value.id);
/** A valid `YYYY-MM-DD` date. */
export const isDate = (value: unknown): value is LocalDate =>
  typeof value === 'string' && !Number.isNaN(epochDayOf(value));
/** A consultation while it is folded: its pause is shared with the answer clock. */
export interface OpenConsultation {
  party: ConsultationParty;
  partyName?: string;
  startedOn: LocalDate;
  receivedOn: LocalDate | null;
  replyDueOn: LocalDate | null;
  replyDueOnProvisional: boolean;
  endedOn: LocalDate | null;
  reply: ConsultationReply | null;
  deemedConsent: boolean;
  pause: Pause;
}

/** The state being folded: what `CaseState` is made from once every event is applied. */
export interface CaseDraft {
  receivedOn: LocalDate | null;
  channel: ReceiptChannel | null;
  applicant: Applicant | null;
  request: RequestContent | null;
  /** The start of the answer period: receipt, or the clarification's arrival; `null` while none runs. */
  base: LocalDate | null;
  readonly pauses: Pause[];
  readonly consultations: OpenConsultation[];
  clarification: {
    requestedOn: LocalDate;
    items: readonly string[];
    dueOn: LocalDate | null;
    dueOnProvisional: boolean;
    receivedOn: LocalDate | null;
  } | null;
  clarificationPending: boolean;
  extension: {
    workdays: number;
    approvedOn: LocalDate;
    approver: Actor | null;
    dueOn: LocalDate | null;
    dueOnProvisional: boolean;
  } | null;
  deferral: { until: LocalDate; reason: string; setOn: LocalDate } | null;
  reasonRequestedOn: LocalDate | null;
  fee: {
    noticeOn: LocalDate;
    receivedOn: LocalDate | null;
    amount: number;
    method: FeeMethod;
    dueOn: LocalDate | null;
    dueOnProvisional: boolean;
    paidOn: LocalDate | null;
  } | null;
  feePause: Pause | null;
  outcome: Outcome | null;
  citations: readonly LegalCitation[];
  decision: {
    decidedOn: LocalDate;
    reason: string | null;
    disclosedParts: readonly string[];
    withheldParts: readonly string[];
    howToObtain: string | null;
    obtainTime: string | null;
    responsibleAgency: { name: string; contact: string } | null;
  } | null;
  answeredOn: LocalDate | null;
  concludedOn: LocalDate | null;
  closed: boolean;
  withdrawn: boolean;
  archived: boolean;
  /** The latest event date so far. */
  previousOn: LocalDate | null;
}

/** A draft before any event. */
export const emptyDraft = (): CaseDraft => ({
  receivedOn: null,
  channel: null,
  applicant: null,
  request: null,
  base: null,
  pauses: [],
  consultations: [],
  clarification: null,
  clarificationPending: false,
  extension: null,
  deferral: null,
  reasonRequestedOn: null,
  fee: null,
  feePause: null,
  outcome: null,
  citations: [],
  decision: null,
  answeredOn: null,
  concludedOn: null,
  closed: false,
  withdrawn: false,
  archived: false,
  previousOn: null,
});

/** Records a finding; the article is the finding's own unless given. */
export type Find = <C extends keyof ProcedureFindingParams>(
  code: C,
  params: ProcedureFindingParams[C],
  path: IssuePath,
  extra?: { citation?: LegalCitation; severity?: 'error' | 'warning' },
) => void;

/** What a reducer may use besides the draft: the clock, the issue and finding sinks, the settings. */
export interface FoldContext {
  readonly clock: CaseClock;
  readonly issues: RequestIssue[];
  readonly find: Find;
  /** Whether a fee notice pauses the answer period (`CaseSettings.feeTime`). */
  readonly feePauses: boolean;
}
