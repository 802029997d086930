// The portal in Debian's Chromium: a citizen applies and looks up; staff register, ask for
// clarification, decide and download the notice; the annual report counts the case. Security and
// accessibility are checked on the same pages.
import { createRequire } from 'node:module';
import { parseLocalDate } from '@gk/core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from './server.js';
import { launchChromium } from '../../../tooling/chromium.mjs';
import { DEMO_PASSWORD } from './seed.js';
import { startPortal } from './server.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TODAY = parseLocalDate('2026-11-23');

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal({ location: { memory: true }, port: 0, today: TODAY });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await portal.close();
});

/** A fresh browser profile; CSP is bypassed only so that axe-core can be injected. */
const newContext = () => browser.newContext({ baseURL: portal.url, bypassCSP: true, acceptDownloads: true });

/** The trimmed text of the first match. */
const text = async (locator: Locator): Promise<string> => ((await locator.first().textContent()) ?? '').trim();

/** Clicks something that loads a new page, and waits for it. */
async function submit(page: Page, locator: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
}

async function apply(page: Page, fields: { name: string; residentId: string; phone: string; description: string }) {
  await page.goto('/apply');
  await page.getByLabel('姓名或者名称（必填）').fill(fields.name);
  await page.getByLabel('身份证号码').fill(fields.residentId);
  await page.getByLabel('联系电话').fill(fields.phone);
  await page.getByLabel('所需信息的名称或者特征性描述（必填）').fill(fields.description);
  await submit(page, page.getByRole('button', { name: '提交申请' }));
  expect(await text(page.locator('h1'))).toBe('申请已提交');
  return {
    receiptNo: (await page.locator('#receipt-no').textContent()) ?? '',
    code: (await page.locator('#lookup-code').textContent()) ?? '',
  };
}

async function lookUp(page: Page, receiptNo: string, code: string) {
  await page.goto('/lookup');
  await page.getByLabel('回执号').fill(receiptNo);
  await page.getByLabel('查询码').fill(code);
  await submit(page, page.getByRole('button', { name: '查询' }));
}

async function signIn(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/staff/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await submit(page, page.getByRole('button', { name: '登录' }));
  expect(await text(page.locator('h1'))).toBe('今日待办');
  return page;
}

const reportCell = async (page: Page, rowLabel: string) => {
  await page.goto('/report?year=2026');
  return Number(
    await page
      .locator('tr', { has: page.locator('th', { hasText: rowLabel }) })
      .locator('td')
      .last()
      .textContent(),
  );
};

