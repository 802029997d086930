// 长者模式 and the kiosk mode, through app.request(): switching, what each shows, and what a kiosk refuses.
import { afterEach, describe, expect, it } from 'vitest';
import { ApplicantSessions } from './applicant-sessions.js';
import { KIOSK_APPLICANT_MINUTES } from './display-mode.js';
import { closeStores, ORIGIN, portalOn, postForm, receiptOf, textOf } from './test-support.js';

afterEach(closeStores);

const TODAY = '2026-11-23';
type App = Awaited<ReturnType<typeof portalOn>>;
const get = async (app: App, path: string, cookie = '') => {
  const response = await app.request(`${ORIGIN}${path}`, { headers: { cookie } });
  return { response, html: await response.text() };
};
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const navOf = (html: string) => textOf(/<nav aria-label="主导航">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').trim();

describe('display modes', () => {
  it('switches to 长者模式 and back, keeping the page, with simpler navigation', async () => {
    const app = await portalOn(TODAY, TODAY);
    const standard = await get(app, '/guide');
    expect(standard.html).toContain('<body>');
    expect(standard.html).toContain('href="/display/elder?next=%2Fguide"');
    expect(navOf(standard.html)).toContain('年度报告');
    const switched = (await get(app, '/display/elder?next=/guide')).response;
    expect([switched.status, switched.headers.get('location')]).toEqual([303, '/guide']);
    const cookie = cookieOf(switched);
    expect(cookie).toBe('gk_display=elder');
    const elder = await get(app, '/guide', cookie);
    expect(elder.html).toContain('<body class="elder">');
    expect(navOf(elder.html)).toBe('公开指南 主动公开 依申请公开 办理查询');
    expect(elder.html).toContain('标准模式');
    const back = (await get(app, '/display/standard?next=/guide', cookie)).response;
    expect(cookieOf(back)).toBe('gk_display=standard');
  });

  it('goes back only to a page of this site, and knows no other mode', async () => {
    const app = await portalOn(TODAY, TODAY);
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', ' /guide'])
      expect((await get(app, `/display/elder?next=${encodeURIComponent(next)}`)).response.headers.get('location')).toBe(
        '/',
      );
    expect((await get(app, '/display/kiosk')).response.status).toBe(404);
    expect((await get(app, '/display/__proto__')).response.status).toBe(404);
    // An unknown value in the cookie is the standard display.
    expect((await get(app, '/', 'gk_display=<script>')).html).toContain('<body>');
  });

  it('turns a browser into a kiosk: print button and script, no staff sign-in, short look-ups, nothing cached', async () => {
    const app = await portalOn(TODAY, TODAY);
    const cookie = cookieOf((await get(app, '/kiosk')).response);
    expect(cookie).toBe('gk_display=kiosk');
    const guide = await get(app, '/guide', cookie);
    expect(guide.html).toContain('<body class="kiosk">');
    expect(guide.html).toMatch(/<script src="\/assets\/print\.js\?v=[0-9a-f]{12}" defer=""><\/script>/);
    expect(textOf(guide.html)).toContain('打印本指南');
    expect(guide.response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await get(app, '/assets/print.js');
    expect(script.response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.html).toContain('window.print()');
    const staff = await get(app, '/staff/login', cookie);
    expect([staff.response.status, textOf(staff.html)]).toEqual([
      403,
      expect.stringContaining('自助终端不能登录工作台'),
    ]);
    expect((await get(app, '/staff/login')).response.status).toBe(200);
    // A look-up on the kiosk lasts 5 minutes, and the applicant's pages are never cached.
    const receipt = receiptOf(
      await (
        await postForm(app, '/apply', {
          kind: 'naturalPerson',
          name: '孙九',
          residentId: '11010519491231002X',
          phone: '13800000009',
          description: '示范县2025年城区公园改造项目的立项批复',
          forms: 'electronic',
          deliveryPreferences: 'online',
        })
      ).text(),
    );
    expect(receipt.receiptNo).toMatch(/^\d{12}$/);
    const lookup = await postForm(app, '/lookup', receipt, cookie);
    expect(lookup.status).toBe(303);
    expect(lookup.headers.get('set-cookie')).toContain(`Max-Age=${String(KIOSK_APPLICANT_MINUTES * 60)}`);
    const page = await get(app, '/lookup/case', cookieOf(lookup));
    expect(page.response.headers.get('cache-control')).toBe('no-store');
  });

  it('never lets a session outlast the applicant limit, however many minutes are asked for', () => {
    let now = 0;
    const sessions = new ApplicantSessions(() => now);
    const kiosk = sessions.create('a', 'r1', KIOSK_APPLICANT_MINUTES);
    const greedy = sessions.create('a', 'r2', 10_000);
    now = KIOSK_APPLICANT_MINUTES * 60_000 + 1;
    expect(sessions.get(kiosk.id)).toBeUndefined();
    now = 30 * 60_000 + 1;
    expect(sessions.get(greedy.id)).toBeUndefined();
  });
});
