// evaluateCase: a case's state as a fold of its events. Each event goes through its reducer
// (event-reducers.ts); the answer period's arithmetic and articles live in answer-period.ts; what is
// left here is the loop, the end-of-history checks and the status.
import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { createIssue, describeValue, safeParseLocalDate } from '@gk/core';
import { ANSWER_WORKDAYS, caseClock, CITATION_OF, consultationArticle, pausedUpTo } from './answer-period.js';
import type { CaseClock } from './answer-period.js';
import type { CaseState, CaseStatus, EvaluateCaseOptions } from './case-state.js';
import type { CaseDraft, Find, FoldContext } from './case-draft.js';
import { emptyDraft, isActor, isDate } from './case-draft.js';
import { REDUCERS } from './event-reducers.js';
import { isRecord } from './application.js';
import type { CaseEvent, CaseEventType } from './events.js';
import { CASE_EVENT_TYPES } from './events.js';
import { MAX_CASE_EVENTS } from './limits.js';
import { renamedWarning, upcastCaseEvent } from './renamed-values.js';
import { pauseEnd } from './pauses.js';
import type { ProcedureFinding, RequestIssue } from './request-issues.js';

const KNOWN_TYPES = new Set<string>(CASE_EVENT_TYPES);
/** What may follow a concluded case: archiving, and the applicant opening an answer delivered online. */
const AFTER_CONCLUSION = new Set<string>(['archived', 'answerOpened']);

/**
 * Applies the events in order; an event that cannot be read is an issue and is skipped. Values in
 * their spelling before 0.2 are read in today's (`upcastCaseEvent`), each with a warning.
 */
function foldEvents(list: readonly unknown[], draft: CaseDraft, ctx: FoldContext): void {
  for (const [index, stored] of list.slice(0, MAX_CASE_EVENTS).entries()) {
    const path: IssuePath = ['events', index];
    const { value: raw, renamed } = upcastCaseEvent(stored);
    for (const one of renamed) ctx.issues.push(renamedWarning(one, path));
    if (!isRecord(raw)) {
      ctx.issues.push(createIssue('event.notObject', {}, path));
      continue;
    }
    const type = raw.type;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      const received = typeof type === 'string' ? type : describeValue(type);
      ctx.issues.push(createIssue('event.type', { received }, [...path, 'type']));
      continue;
    }
    if (!isDate(raw.on)) {
      const parsed = safeParseLocalDate(raw.on, [...path, 'on']);
      ctx.issues.push(...(parsed.success ? [] : parsed.issues));
      continue;
    }
    const on = raw.on;
    if (!isActor(raw.actor)) ctx.issues.push(createIssue('event.actor', {}, [...path, 'actor']));
    if (draft.previousOn !== null && on < draft.previousOn)
      ctx.find('finding.outOfOrder', { previousOn: draft.previousOn }, path);
    if (draft.previousOn === null || on > draft.previousOn) draft.previousOn = on;
    if (draft.concludedOn !== null && !AFTER_CONCLUSION.has(type)) {
      ctx.find('finding.afterConclusion', { type }, path);
      continue;
    }
    REDUCERS[type as CaseEventType](draft, raw, on, path, ctx);
  }
}

/** The answer due date at the end of the history (第三十三条), the deferral applied (第三十五条). */
function answerPeriod(
  d: CaseDraft,
  clock: CaseClock,
  end: LocalDate | null,
  find: Find,
): Pick<CaseState, 'dueOn' | 'dueOnProvisional' | 'originalDueOn' | 'pausedWorkdays' | 'paused'> {
  if (d.base === null || end === null)
    return { dueOn: null, dueOnProvisional: false, originalDueOn: null, pausedWorkdays: 0, paused: false };
  const pausedWorkdays = pausedUpTo(clock, d.pauses, d.base, end);
  const paused = d.concludedOn === null && d.pauses.some((pause) => pause.end === null && pauseEnd(pause, end) === end);
  const originalDueOn = clock.addWorkdays(d.base, ANSWER_WORKDAYS);
  let dueOn = clock.addWorkdays(d.base, ANSWER_WORKDAYS + pausedWorkdays + (d.extension?.workdays ?? 0));
  let dueOnProvisional = clock.provisional(dueOn);
  if (d.deferral !== null && dueOn !== null) {
    if (d.deferral.until > dueOn) {
      dueOn = d.deferral.until;
      dueOnProvisional = false;
    } else {
      find('finding.deferralBeforeDue', { until: d.deferral.until, dueOn }, ['events']);
    }
  }
  return { dueOn, dueOnProvisional, originalDueOn, pausedWorkdays, paused };
}

/** Periods that ran out while the case is open: clarification, consultation replies, fee payment. */
function runningPeriodFindings(d: CaseDraft, today: LocalDate, find: Find): void {
  const { clarification, fee } = d;
  if (d.clarificationPending && clarification?.dueOn != null && today > clarification.dueOn) {
    find('finding.clarificationOverdue', { dueOn: clarification.dueOn }, ['events']);
  }
  for (const consultation of d.consultations) {
    if (consultation.endedOn === null && consultation.replyDueOn !== null && today > consultation.replyDueOn) {
      find(
        'finding.consultationReplyOverdue',
        { party: consultation.party, replyDueOn: consultation.replyDueOn },
        ['events'],
        { citation: consultationArticle(consultation.party) },
      );
    }
  }
  if (fee !== null && fee.paidOn === null && fee.dueOn !== null && today > fee.dueOn)
    find('finding.feeOverdue', { dueOn: fee.dueOn }, ['events']);
}

