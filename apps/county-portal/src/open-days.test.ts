// 政府开放日 through Hono's app.request(): the calendar, registration with its receipt and its refusals,
// the capacity held when visitors register at once, and the past day's record.
import type { Store } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_USERNAME } from './seed-agencies.js';
import { closeStores, ORIGIN, portalOver, postForm, seededStore, signIn, textOf } from './test-support.js';

const SEEDED = '2026-11-23';
let store: Store;
beforeAll(async () => {
  store = await seededStore(SEEDED);
});
afterAll(closeStores);

describe('政府开放日', () => {
  it('shows the coming day with its form and the past day’s record, never a visitor’s name', async () => {
    const app = await portalOver(store, SEEDED);
    const response = await app.request(`${ORIGIN}/open-days`);
    expect(response.status).toBe(200);
    const text = textOf(await response.text());
    // Seeded 2026-11-23: the coming day 20 days on, the past one 30 days before.
    expect(text).toContain(
      '公民走进政府：走进县政务服务中心 2026-12-13 · 示范县政务服务中心（示范县人民路1号） · 主办：示范县人民政府 · 名额 30 人',
    );
    expect(text).toContain('报名时间：2026-11-22 至 2026-12-09，已报名 0 人。');
    expect(text).toContain('评议政务公开：社会救助政策面对面 2026-10-24');
    expect(text).toContain('参加 18 人。');
    expect(text).toContain('评议：收回 18 份，满意 16 份。');
    expect(text).toContain('活动记录公开于 2026-10-31。');
  });

  it('registers a visitor with a receipt, and refuses a repeated phone, a bad phone and an unknown day', async () => {
    const app = await portalOver(store, SEEDED);
    const ok = await postForm(app, '/open-days/kfr-next', { name: '王小明', phone: '13900001111' });
    expect(ok.status).toBe(200);
    expect(textOf(await ok.text())).toContain('回执号： KF20261123-0001');
    const again = await postForm(app, '/open-days/kfr-next', { name: '王小明', phone: '139 0000 1111' });
    expect(again.status).toBe(400);
    expect(textOf(await again.text())).toContain('这个电话号码已经报名');
    const bad = await postForm(app, '/open-days/kfr-next', { name: '李四', phone: '110' });
    expect(textOf(await bad.text())).toContain('请填写正确的联系电话（手机号码或带区号的固定电话）');
    expect((await postForm(app, '/open-days/none', { name: '李四', phone: '13900002222' })).status).toBe(404);
    const page = textOf(await (await app.request(`${ORIGIN}/open-days`)).text());
    expect(page).toContain('已报名 1 人');
    expect(page).not.toContain('王小明');
  });

  it('answers hostile input with a message, not a crash', async () => {
    const app = await portalOver(store, SEEDED);
    for (const fields of [
      { name: '张\u0000三', phone: '13900004444' },
      { name: '张'.repeat(5_000), phone: '13900004444' },
      { name: '张三', phone: '9'.repeat(5_000) },
    ]) {
      const response = await postForm(app, '/open-days/kfr-next', fields);
      expect(response.status).toBe(400);
      const text = textOf(await response.text());
      expect(text).not.toMatch(/undefined|NaN|null/);
      expect(text).not.toContain('报名成功');
    }
  });

  it('holds the capacity when visitors register at once, and closes after the window', async () => {
    const app = await portalOver(store, SEEDED);
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        postForm(app, '/open-days/kfr-next', { name: `访客${String(i)}`, phone: `1380000${String(1000 + i)}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    // One place was taken by the test before: 29 left of 30.
    expect(statuses.filter((s) => s === 200)).toHaveLength(29);
    expect(textOf(await results[39]!.text())).toContain('名额（30 人）已满');
    const late = await portalOver(store, '2026-12-10');
    const closed = await postForm(late, '/open-days/kfr-next', { name: '赵六', phone: '13900003333' });
    expect(textOf(await closed.text())).toContain('不在报名时间内：报名时间为 2026-11-22 至 2026-12-09');
  });

  it('gives the office the list of visitors in full, and what the day still owes', async () => {
    const office = await signIn(await portalOver(store, '2027-01-05'), OFFICE_USERNAME);
    const page = await office.get('/staff/office/open-days');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('报名（30 / 30 人）');
    expect(text).toContain('KF20261123-0001 王小明 13900001111 2026-11-23');
    // The coming day (2026-12-13) has passed without its record: due 15 days after.
    expect(text).toContain('开放日活动记录和评议情况应至迟于 2026-12-28 公开（活动后 15 天内）');
    const clerk = await signIn(await portalOver(store, SEEDED), 'mzj-chengban');
    expect((await clerk.get('/staff/office/open-days')).status).toBe(403);
  });
});
