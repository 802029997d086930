// @gk/store on embedded PGlite and on a PostgreSQL server: appends per second with one writer and
// with four concurrent writers, then the annual-report query over 100,000 cases.
// The server is the test one (bash .ci/postgres.sh) unless GK_TEST_DATABASE_URL is set.
// Run with `pnpm bench` (builds first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent } from '@gk/request-workflow';
import type { Store } from '@gk/store';
import { openStore } from '@gk/store';
import { withServerDatabase } from './server-database.ts';

const CASES = Number(process.env.GK_BENCH_CASES ?? 100_000);
const APPENDS = 2_000;

const received = (on: string): CaseEvent => ({
  type: 'received',
  on,
  actor: { id: 'clerk' },
  channel: 'inPerson',
  applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13912345678' },
  request: { description: '某项信息', forms: ['electronic'] },
});
const day = (i: number): string => new Date(Date.UTC(2024, 6, 1) + (i % 540) * 86_400_000).toISOString().slice(0, 10);

async function appendMany(store: Store, prefix: string, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++)
    await store.append(
      { agencyId: `agency-${String(i % 8)}`, caseId: `${prefix}-${String(i)}` },
      [received(day(i))],
      0,
    );
}

async function measure(
  name: string,
  open: () => Promise<Store>,
  concurrentStores: (main: Store) => Promise<Store[]>,
): Promise<void> {
  const store = await open();
  let began = performance.now();
  await appendMany(store, 'single', 0, APPENDS);
  const single = APPENDS / ((performance.now() - began) / 1000);
  const writers = await concurrentStores(store);
  began = performance.now();
  await Promise.all(writers.map((writer, w) => appendMany(writer, `w${String(w)}`, 0, APPENDS / 4)));
  const concurrent = APPENDS / ((performance.now() - began) / 1000);
  began = performance.now();
  const remaining = CASES - APPENDS * 2;
  await Promise.all(
    writers.map((writer, w) => appendMany(writer, `fill${String(w)}`, 0, Math.ceil(remaining / writers.length))),
  );
  const fillSeconds = (performance.now() - began) / 1000;
  const times: number[] = [];
  let rows = 0;
  for (let round = 0; round < 5; round++) {
    began = performance.now();
    rows = (await store.reportCases(2025)).length;
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(10)} appends/s: one writer ${single.toFixed(0)}, four writers ${concurrent.toFixed(0)}; ` +
      `filled to ${CASES.toLocaleString('en-US')} cases in ${fillSeconds.toFixed(0)} s; annual-report query: ${rows.toLocaleString('en-US')} rows, median ${(times[2] ?? 0).toFixed(0)} ms`,
  );
  for (const writer of writers) if (writer !== store) await writer.close();
  await store.close();
}

const dataDir = mkdtempSync(join(tmpdir(), 'gk-bench-'));
await measure(
  'PGlite',
  () => openStore({ dataDir }),
  // PGlite is one embedded connection: four writers interleave on it.
  (main) => Promise.resolve([main, main, main, main]),
);
rmSync(dataDir, { recursive: true, force: true });

await withServerDatabase('gk_bench', (url) =>
  measure(
    'PostgreSQL',
    () => openStore({ connectionString: url }),
    () => Promise.all([0, 1, 2, 3].map(() => openStore({ connectionString: url, maxConnections: 2 }))),
  ),
);
