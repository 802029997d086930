const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/**
 * Writes a whole number from 0 to 9999 in Chinese numerals, as article numbers are written:
 * 10 → 十, 26 → 二十六, 101 → 一百零一, 110 → 一百一十.
 * @param value - a whole number from 0 to 9999
 * @returns the number in Chinese numerals
 * @throws {RangeError} outside 0–9999 or for a fraction (a programming error, not input)
 */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) {
    throw new RangeError(`toChineseNumeral: ${String(value)} is not a whole number from 0 to 9999`);
  }
  if (value === 0) return DIGITS[0];
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 十 alone at the head: 10–19 are 十, 十一 …, not 一十.
    out += d === 1 && unit === '十' && out === '' ? unit : `${DIGITS[d as 0]}${unit}`;
  });
  return out;
}