describe('the county portal in Chromium', () => {
  const citizen = {
    name: '郑六',
    residentId: '11010519491231002X',
    phone: '13911112222',
    description: '示范县2026年义务教育阶段招生计划',
  };
  let receipt: { receiptNo: string; code: string };

  it('lets a citizen apply, refusing an incomplete application with the article it misses', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto('/apply');
    await page.getByLabel('姓名或者名称（必填）').fill('郑六');
    await submit(page, page.getByRole('button', { name: '提交申请' }));
    const alert = page.getByRole('alert');
    expect(await text(alert)).toContain('缺少申请人身份证明（《政府信息公开条例》第二十九条第二款第（一）项）');
    expect(await text(alert)).toContain('缺少申请人联系方式');
    expect(await page.getByLabel('姓名或者名称（必填）').inputValue()).toBe('郑六');
    receipt = await apply(page, citizen);
    expect(receipt.receiptNo).toBe('202611230002'); // the seed filed 202611230001
    expect(receipt.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    await lookUp(page, receipt.receiptNo, receipt.code.toLowerCase());
    expect(await text(page.locator('dl.facts'))).toContain('已提交，等待登记');
    await context.close();
  }, 60_000);

  it('shows script typed into a field as text, on the applicant side and on the staff desk', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const script = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    await page.goto('/apply');
    await page.getByLabel('姓名或者名称（必填）').fill(script);
    await submit(page, page.getByRole('button', { name: '提交申请' }));
    expect(await page.getByLabel('姓名或者名称（必填）').inputValue()).toBe(script);
    await apply(page, { ...citizen, name: `王${script}`, description: `查询${script}` });
    const desk = await signIn(context, 'dengji');
    const row = desk.locator('tr', { hasText: `查询${script}` });
    expect(await text(row.locator('td').nth(1))).toBe(`王${script}`);
    expect(await desk.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  }, 60_000);

  it('takes the case from registration through clarification and decision to the notice, and the report counts it', async () => {
    const context = await newContext();
    const newBefore = await reportCell(await context.newPage(), '一、本年新收政府信息公开申请数量');
    const disclosedBefore = await reportCell(await context.newPage(), '（一）予以公开');

    const clerk = await signIn(context, 'dengji');
    await submit(clerk, clerk.getByRole('button', { name: `登记 ${receipt.receiptNo}` }));
    expect(await text(clerk.getByRole('status'))).toBe('已记录：收到申请');
    expect(await text(clerk.locator('dl.facts'))).toContain('2026-12-21'); // 20 workdays from 2026-11-23
    expect(await text(clerk.locator('table').first())).toContain('《中华人民共和国政府信息公开条例》第三十一条');

    await clerk.locator('summary', { hasText: '补正告知' }).click();
    await clerk.getByLabel('需要补正的事项（每行一项）').fill('请写明招生计划所属的学段和学校');
    await submit(clerk, clerk.getByRole('button', { name: '记录“补正告知”' }));
    expect(await text(clerk.getByRole('status'))).toBe('已记录：补正告知');
    expect(await text(clerk.locator('dl.facts'))).toContain('等待补正');
    await clerk.goto(`/staff/cases/${receipt.receiptNo}/notices/clarificationNotice`);
    expect(await text(clerk.locator('.gk-notice-title'))).toBe('政府信息公开申请补正告知书');
    expect(await text(clerk.locator('.gk-notice'))).toContain('请写明招生计划所属的学段和学校');

    const citizenPage = await (await newContext()).newPage();
    await lookUp(citizenPage, receipt.receiptNo, receipt.code);
    expect(await text(citizenPage.locator('dl.facts'))).toContain('等待补正');
    // The citizen supplies the clarification online, against the notice's item.
    await citizenPage.getByLabel('请写明招生计划所属的学段和学校').fill('小学，城关第一小学');
    await submit(citizenPage, citizenPage.getByRole('button', { name: '提交补正' }));
    expect(await text(citizenPage.getByRole('status').first())).toBe('补正已提交。答复期限自今日起重新计算。');
    expect(await text(citizenPage.locator('dl.facts'))).toContain('办理中');

    await clerk.goto(`/staff/cases/${receipt.receiptNo}`);
    expect(await text(clerk.locator('dl.facts'))).toContain('办理中');
    expect(await text(clerk.locator('ol').last())).toContain('请写明招生计划所属的学段和学校：小学，城关第一小学');
    // A registrar cannot decide: the step is listed for the handler.
    expect(await clerk.locator('summary', { hasText: '作出决定' }).count()).toBe(0);

    const handlerContext = await newContext();
    const handler = await signIn(handlerContext, 'chengban');
    await handler.goto(`/staff/cases/${receipt.receiptNo}`);
    await handler.locator('summary', { hasText: '作出决定' }).click();
    await handler.getByLabel('办理结果（第三十六条）').selectOption('disclosed');
    await handler.getByLabel(/^理由/).fill('所申请信息由本机关制作，可以公开');
    await handler.getByLabel(/^获取时间/).fill('随本答复书一并提供');
    await submit(handler, handler.getByRole('button', { name: '记录“作出决定”' }));
    expect(await text(handler.locator('dl.facts'))).toContain('予以公开');
    await handler.locator('summary', { hasText: '送达' }).click();
    await handler.getByLabel('送达方式').selectOption('electronic');
    await handler.getByLabel('送达的答复书').selectOption('disclosedNotice');
    await submit(handler, handler.getByRole('button', { name: '记录“送达”' }));
    expect(await text(handler.locator('dl.facts'))).toContain('已答复');

    await submit(handler, handler.getByRole('link', { name: '打印版（HTML）' }).last());
    expect(await text(handler.locator('.gk-notice-title'))).toBe('政府信息公开申请答复书（予以公开）');
    expect(await text(handler.locator('.gk-notice'))).toContain('郑六');
    await handler.goBack();
    const [download] = await Promise.all([
      handler.waitForEvent('download'),
      handler.getByRole('link', { name: 'Word（DOCX）' }).last().click(),
    ]);
    // The name the browser picks depends on its locale (a C locale gives "download"); the header is exact.
    const docxUrl = `/staff/cases/${receipt.receiptNo}/notices/disclosedNotice.docx`;
    const headers = (await handlerContext.request.get(docxUrl)).headers();
    expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(headers['content-disposition']).toBe(
      `attachment; filename="disclosedNotice-${receipt.receiptNo}.docx"; filename*=UTF-8''${encodeURIComponent(`政府信息公开申请答复书（予以公开）-${receipt.receiptNo}.docx`)}`,
    );
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    await lookUp(citizenPage, receipt.receiptNo, receipt.code);
    expect(await text(citizenPage.locator('dl.facts'))).toContain('已答复');
    // Delivered online: the citizen opens the answer, which records the day they learned of it.
    expect(await text(citizenPage.locator('#electronic-delivery'))).toContain('打开答复书即记录您查看答复的日期');
    await submit(citizenPage, citizenPage.getByRole('link', { name: '打印版' }).last());
    expect(await text(citizenPage.locator('.gk-notice-title'))).toBe('政府信息公开申请答复书（予以公开）');
    await citizenPage.goBack();
    await citizenPage.reload();
    expect(await text(citizenPage.locator('#electronic-delivery'))).toContain('您于 2026-11-23 在网上查看了答复');

    const report = await context.newPage();
    expect(await reportCell(report, '一、本年新收政府信息公开申请数量')).toBe(newBefore + 1);
    expect(await reportCell(report, '（一）予以公开')).toBe(disclosedBefore + 1);
    await context.close();
    await handlerContext.close();
  }, 120_000);

  it('lets the head approve an extension, which the registrar cannot', async () => {
    const context = await newContext();
    const clerk = await signIn(context, 'dengji');
    await clerk.goto('/staff/cases/2026-D002');
    expect(await clerk.locator('summary', { hasText: '延期答复' }).count()).toBe(0);
    expect(await text(clerk.locator('main'))).toContain('延期答复（负责人）');
    const headContext = await newContext();
    const head = await signIn(headContext, 'fuze');
    await head.goto('/staff/cases/2026-D002');
    const dueBefore = await head.locator('dl.facts dd').nth(3).textContent();
    await head.locator('summary', { hasText: '延期答复' }).click();
    await head.getByLabel('延长工作日数（最长 20 个）').fill('10');
    await submit(head, head.getByRole('button', { name: '记录“延期答复”' }));
    expect(await text(head.getByRole('status'))).toBe('已记录：延期答复');
    expect(await head.locator('dl.facts dd').nth(3).textContent()).not.toBe(dueBefore);
    expect(await text(head.locator('main'))).toContain('《中华人民共和国政府信息公开条例》第三十三条第二款');
    await context.close();
    await headContext.close();
  }, 60_000);

  it('highlights personal data in a text before publication', async () => {
    const context = await newContext();
    const page = await signIn(context, 'chengban');
    await page.goto('/staff/review');
    await page.getByLabel('待发布文字').fill('拟公示：张三，身份证号11010519491231002X，电话13912345678。');
    await submit(page, page.getByRole('button', { name: '审查' }));
    expect(await page.locator('.review-text mark').allTextContents()).toEqual(['11010519491231002X', '13912345678']);
    await context.close();
  }, 60_000);

  it('can be used with the keyboard: the skip link comes first and reaches the main content', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto('/apply');
    // The stylesheet arrives unescaped: focus outlines and the header colour apply.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('header.site') ?? document.body).backgroundColor,
      ),
    ).toBe('rgb(179, 38, 30)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Fill the look-up form and submit it with the keyboard alone.
    await page.goto('/lookup');
    await page.getByLabel('回执号').focus();
    await page.keyboard.type(receipt.receiptNo);
    await page.keyboard.press('Tab');
    await page.keyboard.type(receipt.code);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await text(page.locator('h1'))).toBe('办理进度');
    await context.close();
  }, 60_000);

  it('has no serious accessibility violations on the public pages or the staff desk (axe-core)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const path of [
      '/',
      '/guide',
      '/catalogue?q=招生',
      '/catalogue/义务教育',
      '/policies',
      '/policies/sfx-2026-3',
      '/apply',
      '/lookup',
      '/report',
      '/info',
      '/info?q=低保',
      '/info/pub-3',
      '/info/pub-4',
      '/info/pub-6',
      '/info/statutory',
      '/info/normative',
      '/info/rules',
      '/new-media',
      '/open-days',
      '/350299-hxz/villages',
      '/350299-hxz/villages/350299101202',
      '/policy-library',
      '/policy-library/package?kind=enterprise&industry=C&size=small',
      '/policy-library/pl-2026-04/poster',
      '/decisions',
    ]) {
      await page.goto(path);
      found[path] = await seriousViolations(page);
    }
    // The package's QR code is an image the browser draws (same-origin SVG, allowed by the policy).
    await page.goto('/policy-library/package?kind=resident&situation=elderly');
    expect(
      await page.locator('img[alt="本页二维码"]').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    await page.goto('/apply');
    await submit(page, page.getByRole('button', { name: '提交申请' }));
    found['/apply (errors)'] = await seriousViolations(page);
    // The applicant's own page, its copy and its notice, after a look-up.
    const mine = await apply(page, {
      name: '钱八',
      residentId: '11010519491231002X',
      phone: '13800000008',
      description: '无障碍检查用的申请',
    });
    await lookUp(page, mine.receiptNo, mine.code);
    found['/lookup/case'] = await seriousViolations(page);
    await page.goto('/lookup/case/application');
    found['/lookup/case/application'] = await seriousViolations(page);
    const desk = await signIn(context, 'chengban');
    for (const path of [
      '/staff/',
      '/staff/cases/2026-D003',
      '/staff/review',
      '/staff/publications',
      '/staff/publications/pub-2',
      '/staff/publications/normative',
    ]) {
      await desk.goto(path);
      found[path] = await seriousViolations(desk);
    }
    await context.close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
  }, 120_000);

  it('offers 长者模式 and a kiosk mode with larger type and touch-sized targets, both passing axe-core', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    const sizes = async () =>
      page.evaluate(() => ({
        font: Number.parseFloat(getComputedStyle(document.body).fontSize),
        smallest: Math.min(
          ...Array.from(
            document.querySelectorAll('header a, header button, main button, main input, main select'),
            (e) => e.getBoundingClientRect().height,
          ),
        ),
      }));
    await page.goto('/guide');
    expect((await sizes()).font).toBe(16);
    // Any visitor switches it on from the header and comes back to the same page.
    await submit(page, page.getByRole('link', { name: '长者模式（大字）' }));
    expect(new URL(page.url()).pathname).toBe('/guide');
    expect(await page.locator('header nav a').allTextContents()).toEqual([
      '公开指南',
      '主动公开',
      '依申请公开',
      '办理查询',
    ]);
    expect((await sizes()).font).toBe(20);
    expect((await sizes()).smallest).toBeGreaterThanOrEqual(48);
    for (const path of ['/', '/guide', '/apply', '/lookup', '/info']) {
      await page.goto(path);
      found[`elder ${path}`] = await seriousViolations(page);
    }
    await submit(page, page.getByRole('link', { name: '标准模式' }));
    expect((await sizes()).font).toBe(16);
    // The operator of the 政务公开专区 opens /kiosk once.
    await page.goto('/kiosk');
    await page.goto('/guide');
    expect((await sizes()).font).toBe(22);
    expect((await sizes()).smallest).toBeGreaterThanOrEqual(48);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印本指南' }).click();
    expect(await page.evaluate((): number => (window as unknown as { printed: number }).printed)).toBe(1);
    for (const path of ['/', '/guide', '/apply', '/lookup']) {
      await page.goto(path);
      found[`kiosk ${path}`] = await seriousViolations(page);
    }
    await page.goto('/staff/');
    expect(await text(page.locator('h1'))).toBe('自助终端不能登录工作台');
    await context.close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
  }, 120_000);

  it('lets a clerk and the head publish a policy with its interpretation; the public finds it; late and withdrawn say so', async () => {
    const anonymous = await newContext();
    const visitor = await anonymous.newPage();
    await visitor.goto('/staff/publications');
    expect(await text(visitor.locator('h1'))).toBe('工作人员登录');

    const clerkContext = await newContext();
    const clerk = await signIn(clerkContext, 'dengji');
    await clerk.goto('/staff/publications');
    await clerk.getByLabel('信息名称').fill('示范县困难群众基本生活救助办法');
    await clerk.getByLabel('主题分类').fill('社会救助');
    await clerk.getByLabel('文号（没有可不填）').fill('示政规〔2026〕9号');
    await clerk.getByLabel('规范性文件（需同步解读）').check();
    await clerk.getByLabel('正文').fill('为保障困难群众基本生活，根据《社会救助暂行办法》，制定本办法。');
    await submit(clerk, clerk.getByRole('button', { name: '拟稿' }));
    const record = clerk.url();
    await submit(clerk, clerk.getByRole('button', { name: '认定公开属性' }));
    await submit(clerk, clerk.getByRole('button', { name: '记录审查结果' }));
    expect(await text(clerk.locator('main'))).toContain('待负责人审批');

    const headContext = await newContext();
    const head = await signIn(headContext, 'fuze');
    await head.goto(record);
    await submit(head, head.getByRole('button', { name: '审批同意发布' }));
    await head.getByLabel('同步发布的解读').selectOption({ index: 1 });
    await submit(head, head.getByRole('button', { name: '发布' }));
    expect(await text(head.locator('main p.muted'))).toContain('已发布');

    await visitor.goto('/info');
    await visitor.getByLabel('检索').fill('基本生活救助');
    await submit(visitor, visitor.getByRole('button', { name: '检索' }));
    await submit(visitor, visitor.getByRole('link', { name: /困难群众基本生活救助办法/ }));
    expect(await text(visitor.locator('table.facts-table'))).toContain('示政规〔2026〕9号');
    expect(await text(visitor.locator('#info-interpretation'))).toBe('政策解读');

    await head.goto('/staff/publications/pub-2');
    expect(await text(head.locator('main'))).toMatch(/逾期 20 个工作日/);
    await visitor.goto('/info/pub-4');
    expect(await text(visitor.getByRole('status'))).toContain('撤回理由');

    // On a 390 px phone the list and a record fit the screen's width.
    await visitor.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/info', '/info/pub-3']) {
      await visitor.goto(path);
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await Promise.all([anonymous.close(), clerkContext.close(), headContext.close()]);
  }, 120_000);
});
