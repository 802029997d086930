// One 政务新媒体 account on the office desk, through app.request(): a post reviewed before it is
// recorded, and the account's steps recorded only when its history stays sound.
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE_USERNAME } from './seed-agencies.js';
import { closeStores, portalOn, signIn, textOf } from './test-support.js';

afterEach(closeStores);

const TODAY = '2026-11-23';
const PAGE = '/staff/office/new-media/mzj-wechat';

describe('an account on the office desk', () => {
  it('reviews a post like the portal’s texts: refuses one with an ID number, records a clean one', async () => {
    const office = await signIn(await portalOn(TODAY, TODAY), OFFICE_USERNAME);
    const list = await office.get('/staff/office/new-media');
    expect(list.html).toContain(`href="${PAGE}"`);
    const before = textOf((await office.get(PAGE)).html);
    expect(before).toContain('最近更新 2026-10-14');
    const leaked = await office.post(`${PAGE}/post`, {
      text: '低保对象张三，身份证号11010519491231002X，本月补助已发放。',
    });
    expect(leaked.status).toBe(400);
    expect(textOf(leaked.html)).toContain('处必须处理的问题，未记录发布');
    expect(textOf(leaked.html)).toContain('最近更新 2026-10-14');
    const clean = await office.post(`${PAGE}/post`, { text: '本县2026年第四季度城乡低保标准已公布，详见县政府网站。' });
    expect(clean.status).toBe(200);
    expect(textOf(clean.html)).toContain('已记录发布');
    expect(textOf(clean.html)).toContain(`最近更新 ${TODAY}`);
  });

  it('records a closure with its reason and approval, then refuses a post on the closed account', async () => {
    const office = await signIn(await portalOn(TODAY, TODAY), OFFICE_USERNAME);
    const bare = await office.post(`${PAGE}/step`, { step: 'closed', value: '', approvedBy: '' });
    expect([bare.status, textOf(bare.html)]).toEqual([400, expect.stringContaining('“关停”须填写原因。')]);
    const closed = await office.post(`${PAGE}/step`, {
      step: 'closed',
      value: '长期无人维护，清理关闭',
      approvedBy: '示范县民政局主要负责人',
    });
    expect(textOf(closed.html)).toContain('已记录：关停。');
    expect(textOf(closed.html)).toContain(`${TODAY} 关停（示范县民政局主要负责人批准）`);
    const post = await office.post(`${PAGE}/post`, { text: '关停后的一条信息。' });
    expect(post.status).toBe(400);
    expect(textOf(post.html)).toContain('未记录发布：');
    expect((await office.post(`${PAGE}/step`, { step: '__proto__' })).status).toBe(400);
    expect((await office.get('/staff/office/new-media/nothing')).status).toBe(404);
  });

  it('is the office’s only', async () => {
    const clerk = await signIn(await portalOn(TODAY, TODAY), 'dengji');
    expect((await clerk.get(PAGE)).status).toBe(403);
  });
});
