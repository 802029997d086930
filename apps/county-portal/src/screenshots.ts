// Regenerates the README's screenshots: pnpm --filter @gk/county-portal screenshots
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLocalDate } from '@gk/core';
import { launchChromium } from '../../../tooling/chromium.mjs';
import { DEMO_PASSWORD } from './seed.js';
import { startPortal } from './server.js';

const out = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
mkdirSync(out, { recursive: true });
const portal = await startPortal({ location: { memory: true }, port: 0, today: parseLocalDate('2026-11-23') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, baseURL: portal.url });
  await page.goto('/');
  await page.screenshot({ path: `${out}county-portal-home.png` });
  await page.goto('/staff/');
  await page.getByLabel('用户名').fill('dengji');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '登录' }).click()]);
  await page.screenshot({ path: `${out}county-portal-queue.png`, fullPage: true });
  await page.goto('/staff/publications');
  await page.screenshot({ path: `${out}county-portal-publications.png`, fullPage: true });
  await page.goto('/info/pub-6');
  await page.screenshot({ path: `${out}county-portal-publication.png` });
  // The 政务公开办's desk: the county's agencies ranked.
  const office = await browser.newPage({ viewport: { width: 1200, height: 900 }, baseURL: portal.url });
  await office.goto('/staff/');
  await office.getByLabel('用户名').fill('gongkaiban');
  await office.getByLabel('密码').fill(DEMO_PASSWORD);
  await Promise.all([office.waitForEvent('load'), office.getByRole('button', { name: '登录' }).click()]);
  await office.goto('/staff/office');
  await office.screenshot({ path: `${out}county-portal-office.png` });
  await office.goto('/agencies');
  await office.screenshot({ path: `${out}county-portal-agencies.png` });
  console.log(`截图已写入 ${out}`);
} finally {
  await browser.close();
  await portal.close();
}
