import { isInvisibleCharacter } from '@gk/core';

/**
 * A text as the scanner reads it, with each character's offset in the original: full-width forms
 * (１１０１…Ｘ, ＠, ．, －) folded to ASCII, the ideographic space to a space, and invisible characters
 * (zero-width, bidirectional controls, the soft hyphen) left out — so an ID written full-width or with
 * a zero-width space inside is found, and reported at its place in the original.
 */
export interface TextView {
  readonly text: string;
  /** `origin[i]` is the original offset of the view's character `i`; `null` when the view is the text. */
  readonly origin: Int32Array | null;
}

const changed = (code: number): boolean =>
  (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || isInvisibleCharacter(code);

/**
 * The scanner's view of a text.
 * @param text - the original
 */
export function viewOf(text: string): TextView {
  let first = 0;
  while (first < text.length && !changed(text.charCodeAt(first))) first += 1;
  if (first === text.length) return { text, origin: null };
  const origin = new Int32Array(text.length);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (isInvisibleCharacter(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    out += String.fromCharCode(code);
    origin[n] = i;
    n += 1;
  }
  return { text: out, origin: origin.subarray(0, n) };
}

/**
 * The original range of the view's range `[start, end)`.
 * @param view - the view
 * @param start - start in the view
 * @param end - end in the view (exclusive, after `start`)
 */
export function originalRange(view: TextView, start: number, end: number): [number, number] {
  if (view.origin === null) return [start, end];
  return [view.origin[start] ?? 0, (view.origin[end - 1] ?? 0) + 1];
}
