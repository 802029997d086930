import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { cite, createIssue, epochDayOf, safeParseLocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import { WorkdaysError } from '@gk/workdays';
import { checkApplicant, checkRequest, isRecord, isText } from './application.js';
import type {
  Actor,
  Applicant,
  CaseEvent,
  CaseEventType,
  ConsultationParty,
  ConsultationReply,
  FeeMethod,
  ReceiptChannel,
  RequestContent,
} from './events.js';
import { CASE_EVENT_TYPES, CONFIRMED_CHANNELS, RECEIPT_CHANNELS } from './events.js';
import type { Outcome } from './outcomes.js';
import { MAX_CASE_EVENTS } from './limits.js';
import { isOutcome, OUTCOMES } from './outcomes.js';
import { MAX_EVENT_WORKDAYS, MAX_FEE_AMOUNT } from './parse.js';
import type { Pause } from './pauses.js';
import { mergedPauses, pauseEnd } from './pauses.js';
import type { Finding, FindingParams, RequestIssue } from './request-issues.js';

export { checkApplication } from './application.js';

/** Local settings where the national rule is not settled. */
export interface CaseSettings {
  /**
   * Whether the time from a fee notice to payment counts toward the answer period. 国办函〔2020〕109号
   * governs this; its text could not be verified, so it is a setting: `'pause'` (default) stops the
   * clock from the notice until payment, `'count'` lets it run.
   */
  readonly feeTime?: 'pause' | 'count';
}

/** Options of {@link evaluateCase}. */
export interface EvaluateCaseOptions {
  /** The working-day calendar, e.g. `chinaCalendar`. */
  readonly calendar: WorkdayCalendar;
  /** Today, `YYYY-MM-DD` (the caller's clock: never read inside). */
  readonly today: string;
  readonly settings?: CaseSettings;
}

import type { CaseStatus } from './events.js';

export type { CaseStatus } from './events.js';

/** A consultation of a third party (第三十二条) or another agency (第三十四条). */
export interface Consultation {
  readonly party: ConsultationParty;
  readonly partyName?: string;
  /** The day the letter was sent. */
  readonly startedOn: LocalDate;
  /** The day the party received it, where recorded; the reply period counts from it. */
  readonly receivedOn: LocalDate | null;
  /** The day the consulted party must reply by: 15 workdays after its receipt (or the sending day). */
  readonly replyDueOn: LocalDate | null;
  /** Whether `replyDueOn` rests on provisional calendar days. */
  readonly replyDueOnProvisional: boolean;
  readonly endedOn: LocalDate | null;
  readonly reply: ConsultationReply | null;
  /** An agency's silence counts as consent once its 15 workdays have passed (第三十四条). */
  readonly deemedConsent: boolean;
}

/** The state of a case: a pure fold of its events. */
export interface CaseState {
  readonly status: CaseStatus;
  /** 收到申请之日 per 第三十一条. */
  readonly receivedOn: LocalDate | null;
  /** The answer is due by this day; `null` while a clarification is awaited or before receipt. */
  readonly dueOn: LocalDate | null;
  /**
   * Whether `dueOn` was counted over provisional calendar days (a year whose holiday notice is not
   * yet published): the date can still change when the notice is added.
   */
  readonly dueOnProvisional: boolean;
  /** 20 workdays from the start of the answer period, before pauses, extension and deferral. */
  readonly originalDueOn: LocalDate | null;
  /** Whether any date of the case still running (answer, extension, clarification, fee, consultation) is provisional. */
  readonly provisional: boolean;
  /** Workdays not counted: consultations (第三十三条第三款) and, with `feeTime: 'pause'`, fee notices. */
  readonly pausedWorkdays: number;
  /** A pause is running: `dueOn` assumes it ends today. */
  readonly paused: boolean;
  readonly extension: {
    readonly workdays: number;
    readonly approvedOn: LocalDate;
    readonly approver: Actor | null;
    /** The extended due date as of the approval (what the extension notice announces). */
    readonly dueOn: LocalDate | null;
    readonly dueOnProvisional: boolean;
  } | null;
  readonly deferral: { readonly until: LocalDate; readonly reason: string; readonly setOn: LocalDate } | null;
  /** The day the applicant was asked to state reasons (第三十五条). */
  readonly reasonRequestedOn: LocalDate | null;
  readonly overdue: boolean;
  /** The answer date: the delivery day (for post, the mailing day). */
  readonly answeredOn: LocalDate | null;
  /** The day the case ended: answered, closed or withdrawn. */
  readonly concludedOn: LocalDate | null;
  readonly outcome: Outcome | null;
  /** The decision as recorded (the latest, when corrected before delivery). */
  readonly decision: {
    readonly decidedOn: LocalDate;
    readonly reason: string | null;
    /** For 部分公开: what is provided. */
    readonly disclosedParts: readonly string[];
    /** For 部分公开: what is withheld. */
    readonly withheldParts: readonly string[];
    /** 获取方式、途径 and 获取时间, where the decision records them. */
    readonly howToObtain: string | null;
    readonly obtainTime: string | null;
    /** For 非本机关负责公开: the agency responsible and its contact. */
    readonly responsibleAgency: { readonly name: string; readonly contact: string } | null;
  } | null;
  /** The articles the decision applies: the outcome's and those recorded with the decision. */
  readonly citations: readonly LegalCitation[];
  readonly channel: ReceiptChannel | null;
  readonly applicant: Applicant | null;
  readonly request: RequestContent | null;
  readonly clarification: {
    readonly requestedOn: LocalDate;
    readonly items: readonly string[];
    /** The applicant's deadline for the clarification. */
    readonly dueOn: LocalDate | null;
    readonly dueOnProvisional: boolean;
    readonly receivedOn: LocalDate | null;
  } | null;
  readonly consultations: readonly Consultation[];
  readonly fee: {
    readonly noticeOn: LocalDate;
    /** The day the applicant received the notice, where recorded. */
    readonly receivedOn: LocalDate | null;
    readonly amount: number;
    readonly method: FeeMethod;
    /** Payment is due within 20 workdays from the day after the applicant receives the notice. */
    readonly dueOn: LocalDate | null;
    readonly dueOnProvisional: boolean;
    readonly paidOn: LocalDate | null;
  } | null;
  readonly archived: boolean;
  /** Workdays from today to `dueOn` (negative when overdue); `null` when concluded or undated. */
  readonly workdaysLeft: number | null;
  /** Procedural findings with the article each concerns. */
  readonly findings: readonly Finding[];
  /** Malformed input. */
  readonly issues: readonly RequestIssue[];
}

/** The answer period of 第三十三条第二款, in workdays. */
export const ANSWER_WORKDAYS = 20;

/** The longest extension of the answer period (第三十三条第二款), in workdays. */
export const MAX_EXTENSION_WORKDAYS = 20;

/** Within how many workdays of receipt a clarification must be asked for (第三十条). */
export const CLARIFICATION_NOTICE_WORKDAYS = 7;

/** The workdays a consulted party has to reply, from its receipt of the letter (第三十二条、第三十四条). */
export const CONSULTATION_REPLY_WORKDAYS = 15;

/** The workdays an applicant has to pay, from the day after receiving the fee notice (国办函〔2020〕109号). */
export const FEE_PAYMENT_WORKDAYS = 20;

/** The article behind each clock {@link evaluateCase} runs, for anyone explaining a due date. */
export const CLOCK_CITATIONS: Readonly<
  Record<'receipt' | 'clarification' | 'answer' | 'consultationPause' | 'extension' | 'deferral', LegalCitation>
> = {
  /** 收到申请之日. */
  receipt: cite('regulation', 31),
  /** 补正: the period restarts when the clarification arrives. */
  clarification: cite('regulation', 30),
  /** The 20-workday answer period. */
  answer: cite('regulation', 33, 2),
  /** Consultation time not counted. */
  consultationPause: cite('regulation', 33, 3),
  /** Extension of at most 20 workdays. */
  extension: cite('regulation', 33, 2),
  /** Deferral for requests beyond a reasonable number or frequency. */
  deferral: cite('regulation', 35),
};

const KNOWN_TYPES = new Set<string>(CASE_EVENT_TYPES);
const CHANNELS = new Set<string>(RECEIPT_CHANNELS);
const CONFIRMED = new Set<string>(CONFIRMED_CHANNELS);

const ART = {
  receipt: CLOCK_CITATIONS.receipt,
  ordinaryMail: cite('regulation', 31, undefined, 2),
  clarification: CLOCK_CITATIONS.clarification,
  thirdParty: cite('regulation', 32),
  agency: cite('regulation', 34),
  answer: CLOCK_CITATIONS.answer,
  reasons: CLOCK_CITATIONS.deferral,
  partial: cite('regulation', 37),
  fee: cite('processingFeeMeasures', 4),
} as const;

const CITATION_OF: Partial<Record<keyof FindingParams, LegalCitation>> = {
  'finding.confirmationLate': ART.ordinaryMail,
  'finding.clarificationRepeated': ART.clarification,
  'finding.clarificationLate': ART.clarification,
  'finding.clarificationNoItems': ART.clarification,
  'finding.clarificationOverdue': ART.clarification,
  'finding.clarificationLapsedEarly': ART.clarification,
  'finding.extensionRepeated': ART.answer,
  'finding.extensionTooLong': ART.answer,
  'finding.extensionAfterDue': ART.answer,
  'finding.extensionNotByHead': ART.answer,
  'finding.deferralWithoutReasonRequest': ART.reasons,
  'finding.deferralBeforeDue': ART.reasons,
  'finding.deferralAfterDue': ART.reasons,
  'finding.excessiveWithoutReasonRequest': ART.reasons,
  'finding.feeOverdue': ART.fee,
  'finding.feeLapsedEarly': ART.fee,
  'finding.feeNoticeReceiptUnknown': ART.fee,
  'finding.partialWithoutParts': ART.partial,
  'finding.partialWithoutReason': ART.partial,
  'finding.overdue': ART.answer,
};

/** The article a finding about a consultation concerns: 第三十二条 for a third party, 第三十四条 for an agency. */
const consultationArticle = (party: ConsultationParty): LegalCitation =>
  party === 'agency' ? ART.agency : ART.thirdParty;

const isActor = (value: unknown): value is Actor => isRecord(value) && isText(value.id);
const isDate = (value: unknown): value is LocalDate => typeof value === 'string' && !Number.isNaN(epochDayOf(value));

interface OpenConsultation {
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

interface ExtensionState {
  workdays: number;
  approvedOn: LocalDate;
  approver: Actor | null;
  dueOn: LocalDate | null;
  dueOnProvisional: boolean;
}

interface FeeState {
  noticeOn: LocalDate;
  receivedOn: LocalDate | null;
  amount: number;
  method: FeeMethod;
  dueOn: LocalDate | null;
  dueOnProvisional: boolean;
  paidOn: LocalDate | null;
}

interface DecisionState {
  decidedOn: LocalDate;
  reason: string | null;
  disclosedParts: readonly string[];
  withheldParts: readonly string[];
  howToObtain: string | null;
  obtainTime: string | null;
  responsibleAgency: { name: string; contact: string } | null;
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
  const { calendar } = options;
  const feePauses = (options.settings?.feeTime ?? 'pause') === 'pause';
  const issues: RequestIssue[] = [];
  const findings: Finding[] = [];
  const find = <C extends keyof FindingParams>(
    code: C,
    params: FindingParams[C],
    path: IssuePath,
    extra: { citation?: LegalCitation; severity?: 'error' | 'warning' } = {},
  ): void => {
    const citation = extra.citation ?? CITATION_OF[code];
    const issue = createIssue(code, params, path, extra.severity ?? 'error');
    findings.push((citation === undefined ? issue : { ...issue, citation }) as Finding);
  };
  // Never a TypeError: a history that is not a list is an issue, and a history longer than any real
  // case is read up to the limit.
  const list: readonly unknown[] = Array.isArray(events) ? events : [];
  if (!Array.isArray(events)) issues.push(createIssue('events.notList', {}, ['events']));
  if (list.length > MAX_CASE_EVENTS) issues.push(createIssue('events.tooMany', { limit: MAX_CASE_EVENTS }, ['events']));
  const todayParsed = safeParseLocalDate(options?.today, ['today']);
  if (!todayParsed.success) issues.push(...todayParsed.issues);
  const today = todayParsed.success ? todayParsed.data : null;

  const calendarSafe = <T>(date: string, compute: () => T): T | null => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof WorkdaysError) {
        const params = error.issues[0]?.params as { outside?: string; date?: string } | undefined;
        issues.push(createIssue('calendar.outsideCoverage', { date: params?.outside ?? params?.date ?? date }, []));
        return null;
      }
      throw error;
    }
  };
  const addWorkdays = (date: LocalDate, n: number): LocalDate | null =>
    calendarSafe(date, () => calendar.addWorkdays(date, n));
  const between = (from: LocalDate, to: LocalDate): number | null =>
    calendarSafe(to, () => calendar.workdaysBetween(from, to));
  const provisional = (date: LocalDate | null): boolean =>
    date !== null && (calendarSafe(date, () => calendar.isProvisional(date)) ?? false);

  let receivedOn: LocalDate | null = null;
  let channel: ReceiptChannel | null = null;
  let applicant: Applicant | null = null;
  let request: RequestContent | null = null;
  let base: LocalDate | null = null;
  const pauses: Pause[] = [];
  const consultations: OpenConsultation[] = [];
  let clarification: {
    requestedOn: LocalDate;
    items: readonly string[];
    dueOn: LocalDate | null;
    dueOnProvisional: boolean;
    receivedOn: LocalDate | null;
  } | null = null;
  let clarificationPending = false;
  let extension = null as ExtensionState | null;
  let deferral: { until: LocalDate; reason: string; setOn: LocalDate } | null = null;
  let reasonRequestedOn: LocalDate | null = null;
  let fee = null as FeeState | null;
  let feePause: Pause | null = null;
  let outcome: Outcome | null = null;
  let citations: readonly LegalCitation[] = [];
  let decision = null as DecisionState | null;
  let answeredOn: LocalDate | null = null;
  let concludedOn: LocalDate | null = null;
  let closed = false;
  let withdrawn = false;
  let archived = false;
  let previousOn: LocalDate | null = null;

  /** Paused workdays after the period's start, counting running pauses up to `upTo`. */
  const pausedUpTo = (start: LocalDate, upTo: LocalDate): number => {
    let total = 0;
    for (const [from, to] of mergedPauses(pauses, start, upTo)) total += between(from, to) ?? 0;
    return total;
  };
  const dueAsOf = (upTo: LocalDate): LocalDate | null =>
    base === null ? null : addWorkdays(base, ANSWER_WORKDAYS + pausedUpTo(base, upTo) + (extension?.workdays ?? 0));

  for (const [index, raw] of list.slice(0, MAX_CASE_EVENTS).entries()) {
    const path: IssuePath = ['events', index];
    if (!isRecord(raw)) {
      issues.push(createIssue('event.notObject', {}, path));
      continue;
    }
    const event = raw;
    const type = event.type;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      issues.push(
        createIssue('event.type', { received: typeof type === 'string' ? type : String(type) }, [...path, 'type']),
      );
      continue;
    }
    if (!isDate(event.on)) {
      const parsed = safeParseLocalDate(event.on, [...path, 'on']);
      issues.push(...(parsed.success ? [] : parsed.issues));
      continue;
    }
    const on = event.on;
    if (!isActor(event.actor)) issues.push(createIssue('event.actor', {}, [...path, 'actor']));
    if (previousOn !== null && on < previousOn) find('finding.outOfOrder', { previousOn }, path);
    if (previousOn === null || on > previousOn) previousOn = on;
    if (concludedOn !== null && type !== 'archived') {
      find('finding.afterConclusion', { type }, path);
      continue;
    }
    switch (type as CaseEventType) {
      case 'received': {
        if (receivedOn !== null) {
          find('finding.receivedRepeated', {}, path);
          continue;
        }
        const given = event.channel;
        if (typeof given !== 'string' || !CHANNELS.has(given)) {
          issues.push(createIssue('received.channel', { received: String(given) }, [...path, 'channel']));
        } else {
          channel = given as ReceiptChannel;
        }
        receivedOn = on;
        if (channel !== null && CONFIRMED.has(channel)) {
          if (isDate(event.confirmedOn)) {
            receivedOn = event.confirmedOn;
            // 平常信函: the office must confirm on the day the letter arrives (第三十一条第（二）项).
            if (channel === 'ordinary-mail' && event.confirmedOn > on)
              find('finding.confirmationLate', { arrivedOn: on, confirmedOn: event.confirmedOn }, [
                ...path,
                'confirmedOn',
              ]);
          } else {
            issues.push(createIssue('received.confirmation', { channel }, [...path, 'confirmedOn']));
          }
        }
        base = receivedOn;
        applicant = checkApplicant(event.applicant, [...path, 'applicant'], issues);
        request = checkRequest(event.request, [...path, 'request'], issues);
        continue;
      }
      case 'clarificationRequested': {
        if (clarification !== null) {
          find('finding.clarificationRepeated', {}, path);
          continue;
        }
        const items = Array.isArray(event.items) ? event.items.filter(isText) : [];
        if (items.length === 0) find('finding.clarificationNoItems', {}, [...path, 'items']);
        const period = event.periodWorkdays;
        const periodOk =
          typeof period === 'number' && Number.isInteger(period) && period > 0 && period <= MAX_EVENT_WORKDAYS;
        if (!periodOk)
          issues.push(createIssue('event.field', { field: 'periodWorkdays' }, [...path, 'periodWorkdays']));
        if (receivedOn !== null && on > receivedOn) {
          const elapsed = between(receivedOn, on);
          if (elapsed !== null && elapsed > CLARIFICATION_NOTICE_WORKDAYS)
            find('finding.clarificationLate', { workdays: elapsed }, path);
        }
        const dueOn = periodOk ? addWorkdays(on, period) : null;
        clarification = { requestedOn: on, items, dueOn, dueOnProvisional: provisional(dueOn), receivedOn: null };
        clarificationPending = true;
        // 答复期限自收到补正的申请之日起计算: no period runs until the clarification arrives.
        base = null;
        continue;
      }
      case 'clarificationReceived': {
        if (clarification === null) {
          find('finding.clarificationUnrequested', {}, path);
          continue;
        }
        clarification.receivedOn = on;
        clarificationPending = false;
        base = receivedOn !== null && receivedOn > on ? receivedOn : on;
        continue;
      }
      case 'clarificationLapsed': {
        if (clarification === null) find('finding.clarificationUnrequested', {}, path);
        else if (clarification.dueOn !== null && on <= clarification.dueOn)
          find('finding.clarificationLapsedEarly', { dueOn: clarification.dueOn }, path);
        clarificationPending = false;
        outcome = 'otherHandling.clarificationLapsed';
        citations = OUTCOMES[outcome].citations;
        concludedOn = on;
        closed = true;
        continue;
      }
      case 'consultationStarted': {
        const party = event.party;
        if (party !== 'third-party' && party !== 'agency') {
          issues.push(createIssue('event.field', { field: 'party' }, [...path, 'party']));
          continue;
        }
        const letterReceivedOn = isDate(event.receivedOn) ? event.receivedOn : null;
        if (event.receivedOn !== undefined && letterReceivedOn === null)
          issues.push(createIssue('event.field', { field: 'receivedOn' }, [...path, 'receivedOn']));
        const replyDueOn = addWorkdays(letterReceivedOn ?? on, CONSULTATION_REPLY_WORKDAYS);
        const pause: Pause = { start: on, end: null, cap: replyDueOn };
        pauses.push(pause);
        consultations.push({
          party,
          ...(isText(event.partyName) ? { partyName: event.partyName } : {}),
          startedOn: on,
          receivedOn: letterReceivedOn,
          replyDueOn,
          replyDueOnProvisional: provisional(replyDueOn),
          endedOn: null,
          reply: null,
          deemedConsent: false,
          pause,
        });
        continue;
      }
      case 'consultationEnded': {
        const open = consultations.find(
          (c) => c.endedOn === null && (event.party === undefined || c.party === event.party),
        );
        if (open === undefined) {
          find('finding.consultationUnstarted', {}, path);
          continue;
        }
        const reply = event.reply;
        if (reply !== 'consent' && reply !== 'objection' && reply !== 'none') {
          issues.push(createIssue('event.field', { field: 'reply' }, [...path, 'reply']));
        } else {
          open.reply = reply;
          const periodOver = open.replyDueOn !== null && on > open.replyDueOn;
          // No reply counts only once the party's 15 workdays have passed; an agency's silence is then consent.
          if (reply === 'none' && !periodOver && open.replyDueOn !== null) {
            find('finding.consultationNoReplyEarly', { party: open.party, replyDueOn: open.replyDueOn }, path, {
              citation: consultationArticle(open.party),
            });
          }
          open.deemedConsent = reply === 'none' && open.party === 'agency' && periodOver;
        }
        open.endedOn = on;
        open.pause.end = on;
        continue;
      }
      case 'extensionApproved': {
        const workdays = event.workdays;
        if (
          typeof workdays !== 'number' ||
          !Number.isInteger(workdays) ||
          workdays <= 0 ||
          workdays > MAX_EVENT_WORKDAYS
        ) {
          issues.push(createIssue('event.field', { field: 'workdays' }, [...path, 'workdays']));
          continue;
        }
        const approver = isActor(event.approver) ? event.approver : null;
        if (approver === null) issues.push(createIssue('event.field', { field: 'approver' }, [...path, 'approver']));
        else if (approver.role !== 'head') find('finding.extensionNotByHead', {}, [...path, 'approver']);
        const dueNow = dueAsOf(on);
        // An extension approved after the period has run out cannot revive it: the answer stays late.
        if (dueNow !== null && on > dueNow) {
          find('finding.extensionAfterDue', { dueOn: dueNow }, path);
          continue;
        }
        const previous = extension;
        if (previous !== null) find('finding.extensionRepeated', {}, path);
        const total = (previous?.workdays ?? 0) + workdays;
        if (total > MAX_EXTENSION_WORKDAYS)
          find('finding.extensionTooLong', { workdays: total }, [...path, 'workdays']);
        extension = {
          workdays: Math.min(total, MAX_EXTENSION_WORKDAYS),
          approvedOn: previous?.approvedOn ?? on,
          approver: previous?.approver ?? approver,
          dueOn: null,
          dueOnProvisional: false,
        };
        extension.dueOn = dueAsOf(on);
        extension.dueOnProvisional = provisional(extension.dueOn);
        continue;
      }
      case 'reasonRequested':
        reasonRequestedOn ??= on;
        continue;
      case 'deferralSet': {
        const until = event.until;
        if (!isDate(until)) {
          issues.push(createIssue('event.field', { field: 'until' }, [...path, 'until']));
          continue;
        }
        if (reasonRequestedOn === null) find('finding.deferralWithoutReasonRequest', {}, path);
        const dueNow = dueAsOf(on);
        if (dueNow !== null && on > dueNow) {
          find('finding.deferralAfterDue', { dueOn: dueNow }, path);
          continue;
        }
        deferral = { until, reason: isText(event.reason) ? event.reason : '', setOn: on };
        continue;
      }
      case 'feeNoticeIssued': {
        const amount = event.amount;
        const method = event.method;
        if (typeof amount !== 'number' || !(amount >= 0) || amount > MAX_FEE_AMOUNT) {
          issues.push(createIssue('event.field', { field: 'amount' }, [...path, 'amount']));
          continue;
        }
        if (method !== 'per-item' && method !== 'per-page') {
          issues.push(createIssue('event.field', { field: 'method' }, [...path, 'method']));
          continue;
        }
        const noticeReceivedOn = isDate(event.receivedOn) ? event.receivedOn : null;
        if (noticeReceivedOn === null)
          find('finding.feeNoticeReceiptUnknown', { noticeOn: on }, [...path, 'receivedOn'], { severity: 'warning' });
        // 自收到收费通知次日起20个工作日: the receipt day itself is not counted.
        const dueOn = addWorkdays(noticeReceivedOn ?? on, FEE_PAYMENT_WORKDAYS);
        fee = {
          noticeOn: on,
          receivedOn: noticeReceivedOn,
          amount,
          method,
          dueOn,
          dueOnProvisional: provisional(dueOn),
          paidOn: null,
        };
        feePause = feePauses ? { start: on, end: null, cap: null } : null;
        if (feePause !== null) pauses.push(feePause);
        continue;
      }
      case 'feePaid': {
        if (fee?.paidOn !== null) {
          find('finding.feePaidWithoutNotice', {}, path);
          continue;
        }
        fee.paidOn = on;
        if (feePause !== null) feePause.end = on;
        feePause = null;
        continue;
      }
      case 'feeLapsed': {
        if (fee?.dueOn != null && on <= fee.dueOn) find('finding.feeLapsedEarly', { dueOn: fee.dueOn }, path);
        if (feePause !== null) feePause.end = on;
        feePause = null;
        outcome = 'otherHandling.feeUnpaid';
        citations = OUTCOMES[outcome].citations;
        concludedOn = on;
        closed = true;
        continue;
      }
      case 'decided': {
        if (!isOutcome(event.outcome)) {
          issues.push(createIssue('decision.outcome', { received: String(event.outcome) }, [...path, 'outcome']));
          continue;
        }
        // A later decision before delivery corrects the earlier one: the latest stands.
        outcome = event.outcome;
        const extra = Array.isArray(event.citations) ? (event.citations as LegalCitation[]) : [];
        citations = [...OUTCOMES[outcome].citations, ...extra];
        const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : []);
        const disclosedParts = texts(event.disclosedParts);
        const reason = isText(event.reason) ? event.reason : null;
        if (outcome === 'partiallyDisclosed') {
          if (disclosedParts.length === 0) find('finding.partialWithoutParts', {}, [...path, 'disclosedParts']);
          if (reason === null) find('finding.partialWithoutReason', {}, [...path, 'reason']);
        }
        if (outcome === 'notProcessed.excessive' && reasonRequestedOn === null)
          find('finding.excessiveWithoutReasonRequest', {}, path);
        const responsible = event.responsibleAgency;
        decision = {
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
        continue;
      }
      case 'delivered': {
        if (decision === null) find('finding.deliveredWithoutDecision', {}, path);
        const method = event.method;
        if (method !== 'in-person' && method !== 'post' && method !== 'electronic') {
          issues.push(createIssue('event.field', { field: 'method' }, [...path, 'method']));
        }
        answeredOn = on;
        concludedOn = on;
        continue;
      }
      case 'archived':
        archived = true;
        continue;
      case 'withdrawn':
        // A decision not yet delivered is no answer: the case ends as 其他处理, counted once (see README).
        withdrawn = true;
        outcome = 'otherHandling.other';
        citations = OUTCOMES[outcome].citations;
        concludedOn = on;
        continue;
      default:
        continue;
    }
  }

  if (receivedOn === null) issues.push(createIssue('received.missing', {}, ['events']));
  const end = concludedOn ?? today ?? previousOn;
  let dueOn: LocalDate | null = null;
  let dueOnProvisional = false;
  let originalDueOn: LocalDate | null = null;
  let pausedWorkdays = 0;
  let paused = false;
  if (base !== null && end !== null) {
    pausedWorkdays = pausedUpTo(base, end);
    paused = concludedOn === null && pauses.some((pause) => pause.end === null && pauseEnd(pause, end) === end);
    originalDueOn = addWorkdays(base, ANSWER_WORKDAYS);
    dueOn = addWorkdays(base, ANSWER_WORKDAYS + pausedWorkdays + (extension?.workdays ?? 0));
    dueOnProvisional = provisional(dueOn);
    if (deferral !== null && dueOn !== null) {
      if (deferral.until > dueOn) {
        dueOn = deferral.until;
        dueOnProvisional = false;
      } else {
        find('finding.deferralBeforeDue', { until: deferral.until, dueOn }, ['events']);
      }
    }
  }

  const onTheSpot = answeredOn !== null && answeredOn === receivedOn;
  let overdue = false;
  if (dueOn !== null && !onTheSpot && !closed && !withdrawn) {
    if (answeredOn !== null) overdue = answeredOn > dueOn;
    else if (today !== null && concludedOn === null) overdue = today > dueOn;
  }
  if (overdue && dueOn !== null) find('finding.overdue', { dueOn, answeredOn }, ['events']);

  if (concludedOn === null && today !== null) {
    if (clarificationPending && clarification?.dueOn != null && today > clarification.dueOn) {
      find('finding.clarificationOverdue', { dueOn: clarification.dueOn }, ['events']);
    }
    for (const consultation of consultations) {
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

  const open = concludedOn === null;
  const runningConsultations = consultations.filter((c) => c.endedOn === null);
  const status: CaseStatus =
    receivedOn === null
      ? 'notReceived'
      : withdrawn
        ? 'withdrawn'
        : closed
          ? 'closed'
          : answeredOn !== null
            ? 'answered'
            : decision !== null
              ? 'decided'
              : clarificationPending
                ? 'awaitingClarification'
                : fee !== null && fee.paidOn === null
                  ? 'awaitingFee'
                  : runningConsultations.length > 0
                    ? 'consulting'
                    : 'inProgress';

  const anyProvisional =
    open &&
    ((dueOn !== null && dueOnProvisional) ||
      (clarificationPending && clarification?.dueOnProvisional === true) ||
      (fee !== null && fee.paidOn === null && fee.dueOnProvisional) ||
      runningConsultations.some((c) => c.replyDueOnProvisional));

  return {
    status,
    receivedOn,
    dueOn,
    dueOnProvisional,
    originalDueOn,
    provisional: anyProvisional,
    pausedWorkdays,
    paused,
    extension,
    deferral,
    reasonRequestedOn,
    overdue,
    answeredOn,
    concludedOn,
    outcome,
    decision,
    citations,
    channel,
    applicant,
    request,
    clarification,
    consultations: consultations.map(({ pause: _pause, ...consultation }) => consultation),
    fee,
    archived,
    workdaysLeft: concludedOn === null && dueOn !== null && today !== null ? between(today, dueOn) : null,
    findings,
    issues,
  };
}
