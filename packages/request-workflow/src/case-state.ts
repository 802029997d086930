// The state of a case and the options of `evaluateCase`: the types the fold produces and reads.
import type { LegalCitation, LocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type {
  Actor,
  Applicant,
  CaseStatus,
  ClarificationAnswer,
  ConsultationParty,
  ConsultationReply,
  DeliveryMethod,
  FeeMethod,
  ReceiptChannel,
  RequestContent,
} from './events.js';
import type { NoticeKind } from './notices/kinds.js';
import type { Outcome } from './outcomes.js';
import type { ProcedureFinding, RequestIssue } from './request-issues.js';

export type { CaseStatus } from './events.js';

/** Local settings where the national rule is not settled. */
export interface CaseSettings {
  /**
   * Whether the time from a fee notice to payment counts toward the answer period. 国办函〔2020〕109号
   * governs this; its text could not be verified, so it is a setting: `'pause'` (default) stops the
   * clock from the notice until payment, `'count'` lets it run.
   */
  readonly feeTime?: 'pause' | 'count';
}

/** Options of `evaluateCase`. */
export interface EvaluateCaseOptions {
  /** The working-day calendar, e.g. `chinaCalendar`. */
  readonly calendar: WorkdayCalendar;
  /** Today, `YYYY-MM-DD` (the caller's clock: never read inside). */
  readonly today: string;
  readonly settings?: CaseSettings;
}

/** A consultation of a third party (第三十二条) or another agency (第三十四条). */
export interface PartyConsultation {
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

/**
 * A consultation of a third party or another agency; the old name of {@link PartyConsultation}
 * (`Consultation` is 公开征求意见, `@gk/interpretation`'s).
 * @deprecated Use {@link PartyConsultation}; this alias goes in the next minor version.
 */
export type Consultation = PartyConsultation;

/** The state of a case: a pure fold of its events. */
export interface CaseState {
  /** Where the case stands: `inProgress`, `awaitingClarification`, `consulting`, `awaitingFee`, `decided`, `answered`, `closed`, `withdrawn` (`CaseStatus`). */
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
  /** The extension approved under 第三十三条第二款 (at most 20 workdays, with the head's approval), or `null`. */
  readonly extension: {
    readonly workdays: number;
    readonly approvedOn: LocalDate;
    readonly approver: Actor | null;
    /** The extended due date as of the approval (what the extension notice announces). */
    readonly dueOn: LocalDate | null;
    readonly dueOnProvisional: boolean;
  } | null;
  /** A deferral the case is waiting on, with its reason and its end, or `null`. */
  readonly deferral: { readonly until: LocalDate; readonly reason: string; readonly setOn: LocalDate } | null;
  /** The day the applicant was asked to state reasons (第三十五条). */
  readonly reasonRequestedOn: LocalDate | null;
  /** Whether the answer is late as of `today`: no answer, and `dueOn` has passed. */
  readonly overdue: boolean;
  /** The answer date: the delivery day (for post, the mailing day). */
  readonly answeredOn: LocalDate | null;
  /** The day the case ended: answered, closed or withdrawn. */
  readonly concludedOn: LocalDate | null;
  /** The decision's outcome code (`disclosed`, `partiallyDisclosed`, 不予公开 reasons …), or `null` before a decision. */
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
  /** How the application arrived (当面, 邮寄, 网上 …), which fixes its 收到申请之日 under 第三十一条. */
  readonly channel: ReceiptChannel | null;
  /** The applicant as the application names them, or `null` before receipt. */
  readonly applicant: Applicant | null;
  /** What is asked for: the description, the forms of delivery wanted, the purpose where given. */
  readonly request: RequestContent | null;
  /** The clarification (补正) asked for under 第三十条, its items, its deadline and what was supplied, or `null`. */
  readonly clarification: {
    readonly requestedOn: LocalDate;
    readonly items: readonly string[];
    /** The applicant's deadline for the clarification. */
    readonly dueOn: LocalDate | null;
    readonly dueOnProvisional: boolean;
    readonly receivedOn: LocalDate | null;
    /** What the applicant supplied, item by item, where the clarification's event records it. */
    readonly supplied: readonly ClarificationAnswer[];
  } | null;
  /** The third parties and other agencies consulted under 第三十二条 and 第三十四条, with their periods and replies. */
  readonly consultations: readonly PartyConsultation[];
  /** The processing fee (信息处理费) notice and its payment, or `null` when none was charged. */
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
  /** How and when the answer was delivered; `openedOn` is the day the applicant first opened one delivered online. */
  readonly delivery: {
    readonly on: LocalDate;
    readonly method: DeliveryMethod | null;
    /** The answer delivered, where recorded. */
    readonly notice: NoticeKind | null;
    readonly openedOn: LocalDate | null;
  } | null;
  /** Whether the case's file has been archived (归档). */
  readonly archived: boolean;
  /** Workdays from today to `dueOn` (negative when overdue); `null` when concluded or undated. */
  readonly workdaysLeft: number | null;
  /** Procedural findings with the article each concerns. */
  readonly findings: readonly ProcedureFinding[];
  /** Malformed input. */
  readonly issues: readonly RequestIssue[];
}
