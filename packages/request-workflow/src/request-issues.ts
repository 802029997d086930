import type { CoreIssueParams, Issue, IssueUnion, LegalCitation } from '@gk/core';

/** The params of an issue whose message needs none. */
export type NoParams = Readonly<Record<never, never>>;

/** Malformed input: an event, applicant or request that cannot be read as given. */
export interface RequestInputIssueParams {
  /** The case's events are not a list. */
  'events.notList': NoParams;
  /** More events than a case is read with; the rest are not counted. */
  'events.tooMany': { readonly limit: number };
  /** An event that is not an object. */
  'event.notObject': NoParams;
  /** An event of an unknown type. */
  'event.type': { readonly received: string };
  /** An event that does not say who acted. */
  'event.actor': NoParams;
  /** An event's field is missing or invalid. */
  'event.field': { readonly field: string };
  /** A text longer than the field takes. */
  'event.tooLong': { readonly field: string; readonly limit: number };
  /** A list longer than the field takes. */
  'event.tooManyItems': { readonly field: string; readonly limit: number };
  /** A value in its spelling before 0.2, read in today's (a warning). */
  'event.renamedValue': { readonly field: string; readonly received: string; readonly use: string };
  /** No `received` event: the receipt date is unknown. */
  'received.missing': NoParams;
  /** An unknown receipt channel. */
  'received.channel': { readonly received: string };
  /** A channel received on confirmation (第三十一条) without a confirmation date; the arrival date is used. */
  'received.confirmation': { readonly channel: string };
  /** The application names no applicant (第二十九条). */
  'applicant.missing': NoParams;
  /** The applicant is neither a natural person nor an organisation. */
  'applicant.kind': NoParams;
  /** The applicant's name is missing (第二十九条第二款第（一）项). */
  'applicant.name': NoParams;
  /** An organisation's category is not one of the annual report's. */
  'applicant.category': NoParams;
  /** The applicant's proof of identity is missing (第二十九条第二款第（一）项). */
  'applicant.identity': NoParams;
  /** The applicant's contact details are missing (第二十九条第二款第（一）项). */
  'applicant.contact': NoParams;
  /** The application asks for nothing (第二十九条). */
  'request.missing': NoParams;
  /** The request neither names nor describes the information (第二十九条第二款第（二）项). */
  'request.description': NoParams;
  /** The request does not state the form and way of delivery (第二十九条第二款第（三）项). */
  'request.form': NoParams;
  /** A decision with an unknown outcome code. */
  'decision.outcome': { readonly received: string };
  /** A deadline runs past the calendar's data (a strict calendar only). */
  'calendar.outsideCoverage': { readonly date: string };
  /** A page or item count for the fee that is not a whole number ≥ 0. */
  'fee.count': { readonly field: string; readonly value: string; readonly limit: number };
  /** A fee method other than per page and per item. */
  'fee.method': { readonly received: string };
  /** The case lacks what the notice reports (its receipt, its decision …). */
  'notice.caseMissing': { readonly what: string };
  /** A fact the notice needs was not supplied. */
  'notice.input': { readonly field: string };
  /** The notice answers another outcome than the case's. */
  'notice.outcome': { readonly expected: string; readonly actual: string };
  /** An unknown notice kind. */
  'notice.kind': { readonly received: string };
}

