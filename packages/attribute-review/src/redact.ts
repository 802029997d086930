import type { ReviewFindingKind, ReviewFinding } from './scan.js';
import { REVIEW_FINDING_KINDS } from './scan.js';

/** Whether a character is a digit or a letter, half- or full-width: what an ID or a number is made of. */
const significant = (c: string): boolean => /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(c);

/**
 * Which characters of a finding to mask, by their position in `finding.text`: the significant ones
 * (digits and letters, half- or full-width) outside the first `keepStart` and the last `keepEnd`;
 * separators and invisible characters between them are masked too.
 */
function maskKeeping(text: string, keepStart: number, keepEnd: number): boolean[] {
  const positions = text
    .split('')
    .map((c, i) => (significant(c) ? i : -1))
    .filter((i) => i >= 0);
  const from = positions[keepStart] ?? text.length;
  const to = positions[positions.length - keepEnd] ?? text.length;
  return text.split('').map((_, i) => i >= from && i < to);
}

/** The characters of a finding to mask, by position in its text. */
function maskOf(finding: ReviewFinding): boolean[] {
  const text = finding.text;
  const all = (): boolean[] => text.split('').map(() => true);
  switch (finding.kind) {
    case 'residentId': {
      // 18 characters keep the address code and the last four; the old 15-digit form its last three.
      const count = text.split('').filter(significant).length;
      return maskKeeping(text, 6, count === 15 ? 3 : 4);
    }
    case 'mobile':
      return maskKeeping(text, text.split('').filter(significant).length - 8, 4);
    case 'bankCard':
      return maskKeeping(text, 0, 4);
    case 'email': {
      // The user's first character and the domain's last label stay.
      const at = Math.max(text.indexOf('@'), text.indexOf('＠'));
      const dot = Math.max(text.lastIndexOf('.'), text.lastIndexOf('．'));
      return text.split('').map((_, i) => (i > 0 && i < at) || (i > at && i < dot));
    }
    case 'passport':
      return maskKeeping(text, 1, 2);
    case 'classificationMark':
    case 'internalMark':
    case 'sensitiveTerm':
      return all();
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
    const hidden = maskOf(finding);
    for (let i = 0; i < hidden.length; i++) if (hidden[i] === true) masked[finding.start + i] = 1;
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += masked[i] === 1 ? mask : text.charAt(i);
  return out;
}

/** The kinds `redact` guarantees the masked text no longer contains. */
export const REDACTABLE_KINDS: readonly ReviewFindingKind[] = REVIEW_FINDING_KINDS;
