// Decisions and participation in the portal, through app.request(): the public page and the office's findings.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, ORIGIN, portalOn, signIn, textOf } from './test-support.js';
import { OFFICE_USERNAME } from './seed-agencies.js';

afterEach(closeStores);

describe('决策公开与公众参与', () => {
  it('publishes the catalogue with how the public was heard, the replies with the year’s summary, and the meetings', async () => {
    const app = await portalOn('2026-11-23', '2026-11-23');
    const text = textOf(await (await app.request(`${ORIGIN}/decisions`)).text());
    expect(text).toContain('2026年度重大行政决策事项目录');
    // Dated back from the seeding day: consulted 120 to 89 days before, feedback 80 days before.
    expect(text).toContain(
      '示范县城区停车收费管理办法 重大公共政策和措施 示范县发展和改革局 公开征求意见 2026-07-26 至 2026-08-26，2026-09-04 公布采纳情况',
    );
    expect(text).toContain(
      '示范县城区居民生活用水价格调整 重大公共政策和措施 示范县发展和改革局 听证会 2026-10-14 2026-10-24 决策，尚未公布',
    );
    expect(text).toContain(
      '本年度办理人大代表建议 2 件、政协委员提案 2 件，已答复 4 件；其中解决采纳 1 件，正在解决或列入计划 2 件，留作参考 1 件',
    );
    expect(text).toContain('公开的复文（2 件）');
    expect(text).not.toContain('关于个人信访事项的建议');
    expect(text).toContain(
      '县政府常务会议第5次 2026-09-12 城区停车收费管理办法 群众代表 2 人、专家 1 人、媒体 1 人 2026-09-16',
    );
  });

  it('shows the office what to fix, each with its article or local rule', async () => {
    const app = await portalOn('2026-11-23', '2026-11-23');
    const office = await signIn(app, OFFICE_USERNAME);
    const page = await office.get('/staff/office/participation');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('共 3 处需要处理');
    expect(text).toContain(
      '示范县城区居民生活用水价格调整 决策已于 2026-10-24 作出，20 日内尚未公布 《重大行政决策程序暂行条例》第三十二条',
    );
    expect(text).toContain('政协委员提案第8号 涉及公共利益、群众广泛关注的复文尚未公开');
    expect(text).toContain('县政府常务会议第6次 列席情况应于 2026-11-06 前公开 本地实施方案');
  });
});
