// The 政务新媒体 registry through Hono's app.request(): the public list of running accounts, and the
// office's registry with what the checks found, dated from the day the demo was seeded.
import type { Store } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_USERNAME } from './seed-agencies.js';
import { closeStores, portalOver, seededStore, signIn, textOf } from './test-support.js';

const SEEDED = '2026-11-23';
let store: Store;
beforeAll(async () => {
  store = await seededStore(SEEDED);
});
afterAll(closeStores);

describe('政务新媒体', () => {
  it('lists the running accounts publicly, not the merged one', async () => {
    const app = await portalOver(store, SEEDED);
    const response = await app.request('/new-media');
    expect(response.status).toBe(200);
    const text = textOf(await response.text());
    expect(text).toContain('账号（5 个）');
    expect(text).toContain('示范县民政 微信公众号 示范县民政局 正常运维 2025-04-02');
    expect(text).toContain('示范县人社 抖音 示范县人力资源和社会保障局 正常运维');
    expect(text).not.toContain('示范县教育资讯');
  });

  it('shows the office the stale account, the one without a person responsible, and the merge', async () => {
    const office = await signIn(await portalOver(store, SEEDED), OFFICE_USERNAME);
    const page = await office.get('/staff/office/new-media');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('全县登记 6 个账号，2 个需要处理');
    // Seeded 2026-11-23 with its last post 40 days before.
    expect(text).toContain(
      '示范县民政 微信公众号 示范县民政局 正常运维 林民 2026-10-14 “示范县民政”自 2026-10-14 起 40 天未更新（超过 14 天）：应及时更新，长期无人维护的应清理关闭',
    );
    expect(text).toContain(
      '示范县人社 抖音 示范县人力资源和社会保障局 正常运维 未明确 2026-11-20 “示范县人社”没有明确责任人',
    );
    expect(text).toContain('示范县教育资讯 微信公众号 示范县教育局 已整合（2025-10-19） 陈晨 2025-09-29 无');
  });

  it('keeps counting as the days pass: on 2027-03-01 every running account is stale', async () => {
    const office = await signIn(await portalOver(store, '2027-03-01'), OFFICE_USERNAME);
    const text = textOf((await office.get('/staff/office/new-media')).html);
    expect(text).toContain('全县登记 6 个账号，5 个需要处理');
    expect(text).toContain('“示范县发布”自 2026-11-22 起 99 天未更新');
  });

  it('is the office’s only', async () => {
    const clerk = await signIn(await portalOver(store, SEEDED), 'mzj-chengban');
    expect((await clerk.get('/staff/office/new-media')).status).toBe(403);
  });
});
