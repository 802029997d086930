import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, StoreError } from './errors.js';
import type { Store } from './store.js';
import type { Backend } from './test-support/backends.js';
import { BACKENDS, pgliteBackend, serverBackend } from './test-support/backends.js';
import { received, step } from './test-support/events.js';

const child = fileURLToPath(new URL('./test-support/crash-child.ts', import.meta.url));
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs the crash child until a random point after it is ready, kills it with SIGKILL, returns what it reported committed. */
function runAndKill(
  backend: Backend,
  afterMs: number,
): Promise<{ committed: Map<string, number>; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const [kind, location] =
      'dataDir' in backend.location
        ? ['dataDir', backend.location.dataDir]
        : ['connectionString', backend.location.connectionString];
    const proc = spawn(process.execPath, ['--import', 'tsx', '--conditions=@gk/source', child, kind, location], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: packageDir,
    });
    const committed = new Map<string, number>();
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready') setTimeout(() => proc.kill('SIGKILL'), afterMs);
        const match = /^committed (\S+) (\d+)$/.exec(line);
        if (match?.[1] !== undefined) committed.set(match[1], Number(match[2]));
        newline = buffer.indexOf('\n');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited on its own: ${stderr}`));
      else resolve({ committed, signal });
    });
  });
}

describe.each(BACKENDS)('reliability on $name', ({ name, make }) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await make();
  });
  afterAll(() => backend.dispose());

  it('loses no committed append when the writer is killed with SIGKILL (20 runs)', async () => {
    let total = 0;
    for (let run = 0; run < 20; run++) {
      const { committed } = await runAndKill(backend, 50 + ((run * 97) % 400));
      total += committed.size;
      const store = await backend.open();
      try {
        for (const [caseId, version] of committed) {
          const events = await store.readEvents({ agencyId: 'crash', caseId });
          expect(events.length, `${name} run ${String(run)} case ${caseId}`).toBeGreaterThanOrEqual(version);
        }
        expect(await store.verifyChain(), `${name} run ${String(run)}`).toMatchObject({ ok: true });
      } finally {
        await store.close();
      }
    }
    expect(total).toBeGreaterThan(20);
  }, 600_000);

  it('lets exactly one of two writers win each round, with no event lost and versions dense', async () => {
    const first = await backend.open();
    // PGlite is one embedded connection: both writers share it; the server gets a second pool.
    const second: Store = name === 'PGlite' ? first : await backend.open();
    try {
      const ref = { agencyId: 'race', caseId: 'r1' };
      await first.append(ref, [received('2025-09-01')], 0);
      let version = 1;
      for (let round = 0; round < 25; round++) {
        const results = await Promise.allSettled([
          first.append(ref, [step('reasonRequested', '2025-09-02')], version),
          second.append(ref, [step('reasonRequested', '2025-09-02')], version),
        ]);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]?.reason).toBeInstanceOf(ConflictError);
        version += 1;
      }
      expect(await first.readEvents(ref)).toHaveLength(26);
      expect(await first.verifyChain(ref)).toEqual({ ok: true, events: 26 });
    } finally {
      if (second !== first) await second.close();
      await first.close();
    }
  }, 120_000);
});

describe('one process per PGlite data directory', () => {
  it('refuses a second opener at once, naming the holder, in this process and in another', async () => {
    const backend = pgliteBackend();
    const store = await backend.open();
    try {
      const again = await backend.open().catch((error: unknown) => error);
      expect(again).toBeInstanceOf(StoreError);
      expect((again as StoreError).message).toMatch(
        new RegExp(`^数据目录 .+ 正由另一个进程使用（进程 ${String(process.pid)}，主机 .+，自 .+）`),
      );
      // Another process gets the same answer and exits without writing.
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const proc = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            '--conditions=@gk/source',
            child,
            'dataDir',
            (backend.location as { dataDir: string }).dataDir,
          ],
          { stdio: ['ignore', 'pipe', 'pipe'], cwd: packageDir },
        );
        let err = '';
        proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        proc.on('exit', (exitCode) => resolve({ code: exitCode, stderr: err }));
      });
      expect(code).not.toBe(0);
      expect(stderr).toContain('正由另一个进程使用');
      await store.append({ agencyId: 'lock', caseId: '1' }, [received('2025-09-01')], 0);
    } finally {
      await store.close();
    }
    // Closed: the directory is free again.
    const reopened = await backend.open();
    expect(await reopened.readEvents({ agencyId: 'lock', caseId: '1' })).toHaveLength(1);
    await reopened.close();
  }, 60_000);

  it('takes over a lock whose process no longer runs', async () => {
    const backend = pgliteBackend();
    const { dataDir } = backend.location as { dataDir: string };
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: '2026-01-01' }));
    const store = await backend.open();
    await store.close();
  });
});

describe('migrations', () => {
  it('apply once, even when two processes open a new database together', async () => {
    const backend = await serverBackend();
    try {
      const [a, b] = await Promise.all([backend.open(), backend.open()]);
      await a.append({ agencyId: 'm', caseId: '1' }, [received('2025-09-01')], 0);
      expect(await b.readEvents({ agencyId: 'm', caseId: '1' })).toHaveLength(1);
      await a.close();
      await b.close();
    } finally {
      await backend.dispose();
    }
  }, 60_000);
});
