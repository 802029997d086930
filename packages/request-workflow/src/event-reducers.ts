// What each case event does to the state being folded: one reducer per event type, applied in
// order by `evaluateCase`. A reducer reads the event leniently (a malformed field is an issue, never
// a throw) and records procedural problems as findings with their article. This is deliberate and
// not the schema's job: input is checked whole at the boundary (safeParseCaseEvents, store.append),
// while a history already recorded is folded keeping what it can — a received event with a malformed
// phone number still fixes the day the application was received.
import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { createIssue, describeValue } from '@gk/core';
import {
  answerDueAsOf,
  CLARIFICATION_NOTICE_WORKDAYS,
  consultationArticle,
  CONSULTATION_REPLY_WORKDAYS,
  FEE_PAYMENT_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
} from './answer-period.js';
import { checkApplicant, checkRequest, isRecord, isText } from './application.js';
import type { CaseDraft, FoldContext } from './case-draft.js';
import { isActor, isDate } from './case-draft.js';
import type { CaseEventType, ClarificationAnswer } from './events.js';
import {
  CONFIRMED_CHANNELS,
  CONSULTATION_PARTIES,
  CONSULTATION_REPLIES,
  DELIVERY_METHODS,
  FEE_METHODS,
  RECEIPT_CHANNELS,
} from './events.js';
import type { Outcome } from './outcomes.js';
import { NOTICE_KINDS } from './notices/kinds.js';
import { NOTICES } from './notices/registry.js';
import { isOutcome, OUTCOMES } from './outcomes.js';
import { MAX_EVENT_WORKDAYS, MAX_FEE_AMOUNT } from './limits.js';
import type { Pause } from './pauses.js';

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);
const isChannel = isOneOf(RECEIPT_CHANNELS);
const isConfirmedChannel = isOneOf(CONFIRMED_CHANNELS);
const isParty = isOneOf(CONSULTATION_PARTIES);
const isReply = isOneOf(CONSULTATION_REPLIES);
const isFeeMethod = isOneOf(FEE_METHODS);
const isDeliveryMethod = isOneOf(DELIVERY_METHODS);

const isWorkdayCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_EVENT_WORKDAYS;

/** One event applied to the draft. */
type Reducer = (
  draft: CaseDraft,
  event: Readonly<Record<string, unknown>>,
  on: LocalDate,
  path: IssuePath,
  ctx: FoldContext,
) => void;

const dueAsOf = (draft: CaseDraft, ctx: FoldContext, on: LocalDate): LocalDate | null =>
  answerDueAsOf(
    ctx.clock,
    { base: draft.base, pauses: draft.pauses, extensionWorkdays: draft.extension?.workdays ?? 0 },
    on,
  );

const fieldIssue = (ctx: FoldContext, field: string, path: IssuePath): void => {
  ctx.issues.push(createIssue('event.field', { field }, [...path, field]));
};

const conclude = (draft: CaseDraft, outcome: Outcome, on: LocalDate): void => {
  draft.outcome = outcome;
  draft.citations = OUTCOMES[outcome].citations;
  draft.concludedOn = on;
};

const received: Reducer = (d, event, on, path, ctx) => {
  if (d.receivedOn !== null) {
    ctx.find('finding.receivedRepeated', {}, path);
    return;
  }
  const given = event.channel;
  if (isChannel(given)) d.channel = given;
  else
    ctx.issues.push(
      createIssue('received.channel', { received: typeof given === 'string' ? given : describeValue(given) }, [
        ...path,
        'channel',
      ]),
    );
  d.receivedOn = on;
  if (d.channel !== null && isConfirmedChannel(d.channel)) {
    if (isDate(event.confirmedOn)) {
      d.receivedOn = event.confirmedOn;
      // 平常信函: the office must confirm on the day the letter arrives (第三十一条第（二）项).
      if (d.channel === 'ordinaryMail' && event.confirmedOn > on)
        ctx.find('finding.confirmationLate', { arrivedOn: on, confirmedOn: event.confirmedOn }, [
          ...path,
          'confirmedOn',
        ]);
    } else {
      ctx.issues.push(createIssue('received.confirmation', { channel: d.channel }, [...path, 'confirmedOn']));
    }
  }
  d.base = d.receivedOn;
  d.applicant = checkApplicant(event.applicant, [...path, 'applicant'], ctx.issues);
  d.request = checkRequest(event.request, [...path, 'request'], ctx.issues);
};

