// What the pre-publication scanner looks for: one list, read by the scanner, its messages and redact.

/** What the scanner looks for. */
export type FindingKind =
  'residentId' | 'mobile' | 'bankCard' | 'email' | 'passport' | 'classificationMark' | 'internalMark' | 'sensitiveTerm';

/** Every kind of finding. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'residentId',
  'mobile',
  'bankCard',
  'email',
  'passport',
  'classificationMark',
  'internalMark',
  'sensitiveTerm',
];
