import type { DocumentReference, IssueUnion, LegalCitation } from '@gk/core';

/** The params of each issue `@gk/interpretation` reports. */
export interface InterpretationIssueParams {
  'synchrony.approval': { readonly policyRecord: string | null; readonly interpretationRecord: string | null };
  'synchrony.organisedLate': { readonly organisedOn: string; readonly policyApprovedOn: string };
  'synchrony.notPublished': { readonly policyPublishedOn: string };
  'synchrony.publishedLate': {
    readonly publishedOn: string;
    readonly policyPublishedOn: string;
    readonly workdaysLater: number;
    readonly allowed: number;
  };
  'synchrony.drafterInterprets': { readonly interpretingBody: string; readonly expectedBody: string };
  'interpretation.missing': { readonly policyTitle: string };
  'interpretation.noMaterial': Readonly<Record<never, never>>;
  'consultation.periodShort': { readonly days: number; readonly minimum: number };
  'consultation.decidedEarly': { readonly decidedOn: string; readonly endsOn: string };
  'consultation.feedbackMissing': { readonly endsOn: string };
  'consultation.adoptionNotExplained': { readonly decidedOn: string };
  'consultation.reasonMissing': { readonly comment: number };
  'consultation.materialsMissing': Readonly<Record<never, never>>;
  'response.late': { readonly duty: string; readonly hours: number; readonly limit: number };
  'response.missing': { readonly duty: string; readonly dueAt: string };
  'participation.duplicate': { readonly id: string };
  'participation.method': { readonly id: string };
}

/** An issue of `@gk/interpretation`, with the rule it applies. */
export type InterpretationIssue = IssueUnion<InterpretationIssueParams> & {
  readonly citation?: LegalCitation;
  readonly reference?: DocumentReference;
};
