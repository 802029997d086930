// What the pre-publication scanner looks for: one list, read by the scanner, its messages and redact.

/** What the scanner looks for. */
export type ReviewFindingKind =
  'residentId' | 'mobile' | 'bankCard' | 'email' | 'passport' | 'classificationMark' | 'internalMark' | 'sensitiveTerm';

/** Every kind of finding. */
export const REVIEW_FINDING_KINDS: readonly ReviewFindingKind[] = [
  'residentId',
  'mobile',
  'bankCard',
  'email',
  'passport',
  'classificationMark',
  'internalMark',
  'sensitiveTerm',
];

/**
 * The old name of {@link ReviewFindingKind}.
 * @deprecated Use {@link ReviewFindingKind}; this alias goes in the next minor version.
 */
export type FindingKind = ReviewFindingKind;

/**
 * The old name of {@link REVIEW_FINDING_KINDS}.
 * @deprecated Use {@link REVIEW_FINDING_KINDS}; this alias goes in the next minor version.
 */
export const FINDING_KINDS: readonly ReviewFindingKind[] = REVIEW_FINDING_KINDS;
