// The browser tests need Debian's Chromium, and the demo's DATABASE_URL test a PostgreSQL server:
// start the throw-away server unless one is given (stopped after), and say in one line what to install
// when Chromium is missing instead of failing every browser test.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../tooling/chromium.mjs';
import { setupTestPostgres } from '../../tooling/vitest/postgres.ts';

export default function setup(): (() => void) | undefined {
  const chromium = CHROMIUM_PATH;
  if (!existsSync(chromium))
    throw new Error(
      `no Chromium at ${chromium} for the portal's browser tests: install Debian's chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH`,
    );
  return setupTestPostgres();
}
