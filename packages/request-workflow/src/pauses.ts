import type { LocalDate } from '@gk/core';

/**
 * A stretch of time not counted toward the answer period: a consultation (第三十三条第三款), capped
 * at the consulted party's reply date, or a fee notice awaiting payment.
 */
export interface Pause {
  /** The day it began (not counted itself: a pause covers workdays d with start < d ≤ end). */
  readonly start: LocalDate;
  /** The day it ended; `null` while it runs. */
  end: LocalDate | null;
  /** The last day it can cover, whatever the recorded end: a consultation pauses no longer than its period. */
  readonly cap: LocalDate | null;
}

/** The day a pause stops covering, as of `upTo`. */
export function pauseEnd(pause: Pause, upTo: LocalDate): LocalDate {
  let end = pause.end ?? upTo;
  if (end > upTo) end = upTo;
  if (pause.cap !== null && end > pause.cap) end = pause.cap;
  return end;
}

/**
 * The pauses as disjoint stretches `(from, to]` after `start` and up to `upTo`: overlapping pauses
 * (two consultations, a consultation and a fee notice) count once.
 */
export function mergedPauses(pauses: readonly Pause[], start: LocalDate, upTo: LocalDate): [LocalDate, LocalDate][] {
  const stretches = pauses
    .map((pause): [LocalDate, LocalDate] => [pause.start > start ? pause.start : start, pauseEnd(pause, upTo)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [LocalDate, LocalDate][] = [];
  for (const [from, to] of stretches) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) {
      if (to > last[1]) last[1] = to;
    } else {
      merged.push([from, to]);
    }
  }
  return merged;
}