const clarificationRequested: Reducer = (d, event, on, path, ctx) => {
  if (d.clarification !== null) {
    ctx.find('finding.clarificationRepeated', {}, path);
    return;
  }
  const items = Array.isArray(event.items) ? event.items.filter(isText) : [];
  if (items.length === 0) ctx.find('finding.clarificationNoItems', {}, [...path, 'items']);
  const period = event.periodWorkdays;
  const periodOk = isWorkdayCount(period);
  if (!periodOk) fieldIssue(ctx, 'periodWorkdays', path);
  if (d.receivedOn !== null && on > d.receivedOn) {
    const elapsed = ctx.clock.between(d.receivedOn, on);
    if (elapsed !== null && elapsed > CLARIFICATION_NOTICE_WORKDAYS)
      ctx.find('finding.clarificationLate', { workdays: elapsed }, path);
  }
  const dueOn = periodOk ? ctx.clock.addWorkdays(on, period) : null;
  d.clarification = {
    requestedOn: on,
    items,
    dueOn,
    dueOnProvisional: ctx.clock.provisional(dueOn),
    receivedOn: null,
    supplied: [],
  };
  d.clarificationPending = true;
  // 答复期限自收到补正的申请之日起计算: no period runs until the clarification arrives.
  d.base = null;
};

const clarificationReceived: Reducer = (d, event, on, path, ctx) => {
  if (d.clarification === null) {
    ctx.find('finding.clarificationUnrequested', {}, path);
    return;
  }
  d.clarification.receivedOn = on;
  d.clarification.supplied = Array.isArray(event.supplied)
    ? event.supplied.filter(
        (one): one is ClarificationAnswer => isRecord(one) && isText(one.item) && typeof one.answer === 'string',
      )
    : [];
  d.clarificationPending = false;
  d.base = d.receivedOn !== null && d.receivedOn > on ? d.receivedOn : on;
};

const clarificationLapsed: Reducer = (d, _event, on, path, ctx) => {
  if (d.clarification === null) ctx.find('finding.clarificationUnrequested', {}, path);
  else if (d.clarification.dueOn !== null && on <= d.clarification.dueOn)
    ctx.find('finding.clarificationLapsedEarly', { dueOn: d.clarification.dueOn }, path);
  d.clarificationPending = false;
  conclude(d, 'otherHandling.clarificationLapsed', on);
  d.closed = true;
};

const consultationStarted: Reducer = (d, event, on, path, ctx) => {
  const party = event.party;
  if (!isParty(party)) {
    fieldIssue(ctx, 'party', path);
    return;
  }
  const letterReceivedOn = isDate(event.receivedOn) ? event.receivedOn : null;
  if (event.receivedOn !== undefined && letterReceivedOn === null) fieldIssue(ctx, 'receivedOn', path);
  const replyDueOn = ctx.clock.addWorkdays(letterReceivedOn ?? on, CONSULTATION_REPLY_WORKDAYS);
  const pause: Pause = { start: on, end: null, cap: replyDueOn };
  d.pauses.push(pause);
  d.consultations.push({
    party,
    ...(isText(event.partyName) ? { partyName: event.partyName } : {}),
    startedOn: on,
    receivedOn: letterReceivedOn,
    replyDueOn,
    replyDueOnProvisional: ctx.clock.provisional(replyDueOn),
    endedOn: null,
    reply: null,
    deemedConsent: false,
    pause,
  });
};

