// Characters that change how a text is shown but not what it says.

/**
 * Zero-width characters, the soft hyphen, the byte-order mark and the bidirectional controls
 * (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM): invisible in a name, and an RLO turns
 * what follows around on screen. Ranges of UTF-16 code units, inclusive.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`, 'gu');

/**
 * Whether a UTF-16 code unit is an invisible character {@link stripInvisible} removes.
 * @param code - a code unit, e.g. `text.charCodeAt(i)`
 */
export function isInvisibleCharacter(code: number): boolean {
  if (code < 0x00ad) return false;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/**
 * A text without its invisible characters: zero-width characters, the soft hyphen, the byte-order mark
 * and the bidirectional controls. Edge code applies it to what people type before anything else.
 * @param text - any text
 * @returns the text as it reads
 * @example
 * ```ts
 * stripInvisible('张\u200b三\u202e'); // '张三'
 * ```
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Whether a value is a text with at least one visible character: not blank, and not made only of
 * zero-width or bidirectional control characters.
 * @param value - any value
 * @returns `true` for a string someone can read
 * @example
 * ```ts
 * hasVisibleText('\u200b\u200b'); // false
 * ```
 */
export function hasVisibleText(value: unknown): value is string {
  return typeof value === 'string' && stripInvisible(value).trim() !== '';
}

/**
 * Whether a text holds a control character (U+0000–U+001F, U+007F): a NUL byte, an escape. With
 * `allowLayout`, tabs and line breaks are allowed, as a text area sends them.
 * @param text - any text
 * @param allowLayout - allow `\t`, `\n` and `\r`
 * @example
 * ```ts
 * hasControlCharacter('某\u0000文件'); // true
 * hasControlCharacter('第一行\n第二行', true); // false
 * ```
 */
export function hasControlCharacter(text: string, allowLayout = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x7f || (code < 0x20 && !(allowLayout && (code === 0x09 || code === 0x0a || code === 0x0d))))
      return true;
  }
  return false;
}

/**
 * A value as an issue may quote it: a string (at most 40 characters), a number, or its kind for
 * anything else (`[object]`, `[array]`, `[null]`). Never throws, even on an object without a prototype.
 * @param value - any value
 * @example
 * ```ts
 * describeValue(Object.create(null)); // '[object]'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return '[null]';
  if (Array.isArray(value)) return '[array]';
  return `[${typeof value}]`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe to print in HTML, in an element or a quoted attribute: `& < > " '` escaped.
 * @param text - any text (a non-string is printed as `String(value)`)
 * @example
 * ```ts
 * escapeHtml('<b>"张三"</b>'); // '&lt;b&gt;&quot;张三&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
