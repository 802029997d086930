import { describe, expect, it } from 'vitest';
import type { Context } from './io.js';
import { lineColumn, lineStarts, progress } from './io.js';
import { MESSAGES } from './locales/index.js';

function contextWith(isTTY: boolean): { ctx: Context; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) };
  return { ctx: { io: { stdout: stream, stderr: stream, cwd: '.' }, t: MESSAGES['zh-CN'], locale: 'zh-CN' }, written };
}

describe('progress', () => {
  it('draws a bar on a terminal for large work and clears it at the end', () => {
    const { ctx, written } = contextWith(true);
    const bar = progress(ctx, 1000, 100);
    bar.update(500);
    bar.update(500); // same percentage: not redrawn
    bar.finish();
    expect(written).toEqual([`\r[${'#'.repeat(13)}${' '.repeat(12)}]  50%`, `\r${' '.repeat(32)}\r`]);
  });

  it('stays silent when standard error is not a terminal, or the work is small', () => {
    for (const [tty, total] of [
      [false, 1000],
      [true, 10],
    ] as const) {
      const { ctx, written } = contextWith(tty);
      const bar = progress(ctx, total, 100);
      bar.update(total / 2);
      bar.finish();
      expect(written).toEqual([]);
    }
  });
});

describe('lineColumn', () => {
  it('gives 1-based lines and columns, a newline ending its own line', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect([0, 2, 3, 6, 7, 8].map((offset) => lineColumn(starts, offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