const consultationEnded: Reducer = (d, event, on, path, ctx) => {
  const open = d.consultations.find(
    (c) => c.endedOn === null && (event.party === undefined || c.party === event.party),
  );
  if (open === undefined) {
    ctx.find('finding.consultationUnstarted', {}, path);
    return;
  }
  const reply = event.reply;
  if (!isReply(reply)) fieldIssue(ctx, 'reply', path);
  else {
    open.reply = reply;
    const periodOver = open.replyDueOn !== null && on > open.replyDueOn;
    // No reply counts only once the party's 15 workdays have passed; an agency's silence is then consent.
    if (reply === 'none' && !periodOver && open.replyDueOn !== null) {
      ctx.find('finding.consultationNoReplyEarly', { party: open.party, replyDueOn: open.replyDueOn }, path, {
        citation: consultationArticle(open.party),
      });
    }
    open.deemedConsent = reply === 'none' && open.party === 'agency' && periodOver;
  }
  open.endedOn = on;
  open.pause.end = on;
};

const extensionApproved: Reducer = (d, event, on, path, ctx) => {
  const workdays = event.workdays;
  if (!isWorkdayCount(workdays)) {
    fieldIssue(ctx, 'workdays', path);
    return;
  }
  const approver = isActor(event.approver) ? event.approver : null;
  if (approver === null) fieldIssue(ctx, 'approver', path);
  else if (approver.role !== 'head') ctx.find('finding.extensionNotByHead', {}, [...path, 'approver']);
  const dueNow = dueAsOf(d, ctx, on);
  // An extension approved after the period has run out cannot revive it: the answer stays late.
  if (dueNow !== null && on > dueNow) {
    ctx.find('finding.extensionAfterDue', { dueOn: dueNow }, path);
    return;
  }
  const previous = d.extension;
  if (previous !== null) ctx.find('finding.extensionRepeated', {}, path);
  const total = (previous?.workdays ?? 0) + workdays;
  if (total > MAX_EXTENSION_WORKDAYS) ctx.find('finding.extensionTooLong', { workdays: total }, [...path, 'workdays']);
  d.extension = {
    workdays: Math.min(total, MAX_EXTENSION_WORKDAYS),
    approvedOn: previous?.approvedOn ?? on,
    approver: previous?.approver ?? approver,
    dueOn: null,
    dueOnProvisional: false,
  };
  d.extension.dueOn = dueAsOf(d, ctx, on);
  d.extension.dueOnProvisional = ctx.clock.provisional(d.extension.dueOn);
};

const reasonRequested: Reducer = (d, _event, on) => {
  d.reasonRequestedOn ??= on;
};

const deferralSet: Reducer = (d, event, on, path, ctx) => {
  const until = event.until;
  if (!isDate(until)) {
    fieldIssue(ctx, 'until', path);
    return;
  }
  if (d.reasonRequestedOn === null) ctx.find('finding.deferralWithoutReasonRequest', {}, path);
  const dueNow = dueAsOf(d, ctx, on);
  if (dueNow !== null && on > dueNow) {
    ctx.find('finding.deferralAfterDue', { dueOn: dueNow }, path);
    return;
  }
  d.deferral = { until, reason: isText(event.reason) ? event.reason : '', setOn: on };
};

const feeNoticeIssued: Reducer = (d, event, on, path, ctx) => {
  const amount = event.amount;
  const method = event.method;
  if (typeof amount !== 'number' || !(amount >= 0) || amount > MAX_FEE_AMOUNT) {
    fieldIssue(ctx, 'amount', path);
    return;
  }
  if (!isFeeMethod(method)) {
    fieldIssue(ctx, 'method', path);
    return;
  }
  const noticeReceivedOn = isDate(event.receivedOn) ? event.receivedOn : null;
  if (noticeReceivedOn === null)
    ctx.find('finding.feeNoticeReceiptUnknown', { noticeOn: on }, [...path, 'receivedOn'], { severity: 'warning' });
  // 自收到收费通知次日起20个工作日: the receipt day itself is not counted.
  const dueOn = ctx.clock.addWorkdays(noticeReceivedOn ?? on, FEE_PAYMENT_WORKDAYS);
  d.fee = {
    noticeOn: on,
    receivedOn: noticeReceivedOn,
    amount,
    method,
    dueOn,
    dueOnProvisional: ctx.clock.provisional(dueOn),
    paidOn: null,
  };
  d.feePause = ctx.feePauses ? { start: on, end: null, cap: null } : null;
  if (d.feePause !== null) d.pauses.push(d.feePause);
};

const endFeePause = (d: CaseDraft, on: LocalDate): void => {
  if (d.feePause !== null) d.feePause.end = on;
  d.feePause = null;
};

