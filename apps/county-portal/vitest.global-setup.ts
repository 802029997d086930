// Starts the throw-away PostgreSQL server the demo's DATABASE_URL test runs on, unless one is given.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.GK_TEST_DATABASE_URL !== undefined && process.env.GK_TEST_DATABASE_URL !== '') return;
  const script = fileURLToPath(new URL('../../.ci/postgres.sh', import.meta.url));
  process.env.GK_TEST_DATABASE_URL = execFileSync('bash', [script], { encoding: 'utf8' }).trim();
}
