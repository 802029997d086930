// 村（居）务公开 in the portal, through app.request(): a township's villages, their lists and the alignment.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, ORIGIN, portalOn, textOf } from './test-support.js';

afterEach(closeStores);

const get = async (app: Awaited<ReturnType<typeof portalOn>>, path: string) => {
  const response = await app.request(`${ORIGIN}${path}`);
  return { status: response.status, text: textOf(await response.text()) };
};

describe('村（居）务公开', () => {
  it("lists a township's villages with their gaps, and links them from its home page", async () => {
    const app = await portalOn('2026-11-23', '2026-11-23');
    expect((await get(app, '/350299-hxz')).text).toContain('村（居）务公开');
    const page = await get(app, '/350299-hxz/villages');
    expect(page.status).toBe(200);
    // 和兴村: 7 items, 2 matching the township's 涉农补贴 catalogue, both short of content it lists; every topic covered.
    expect(page.text).toContain('示范县和兴镇和兴村 7 2 2 5 无');
    // 东岭村: 2 items, 耕地地力保护 published yearly instead of within 20 workdays; four topics missing.
    expect(page.text).toContain('示范县和兴镇东岭村 2 1 1 1 脱贫攻坚、乡村振兴、养老服务、社会救助');
  });

  it("shows a village's list and what differs from the township's catalogue for the same matter", async () => {
    const app = await portalOn('2026-11-23', '2026-11-23');
    const page = await get(app, '/350299-hxz/villages/350299101202');
    expect(page.text).toContain('示范县和兴镇东岭村村（居）务公开事项清单');
    expect(page.text).toContain('公开时限与上级目录不一致：本清单为“每年公开一次”');
    expect(page.text).toContain('清单中没有“养老服务”方面的公开事项');
    const first = await get(app, '/350299-hxz/villages/350299101201');
    expect(first.text).toContain('与上级目录的同一事项相比，缺少公开内容：政策依据');
    expect(first.text).toContain('乡村振兴项目 未列村（居）民能看到的渠道');
    // The same period in other words (自政府信息形成… / 信息形成…) is not a difference.
    expect(first.text).not.toContain('公开时限与上级目录不一致');
  });

  it('answers a department and an unknown village with a page that says so', async () => {
    const app = await portalOn('2026-11-23', '2026-11-23');
    const department = await get(app, '/350299-jyj/villages');
    expect([department.status, department.text]).toEqual([404, expect.stringContaining('本单位不是乡镇（街道）')]);
    const unknown = await get(app, '/350299-hxz/villages/__proto__');
    expect([unknown.status, unknown.text]).toEqual([404, expect.stringContaining('本乡镇（街道）没有这个村（居）')]);
  });
});
