// The state being folded while `evaluateCase` reads a case's events, and what a reducer may use.
import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { epochDayOf } from '@gk/core';
import type { CaseClock } from './answer-period.js';
import { isRecord, isText } from './application.js';
import type { CaseState, PartyConsultation } from './case-state.js';
import type { Actor } from './events.js';
import type { Pause } from './pauses.js';
import type { ProcedureFindingParams, RequestIssue } from './request-issues.js';

/** An actor: an object with a visible `id`. */
export const isActor = (value: unknown): value is Actor => isRecord(value) && isText(value.id);
/** A valid `YYYY-MM-DD` date. */
export const isDate = (value: unknown): value is LocalDate =>
  typeof value === 'string' && !Number.isNaN(epochDayOf(value));
/** A type with its top-level fields writable: the draft of a `CaseState` part while it is folded. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A consultation while it is folded: its pause is shared with the answer clock. */
export type OpenConsultation = Writable<PartyConsultation> & { pause: Pause };

/** The parts of `CaseState` a draft holds as they are, writable. */
type DraftedState = Writable<
  Pick<
    CaseState,
    | 'receivedOn'
    | 'channel'
    | 'applicant'
    | 'request'
    | 'deferral'
    | 'reasonRequestedOn'
    | 'outcome'
    | 'citations'
    | 'answeredOn'
    | 'concludedOn'
    | 'archived'
  >
>;

/** The state being folded: what `CaseState` is made from once every event is applied. */
export interface CaseDraft extends DraftedState {
  /** The start of the answer period: receipt, or the clarification's arrival; `null` while none runs. */
  base: LocalDate | null;
  readonly pauses: Pause[];
  readonly consultations: OpenConsultation[];
  clarification: Writable<NonNullable<CaseState['clarification']>> | null;
  clarificationPending: boolean;
  extension: Writable<NonNullable<CaseState['extension']>> | null;
  fee: Writable<NonNullable<CaseState['fee']>> | null;
  delivery: Writable<NonNullable<CaseState['delivery']>> | null;
  feePause: Pause | null;
  decision: NonNullable<CaseState['decision']> | null;
  closed: boolean;
  withdrawn: boolean;
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
  delivery: null,
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
