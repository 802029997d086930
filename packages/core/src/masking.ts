// Masking personal data for display: the same rule wherever a phone number or a name is shown masked.

/**
 * Keeps the first `head` and last `tail` characters and stars the rest; a text no longer than both is
 * starred whole.
 * @param text - the text
 * @param head - characters kept at the start
 * @param tail - characters kept at the end
 * @example
 * maskKeepingEnds('13912345678', 3, 4); // '139****5678'
 */
export function maskKeepingEnds(text: string, head: number, tail: number): string {
  return text.length <= head + tail
    ? '*'.repeat(text.length)
    : `${text.slice(0, head)}${'*'.repeat(text.length - head - tail)}${text.slice(text.length - tail)}`;
}

/**
 * A phone number as shown to others: its first 3 and last 4 digits (`139****5678`).
 * @param phone - the number
 */
export const maskPhone = (phone: string): string => maskKeepingEnds(phone, 3, 4);

/**
 * A person's name as shown to others: its first character (`张*`, `欧**`).
 * @param name - the name
 */
export const maskName = (name: string): string =>
  `${[...name][0] ?? ''}${'*'.repeat(Math.max(0, [...name].length - 1))}`;
