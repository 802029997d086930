// 第三十三条 and the clocks around it: the periods, their articles, and the workday arithmetic of a
// case (pauses, the answer due date), in one place. Art. 33: 20 workdays to answer (第二款), one
// extension of at most 20 workdays (第二款), consultation time not counted (第三款); the clocks it
// interacts with: receipt (第三十一条), clarification (第三十条), consultation replies (第三十二条、
// 第三十四条), deferral (第三十五条) and the fee notice (国办函〔2020〕109号).
import type { LegalCitation, LocalDate } from '@gk/core';
import { cite, createIssue } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import { WorkdaysError } from '@gk/workdays';
import type { ConsultationParty, ReceiptChannel } from './events.js';
import type { Pause } from './pauses.js';
import { mergedPauses } from './pauses.js';
import type { ProcedureFindingParams, RequestIssue } from './request-issues.js';

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

/** The article behind each clock `evaluateCase` runs, for anyone explaining a due date. */
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

/**
 * The item of 第三十一条 that fixes 收到申请之日 for each channel: (一) handed in, (二) by post — signed
 * for, or an ordinary letter confirmed on arrival — and (三) online or by fax, on mutual confirmation.
 */
export const RECEIPT_CITATIONS: Readonly<Record<ReceiptChannel, LegalCitation>> = {
  inPerson: cite('regulation', 31, undefined, 1),
  postSigned: cite('regulation', 31, undefined, 2),
  ordinaryMail: cite('regulation', 31, undefined, 2),
  online: cite('regulation', 31, undefined, 3),
  fax: cite('regulation', 31, undefined, 3),
};

/** The article of each consulted party's 15 workdays: 第三十二条 for a third party, 第三十四条 for an agency. */
export const CONSULTATION_CITATIONS: Readonly<Record<ConsultationParty, LegalCitation>> = {
  thirdParty: cite('regulation', 32),
  agency: cite('regulation', 34),
};

/** The articles findings cite. */
export const ART: Readonly<
  Record<
    'receipt' | 'ordinaryMail' | 'clarification' | 'thirdParty' | 'agency' | 'answer' | 'reasons' | 'partial' | 'fee',
    LegalCitation
  >
> = {
  receipt: CLOCK_CITATIONS.receipt,
  ordinaryMail: RECEIPT_CITATIONS.ordinaryMail,
  clarification: CLOCK_CITATIONS.clarification,
  thirdParty: CONSULTATION_CITATIONS.thirdParty,
  agency: CONSULTATION_CITATIONS.agency,
  answer: CLOCK_CITATIONS.answer,
  reasons: CLOCK_CITATIONS.deferral,
  partial: cite('regulation', 37),
  fee: cite('processingFeeMeasures', 4),
};

/** The article each finding concerns, where it does not depend on the party. */
export const CITATION_OF: Partial<Record<keyof ProcedureFindingParams, LegalCitation>> = {
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
export const consultationArticle = (party: ConsultationParty): LegalCitation =>
  party === 'agency' ? ART.agency : ART.thirdParty;

/** Workday arithmetic that reports a date outside the calendar as an issue instead of throwing. */
export interface CaseClock {
  /** `date` plus `n` workdays, or `null` outside the calendar. */
  readonly addWorkdays: (date: LocalDate, n: number) => LocalDate | null;
  /** Workdays after `from` up to and including `to`, or `null` outside the calendar. */
  readonly between: (from: LocalDate, to: LocalDate) => number | null;
  /** Whether a date rests on provisional calendar days. */
  readonly provisional: (date: LocalDate | null) => boolean;
}

/**
 * The clock of one evaluation: the calendar's arithmetic, with `calendar.outsideCoverage` issues.
 * @param calendar - the working-day calendar
 * @param issues - where an out-of-coverage date is reported
 */
export function caseClock(calendar: WorkdayCalendar, issues: RequestIssue[]): CaseClock {
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
  return {
    addWorkdays: (date, n) => calendarSafe(date, () => calendar.addWorkdays(date, n)),
    between: (from, to) => calendarSafe(to, () => calendar.workdaysBetween(from, to)),
    provisional: (date) => date !== null && (calendarSafe(date, () => calendar.isProvisional(date)) ?? false),
  };
}

/**
 * Paused workdays after the period's start (第三十三条第三款, and fee notices when they pause),
 * counting running pauses up to `upTo`.
 */
export function pausedUpTo(clock: CaseClock, pauses: readonly Pause[], start: LocalDate, upTo: LocalDate): number {
  let total = 0;
  for (const [from, to] of mergedPauses(pauses, start, upTo)) total += clock.between(from, to) ?? 0;
  return total;
}

/**
 * The answer due date as of a day: 20 workdays from the period's start, plus paused workdays and
 * the extension (第三十三条第二款、第三款); `null` while no period runs.
 */
export function answerDueAsOf(
  clock: CaseClock,
  period: { readonly base: LocalDate | null; readonly pauses: readonly Pause[]; readonly extensionWorkdays: number },
  upTo: LocalDate,
): LocalDate | null {
  const { base } = period;
  if (base === null) return null;
  return clock.addWorkdays(
    base,
    ANSWER_WORKDAYS + pausedUpTo(clock, period.pauses, base, upTo) + period.extensionWorkdays,
  );
}
