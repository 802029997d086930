import type { IssueUnion } from '@gk/core';

/** The params of each issue `@gk/assessment` reports. */
export interface AssessmentIssueParams {
  /** The assessment day "{value}" is invalid: expected a YYYY-MM-DD date. */
  'assessment.today': { readonly value: string };
  /** The assessment year "{value}" is invalid: expected a four-digit year. */
  'assessment.year': { readonly value: string };
  /** The township report's due month and day do not form a valid date. */
  'assessment.townshipReportDue': Readonly<Record<never, never>>;
  /** The agency "{agencyId}" appears more than once; each agency is ranked once. */
  'assessment.sameAgency': { readonly agencyId: string };
  /** The scoring profile's "{field}" is invalid: {message}. */
  'profile.shape': { readonly field: string; readonly message: string };
  /** The scoring profile names an unknown indicator "{indicator}". */
  'profile.unknownIndicator': { readonly indicator: string };
  /** The scoring profile names the indicator "{indicator}" twice. */
  'profile.duplicateIndicator': { readonly indicator: string };
  /** The profile's weights add up to {sum}, not its total of {total}. */
  'profile.weights': { readonly sum: number; readonly total: number };
  /** The indicator "{indicator}" needs a full-marks line above its zero line, both between 0 and 1. */
  'profile.range': { readonly indicator: string };
  /** Disclosure weighs {value * 100}% of the performance assessment, below the required {minimum * 100}%. */
  'profile.performanceWeight': { readonly value: number; readonly minimum: number };
}

/** An issue of `@gk/assessment`. */
export type AssessmentIssue = IssueUnion<AssessmentIssueParams>;
