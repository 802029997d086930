import type { LegalCitation } from '@gk/core';
import { cite } from '@gk/core';
import type { CaseState } from './case-state.js';
import { CLOCK_CITATIONS } from './answer-period.js';
import type { ActorRole, CaseEventType } from './events.js';
import type { NoticeKind } from './notices/kinds.js';
import { noticeKindsForOutcome } from './notices/build.js';
import type { Outcome } from './outcomes.js';
import { OUTCOME_CODES } from './outcomes.js';

/** A step a staff desk may record on a case now: the event it appends, who may do it, and why. */
export interface AllowedAction {
  /** The event the step appends. */
  readonly type: CaseEventType;
  /** The roles that may take the step. */
  readonly roles: readonly ActorRole[];
  /** The article the step applies; `null` where no article governs it (a withdrawal, archiving). */
  readonly citation: LegalCitation | null;
  /** For a decision: the outcomes the case allows now, in the report's order. */
  readonly outcomes?: readonly Outcome[];
  /** For a delivery: the answers to the decision's outcome, one of which is delivered. */
  readonly notices?: readonly NoticeKind[];
}

/** Options of {@link allowedActions}. */
export interface AllowedActionsOptions {
  /** `YYYY-MM-DD`: a lapse (no clarification, no fee) is offered only after its period has ended. */
  readonly today: string;
}

const STAFF: readonly ActorRole[] = ['registrar', 'handler', 'head'];
/** Steps the applicant may also take online: supplying the clarification, withdrawing. */
const STAFF_OR_APPLICANT: readonly ActorRole[] = [...STAFF, 'applicant'];
const HANDLING: readonly ActorRole[] = ['handler', 'head'];

/** Who takes each step on a staff desk, and the article it applies. */
export const ACTION_RULES: Readonly<Record<CaseEventType, Omit<AllowedAction, 'type' | 'outcomes' | 'notices'>>> = {
  received: { roles: ['registrar'], citation: CLOCK_CITATIONS.receipt },
  clarificationRequested: { roles: STAFF, citation: CLOCK_CITATIONS.clarification },
  clarificationReceived: { roles: STAFF_OR_APPLICANT, citation: CLOCK_CITATIONS.clarification },
  clarificationLapsed: { roles: STAFF, citation: CLOCK_CITATIONS.clarification },
  consultationStarted: { roles: HANDLING, citation: cite('regulation', 32) },
  consultationEnded: { roles: HANDLING, citation: CLOCK_CITATIONS.consultationPause },
  extensionApproved: { roles: ['head'], citation: CLOCK_CITATIONS.extension },
  reasonRequested: { roles: HANDLING, citation: CLOCK_CITATIONS.deferral },
  deferralSet: { roles: ['head'], citation: CLOCK_CITATIONS.deferral },
  feeNoticeIssued: { roles: HANDLING, citation: cite('regulation', 42) },
  feePaid: { roles: STAFF, citation: cite('regulation', 42) },
  feeLapsed: { roles: STAFF, citation: cite('regulation', 42) },
  decided: { roles: HANDLING, citation: cite('regulation', 36) },
  delivered: { roles: STAFF, citation: cite('regulation', 33) },
  answerOpened: { roles: ['applicant'], citation: cite('reconsiderationLaw', 20, 1) },
  archived: { roles: ['registrar', 'head'], citation: null },
  withdrawn: { roles: STAFF_OR_APPLICANT, citation: null },
};

const OPEN = new Set<CaseState['status']>(['inProgress', 'awaitingClarification', 'consulting', 'awaitingFee']);

/** Outcomes a lapse records, never a decision: 逾期不补正 (第三十条), 逾期未缴费. */
const LAPSE_OUTCOMES = new Set<Outcome>(['otherHandling.clarificationLapsed', 'otherHandling.feeUnpaid']);

/**
 * The outcomes a decision may record now: not the lapses (their own steps record them), 不予处理 as
 * excessive only after reasons were requested (第三十五条), 补正后仍不明确 only after a clarification
 * was received (第三十条).
 */
