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

/** Every issue and finding `@gk/publication` reports, with `@gk/core`'s. */
export type PublicationIssueParams = PublicationInputIssueParams & PublicationFindingParams;

/** A malformed-input issue. */
export type PublicationIssue = IssueUnion<PublicationInputIssueParams>;

/** A finding about a publication's procedure, with the article or document it applies. */
export type PublicationFinding = IssueUnion<PublicationFindingParams> & {
  readonly citation?: LegalCitation;
  readonly reference?: DocumentReference;
};
