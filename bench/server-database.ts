// A fresh database on the test PostgreSQL server for one benchmark, dropped afterwards. The server is
// the test one (bash .ci/postgres.sh) unless GK_TEST_DATABASE_URL is set.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

/**
 * Runs a benchmark on a new database of the test server, then drops it.
 * @param prefix - the database name's start (`gk_bench`)
 * @param run - the benchmark, given the database's connection string
 */
export async function withServerDatabase(prefix: string, run: (url: string) => Promise<void>): Promise<void> {
  const serverUrl =
    process.env.GK_TEST_DATABASE_URL ??
    execFileSync('bash', [new URL('../.ci/postgres.sh', import.meta.url).pathname], { encoding: 'utf8' }).trim();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const database = `${prefix}_${String(Date.now())}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  try {
    await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
}
