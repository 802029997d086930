/**
 * The character table the lexicon matcher reads text through: 0 for characters it skips
 * (whitespace and punctuation, full-width or not), otherwise the character's normal form
 * (full-width ASCII folded to half-width, ASCII letters to lower case).
 */
export const NORMAL_FORM: Uint16Array = /* @__PURE__ */ (() => {
  const table = new Uint16Array(65_536);
  for (let code = 0; code < 65_536; code++) table[code] = code;
  const skip = (from: number, to: number): void => {
    for (let code = from; code <= to; code++) table[code] = 0;
  };
  skip(0x00, 0x2f);
  skip(0x3a, 0x40);
  skip(0x5b, 0x60);
  skip(0x7b, 0x7f);
  skip(0x80, 0xbf);
  skip(0x2000, 0x206f);
  skip(0x3000, 0x3003);
  skip(0x3008, 0x3011);
  skip(0x3014, 0x301f);
  skip(0x30fb, 0x30fb);
  skip(0xfe10, 0xfe1f);
  skip(0xfe30, 0xfe4f);
  skip(0xfe50, 0xfe6f);
  skip(0xff00, 0xff0f);
  skip(0xff1a, 0xff20);
  skip(0xff3b, 0xff40);
  skip(0xff5b, 0xff65);
  skip(0xfeff, 0xfeff);
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 32;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = code - 0xfee0;
  for (let code = 0xff21; code <= 0xff3a; code++) table[code] = code - 0xfee0 + 32;
  for (let code = 0xff41; code <= 0xff5a; code++) table[code] = code - 0xfee0;
  return table;
})();

/**
 * A term as the matcher sees it: full-width folded, ASCII lower-cased, spaces and punctuation removed.
 * @param text - the term
 * @returns its normal form
 */
export function normalizeTerm(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = NORMAL_FORM[text.charCodeAt(i)] ?? 0;
    if (code !== 0) out += String.fromCharCode(code);
  }
  return out;
}
