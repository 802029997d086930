// The county platform's agencies through Hono's app.request(): the overview, each agency's own public
// pages at `/{agency}/…`, an application filed with the agency it is addressed to, and staff who see
// their own agency's work only.
import type { Store } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_AGENCY_ID } from './data.js';
import { DEMO_AGENCY_IDS } from './seed-agencies.js';
import { closeStores, ORIGIN, portalOver, postForm, seededStore, signIn, textOf } from './test-support.js';

const TODAY = '2026-11-23';
let store: Store;
beforeAll(async () => {
  store = await seededStore(TODAY);
});
afterAll(closeStores);
const portal = () => portalOver(store, TODAY);
const get = async (path: string) => {
  const response = await (await portal()).request(`${ORIGIN}${path}`);
  return { status: response.status, text: textOf(await response.text()) };
};

describe('the county overview and each agency’s pages', () => {
  it('lists the government, seven departments and two townships, each linked to its own pages', async () => {
    const app = await portal();
    const html = await (await app.request(`${ORIGIN}/agencies`)).text();
    const links = [...html.matchAll(/<a href="(\/[^"]*)">(示范县[^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toContainEqual(['/', '示范县人民政府']);
    expect(links).toContainEqual(['/350299-jyj', '示范县教育局']);
    expect(links).toContainEqual(['/350299-hxz', '示范县和兴镇人民政府']);
    const text = textOf(html);
    expect(text).toContain('县政府工作部门');
    expect(text).toContain('乡镇人民政府、街道办事处');
    expect(new Set(links.map(([href]) => href)).size).toBe(1 + DEMO_AGENCY_IDS.length);
    expect(DEMO_AGENCY_IDS.length).toBe(9);
  });

  it('serves an agency’s home, guide, catalogue and publications under its own name and address', async () => {
    const home = await get('/350299-jyj');
    expect(home.status).toBe(200);
    const slash = await (await portal()).request(`${ORIGIN}/350299-jyj/`);
    expect([slash.status, slash.headers.get('location')]).toEqual([301, '/350299-jyj']);
    expect(home.text).toContain('示范县教育局政府信息公开');
    const guide = await get('/350299-jyj/guide');
    expect(guide.text).toContain('示范县教育局办公室');
    expect(guide.text).toContain('0592-0000101');
    const catalogue = await get('/350299-jyj/catalogue');
    expect(catalogue.text).toContain('义务教育');
    expect(catalogue.text).not.toContain('生态环境');
    const info = await get('/350299-jyj/info');
    expect(info.text).toContain('示范县教育局关于义务教育工作情况的公告');
    expect(info.text).not.toContain('示范县民政局');
    // The county government's own list stays its own.
    expect((await get('/info')).text).not.toContain('示范县教育局关于义务教育工作情况的公告');
  });

  it('lists a department’s statutory categories under 第二十条 only, and the county’s under 第二十一条 too', async () => {
    const department = await get('/350299-jyj/info/statutory');
    expect(department.text).toContain('第二十条规定行政机关应当主动公开的政府信息，以及本机关已经公开的内容');
    expect(department.text).not.toContain('第二十一条');
    const county = await get('/info/statutory');
    expect(county.text).toContain('第二十条、第二十一条规定县级人民政府应当主动公开的政府信息');
    expect(county.text).toContain('《中华人民共和国政府信息公开条例》第二十一条');
  });

  it('answers an address naming no agency of the county with a Chinese 404', async () => {
    for (const path of ['/350299-none', '/350299-none/guide', '/999999-jyj/info']) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.text, path).toContain('本县没有这个单位的公开专栏');
    }
  });

  it('files an application with the agency whose page it was sent from', async () => {
    const app = await portal();
    const before = (await store.pendingSubmissions('350299-mzj')).length;
    const county = (await store.pendingSubmissions(COUNTY_AGENCY_ID)).length;
    const response = await postForm(app, '/350299-mzj/apply', {
      kind: 'naturalPerson',
      name: '张三',
      residentId: '11010519491231002X',
      phone: '13800000000',
      description: '示范县民政局2026年城乡低保资金的发放情况',
      forms: 'electronic',
      deliveryPreferences: 'email',
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(textOf(html)).toContain('申请已提交 回执号');
    expect(html).toContain('href="/350299-mzj/lookup"');
    expect((await store.pendingSubmissions('350299-mzj')).length).toBe(before + 1);
    expect((await store.pendingSubmissions(COUNTY_AGENCY_ID)).length).toBe(county);
  });
});

describe('staff see their own agency only', () => {
  it('a department’s registrar works its own cases; the county’s and another department’s are not found', async () => {
    const app = await portal();
    const clerk = await signIn(app, 'jyj-dengji');
    const desk = await clerk.get('/staff/');
    expect(desk.status).toBe(200);
    expect(textOf(desk.html)).toContain('示范县教育局');
    expect(desk.html).toContain('/staff/cases/2026-A002');
    expect(desk.html).not.toContain('/staff/cases/2026-D');
    expect((await clerk.get('/staff/cases/2026-A001')).status).toBe(200);
    expect((await clerk.get('/staff/cases/2026-D002')).status).toBe(404);
    // 住建局 has an overdue third case; 教育局 has none of that number.
    expect((await clerk.get('/staff/cases/2026-A003')).status).toBe(404);
    const builder = await signIn(app, 'zjj-dengji');
    expect((await builder.get('/staff/cases/2026-A003')).status).toBe(200);
  });

  it('the county’s registrar does not see a department’s cases', async () => {
    const app = await portal();
    const clerk = await signIn(app, 'dengji');
    expect((await clerk.get('/staff/cases/2026-D002')).status).toBe(200);
    expect((await clerk.get('/staff/cases/2026-A001')).status).toBe(404);
  });

  it('a department refers an applicant to the county agency that holds the information, and the notice names it', async () => {
    const app = await portal();
    const handler = await signIn(app, 'jyj-chengban');
    const page = await handler.get('/staff/cases/2026-A002');
    expect(page.html).toContain('<option value="350299-mzj">示范县民政局</option>');
    expect(page.html).not.toContain('<option value="350299-jyj">');
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '';
    const decide = (fields: Record<string, string>) =>
      handler.post('/staff/cases/2026-A002/actions/decided', { on: TODAY, version, ...fields });
    const wrongOutcome = await decide({ outcome: 'disclosed', responsibleAgencyId: '350299-mzj' });
    expect(textOf(wrongOutcome.html)).toContain('只有办理结果为“本机关不掌握相关政府信息”时，才能告知负责公开的单位');
    const notOurs = await decide({ outcome: 'unableToProvide.notHeld', responsibleAgencyId: '350299-none' });
    expect(textOf(notOurs.html)).toContain('所选的负责公开的单位不是本县平台上的单位，未记录');
    const decided = await decide({
      outcome: 'unableToProvide.notHeld',
      reason: '所申请的信息由示范县民政局制作并保存',
      responsibleAgencyId: '350299-mzj',
    });
    expect(decided.status).toBe(303);
    const notice = textOf((await handler.get('/staff/cases/2026-A002/notices/notResponsibleNotice')).html);
    expect(notice).toContain('示范县民政局');
    expect(notice).toContain('示范县民政局办公室，地址：示范县人民路18号，电话：0592-0000102');
    expect(notice).toContain('第三十六条第（五）项');
  });
});
