// The throw-away PostgreSQL server the store's and the portal's tests also run on: started when no
// GK_TEST_DATABASE_URL is given (installing Debian's postgresql when root and missing, see
// .ci/postgres.sh), and stopped when the run ends if this run started it. One setup for every project
// that needs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../.ci/postgres.sh', import.meta.url));

/**
 * A vitest global setup: sets GK_TEST_DATABASE_URL, and returns the teardown that stops a server this
 * setup started. Fails with one line saying what to install when no server can be had.
 */
export function setupTestPostgres(): (() => void) | undefined {
  if (process.env.GK_TEST_DATABASE_URL !== undefined && process.env.GK_TEST_DATABASE_URL !== '') return undefined;
  const result = spawnSync('bash', [script], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `no PostgreSQL for the tests: install Debian's postgresql (apt-get install postgresql) or set GK_TEST_DATABASE_URL — ${result.stderr.trim()}`,
    );
  process.env.GK_TEST_DATABASE_URL = result.stdout.trim();
  const started = result.stderr.includes('postgres.sh: started');
  return started ? () => void spawnSync('bash', [script, 'stop'], { stdio: 'ignore' }) : undefined;
}
