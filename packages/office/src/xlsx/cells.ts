// Reading cells: ticks, lists and channel marks.

/** A cell with no mark: □, 口, ×, 否. */
export const unmarked = (value: string): boolean => /^[□口×✗否]$/.test(value.trim());

/** Whether a tick-column cell is ticked (√, ■, 是, …). */
export const ticked = (value: string): boolean =>
  /^[√✓✔☑■●]$|^是$/.test(value.trim()) ||
  (value.trim() !== '' && !unmarked(value) && value.trim().length <= 2 && /[√✓✔]/.test(value));

/** A cell listing items by line or semicolon, as a list. */
export function splitList(value: string): string[] {
  return value
    .split(/\r?\n|；|;/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A 公开渠道 cell as one entry per channel, each with its ■ / □ mark. */
export function splitChannels(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.flatMap((line) =>
    line
      .split(/(?=[■□▄口£▲◆√])/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}
