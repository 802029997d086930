import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { checkResidentId, checkUscc, cite, createIssue, epochDayOf, safeParseLocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import { WorkdaysError } from '@gk/workdays';
import type {
  Application,
  Actor,
  Applicant,
  CaseEvent,
  CaseEventType,
  ConsultationParty,
  ReceiptChannel,
  RequestContent,
} from './events.js';
import { CASE_EVENT_TYPES, ORGANIZATION_CATEGORIES } from './events.js';
import type { Outcome } from './outcomes.js';
import { isOutcome, OUTCOMES } from './outcomes.js';
import type { Finding, FindingParams, RequestIssue } from './request-issues.js';
import { safeParseCaseEvents } from './parse.js';

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

/** Where a case stands. */
export type CaseStatus =
  | 'notReceived'
  | 'inProgress'
  | 'awaitingClarification'
  | 'consulting'
  | 'awaitingFee'
  | 'decided'
  | 'answered'
  | 'closed'
  | 'withdrawn';

/** A consultation of a third party (第三十二条) or another agency (第三十四条). */
export interface Consultation {
  readonly party: ConsultationParty;
  readonly partyName?: string;
  readonly startedOn: LocalDate;
  /** The day the consulted party must reply by: 15 workdays after the letter. */
  readonly replyDueOn: LocalDate | null;
  readonly endedOn: LocalDate | null;
  readonly reply: 'consent' | 'objection' | 'none' | null;
  /** An agency's silence counts as consent (第三十四条). */
  readonly deemedConsent: boolean;
}

/** The state of a case: a pure fold of its events. */
export interface CaseState {
  readonly status: CaseStatus;
  /** 收到申请之日 per 第三十一条. */
  readonly receivedOn: LocalDate | null;
  /** The answer is due by this day; `null` while a clarification is awaited or before receipt. */
  readonly dueOn: LocalDate | null;
  /** 20 workdays from the start of the answer period, before pauses, extension and deferral. */
  readonly originalDueOn: LocalDate | null;
  /** Workdays not counted: consultations (第三十三条第三款) and, with `feeTime: 'pause'`, fee notices. */
  readonly pausedWorkdays: number;
  /** A pause is running: `dueOn` assumes it ends today. */
  readonly paused: boolean;
  readonly extension: {
    readonly workdays: number;
    readonly approvedOn: LocalDate;
    readonly approver: Actor | null;
  } | null;
  readonly deferral: { readonly until: LocalDate; readonly reason: string } | null;
  readonly overdue: boolean;
  /** The answer date: the delivery day (for post, the mailing day). */
  readonly answeredOn: LocalDate | null;
  /** The day the case ended: answered, closed or withdrawn. */
  readonly concludedOn: LocalDate | null;
  readonly outcome: Outcome | null;
  /** The decision as recorded: its day, the reason given and, for 部分公开, what is provided. */
  readonly decision: {
    readonly decidedOn: LocalDate;
    readonly reason: string | null;
    readonly disclosedParts: readonly string[];
  } | null;
  /** The articles the decision applies. */
  readonly citations: readonly LegalCitation[];
  readonly channel: ReceiptChannel | null;
  readonly applicant: Applicant | null;
  readonly request: RequestContent | null;
  readonly clarification: {
    readonly requestedOn: LocalDate;
    readonly items: readonly string[];
    /** The applicant's deadline for the clarification. */
    readonly dueOn: LocalDate | null;
    readonly receivedOn: LocalDate | null;
  } | null;
  readonly consultations: readonly Consultation[];
  readonly fee: {
    readonly noticeOn: LocalDate;
    readonly amount: number;
    readonly method: 'per-item' | 'per-page';
    /** Payment is due within 20 workdays of the notice. */
    readonly dueOn: LocalDate | null;
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
const CONSULTATION_REPLY = 15;
const FEE_PAYMENT = 20;

const KNOWN_TYPES = new Set<string>(CASE_EVENT_TYPES);
const CHANNELS = new Set<string>(['in-person', 'post-signed', 'ordinary-mail', 'online', 'fax']);
const CONFIRMED_CHANNELS = new Set<string>(['ordinary-mail', 'online', 'fax']);
const CATEGORIES = new Set<string>(ORGANIZATION_CATEGORIES);

const ART = {
  receipt: CLOCK_CITATIONS.receipt,
  clarification: CLOCK_CITATIONS.clarification,
  thirdParty: cite('regulation', 32),
  agency: cite('regulation', 34),
  answer: CLOCK_CITATIONS.answer,
  reasons: CLOCK_CITATIONS.deferral,
  partial: cite('regulation', 37),
  fee: cite('processingFeeMeasures', 4),
} as const;

const CITATION_OF: Partial<Record<keyof FindingParams, LegalCitation>> = {
  'finding.clarificationRepeated': ART.clarification,
  'finding.clarificationLate': ART.clarification,
  'finding.clarificationNoItems': ART.clarification,
  'finding.clarificationOverdue': ART.clarification,
  'finding.consultationReplyOverdue': ART.thirdParty,
  'finding.extensionRepeated': ART.answer,
  'finding.extensionTooLong': ART.answer,
  'finding.extensionAfterDue': ART.answer,
  'finding.extensionNotByHead': ART.answer,
  'finding.deferralWithoutReasonRequest': ART.reasons,
  'finding.deferralBeforeDue': ART.reasons,
  'finding.feeOverdue': ART.fee,
  'finding.feeLapsedEarly': ART.fee,
  'finding.partialWithoutParts': ART.partial,
  'finding.overdue': ART.answer,
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isActor = (value: unknown): value is Actor => isRecord(value) && isText(value.id);

function checkApplicant(value: unknown, path: IssuePath, issues: RequestIssue[]): Applicant | null {
  if (!isRecord(value)) {
    issues.push(createIssue('applicant.missing', {}, path));
    return null;
  }
  if (value.kind !== 'naturalPerson' && value.kind !== 'organization')
    issues.push(createIssue('applicant.kind', {}, [...path, 'kind']));
  if (!isText(value.name)) issues.push(createIssue('applicant.name', {}, [...path, 'name']));
  if (value.kind === 'naturalPerson') {
    const idDocument = value.idDocument;
    if (isText(value.residentId)) issues.push(...checkResidentId(value.residentId, { path: [...path, 'residentId'] }));
    else if (!(isRecord(idDocument) && isText(idDocument.type) && isText(idDocument.number))) {
      issues.push(createIssue('applicant.identity', {}, [...path, 'residentId']));
    }
  }
  if (value.kind === 'organization') {
    if (typeof value.category !== 'string' || !CATEGORIES.has(value.category)) {
      issues.push(createIssue('applicant.category', {}, [...path, 'category']));
    }
    if (isText(value.uscc)) issues.push(...checkUscc(value.uscc, [...path, 'uscc']));
  }
  if (!isText(value.phone) && !isText(value.email) && !isText(value.address)) {
    issues.push(createIssue('applicant.contact', {}, [...path, 'phone']));
  }
  return value as unknown as Applicant;
}

function checkRequest(value: unknown, path: IssuePath, issues: RequestIssue[]): RequestContent | null {
  if (!isRecord(value)) {
    issues.push(createIssue('request.missing', {}, path));
    return null;
  }
  if (!isText(value.description)) issues.push(createIssue('request.description', {}, [...path, 'description']));
  const forms = value.forms;
  const preferences = value.deliveryPreferences;
  if (!(Array.isArray(forms) && forms.length > 0) && !(Array.isArray(preferences) && preferences.length > 0)) {
    issues.push(createIssue('request.form', {}, [...path, 'forms']));
  }
  return value as unknown as RequestContent;
}

/**
 * Checks an application before it is filed: first the contents 第二十九条 requires (name, identity,
 * contact, a description, the form), all at once and each with its article, then — when those are
 * complete — the structure a `received` event needs. Paths start at `applicant` or `request`.
 * @param application - the application as typed
 * @returns the errors; empty when the application can be filed
 * @example
 * ```ts
 * checkApplication({ applicant: { kind: 'naturalPerson', name: '张三' }, request: { description: '' } })
 *   .map((issue) => formatRequestIssue(issue));
 * // ['缺少申请人身份证明（…第二十九条第二款第（一）项）', '缺少申请人联系方式…', …]
 * ```
 */
export function checkApplication(application: Application): RequestIssue[] {
  const contents: RequestIssue[] = [];
  const value = application as unknown as Record<string, unknown>;
  checkApplicant(value.applicant, ['applicant'], contents);
  checkRequest(value.request, ['request'], contents);
  const errors = contents.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return errors;
  const parsed = safeParseCaseEvents([
    { type: 'received', on: '2000-01-01', channel: 'online', actor: { id: 'applicant' }, ...application },
  ]);
  return parsed.success ? [] : parsed.issues.map((issue) => ({ ...issue, path: issue.path.slice(2) }));
}

interface Pause {
  readonly start: LocalDate;
  end: LocalDate | null;
}

interface OpenConsultation {
  party: ConsultationParty;
  partyName?: string;
  startedOn: LocalDate;
  replyDueOn: LocalDate | null;
  endedOn: LocalDate | null;
  reply: 'consent' | 'objection' | 'none' | null;
  deemedConsent: boolean;
}

/**
 * Folds a case's events into its state: the receipt date (第三十一条), the answer deadline — 20
 * workdays (第三十三条), restarted by a clarification (第三十条), with consultation time not counted
 * (第三十三条第三款), one extension of at most 20 workdays, a deferral (第三十五条), fee notices
 * (国办函〔2020〕109号, see {@link CaseSettings}) — the outcome and its articles, and whether it is
 * overdue. Malformed events are `issues`; procedural problems are `findings` with their article.
 * It never throws on event data.
 * @param events - the case's events, in the order they were recorded
 * @param options - the calendar, today, and settings
 * @returns the case state
 * @example
 * ```ts
 * const state = evaluateCase(events, { calendar: chinaCalendar, today: '2025-10-20' });
 * state.dueOn; // '2025-11-03'
 * ```
 */
export function evaluateCase(events: readonly CaseEvent[], options: EvaluateCaseOptions): CaseState {
  const { calendar } = options;
  const feePauses = (options.settings?.feeTime ?? 'pause') === 'pause';
  const issues: RequestIssue[] = [];
  const findings: Finding[] = [];
  const find = <C extends keyof FindingParams>(code: C, params: FindingParams[C], path: IssuePath): void => {
    const citation = CITATION_OF[code];
    const issue = createIssue(code, params, path, 'error');
    findings.push((citation === undefined ? issue : { ...issue, citation }) as Finding);
  };
  const todayParsed = safeParseLocalDate(options.today, ['today']);
  if (!todayParsed.success) issues.push(...todayParsed.issues);
  const today = todayParsed.success ? todayParsed.data : null;

  const calendarSafe = <T>(date: string, compute: () => T): T | null => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof WorkdaysError) {
        issues.push(createIssue('calendar.outsideCoverage', { date }, []));
        return null;
      }
      throw error;
    }
  };
  const addWorkdays = (date: LocalDate, n: number): LocalDate | null =>
    calendarSafe(date, () => calendar.addWorkdays(date, n));
  const between = (from: LocalDate, to: LocalDate): number | null =>
    calendarSafe(to, () => calendar.workdaysBetween(from, to));

  let receivedOn: LocalDate | null = null;
  let channel: ReceiptChannel | null = null;
  let applicant: Applicant | null = null;
  let request: RequestContent | null = null;
  let base: LocalDate | null = null;
  const pauses: Pause[] = [];
  let pauseDepth = 0;
  const consultations: OpenConsultation[] = [];
  let clarification: {
    requestedOn: LocalDate;
    items: readonly string[];
    dueOn: LocalDate | null;
    receivedOn: LocalDate | null;
  } | null = null;
  let clarificationPending = false;
  interface ExtensionState {
    workdays: number;
    approvedOn: LocalDate;
    approver: Actor | null;
  }
  let extension: ExtensionState | null = null as ExtensionState | null;
  let deferral: { until: LocalDate; reason: string } | null = null;
  let reasonRequested = false;
  let fee: {
    noticeOn: LocalDate;
    amount: number;
    method: 'per-item' | 'per-page';
    dueOn: LocalDate | null;
    paidOn: LocalDate | null;
  } | null = null;
  let feePending = false;
  let outcome: Outcome | null = null;
  let citations: readonly LegalCitation[] = [];
  let decided = false;
  let decision: { decidedOn: LocalDate; reason: string | null; disclosedParts: readonly string[] } | null = null as {
    decidedOn: LocalDate;
    reason: string | null;
    disclosedParts: readonly string[];
  } | null;
  let answeredOn: LocalDate | null = null;
  let concludedOn: LocalDate | null = null;
  let closed = false;
  let withdrawn = false;
  let archived = false;
  let previousOn: LocalDate | null = null;

  const pauseStart = (on: LocalDate): void => {
    if (pauseDepth++ === 0) pauses.push({ start: on, end: null });
  };
  const pauseEnd = (on: LocalDate): void => {
    if (pauseDepth === 0) return;
    if (--pauseDepth === 0) {
      const last = pauses[pauses.length - 1];
      if (last !== undefined) last.end = on;
    }
  };
  /** Paused workdays after the period's start, counting open pauses up to `upTo`. */
  const pausedUpTo = (start: LocalDate, upTo: LocalDate): number => {
    let total = 0;
    for (const pause of pauses) {
      const from = pause.start > start ? pause.start : start;
      const to = pause.end ?? upTo;
      if (to > from) total += between(from, to) ?? 0;
    }
    return total;
  };
  const dueAsOf = (upTo: LocalDate): LocalDate | null =>
    base === null ? null : addWorkdays(base, ANSWER_WORKDAYS + pausedUpTo(base, upTo) + (extension?.workdays ?? 0));

  for (const [index, raw] of events.entries()) {
    const path: IssuePath = ['events', index];
    if (!isRecord(raw)) {
      issues.push(createIssue('event.notObject', {}, path));
      continue;
    }
    const event = raw as unknown as Record<string, unknown>;
    const type = event.type;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      issues.push(
        createIssue('event.type', { received: typeof type === 'string' ? type : String(type) }, [...path, 'type']),
      );
      continue;
    }
    const onParsed =
      typeof event.on === 'string' && !Number.isNaN(epochDayOf(event.on))
        ? null
        : safeParseLocalDate(event.on, [...path, 'on']);
    if (onParsed !== null && !onParsed.success) {
      issues.push(...onParsed.issues);
      continue;
    }
    const on = event.on as LocalDate;
    if (!isActor(event.actor)) issues.push(createIssue('event.actor', {}, [...path, 'actor']));
    if (previousOn !== null && on < previousOn) find('finding.outOfOrder', { previousOn }, path);
    if (previousOn === null || on > previousOn) previousOn = on;
    const concluded = concludedOn !== null;
    if (concluded && type !== 'archived') {
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
        if (channel !== null && CONFIRMED_CHANNELS.has(channel)) {
          const confirmed = typeof event.confirmedOn === 'string' && !Number.isNaN(epochDayOf(event.confirmedOn));
          if (confirmed) receivedOn = event.confirmedOn as LocalDate;
          else issues.push(createIssue('received.confirmation', { channel }, [...path, 'confirmedOn']));
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
        const periodOk = typeof period === 'number' && Number.isInteger(period) && period > 0;
        if (!periodOk)
          issues.push(createIssue('event.field', { field: 'periodWorkdays' }, [...path, 'periodWorkdays']));
        if (receivedOn !== null && on > receivedOn) {
          const elapsed = between(receivedOn, on);
          if (elapsed !== null && elapsed > CLARIFICATION_NOTICE_WORKDAYS)
            find('finding.clarificationLate', { workdays: elapsed }, path);
        }
        clarification = { requestedOn: on, items, dueOn: periodOk ? addWorkdays(on, period) : null, receivedOn: null };
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
        consultations.push({
          party,
          ...(isText(event.partyName) ? { partyName: event.partyName } : {}),
          startedOn: on,
          replyDueOn: addWorkdays(on, CONSULTATION_REPLY),
          endedOn: null,
          reply: null,
          deemedConsent: false,
        });
        pauseStart(on);
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
          open.deemedConsent = reply === 'none' && open.party === 'agency';
        }
        open.endedOn = on;
        pauseEnd(on);
        continue;
      }
      case 'extensionApproved': {
        const workdays = event.workdays;
        if (typeof workdays !== 'number' || !Number.isInteger(workdays) || workdays <= 0) {
          issues.push(createIssue('event.field', { field: 'workdays' }, [...path, 'workdays']));
          continue;
        }
        const approver = isActor(event.approver) ? event.approver : null;
        if (approver === null) issues.push(createIssue('event.field', { field: 'approver' }, [...path, 'approver']));
        else if (approver.role !== 'head') find('finding.extensionNotByHead', {}, [...path, 'approver']);
        const dueNow = dueAsOf(on);
        if (dueNow !== null && on > dueNow) find('finding.extensionAfterDue', { dueOn: dueNow }, path);
        const previous: ExtensionState | null = extension;
        if (previous !== null) find('finding.extensionRepeated', {}, path);
        const total: number = (previous?.workdays ?? 0) + workdays;
        if (total > MAX_EXTENSION_WORKDAYS)
          find('finding.extensionTooLong', { workdays: total }, [...path, 'workdays']);
        extension = {
          workdays: Math.min(total, MAX_EXTENSION_WORKDAYS),
          approvedOn: previous?.approvedOn ?? on,
          approver: previous?.approver ?? approver,
        };
        continue;
      }
      case 'reasonRequested':
        reasonRequested = true;
        continue;
      case 'deferralSet': {
        const until = event.until;
        if (typeof until !== 'string' || Number.isNaN(epochDayOf(until))) {
          issues.push(createIssue('event.field', { field: 'until' }, [...path, 'until']));
          continue;
        }
        if (!reasonRequested) find('finding.deferralWithoutReasonRequest', {}, path);
        deferral = { until: until as LocalDate, reason: isText(event.reason) ? event.reason : '' };
        continue;
      }
      case 'feeNoticeIssued': {
        const amount = event.amount;
        const method = event.method;
        if (typeof amount !== 'number' || !(amount >= 0)) {
          issues.push(createIssue('event.field', { field: 'amount' }, [...path, 'amount']));
          continue;
        }
        if (method !== 'per-item' && method !== 'per-page') {
          issues.push(createIssue('event.field', { field: 'method' }, [...path, 'method']));
          continue;
        }
        fee = { noticeOn: on, amount, method, dueOn: addWorkdays(on, FEE_PAYMENT), paidOn: null };
        feePending = true;
        if (feePauses) pauseStart(on);
        continue;
      }
      case 'feePaid': {
        if (fee === null || !feePending) {
          find('finding.feePaidWithoutNotice', {}, path);
          continue;
        }
        fee.paidOn = on;
        feePending = false;
        if (feePauses) pauseEnd(on);
        continue;
      }
      case 'feeLapsed': {
        if (fee?.dueOn != null && on <= fee.dueOn) find('finding.feeLapsedEarly', { dueOn: fee.dueOn }, path);
        if (feePending && feePauses) pauseEnd(on);
        feePending = false;
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
        if (decided) find('finding.decisionRepeated', {}, path);
        decided = true;
        outcome = event.outcome;
        const extra = Array.isArray(event.citations) ? (event.citations as LegalCitation[]) : [];
        citations = [...OUTCOMES[outcome].citations, ...extra];
        const parts = Array.isArray(event.disclosedParts) ? event.disclosedParts.filter(isText) : [];
        if (outcome === 'partiallyDisclosed' && parts.length === 0) find('finding.partialWithoutParts', {}, path);
        decision = { decidedOn: on, reason: isText(event.reason) ? event.reason : null, disclosedParts: parts };
        continue;
      }
      case 'delivered': {
        if (!decided) find('finding.deliveredWithoutDecision', {}, path);
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
        withdrawn = true;
        outcome ??= 'otherHandling.other';
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
  let originalDueOn: LocalDate | null = null;
  let pausedWorkdays = 0;
  let paused = false;
  if (base !== null && end !== null) {
    pausedWorkdays = pausedUpTo(base, end);
    paused = concludedOn === null && pauses.some((pause) => pause.end === null);
    originalDueOn = addWorkdays(base, ANSWER_WORKDAYS);
    dueOn = addWorkdays(base, ANSWER_WORKDAYS + pausedWorkdays + (extension?.workdays ?? 0));
    if (deferral !== null && dueOn !== null) {
      if (deferral.until > dueOn) dueOn = deferral.until;
      else find('finding.deferralBeforeDue', { until: deferral.until, dueOn }, ['events']);
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
        find('finding.consultationReplyOverdue', { party: consultation.party, replyDueOn: consultation.replyDueOn }, [
          'events',
        ]);
      }
    }
    if (feePending && fee?.dueOn != null && today > fee.dueOn)
      find('finding.feeOverdue', { dueOn: fee.dueOn }, ['events']);
  }

  const status: CaseStatus =
    receivedOn === null
      ? 'notReceived'
      : withdrawn
        ? 'withdrawn'
        : closed
          ? 'closed'
          : answeredOn !== null
            ? 'answered'
            : decided
              ? 'decided'
              : clarificationPending
                ? 'awaitingClarification'
                : feePending
                  ? 'awaitingFee'
                  : consultations.some((c) => c.endedOn === null)
                    ? 'consulting'
                    : 'inProgress';

  return {
    status,
    receivedOn,
    dueOn,
    originalDueOn,
    pausedWorkdays,
    paused,
    extension,
    deferral,
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
    consultations,
    fee,
    archived,
    workdaysLeft: concludedOn === null && dueOn !== null && today !== null ? between(today, dueOn) : null,
    findings,
    issues,
  };
}
