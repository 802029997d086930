// `pnpm demo` as a newcomer runs it: the entry script, on embedded PGlite and on a PostgreSQL server.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(appDir, 'node_modules', '.bin', 'tsx');
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

/** Starts the entry script and waits for the address it prints. */
function startDemo(env: Record<string, string>): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(tsx, ['--conditions=@gk/source', 'src/main.ts'], {
      cwd: appDir,
      env: { ...process.env, PORT: '0', GK_TODAY: '2026-11-23', ...env },
    });
    child = proc;
    let output = '';
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /公开专栏\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], output });
      }
    };
    proc.stdout.on('data', read);
    proc.stderr.on('data', read);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo exited with ${String(code)}:\n${output}`));
    });
  });
}

async function pageText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

describe('pnpm demo', () => {
  it('starts on embedded PGlite, seeds once, and serves the county', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'gk-demo-')), 'pglite');
    const first = await startDemo({ GK_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(first.output).toContain('写入 17 个领域目录（59 个事项');
    expect(first.output).toContain(`内嵌 PGlite（${dataDir}）`);
    expect(await pageText(`${first.url}/guide`)).toContain('示范县人民政府政府信息公开指南');
    child?.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
    // Restarted past the last holiday notice, on the data written in November: every page answers.
    const second = await startDemo({ GK_DATA_DIR: dataDir, DATABASE_URL: '', GK_TODAY: '2027-01-04' });
    expect(second.output).toContain('数据已存在，未重新写入');
    for (const path of ['/', '/report', '/lookup', '/staff/login']) {
      const html = await pageText(`${second.url}${path}`);
      expect(html, path).not.toMatch(/undefined|NaN/);
    }
  }, 120_000);

  it('switches to a PostgreSQL server with DATABASE_URL', async () => {
    const server = process.env.GK_TEST_DATABASE_URL ?? '';
    const name = `gk_demo_${String(process.pid)}_${String(Date.now())}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(server);
      url.pathname = `/${name}`;
      const demo = await startDemo({ DATABASE_URL: url.toString() });
      expect(demo.output).toContain('数据库：PostgreSQL（DATABASE_URL）');
      expect(await pageText(`${demo.url}/report?year=2026`)).toContain('一、本年新收政府信息公开申请数量');
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query<{ agency: string; cases: number; events: number }>(
        `SELECT agency_id AS agency, count(DISTINCT case_id)::int AS cases, count(*)::int AS events
           FROM gk_events GROUP BY agency_id ORDER BY agency_id`,
      );
      await check.end();
      // The county's five demo cases, and each agency's own: two, or three where it is seeded late.
      const county = '350299-gov';
      expect(rows.find((row) => row.agency === county)).toEqual({ agency: county, cases: 5, events: 9 });
      expect(rows.filter((row) => row.agency !== county).map((row) => row.cases)).toEqual([2, 3, 2, 2, 2, 2, 2, 2, 3]);
      child?.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
