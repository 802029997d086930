// How long `gk` takes to start: `gk --help` and `gk workdays between …` (which must not load the
// office formats, the store or the report builder), against bare Node starting an empty script in
// the same run. Target: under 150 ms each on the project's 2-core machines. `gk catalogue
// validate` on a workbook, which loads the Excel reader, is timed for comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const gk = fileURLToPath(new URL('dist/gk.js', import.meta.resolve('@gk/cli/package.json')));
const RUNS = 21;
const TARGET_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(args: readonly string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...args], { encoding: 'utf8' });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(runs);
}

const directory = mkdtempSync(join(tmpdir(), 'gk-cli-bench-'));
const empty = join(directory, 'empty.mjs');
writeFileSync(empty, '');
const workbook = join(directory, 'catalogue.xlsx');
execFileSync(process.execPath, [
  gk,
  'catalogue',
  'convert',
  fileURLToPath(new URL('../packages/catalogue-schema/examples/good/compulsory-education.json', import.meta.url)),
  workbook,
]);

const node = time([empty]);
const rows: [string, number][] = [
  ['node (empty script)', node],
  ['gk --help', time([gk, '--help'])],
  ['gk workdays between 2026-12-01 2026-12-31', time([gk, 'workdays', 'between', '2026-12-01', '2026-12-31'])],
  ['gk catalogue validate catalogue.xlsx', time([gk, 'catalogue', 'validate', workbook])],
];
console.log(`gk start-up, median of ${String(RUNS)} runs (Node ${process.version})`);
for (const [name, ms] of rows) {
  const target =
    name.startsWith('gk --help') || name.startsWith('gk workdays')
      ? ms < TARGET_MS
        ? '  target < 150 ms: met'
        : '  target < 150 ms: NOT met'
      : '';
  console.log(`  ${name.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms  ×${(ms / node).toFixed(2)} bare Node${target}`);
}
