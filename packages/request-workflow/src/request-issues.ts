import type { CoreIssueParams, Issue, IssueUnion, LegalCitation } from '@gk/core';

/** The params of an issue whose message needs none. */
export type NoParams = Readonly<Record<never, never>>;

/** Malformed input: an event, applicant or request that cannot be read as given. */
export interface RequestInputIssueParams {
  'events.notList': NoParams;
  'events.tooMany': { readonly limit: number };
  'event.notObject': NoParams;
  'event.type': { readonly received: string };
  'event.actor': NoParams;
  'event.field': { readonly field: string };
  'event.tooLong': { readonly field: string; readonly limit: number };
  'event.tooManyItems': { readonly field: string; readonly limit: number };
  'event.renamedValue': { readonly field: string; readonly received: string; readonly use: string };
  'received.missing': NoParams;
  'received.channel': { readonly received: string };
  'received.confirmation': { readonly channel: string };
  'applicant.missing': NoParams;
  'applicant.kind': NoParams;
  'applicant.name': NoParams;
  'applicant.category': NoParams;
  'applicant.identity': NoParams;
  'applicant.contact': NoParams;
  'request.missing': NoParams;
  'request.description': NoParams;
  'request.form': NoParams;
  'decision.outcome': { readonly received: string };
  'calendar.outsideCoverage': { readonly date: string };
  'fee.count': { readonly field: string; readonly value: string; readonly limit: number };
  'fee.method': { readonly received: string };
  'notice.caseMissing': { readonly what: string };
  'notice.input': { readonly field: string };
  'notice.outcome': { readonly expected: string; readonly actual: string };
  'notice.kind': { readonly received: string };
}

/** Legal findings about the procedure: what a reviewer would flag. */
export interface ProcedureFindingParams {
  'finding.outOfOrder': { readonly previousOn: string };
  'finding.receivedRepeated': NoParams;
  'finding.confirmationLate': { readonly arrivedOn: string; readonly confirmedOn: string };
  'finding.clarificationRepeated': NoParams;
  'finding.clarificationLate': { readonly workdays: number };
  'finding.clarificationNoItems': NoParams;
  'finding.clarificationUnrequested': NoParams;
  'finding.clarificationOverdue': { readonly dueOn: string };
  'finding.clarificationLapsedEarly': { readonly dueOn: string };
  'finding.consultationUnstarted': NoParams;
  'finding.consultationReplyOverdue': { readonly party: string; readonly replyDueOn: string };
  'finding.consultationNoReplyEarly': { readonly party: string; readonly replyDueOn: string };
  'finding.extensionRepeated': NoParams;
  'finding.extensionTooLong': { readonly workdays: number };
  'finding.extensionAfterDue': { readonly dueOn: string };
  'finding.extensionNotByHead': NoParams;
  'finding.deferralWithoutReasonRequest': NoParams;
  'finding.deferralBeforeDue': { readonly until: string; readonly dueOn: string };
  'finding.deferralAfterDue': { readonly dueOn: string };
  'finding.excessiveWithoutReasonRequest': NoParams;
  'finding.feePaidWithoutNotice': NoParams;
  'finding.feeOverdue': { readonly dueOn: string };
  'finding.feeLapsedEarly': { readonly dueOn: string };
  'finding.feeNoticeReceiptUnknown': { readonly noticeOn: string };
  'finding.partialWithoutParts': NoParams;
  'finding.partialWithoutReason': NoParams;
  'finding.deliveredWithoutDecision': NoParams;
  'finding.openedWithoutElectronicDelivery': NoParams;
  'finding.afterConclusion': { readonly type: string };
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
