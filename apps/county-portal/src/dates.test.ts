// The portal on dates past the last holiday notice (2026-12-31), driven through Hono's app.request():
// on data written in November 2026 and restarted in January 2027, and fresh in 2027 and 2030. A clerk
// registers, the head extends, the handler answers; every date that runs into 2027 says it is provisional.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, ORIGIN, portalOn, signIn, textOf, versionOf } from './test-support.js';

afterEach(closeStores);

describe('the portal past the last holiday notice', () => {
  it('restarted on 2027-01-04 over data from 2026-11-23: register, extend and answer with provisional dates', async () => {
    const app = await portalOn('2026-11-23', '2027-01-04');
    const clerk = await signIn(app, 'dengji');
    const queue = await clerk.get('/staff/');
    expect(queue.status).toBe(200);
    const queueText = textOf(queue.html);
    expect(queueText).toContain('工作日历提示');
    expect(queueText).toContain('国务院放假安排通知目前收录到 2026-12-31，今天已在此之后');
    expect(queueText).not.toContain('期限无法计算的案件');

    // The online application waiting since 2026-11-23 is registered today: received 2027-01-04 (第三十一条第（三）项).
    const receiptNo = /aria-label="登记 ([^"]+)"/.exec(queue.html)?.[1] ?? '';
    const registered = await clerk.post(`/staff/inbox/${receiptNo}/register`, {});
    expect(registered.status).toBe(303);
    const casePath = registered.location.split('?')[0] ?? '';
    let page = await clerk.get(casePath);
    // 20 workdays after 2027-01-04: 01-05…08, 01-11…15, 01-18…22, 01-25…29, 02-01.
    expect(textOf(page.html)).toContain('答复期限 2027-02-01 暂定');
    expect(textOf(page.html)).toContain('暂按法定节假日推算');
    const receipt = textOf((await clerk.get(`${casePath}/notices/registrationReceipt`)).html);
    expect(receipt).toContain('本机关将于2027年2月1日前作出答复');
    expect(receipt).toContain('注：2027年2月1日系暂按法定节假日推算，以国务院公布的放假安排为准。');

    // The head extends by 20 workdays across the provisional Spring Festival (02-05…02-08, 补假 02-09…02-10).
    const head = await signIn(app, 'fuze');
    page = await head.get(casePath);
    const extended = await head.post(`${casePath}/actions/extensionApproved`, {
      version: versionOf(page.html),
      on: '2027-01-04',
      workdays: '20',
    });
    expect(extended.status).toBe(303);
    page = await head.get(casePath);
    expect(textOf(page.html)).toContain('答复期限 2027-03-05 暂定');
    const extension = textOf((await head.get(`${casePath}/notices/extensionNotice`)).html);
    expect(extension).toContain('答复期限延长20个工作日，本机关将于2027年3月5日前作出答复');
    expect(extension).toContain('注：2027年3月5日系暂按法定节假日推算');
    expect(extension).toContain('2027年1月4日');

    // The handler answers; the answer notice names the 复议机关 and the court from the county's profile.
    const handler = await signIn(app, 'chengban');
    page = await handler.get(casePath);
    const decided = await handler.post(`${casePath}/actions/decided`, {
      version: versionOf(page.html),
      on: '2027-01-04',
      outcome: 'disclosed',
      reason: '所申请信息由本机关制作，可以公开',
      obtainTime: '随本答复书一并提供',
    });
    expect(decided.status).toBe(303);
    page = await handler.get(casePath);
    expect(
      (
        await handler.post(`${casePath}/actions/delivered`, {
          version: versionOf(page.html),
          on: '2027-01-04',
          method: 'electronic',
          notice: 'disclosedNotice',
        })
      ).status,
    ).toBe(303);
    const answer = textOf((await handler.get(`${casePath}/notices/disclosedNotice`)).html);
    expect(answer).toContain('获取时间：随本答复书一并提供。');
    expect(answer).toContain('向示范市人民政府申请行政复议');
    expect(answer).toContain('向示范市中级人民法院提起行政诉讼');
  });

  it('lets the head add the 2027 notice: preview, save, and the due dates become final', async () => {
    const app = await portalOn('2026-12-07', '2026-12-07');
    const head = await signIn(app, 'fuze');
    // The notice as the test supplies it (not the State Council's): 2026-12-31 to 2027-01-03 off.
    const notice = JSON.stringify({
      year: 2027,
      sources: [{ title: '测试用2027年放假安排', date: '2026-12-01', url: 'https://www.gov.cn/test' }],
      holidays: [{ name: '元旦', off: [['2026-12-31', '2027-01-03']], makeUpWorkdays: [] }],
    });
    const bad = await head.post('/staff/calendar', { step: 'preview', notice: '{"year": 2027, "sources": []' });
    expect(textOf(bad.html)).toContain('通知内容不是有效的 JSON，请检查括号、引号和逗号');
    const wrong = await head.post('/staff/calendar', {
      step: 'preview',
      notice: JSON.stringify({
        year: 2027,
        sources: [],
        holidays: [{ name: '元旦', off: [['2027-01-03', '2027-01-01']] }],
      }),
    });
    expect(textOf(wrong.html)).toContain(
      '节日安排第1项 放假区间第1段：放假区间 2027-01-03 至 2027-01-01 的结束日早于开始日',
    );
    const preview = await head.post('/staff/calendar', { step: 'preview', notice });
    expect(preview.status).toBe(200);
    expect(textOf(preview.html)).toContain('加入后改变的日期（21 天）');
    expect(textOf(preview.html)).toContain('2026-12-31 工作日 元旦');

    const registrar = await signIn(app, 'dengji');
    expect((await registrar.post('/staff/calendar', { step: 'save', notice })).status).toBe(403);

    // The demo case received 18 workdays before 2026-12-07 is due 2026-12-09; the one due soon runs into 2027.
    const before = textOf((await head.get('/staff/')).html);
    expect(before).toContain('暂定');
    const saved = await head.post('/staff/calendar', { step: 'save', notice });
    expect(textOf(saved.html)).toContain('已加入 2027 年放假安排通知，全部案件的期限已按新通知重新计算。');
    const calendarPage = textOf((await head.get('/staff/calendar')).html);
    expect(calendarPage).toContain('放假安排通知收录到 2027-12-31');
    expect(calendarPage).toContain('2027 年（测试用2027年放假安排）');
    const after = textOf((await head.get('/staff/')).html);
    expect(after).not.toContain('工作日历提示');
  });

  it('refuses a 部分公开 without its parts and reason, with the article', async () => {
    const app = await portalOn('2027-01-04', '2027-01-04');
    const handler = await signIn(app, 'chengban');
    const queue = await handler.get('/staff/');
    const casePath = /href="(\/staff\/cases\/[^"]+)"/.exec(queue.html)?.[1] ?? '';
    const page = await handler.get(casePath);
    const refused = await handler.post(`${casePath}/actions/decided`, {
      version: versionOf(page.html),
      on: '2027-01-04',
      outcome: 'partiallyDisclosed',
    });
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain(
      '部分公开须写明提供的内容和不予公开部分的理由（《中华人民共和国政府信息公开条例》第三十七条），未记录',
    );
  });

  it.each(['2027-01-04', '2027-03-01', '2030-06-01'])('starts fresh on %s with every page answering', async (today) => {
    const app = await portalOn(today, today);
    for (const path of [
      '/',
      '/guide',
      '/catalogue',
      '/policies',
      '/apply',
      '/lookup',
      '/report',
      '/info',
      '/info/pub-1',
      '/info?q=低保',
      '/agencies',
      '/new-media',
      '/open-days',
      '/350299-jyj',
      '/350299-hxz/guide',
      '/350299-zjj/report',
      '/350299-mzj/info',
      '/350299-hxz/villages',
      '/350299-hxz/villages/350299101201',
      '/policy-library',
      '/policy-library/package?kind=enterprise&industry=A&size=small',
      '/decisions',
    ]) {
      const response = await app.request(`${ORIGIN}${path}`);
      const html = await response.text();
      expect(response.status, path).toBe(200);
      expect(html, path).not.toMatch(/undefined|NaN|null/);
    }
    const clerk = await signIn(app, 'dengji');
    const queue = await clerk.get('/staff/');
    expect(queue.status).toBe(200);
    expect(textOf(queue.html)).not.toContain('期限无法计算的案件');
    // The office's desk on the same day: every agency scored, none without its figures.
    const office = await signIn(app, 'gongkaiban');
    for (const path of [
      '/staff/office',
      '/staff/office/agencies/350299-zjj',
      '/staff/office/report',
      '/staff/office/bulletin.html',
      '/staff/office/new-media',
      '/staff/office/open-days',
    ]) {
      const page = await office.get(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).not.toMatch(/undefined|NaN|null/);
    }
    expect(textOf((await office.get('/staff/office')).html)).toContain('排名（10 个单位）');
    const report = textOf(await (await app.request(`${ORIGIN}/report`)).text());
    expect(report).toContain(`${today.slice(0, 4)}年度政府信息公开工作年度报告`);
  });
});