/** Where the case stands, the first that applies. */
function statusOf(d: CaseDraft): CaseStatus {
  if (d.receivedOn === null) return 'notReceived';
  if (d.withdrawn) return 'withdrawn';
  if (d.closed) return 'closed';
  if (d.answeredOn !== null) return 'answered';
  if (d.decision !== null) return 'decided';
  if (d.clarificationPending) return 'awaitingClarification';
  if (d.fee !== null && d.fee.paidOn === null) return 'awaitingFee';
  if (d.consultations.some((c) => c.endedOn === null)) return 'consulting';
  return 'inProgress';
}

/**
 * Folds a case's events into its state: the receipt date (第三十一条), the answer deadline — 20
 * workdays (第三十三条), restarted by a clarification (第三十条), with consultation time not counted
 * but never longer than the consulted party's 15 workdays (第三十三条第三款、第三十二条、第三十四条),
 * one extension of at most 20 workdays approved before the due date, a deferral set before the due
 * date (第三十五条), fee notices (国办函〔2020〕109号, see {@link CaseSettings}) — the outcome and its
 * articles, and whether it is overdue. Every date counted over provisional calendar days is flagged.
 * Malformed events are `issues`; procedural problems are `findings` with their article. It never
 * throws on event data.
 * @param events - the case's events, in the order they were recorded
 * @param options - the calendar, today, and settings
 * @returns the case state
 * @example
 * ```ts
 * const state = evaluateCase(events, { calendar: chinaCalendar, today: '2025-10-20' });
 * state.dueOn; // '2025-11-03'
 * state.dueOnProvisional; // false
 * ```
 */
export function evaluateCase(events: readonly CaseEvent[], options: EvaluateCaseOptions): CaseState {
  const issues: RequestIssue[] = [];
  const findings: ProcedureFinding[] = [];
  const find: Find = (code, params, path, extra = {}) => {
    const citation: LegalCitation | undefined = extra.citation ?? CITATION_OF[code];
    const issue = createIssue(code, params, path, extra.severity ?? 'error');
    findings.push((citation === undefined ? issue : { ...issue, citation }) as ProcedureFinding);
  };
  // Never a TypeError: a history that is not a list is an issue, and a history longer than any real
  // case is read up to the limit.
  const list: readonly unknown[] = Array.isArray(events) ? events : [];
  if (!Array.isArray(events)) issues.push(createIssue('events.notList', {}, ['events']));
  if (list.length > MAX_CASE_EVENTS) issues.push(createIssue('events.tooMany', { limit: MAX_CASE_EVENTS }, ['events']));
  const todayParsed = safeParseLocalDate(options?.today, ['today']);
  if (!todayParsed.success) issues.push(...todayParsed.issues);
  const today = todayParsed.success ? todayParsed.data : null;
  const clock = caseClock(options.calendar, issues);
  const feePauses = (options.settings?.feeTime ?? 'pause') === 'pause';

  const d = emptyDraft();
  foldEvents(list, d, { clock, issues, find, feePauses });

  if (d.receivedOn === null) issues.push(createIssue('received.missing', {}, ['events']));
  const period = answerPeriod(d, clock, d.concludedOn ?? today ?? d.previousOn, find);
  const { dueOn, dueOnProvisional } = period;
  const onTheSpot = d.answeredOn !== null && d.answeredOn === d.receivedOn;
  let overdue = false;
  if (dueOn !== null && !onTheSpot && !d.closed && !d.withdrawn) {
    if (d.answeredOn !== null) overdue = d.answeredOn > dueOn;
    else if (today !== null && d.concludedOn === null) overdue = today > dueOn;
  }
  if (overdue && dueOn !== null) find('finding.overdue', { dueOn, answeredOn: d.answeredOn }, ['events']);
  if (d.concludedOn === null && today !== null) runningPeriodFindings(d, today, find);

  const open = d.concludedOn === null;
  const anyProvisional =
    open &&
    ((dueOn !== null && dueOnProvisional) ||
      (d.clarificationPending && d.clarification?.dueOnProvisional === true) ||
      (d.fee !== null && d.fee.paidOn === null && d.fee.dueOnProvisional) ||
      d.consultations.some((c) => c.endedOn === null && c.replyDueOnProvisional));

  return {
    status: statusOf(d),
    receivedOn: d.receivedOn,
    ...period,
    provisional: anyProvisional,
    extension: d.extension,
    deferral: d.deferral,
    reasonRequestedOn: d.reasonRequestedOn,
    overdue,
    answeredOn: d.answeredOn,
    concludedOn: d.concludedOn,
    outcome: d.outcome,
    decision: d.decision,
    citations: d.citations,
    channel: d.channel,
    applicant: d.applicant,
    request: d.request,
    clarification: d.clarification,
    consultations: d.consultations.map(({ pause: _pause, ...consultation }) => consultation),
    fee: d.fee,
    delivery: d.delivery,
    archived: d.archived,
    workdaysLeft: d.concludedOn === null && dueOn !== null && today !== null ? clock.between(today, dueOn) : null,
    findings,
    issues,
  };
}