function decisionOutcomes(state: CaseState): Outcome[] {
  return OUTCOME_CODES.filter((outcome) => {
    if (LAPSE_OUTCOMES.has(outcome)) return false;
    if (outcome === 'notProcessed.excessive') return state.reasonRequestedOn !== null;
    if (outcome === 'unableToProvide.unclearAfterClarification') return state.clarification?.receivedOn != null;
    return true;
  });
}

/**
 * The steps a case allows now, in the order a desk would offer them. It follows the case's state:
 * one clarification (第三十条), one extension before the due date (第三十三条第二款), a deferral only
 * after reasons were requested and before the due date (第三十五条), a fee notice at most once, a
 * lapse only after its period, a decision only while nothing is pending (with the outcomes allowed
 * now), a corrected decision or delivery after it, archiving once the case is concluded.
 * @param state - the evaluated case
 * @param options - today
 * @returns the allowed steps; empty for a case that allows nothing more
 * @example
 * ```ts
 * allowedActions(state, { today: '2025-10-20' }).map((action) => action.type);
 * // ['clarificationRequested', 'consultationStarted', 'extensionApproved', …, 'decided', 'withdrawn']
 * ```
 */
export function allowedActions(state: CaseState, options: AllowedActionsOptions): AllowedAction[] {
  const types: CaseEventType[] = [];
  const { today } = options;
  switch (state.status) {
    case 'notReceived':
      types.push('received');
      break;
    case 'inProgress':
      if (state.clarification === null) types.push('clarificationRequested');
      types.push('consultationStarted');
      break;
    case 'awaitingClarification':
      types.push('clarificationReceived');
      if (state.clarification?.dueOn != null && today > state.clarification.dueOn) types.push('clarificationLapsed');
      break;
    case 'consulting':
      types.push('consultationEnded');
      break;
    case 'awaitingFee':
      types.push('feePaid');
      if (state.fee?.dueOn != null && today > state.fee.dueOn) types.push('feeLapsed');
      break;
    case 'decided':
      types.push('delivered', 'decided', 'withdrawn');
      break;
    case 'answered':
      if (state.delivery?.method === 'electronic' && state.delivery.openedOn === null) types.push('answerOpened');
      if (!state.archived) types.push('archived');
      break;
    case 'closed':
    case 'withdrawn':
      if (!state.archived) types.push('archived');
      break;
  }
  if (OPEN.has(state.status)) {
    // While a clarification is awaited the answer period has not yet started again (第三十条).
    const running = state.status !== 'awaitingClarification';
    if (running && state.extension === null && state.dueOn !== null && today <= state.dueOn)
      types.push('extensionApproved');
    if (state.status === 'inProgress') {
      if (state.reasonRequestedOn === null) types.push('reasonRequested');
      else if (state.deferral === null && state.dueOn !== null && today <= state.dueOn) types.push('deferralSet');
      if (state.fee === null) types.push('feeNoticeIssued');
      types.push('decided');
    }
    types.push('withdrawn');
  }
  return types.map((type) => {
    if (type === 'decided') return { type, ...ACTION_RULES[type], outcomes: decisionOutcomes(state) };
    if (type === 'delivered' && state.outcome !== null)
      return { type, ...ACTION_RULES[type], notices: noticeKindsForOutcome(state.outcome) };
    return { type, ...ACTION_RULES[type] };
  });
}

/** A step the applicant may take online; see {@link applicantActions}. */
export type ApplicantActionType = 'clarificationReceived' | 'withdrawn' | 'answerOpened';

/**
 * The steps the applicant may take online now: supply the clarification until its period ends (逾期不
 * 补正的，视为放弃申请, 第三十条), withdraw while the case is open or decided but not yet delivered, open
 * an answer delivered electronically. The same rules as {@link allowedActions}, for the applicant's role.
 * @param state - the evaluated case
 * @param options - today
 * @returns the steps, in the order a page offers them
 */
export function applicantActions(state: CaseState, options: AllowedActionsOptions): AllowedAction[] {
  const dueOn = state.clarification?.dueOn ?? null;
  return allowedActions(state, options).filter(
    (action) =>
      action.roles.includes('applicant') &&
      (action.type !== 'clarificationReceived' || (dueOn !== null && options.today <= dueOn)),
  );
}