const feePaid: Reducer = (d, _event, on, path, ctx) => {
  if (d.fee?.paidOn !== null) {
    ctx.find('finding.feePaidWithoutNotice', {}, path);
    return;
  }
  d.fee.paidOn = on;
  endFeePause(d, on);
};

const feeLapsed: Reducer = (d, _event, on, path, ctx) => {
  if (d.fee?.dueOn != null && on <= d.fee.dueOn) ctx.find('finding.feeLapsedEarly', { dueOn: d.fee.dueOn }, path);
  endFeePause(d, on);
  conclude(d, 'otherHandling.feeUnpaid', on);
  d.closed = true;
};

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : []);

const decided: Reducer = (d, event, on, path, ctx) => {
  if (!isOutcome(event.outcome)) {
    ctx.issues.push(createIssue('decision.outcome', { received: describeValue(event.outcome) }, [...path, 'outcome']));
    return;
  }
  // A later decision before delivery corrects the earlier one: the latest stands.
  const outcome = event.outcome;
  d.outcome = outcome;
  const extra = Array.isArray(event.citations) ? (event.citations as LegalCitation[]) : [];
  d.citations = [...OUTCOMES[outcome].citations, ...extra];
  const disclosedParts = texts(event.disclosedParts);
  const reason = isText(event.reason) ? event.reason : null;
  if (outcome === 'partiallyDisclosed') {
    if (disclosedParts.length === 0) ctx.find('finding.partialWithoutParts', {}, [...path, 'disclosedParts']);
    if (reason === null) ctx.find('finding.partialWithoutReason', {}, [...path, 'reason']);
  }
  if (outcome === 'notProcessed.excessive' && d.reasonRequestedOn === null)
    ctx.find('finding.excessiveWithoutReasonRequest', {}, path);
  const responsible = event.responsibleAgency;
  d.decision = {
    decidedOn: on,
    reason,
    disclosedParts,
    withheldParts: texts(event.withheldParts),
    howToObtain: isText(event.howToObtain) ? event.howToObtain : null,
    obtainTime: isText(event.obtainTime) ? event.obtainTime : null,
    responsibleAgency:
      isRecord(responsible) && isText(responsible.name) && isText(responsible.contact)
        ? { name: responsible.name, contact: responsible.contact }
        : null,
  };
};

const delivered: Reducer = (d, event, on, path, ctx) => {
  if (d.decision === null) ctx.find('finding.deliveredWithoutDecision', {}, path);
  const method = isDeliveryMethod(event.method) ? event.method : null;
  if (method === null) fieldIssue(ctx, 'method', path);
  d.answeredOn = on;
  d.concludedOn = on;
  // The answer delivered must be one that answers the decision's outcome.
  const kind = NOTICE_KINDS.find((k) => k === event.notice);
  const notice = kind !== undefined && NOTICES[kind].outcome === d.outcome ? kind : null;
  if (event.notice !== undefined && notice === null) fieldIssue(ctx, 'notice', path);
  d.delivery = { on, method, notice, openedOn: null };
};

const answerOpened: Reducer = (d, _event, on, path, ctx) => {
  if (d.delivery?.method !== 'electronic') {
    ctx.find('finding.openedWithoutElectronicDelivery', {}, path);
    return;
  }
  // Only the first opening is the day the applicant learned of the answer.
  d.delivery.openedOn ??= on;
};

const archived: Reducer = (d) => {
  d.archived = true;
};

const withdrawn: Reducer = (d, _event, on) => {
  // A decision not yet delivered is no answer: the case ends as 其他处理, counted once (see README).
  d.withdrawn = true;
  conclude(d, 'otherHandling.other', on);
};

/** The reducer of each event type. */
export const REDUCERS: Readonly<Record<CaseEventType, Reducer>> = {
  received,
  clarificationRequested,
  clarificationReceived,
  clarificationLapsed,
  consultationStarted,
  consultationEnded,
  extensionApproved,
  reasonRequested,
  deferralSet,
  feeNoticeIssued,
  feePaid,
  feeLapsed,
  decided,
  delivered,
  answerOpened,
  archived,
  withdrawn,
};