/** Legal findings about the procedure: what a reviewer would flag. */
export interface ProcedureFindingParams {
  /** An event dated before the previous one. */
  'finding.outOfOrder': { readonly previousOn: string };
  /** A second `received` event, ignored. */
  'finding.receivedRepeated': NoParams;
  /** Ordinary mail confirmed after the day it arrived (第三十一条第（二）项). */
  'finding.confirmationLate': { readonly arrivedOn: string; readonly confirmedOn: string };
  /** A second clarification request: it may be asked once (第三十条). */
  'finding.clarificationRepeated': NoParams;
  /** Clarification asked later than 7 workdays after receipt (第三十条). */
  'finding.clarificationLate': { readonly workdays: number };
  /** A clarification request that lists nothing to clarify (第三十条). */
  'finding.clarificationNoItems': NoParams;
  /** A clarification received that was never asked for. */
  'finding.clarificationUnrequested': NoParams;
  /** The applicant did not clarify in time; the application may be deemed abandoned (第三十条). */
  'finding.clarificationOverdue': { readonly dueOn: string };
  /** The application deemed abandoned before the clarification period ended (第三十条). */
  'finding.clarificationLapsedEarly': { readonly dueOn: string };
  /** A consultation ended that was never started. */
  'finding.consultationUnstarted': NoParams;
  /** A party consulted did not reply by its date (第三十二条, 第三十四条). */
  'finding.consultationReplyOverdue': { readonly party: string; readonly replyDueOn: string };
  /** No reply recorded before the party's reply period ended. */
  'finding.consultationNoReplyEarly': { readonly party: string; readonly replyDueOn: string };
  /** A second extension: the period may be extended once (第三十三条第二款). */
  'finding.extensionRepeated': NoParams;
  /** An extension over 20 workdays; 20 are counted (第三十三条第二款). */
  'finding.extensionTooLong': { readonly workdays: number };
  /** An extension approved after the period ended extends nothing (第三十三条第二款). */
  'finding.extensionAfterDue': { readonly dueOn: string };
  /** An extension without the head's consent (第三十三条第二款). */
  'finding.extensionNotByHead': NoParams;
  /** A deferral without a prior request for reasons (第三十五条). */
  'finding.deferralWithoutReasonRequest': NoParams;
  /** A deferral to a day before the due date; not applied. */
  'finding.deferralBeforeDue': { readonly until: string; readonly dueOn: string };
  /** A deferral set after the period ended extends nothing (第三十五条). */
  'finding.deferralAfterDue': { readonly dueOn: string };
  /** A request refused as excessive without a prior request for reasons (第三十五条). */
  'finding.excessiveWithoutReasonRequest': NoParams;
  /** A payment recorded without a fee notice. */
  'finding.feePaidWithoutNotice': NoParams;
  /** The fee not paid in time; the application may be deemed abandoned. */
  'finding.feeOverdue': { readonly dueOn: string };
  /** The case closed for non-payment before the payment period ended. */
  'finding.feeLapsedEarly': { readonly dueOn: string };
  /** The day the applicant received the fee notice is not recorded. */
  'finding.feeNoticeReceiptUnknown': { readonly noticeOn: string };
  /** A partial disclosure that does not state what is provided (第三十七条). */
  'finding.partialWithoutParts': NoParams;
  /** A partial disclosure without the reason for what is withheld (第三十七条). */
  'finding.partialWithoutReason': NoParams;
  /** A delivery recorded before any decision. */
  'finding.deliveredWithoutDecision': NoParams;
  /** An answer opened online that was not delivered electronically. */
  'finding.openedWithoutElectronicDelivery': NoParams;
  /** An event recorded after the case concluded. */
  'finding.afterConclusion': { readonly type: string };
  /** The answer was late, or is late and not yet given (第三十三条). */
  'finding.overdue': { readonly dueOn: string; readonly answeredOn: string | null };
}

/** The params of every issue and finding `@gk/request-workflow` reports, with `@gk/core`'s. */
export type RequestIssueParams = CoreIssueParams & RequestInputIssueParams & ProcedureFindingParams;

/** A malformed-input issue (or a `@gk/core` date or identifier issue). */
export type RequestIssue = IssueUnion<CoreIssueParams & RequestInputIssueParams>;

/** A legal finding about the case, with the article it concerns. */
export type ProcedureFinding = IssueUnion<ProcedureFindingParams> & { readonly citation?: LegalCitation };

/**
 * A procedural finding; the old name of {@link ProcedureFinding} (a review finding is
 * `@gk/attribute-review`'s `ReviewFinding`, a conformance finding `@gk/catalogue-schema`'s).
 * @deprecated Use {@link ProcedureFinding}; this alias goes in the next minor version.
 */
export type Finding = ProcedureFinding;

/**
 * The old name of {@link ProcedureFindingParams}.
 * @deprecated Use {@link ProcedureFindingParams}; this alias goes in the next minor version.
 */
export type FindingParams = ProcedureFindingParams;

/** Any issue or finding, for functions that accept both. */
export type AnyRequestIssue = RequestIssue | ProcedureFinding | Issue;
