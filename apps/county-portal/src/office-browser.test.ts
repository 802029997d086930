// The county's agencies in Debian's Chromium: a citizen finds a department from the county overview; a
// department's clerk sees only its own work; the 政务公开办 ranks the agencies, opens one's evidence and
// downloads the 通报. The rules behind each page are tested through app.request() (office.test.ts).
import { readFileSync } from 'node:fs';
import { parseLocalDate } from '@gk/core';
import { officeText } from '@gk/office';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tooling/chromium.mjs';
import { DEMO_PASSWORD } from './seed.js';
import { OFFICE_USERNAME } from './seed-agencies.js';
import type { RunningPortal } from './server.js';
import { startPortal } from './server.js';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal({ location: { memory: true }, port: 0, today: parseLocalDate('2026-11-23') });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await portal.close();
});

const text = async (locator: Locator): Promise<string> => ((await locator.first().textContent()) ?? '').trim();

async function submit(page: Page, locator: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: portal.url, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/staff/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await submit(page, page.getByRole('button', { name: '登录' }));
  return page;
}

describe('the county’s agencies in Chromium', () => {
  it('leads a citizen from the county overview to a department’s own pages', async () => {
    const page = await (await browser.newContext({ baseURL: portal.url })).newPage();
    await page.goto('/');
    await submit(page, page.getByRole('link', { name: '部门和乡镇' }));
    await submit(page, page.getByRole('link', { name: '示范县民政局' }));
    expect(page.url()).toBe(`${portal.url}/350299-mzj`);
    expect(await text(page.locator('h1'))).toBe('示范县民政局政府信息公开');
    await submit(page, page.getByRole('link', { name: '公开指南' }).first());
    expect(await text(page.locator('h1'))).toBe('示范县民政局政府信息公开指南');
  });

  it('shows a department’s clerk its own requests only, and no supervision desk', async () => {
    const clerk = await signIn('jyj-dengji');
    expect(await text(clerk.locator('h1'))).toBe('今日待办');
    const caseLinks = await clerk
      .locator('a[href^="/staff/cases/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(caseLinks.length).toBeGreaterThan(0);
    expect(caseLinks.every((href) => /\/staff\/cases\/2026-A\d{3}/.test(href))).toBe(true);
    expect(await clerk.getByRole('link', { name: '监督考核' }).count()).toBe(0);
    await clerk.goto('/staff/cases/2026-D002');
    expect(await text(clerk.locator('h1'))).toBe('未找到');
  });

  it('lets the office rank the agencies, open one’s evidence and download the 通报', async () => {
    const office = await signIn(OFFICE_USERNAME);
    await submit(office, office.getByRole('link', { name: '监督考核' }));
    expect(await text(office.locator('h1'))).toBe('2026年度政务公开工作考核');
    expect(await office.locator('caption', { hasText: '排名（10 个单位）' }).count()).toBe(1);
    await submit(office, office.getByRole('link', { name: '示范县住房和城乡建设局' }));
    expect(await text(office.locator('h1'))).toBe('示范县住房和城乡建设局：2026年度考核');
    expect(await office.locator('tbody th', { hasText: '2026-A003' }).count()).toBe(1);
    await submit(office, office.getByRole('link', { name: '返回排名' }));
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByRole('link', { name: '下载通报（Word）' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // The Word file holds the bulletin: its title, and the ranking with the agency opened above.
    const read = officeText(new Uint8Array(bytes), 'docx');
    const texts = read.ok ? read.segments.map((segment) => segment.text) : [];
    expect(texts[0]).toBe('关于2026年度政务公开工作考核情况的通报');
    expect(texts).toContain('示范县住房和城乡建设局');
  });

  it('lets a citizen find the official accounts and the office see which need attention (政务新媒体)', async () => {
    const page = await (await browser.newContext({ baseURL: portal.url })).newPage();
    await page.goto('/');
    await submit(page, page.getByRole('link', { name: '政务新媒体' }));
    expect(await text(page.locator('h1'))).toBe('政务新媒体');
    expect(await page.locator('tbody tr').count()).toBe(5);
    expect(await page.locator('tbody th', { hasText: '示范县教育资讯' }).count()).toBe(0);
    const office = await signIn(OFFICE_USERNAME);
    await submit(office, office.getByRole('link', { name: '监督考核' }));
    await submit(office, office.getByRole('link', { name: '政务新媒体账号' }));
    expect(await text(office.locator('h1'))).toBe('政务新媒体账号管理');
    const row = office.locator('tbody tr', { hasText: '示范县民政' }).first();
    expect(await text(row.locator('td').last())).toMatch(/^“示范县民政”自 \d{4}-\d{2}-\d{2} 起 40 天未更新/);
    // The office reviews a post for the stale account and records it: the account is up to date again.
    await submit(office, row.getByRole('link', { name: '示范县民政' }));
    await office.getByLabel(/^拟发布的内容/).fill('本县2026年第四季度城乡低保标准已公布，详见县政府网站。');
    await submit(office, office.getByRole('button', { name: '审查并记录发布' }));
    expect(await text(office.getByRole('status'))).toBe('审查通过，已记录发布。');
  });

  it('lets a citizen register for an open day and keep the receipt (政府开放日)', async () => {
    const page = await (await browser.newContext({ baseURL: portal.url })).newPage();
    await page.goto('/');
    await submit(page, page.getByRole('link', { name: '政府开放日' }));
    expect(await text(page.locator('h1'))).toBe('政府开放日');
    await page.getByLabel('姓名').fill('王小明');
    await page.getByLabel('联系电话').fill('13900001111');
    await submit(page, page.getByRole('button', { name: '报名' }));
    expect(await text(page.locator('h1'))).toBe('报名成功');
    expect(await text(page.locator('.receipt'))).toBe('KF20261123-0001');
  });

  it('lets a citizen read the decisions and a villager the village list; the office sees what to fix', async () => {
    const page = await (await browser.newContext({ baseURL: portal.url })).newPage();
    await page.goto('/');
    await submit(page, page.getByRole('link', { name: '决策公开' }));
    expect(await text(page.locator('h1'))).toBe('决策公开与公众参与');
    expect(await text(page.locator('table').first())).toContain('示范县城区停车收费管理办法');
    await page.goto('/350299-hxz');
    await submit(page, page.getByRole('link', { name: '村（居）务公开' }));
    await submit(page, page.getByRole('link', { name: '示范县和兴镇东岭村' }));
    expect(await text(page.locator('table').last())).toContain('公开时限与上级目录不一致');
    const office = await signIn(OFFICE_USERNAME);
    await submit(office, office.getByRole('link', { name: '监督考核' }));
    await submit(office, office.getByRole('link', { name: '决策公开与公众参与' }));
    expect(await text(office.locator('h1'))).toBe('决策公开与公众参与检查');
    expect(await text(office.locator('tbody'))).toContain('《重大行政决策程序暂行条例》第三十二条');
  });
});
