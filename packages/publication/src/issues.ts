import type { DocumentReference, IssueUnion, LegalCitation } from '@gk/core';

/** Malformed input: events, a record, an index number. */
export interface PublicationInputIssueParams {
  'events.notList': Readonly<Record<never, never>>;
  'events.tooMany': { readonly limit: number };
  'event.notObject': Readonly<Record<never, never>>;
  'event.type': { readonly received: string };
  'event.field': { readonly field: string };
  'event.tooLong': { readonly field: string; readonly limit: number };
  'event.tooManyItems': { readonly field: string; readonly limit: number };
  'drafted.missing': Readonly<Record<never, never>>;
  'indexNo.pattern': { readonly pattern: string };
  'indexNo.format': { readonly indexNo: string; readonly pattern: string };
  'indexNo.part': { readonly part: string; readonly value: string };
  'indexNo.duplicate': { readonly indexNo: string };
  'indexNo.exhausted': { readonly limit: number };
}

/** What a reviewer of the procedure would flag, each with the rule it applies. */
export interface PublicationFindingParams {
  'finding.outOfOrder': { readonly previousOn: string };
  'finding.beforeDraft': { readonly type: string };
  'finding.draftedRepeated': Readonly<Record<never, never>>;
  'finding.afterWithdrawal': { readonly type: string };
  'finding.notProactive': { readonly attribute: string };
  'finding.publishedWithoutDetermination': Readonly<Record<never, never>>;
  'finding.publishedWithoutReview': Readonly<Record<never, never>>;
  'finding.reviewUnsettled': { readonly count: number };
  'finding.publishedWithoutApproval': Readonly<Record<never, never>>;
  'finding.approverRole': { readonly role: string; readonly allowed: string };
  'finding.interpretationMissing': Readonly<Record<never, never>>;
  'finding.publishedRepeated': Readonly<Record<never, never>>;
  'finding.changedBeforePublication': { readonly type: string };
  'finding.publishedBeforeFormed': { readonly formedOn: string };
}

/** The 政务新媒体 registry: an account's history and the office's checks. */
export interface NewMediaIssueParams {
  'newMedia.notList': Readonly<Record<never, never>>;
  'newMedia.tooMany': { readonly limit: number };
  /** A step that cannot be read: unknown type or no valid date. */
  'newMedia.step': { readonly type: string };
  'newMedia.outOfOrder': { readonly previousOn: string };
  /** A field the step needs is missing, blank, too long or not one of its values. */
  'newMedia.field': { readonly field: string };
  /** A step the account's standing does not allow (`status` is `notOpened` before it was opened). */
  'newMedia.stepOutOfPlace': { readonly type: string; readonly status: string };
  'newMedia.approvalMissing': { readonly type: string };
  'newMedia.notOpened': Readonly<Record<never, never>>;
  'newMedia.today': { readonly value: string };
  'newMedia.noResponsible': { readonly name: string };
  'newMedia.stale': {
    readonly name: string;
    readonly lastUpdatedOn: string;
    readonly days: number;
    readonly limit: number;
  };
}

/** 政府开放日: a plan, its duties, a registration. */
export interface OpenDayIssueParams {
  'openDay.date': { readonly field: string; readonly value: string };
  'openDay.capacity': { readonly value: string; readonly max: number };
  'openDay.window': { readonly opensOn: string; readonly closesOn: string; readonly date: string };
  'openDay.noticeLate': { readonly dueOn: string; readonly days: number };
  'openDay.overCapacity': { readonly count: number; readonly capacity: number };
  'openDay.recordLate': { readonly dueOn: string; readonly days: number };
  'openDay.name': Readonly<Record<never, never>>;
  'openDay.phone': Readonly<Record<never, never>>;
  'openDay.closed': { readonly opensOn: string; readonly closesOn: string };
  'openDay.full': { readonly capacity: number };
  'openDay.duplicate': Readonly<Record<never, never>>;
}

/** Every issue and finding `@gk/publication` reports, with `@gk/core`'s. */
export type PublicationIssueParams = PublicationInputIssueParams &
  PublicationFindingParams &
  NewMediaIssueParams &
  OpenDayIssueParams;

/** A malformed-input issue. */
export type PublicationIssue = IssueUnion<PublicationInputIssueParams>;

/** A finding about a publication's procedure, with the article or document it applies. */
export type PublicationFinding = IssueUnion<PublicationFindingParams> & {
  readonly citation?: LegalCitation;
  readonly reference?: DocumentReference;
};
