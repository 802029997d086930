import type { FindingKind, ReviewFinding } from './scan.js';
import { FINDING_KINDS } from './scan.js';

/** The parts of a finding to mask: [from, to) relative to its start. */
function maskRange(finding: ReviewFinding): [number, number] {
  const length = finding.end - finding.start;
  switch (finding.kind) {
    case 'residentId':
      return [6, Math.max(6, length - 4)];
    case 'mobile': {
      const digits = [...finding.text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
      return [digits[digits.length - 8] ?? 0, digits[digits.length - 4] ?? length - 4];
    }
    case 'bankCard':
      return [0, Math.max(0, length - 4)];
    case 'email': {
      const at = finding.text.indexOf('@');
      return [1, Math.max(1, at)];
    }
    case 'passport':
      return [1, Math.max(1, length - 2)];
    case 'classificationMark':
    case 'internalMark':
    case 'sensitiveTerm':
      return [0, length];
    default:
      return finding.kind satisfies never;
  }
}

/**
 * Masks what the scanner found: an ID keeps its first 6 and last 4 characters (110105********002X),
 * a mobile number its first 3 and last 4, a bank card its last 4; an e-mail keeps the first letter
 * of its user and its domain's end; marks and lexicon terms are masked whole. Digits are replaced so
 * that the scanner no longer recognises the result as one of the masked kinds.
 * @param text - the text that was scanned
 * @param findings - the findings to mask (e.g. all of `scanText(text)`, or those a reviewer confirmed)
 * @param mask - the masking character, `*` by default
 * @returns the masked text, the same length as the original
 */
export function redact(text: string, findings: readonly ReviewFinding[], mask = '*'): string {
  const masked = new Uint8Array(text.length);
  for (const finding of findings) {
    if (finding.start < 0 || finding.end > text.length || text.slice(finding.start, finding.end) !== finding.text)
      continue;
    const [from, to] = maskRange(finding);
    for (let i = finding.start + from; i < finding.start + to; i++) masked[i] = 1;
    if (finding.kind === 'email') {
      const at = finding.text.indexOf('@');
      const lastDot = finding.text.lastIndexOf('.');
      for (let i = finding.start + at + 1; i < finding.start + lastDot; i++) masked[i] = 1;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += masked[i] === 1 ? mask : text.charAt(i);
  return out;
}

/** The kinds `redact` guarantees the masked text no longer contains. */
export const REDACTABLE_KINDS: readonly FindingKind[] = FINDING_KINDS;
