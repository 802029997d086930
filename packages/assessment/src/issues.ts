import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/assessment` reports. */
export interface AssessmentIssueParams {
  'assessment.today': { readonly value: string };
  'assessment.year': { readonly value: string };
  'assessment.townshipReportDue': Readonly<Record<never, never>>;
  'assessment.sameAgency': { readonly agencyId: string };
  'profile.shape': { readonly field: string; readonly message: string };
  'profile.unknownIndicator': { readonly indicator: string };
  'profile.duplicateIndicator': { readonly indicator: string };
  'profile.weights': { readonly sum: number; readonly total: number };
  'profile.range': { readonly indicator: string };
  'profile.performanceWeight': { readonly value: number; readonly minimum: number };
}

/** An issue of `@gk/assessment`. */
export type AssessmentIssue = IssueUnion<AssessmentIssueParams>;
