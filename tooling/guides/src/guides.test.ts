// Every guide in docs/guides runs: its code blocks, as one module per guide, against the packages'
// sources, each `console.log(x); // → text` checked; and the guides type-check under the
// project's strict settings. (tooling/guides/consumer.mjs runs the same code from the packed
// tarballs on Node 20 and 24, ESM and CommonJS.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guides } from './extract.ts';

const run = new URL('../.run/', import.meta.url);
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
const all = guides();
for (const guide of all) writeFileSync(new URL(`${guide.name}.ts`, run), guide.source);

describe('the guides (docs/guides)', () => {
  it('has a guide for each job, each with code that runs', () => {
    expect(all.map((guide) => guide.name)).toEqual([
      'annual-report',
      'catalogue-from-excel',
      'publish-under-the-catalogue',
      'request-case',
      'review-before-publication',
      'store-and-queues',
    ]);
    for (const guide of all) expect(guide.source).toMatch(/export async function main[\s\S]*\S[\s\S]*\n}\n$/);
  });

  for (const guide of all)
    it(`runs ${guide.name}, every printed value as the guide says`, async () => {
      const module = (await import(/* @vite-ignore */ fileURLToPath(new URL(`${guide.name}.ts`, run)))) as {
        main: () => Promise<void>;
      };
      await expect(module.main()).resolves.toBeUndefined();
    });

  it('type-checks every guide under the strict settings', () => {
    const tsc = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.resolve('typescript/bin/tsc')),
        '-p',
        fileURLToPath(new URL('../tsconfig.guides.json', import.meta.url)),
      ],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
