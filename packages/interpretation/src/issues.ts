import type { DocumentReference, IssueUnion, LegalCitation } from '@gk/core';

/** The params of each issue `@gk/interpretation` reports. */
export interface InterpretationIssueParams {
  /** The interpretation was not approved with the policy (the approval records differ). */
  'synchrony.approval': { readonly policyRecord: string | null; readonly interpretationRecord: string | null };
  /** The interpretation was organised after the policy was approved. */
  'synchrony.organisedLate': { readonly organisedOn: string; readonly policyApprovedOn: string };
  /** The policy is published and its interpretation is not. */
  'synchrony.notPublished': { readonly policyPublishedOn: string };
  /** The interpretation was published more workdays after the policy than allowed. */
  'synchrony.publishedLate': {
    readonly publishedOn: string;
    readonly policyPublishedOn: string;
    readonly workdaysLater: number;
    readonly allowed: number;
  };
  /** Another body interprets than the one that drafted the policy (谁起草谁解读). */
  'synchrony.drafterInterprets': { readonly interpretingBody: string; readonly expectedBody: string };
  /** A normative document that concerns the public has no interpretation. */
  'interpretation.missing': { readonly policyTitle: string };
  /** An interpretation without material. */
  'interpretation.noMaterial': Readonly<Record<never, never>>;
  /** A comment period shorter than the minimum with no reason given (重大行政决策程序暂行条例第十五条). */
  'consultation.periodShort': { readonly days: number; readonly minimum: number };
  /** The decision was made before the comment period ended. */
  'consultation.decidedEarly': { readonly decidedOn: string; readonly endsOn: string };
  /** The feedback on the comments is not published (local practice, a setting). */
  'consultation.feedbackMissing': { readonly endsOn: string };
  /** A decision published without explaining how public comments were adopted (第三十二条). */
  'consultation.adoptionNotExplained': { readonly decidedOn: string };
  /** A comment not adopted without a reason recorded (local practice, a setting). */
  'consultation.reasonMissing': { readonly comment: number };
  /** A consultation that does not publish the draft and its explanation (第十五条). */
  'consultation.materialsMissing': Readonly<Record<never, never>>;
  /** A response to public concern took longer than its limit. */
  'response.late': { readonly duty: string; readonly hours: number; readonly limit: number };
  /** A response to public concern due and not recorded. */
  'response.missing': { readonly duty: string; readonly dueAt: string };
  /** The public-participation list repeats an id. */
  'participation.duplicate': { readonly id: string };
  /** A public-participation item names no method. */
  'participation.method': { readonly id: string };
}

/** An issue of `@gk/interpretation`, with the rule it applies. */
export type InterpretationIssue = IssueUnion<InterpretationIssueParams> & {
  readonly citation?: LegalCitation;
  readonly reference?: DocumentReference;
};
