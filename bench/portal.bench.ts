// The demo portal under load on 127.0.0.1: home, catalogue search, a look-up and the staff queue at
// concurrency 20, then the same public pages and staff sign-in while a hostile client floods /lookup
// with wrong codes. Prints requests per second, p50/p95/p99 and errors for each. Bounded: every phase
// runs a fixed time (GK_BENCH_SECONDS, 8 s by default) against a portal started for the run on a fresh
// PGlite directory. Run with `pnpm bench`, or alone: node --no-warnings portal.bench.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECONDS = Number(process.env.GK_BENCH_SECONDS ?? 8);
const CONCURRENCY = 20;
const appDir = fileURLToPath(new URL('../apps/county-portal/', import.meta.url));

/** Starts the portal as `pnpm demo` does, on a free port and a fresh data directory. */
async function startPortal(): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-portal-bench-'));
  const child = spawn(join(appDir, 'node_modules/.bin/tsx'), ['--conditions=@gk/source', 'src/main.ts'], {
    cwd: appDir,
    env: { ...process.env, PORT: '0', GK_DATA_DIR: join(dataDir, 'pglite'), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the portal did not start: ${out}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /公开专栏\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`the portal exited (${String(code)}): ${out}`)));
  });
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 2000).unref();
    },
  };
}

interface PhaseResult {
  readonly name: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/**
 * `connections` workers send `request()` back to back for `seconds`; a response whose status is not
 * `ok(status)` counts as an error.
 */
async function phase(
  name: string,
  connections: number,
  seconds: number,
  request: () => Promise<Response>,
  ok: (status: number) => boolean,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const began = performance.now();
        try {
          const response = await request();
          await response.arrayBuffer();
          if (!ok(response.status)) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - began);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

const row = (r: PhaseResult): string =>
  `${r.name.padEnd(34)} ${String(r.requests).padStart(7)} ${r.perSecond.toFixed(0).padStart(7)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${String(r.errors)}`;

const portal = await startPortal();
try {
  const { url } = portal;
  const form = (fields: Record<string, string>, cookie = '') => ({
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual' as const,
  });
  // A real application, for a look-up that finds something.
  const applied = await (
    await fetch(
      `${url}/apply`,
      form({
        kind: 'naturalPerson',
        name: '张三',
        residentId: '11010519491231002X',
        phone: '13800000000',
        description: '示范县2025年城区道路改造项目的立项批复',
        forms: 'electronic',
        deliveryPreferences: 'email',
      }),
    )
  ).text();
  const receiptNo = /id="receipt-no">([^<]+)</.exec(applied)?.[1] ?? '';
  const code = /id="lookup-code">([^<]+)</.exec(applied)?.[1] ?? '';
  const login = await fetch(`${url}/staff/login`, form({ username: 'dengji', password: 'demo-2026', next: '/staff/' }));
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (receiptNo === '' || cookie === '') throw new Error('could not apply or sign in');

  const ok200 = (status: number) => status === 200;
  const home = () => fetch(`${url}/`);
  const search = () => fetch(`${url}/catalogue?q=${encodeURIComponent('预算')}`);
  const lookup = () => fetch(`${url}/lookup`, form({ receiptNo, code }));
  const queue = () => fetch(`${url}/staff/`, { headers: { cookie } });
  const signIn = () => fetch(`${url}/staff/login`, form({ username: 'chengban', password: 'demo-2026' }));

  // Warm up: compile templates, fill caches.
  await phase('warm-up', 4, 2, home, ok200);

  console.log(
    `portal at ${url}, ${String(CONCURRENCY)} connections, ${String(SECONDS)} s per phase (node ${process.version})`,
  );
  const results: PhaseResult[] = [];
  for (const [name, request] of [
    ['GET /', home],
    ['GET /catalogue?q=预算', search],
    ['POST /lookup (found)', lookup],
    ['GET /staff/ (signed in)', queue],
  ] as const) {
    const result = await phase(name, CONCURRENCY, SECONDS, request, ok200);
    results.push(result);
    console.log(row(result));
  }

  // A hostile client floods /lookup with wrong codes from 127.0.0.1 at 50 connections, while people use
  // the public pages and staff sign in.
  console.log('\nwhile 50 connections flood POST /lookup with wrong codes:');
  const flooding = phase(
    'flood: POST /lookup (wrong code)',
    50,
    SECONDS,
    () => fetch(`${url}/lookup`, form({ receiptNo, code: 'WRONGCOD' })),
    (status) => status === 404 || status === 429,
  );
  const [publicDuring, signInDuring, flood] = await Promise.all([
    phase('GET / during the flood', 10, SECONDS, home, ok200),
    phase('POST /staff/login during the flood', 2, SECONDS, signIn, (status) => status === 303),
    flooding,
  ]);
  for (const result of [publicDuring, signInDuring, flood]) console.log(row(result));
  const publicP95 = Math.max(...results.slice(0, 3).map((r) => r.p95), publicDuring.p95);
  console.log(
    `\npublic pages p95 ≤ ${publicP95.toFixed(1)} ms (aim < 100 ms); staff sign-in p95 during the flood ${signInDuring.p95.toFixed(1)} ms (aim < 300 ms); errors ${String(results.reduce((n, r) => n + r.errors, 0) + publicDuring.errors + signInDuring.errors)}`,
  );
} finally {
  portal.stop();
}
