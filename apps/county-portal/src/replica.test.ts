// Reads from a hot standby: a PostgreSQL primary and a standby fed by streaming replication
// (.ci/replica.sh, Debian's PostgreSQL on 127.0.0.1). The public pages read the standby; a
// publication written on the primary shows there after the replication lag; with the primary
// stopped, the public pages keep serving and the staff side says that changes are paused.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseLocalDate } from '@gk/core';
import { openStore, StoreError } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_AGENCY_ID } from './data.js';
import { DEMO_PASSWORD } from './seed.js';
import { history } from './seed-publications.js';
import type { RunningPortal } from './server.js';
import { startPortal } from './server.js';

const SCRIPT = fileURLToPath(new URL('../../../.ci/replica.sh', import.meta.url));
const TODAY = parseLocalDate('2026-11-23');
const replica = (command: string): string =>
  execFileSync('bash', [SCRIPT, command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });

let primary = '';
let standby = '';
let portal: RunningPortal;

beforeAll(async () => {
  [primary = '', standby = ''] = replica('start').trim().split('\n');
  portal = await startPortal({
    location: { connectionString: primary },
    readLocation: { connectionString: standby },
    port: 0,
    today: TODAY,
  });
}, 120_000);

afterAll(async () => {
  await portal.close();
  replica('stop');
}, 60_000);

const page = async (path: string) => {
  const response = await fetch(`${portal.url}${path}`);
  return { status: response.status, text: await response.text() };
};

describe('the public pages on a hot standby', () => {
  it('refuses to open a standby as a writable store, and opens it read only', async () => {
    const readOnly = await openStore({ connectionString: standby }, { readOnly: true });
    await expect(readOnly.putDocument({ agencyId: 'x', kind: 'k', id: 'y' }, {})).rejects.toMatchObject({
      code: '25006',
    });
    await readOnly.close();
    // A database without the schema (the standby's template1 is empty) is refused, not migrated.
    const empty = new URL(standby);
    empty.pathname = '/template1';
    const refused = await openStore({ connectionString: empty.toString() }, { readOnly: true }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).issues.map((i) => i.code)).toEqual(['store.standbyBehind']);
  });

  it('shows a publication written on the primary once the standby has replayed it', async () => {
    const title = '示范县人民政府关于备库同步测试的公告';
    expect((await page('/info')).text).not.toContain(title);
    const written = performance.now();
    await portal.store.publications.append(
      { agencyId: COUNTY_AGENCY_ID, publicationId: 'replica-1' },
      history(
        {
          id: 'replica-1',
          itemId: undefined,
          title,
          topic: '政务公开',
          kind: 'announcement',
          body: '公告正文。',
          formed: 3,
          published: 1,
        },
        '11350299000000000X/2026-09001',
        TODAY,
      ),
      0,
    );
    let lag = Number.NaN;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if ((await page('/info')).text.includes(title)) {
        lag = performance.now() - written;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    console.log(`replication lag seen by the public pages: ${lag.toFixed(0)} ms`);
    expect(lag).toBeLessThan(10_000);
  });

  it('keeps serving the public pages with the primary stopped, and tells staff that changes are paused', async () => {
    replica('stop-primary');
    for (const path of ['/', '/info', '/agencies', '/350299-jyj/guide'])
      expect((await page(path)).status, path).toBe(200);
    expect((await page('/info')).text).toContain('示范县人民政府关于备库同步测试的公告');
    const login = await fetch(`${portal.url}/staff/login`, {
      method: 'POST',
      headers: { origin: portal.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'dengji', password: DEMO_PASSWORD, next: '/staff/' }),
      redirect: 'manual',
    });
    expect(login.status).toBe(503);
    const text = (await login.text()).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('主数据库暂时无法连接，办理、登记、发布等修改已暂停，本次操作没有保存。');
  }, 60_000);
});
