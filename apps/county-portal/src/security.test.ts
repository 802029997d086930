// The portal against a hostile client, through Hono's app.request() (no browser, milliseconds each):
// oversized bodies and lists, hanging numbers, prototype keys, NUL bytes and invisible characters,
// guessing passwords and look-up codes, forged origins, caching, cookies, and what the error log says.
import type { Store } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLogLine } from './app.js';
import { COUNTY_AGENCY_ID } from './data.js';
import type { AttemptLimits } from './middleware/limits.js';
import { AttemptLimiter, MAX_BODY_BYTES } from './middleware/limits.js';
import { DEMO_PASSWORD } from './seed.js';
import type { PortalOptions } from './app.js';
import {
  closeStores,
  lookUpAs,
  ORIGIN,
  portalOver,
  postForm,
  receiptOf,
  seededStore,
  signIn,
  textOf,
  versionOf,
} from './test-support.js';

const TODAY = '2026-11-23';

// One seeded store for the file (starting PGlite and seeding take seconds); each test gets its own
// portal over it, with its own limits, log and clock. Tests add data but never depend on its absence.
let store: Store;
beforeAll(async () => {
  store = await seededStore(TODAY);
});
afterAll(closeStores);
const portal = (options: Partial<Omit<PortalOptions, 'data' | 'today'>> = {}) => portalOver(store, TODAY, options);
const CASE = '/staff/cases/2026-D002';

/** A complete application as the form sends it. */
const application = (changes: Record<string, string> = {}) => ({
  kind: 'naturalPerson',
  name: '张三',
  residentId: '11010519491231002X',
  phone: '13800000000',
  description: '示范县2025年城区道路改造项目的立项批复',
  forms: 'electronic',
  deliveryPreferences: 'email',
  ...changes,
});

describe('sizes: bodies, fields and lists', () => {
  it('refuses a body over 256 KB with a Chinese 413 page, before reading it', async () => {
    const app = await portal();
    const before = (await app.store.pendingSubmissions(COUNTY_AGENCY_ID)).length;
    const body = new URLSearchParams({ ...application(), description: '某'.repeat(MAX_BODY_BYTES) });
    const response = await postForm(app, '/apply', body);
    expect(response.status).toBe(413);
    expect(textOf(await response.text())).toContain('本次提交超过 256 KB，未处理。请精简内容后，回到原页面重新提交。');
    expect((await app.store.pendingSubmissions(COUNTY_AGENCY_ID)).length).toBe(before);
  });

  it('refuses a 17 MB application with a million forms values at once', async () => {
    const app = await portal();
    const body = `${new URLSearchParams(application()).toString()}${'&forms=paper'.repeat(1_500_000)}`;
    expect(body.length).toBeGreaterThan(17_000_000);
    const response = await postForm(app, '/apply', new URLSearchParams(body));
    expect(response.status).toBe(413);
  });

  it('refuses a description over 4000 characters instead of cutting it, and keeps what was typed', async () => {
    const app = await portal();
    const before = (await app.store.pendingSubmissions(COUNTY_AGENCY_ID)).length;
    const response = await postForm(app, '/apply', application({ description: '某'.repeat(4001) }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html)).toContain('“所需信息的描述”最多 4000 个字，请精简后再提交');
    expect(html).toContain('某'.repeat(4001));
    expect((await app.store.pendingSubmissions(COUNTY_AGENCY_ID)).length).toBe(before);
  });

  it('refuses a name over 200 characters, and a field repeated more than 50 times', async () => {
    const app = await portal();
    const long = await postForm(app, '/apply', application({ name: '张'.repeat(201) }));
    expect(long.status).toBe(400);
    expect(textOf(await long.text())).toContain('“姓名或者名称”最多 200 个字，请精简后再提交');
    const body = new URLSearchParams(application());
    for (let i = 0; i < 51; i += 1) body.append('forms', 'paper');
    const repeated = await postForm(app, '/apply', body);
    expect(repeated.status).toBe(400);
    expect(textOf(await repeated.text())).toContain('“形式要求”最多 50 项，请精简后再提交');
  });

  it('keeps only the forms and delivery choices the form offers, each once', async () => {
    const app = await portal();
    const description = '选项测试：示范县2025年城区道路改造项目的立项批复';
    const body = new URLSearchParams(application({ description }));
    for (const value of ['paper', 'paper', 'constructor', '__proto__', '<script>']) body.append('forms', value);
    const response = await postForm(app, '/apply', body);
    expect(response.status).toBe(200);
    const submissions = await app.store.pendingSubmissions(COUNTY_AGENCY_ID);
    const submission = submissions.find((s) => s.application?.request.description === description);
    expect(submission?.application?.request.forms).toEqual(['paper', 'electronic']);
  });

  it('bounds the review page: a text over 200 000 characters is refused, not cut', async () => {
    const app = await portal();
    const handler = await signIn(app, 'chengban');
    const refused = await handler.post('/staff/review', { text: 'a'.repeat(200_001) });
    expect(refused.status).toBe(413);
    expect(textOf(refused.html)).toContain('“待审查的文字”最多 200000 个字，请精简后再提交');
    const accepted = await handler.post('/staff/review', { text: `联系电话 13912345678 ${'a'.repeat(150_000)}` });
    expect(accepted.status).toBe(200);
    const many = await handler.post('/staff/review', { text: '电话13912345678；'.repeat(1000) });
    expect(textOf(many.html)).toContain('发现 1000 处');
    expect(textOf(many.html)).toContain('表中列出前 200 处，另有 800 处未列出，均已在上文高亮。');
    expect(many.html.match(/<tr>/g)?.length).toBeLessThanOrEqual(201);
  });
});

describe('numbers and names that used to hang or crash', () => {
  it('answers a fee notice for 1e308 pages at once with the limit', async () => {
    const app = await portal();
    const handler = await signIn(app, 'chengban');
    const page = await handler.get(CASE);
    const started = performance.now();
    const response = await handler.post(`${CASE}/actions/feeNoticeIssued`, {
      version: versionOf(page.html),
      on: TODAY,
      method: 'perPage',
      count: '1e308',
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(400);
    expect(textOf(response.html)).toContain('1 至 1000000 之间的整数');
  });

  it('refuses a 999999-workday extension and a step dated 1900-01-01, naming the bounds', async () => {
    const app = await portal();
    const head = await signIn(app, 'fuze');
    const page = await head.get(CASE);
    const huge = await head.post(`${CASE}/actions/extensionApproved`, {
      version: versionOf(page.html),
      on: TODAY,
      workdays: '999999',
    });
    expect(huge.status).toBe(400);
    expect(textOf(huge.html)).toContain('延长的工作日数应为 1 至 20 之间的整数，实际为“999999”');
    const old = await head.post(`${CASE}/actions/extensionApproved`, {
      version: versionOf(page.html),
      on: '1900-01-01',
      workdays: '20',
    });
    expect(old.status).toBe(400);
    expect(textOf(old.html)).toMatch(
      /日期应在 \d{4}-\d{2}-\d{2} 至 2026-11-23 之间（不早于收到申请之日，不晚于今天），实际为 1900-01-01/,
    );
  });

  it('answers prototype keys as action names with 404, never a crash', async () => {
    const app = await portal();
    const handler = await signIn(app, 'chengban');
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await handler.post(`${CASE}/actions/${type}`, { on: TODAY });
      expect(response.status, type).toBe(404);
      expect(textOf(response.html)).toContain('没有这个办理步骤');
    }
    for (const file of ['constructor', '__proto__.docx']) {
      const response = await handler.get(`${CASE}/notices/${file}`);
      expect(response.status, file).toBe(404);
    }
  });

  it('refuses a NUL byte with a message, and strips bidirectional controls from names', async () => {
    const app = await portal();
    const nul = await postForm(app, '/apply', application({ description: '某\u0000文件' }));
    expect(nul.status).toBe(400);
    expect(textOf(await nul.text())).toContain('“所需信息的描述”含有不可见的控制字符，请删除后重新提交');
    const ghost = await postForm(app, '/apply', application({ name: '\u200b\u200c\u2060' }));
    expect(ghost.status).toBe(400);
    expect(textOf(await ghost.text())).toContain('缺少申请人姓名或者名称');
    const bidi = await postForm(app, '/apply', application({ name: '王\u202e五六' }));
    expect(bidi.status).toBe(200);
    const clerk = await signIn(app, 'dengji');
    const queue = await clerk.get('/staff/');
    expect(queue.html).toContain('王五六');
    expect(queue.html).not.toContain('\u202e');
  });

  it('shows a wrong resident ID masked on the staff page, never as typed', async () => {
    const app = await portal();
    const wrongId = '110105194912310021';
    await app.store.append(
      { agencyId: COUNTY_AGENCY_ID, caseId: '2026-W001' },
      [
        {
          type: 'received',
          on: TODAY,
          channel: 'inPerson',
          actor: { id: 'dengji', role: 'registrar' },
          applicant: { kind: 'naturalPerson', name: '吴六', residentId: wrongId, phone: '13900000009' },
          request: { description: '某文件', forms: ['paper'] },
        },
      ],
      0,
    );
    const clerk = await signIn(app, 'dengji');
    const page = await clerk.get('/staff/cases/2026-W001');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('公民身份号码“110105********0021”校验码错误');
    expect(page.html).not.toContain(wrongId);
    expect(JSON.stringify(await app.store.getCase({ agencyId: COUNTY_AGENCY_ID, caseId: '2026-W001' }))).not.toContain(
      wrongId,
    );
  });
});

describe('attempt limits', () => {
  const fast: AttemptLimits = { free: 3, windowMs: 60_000, lockMs: 60_000, maxLockMs: 600_000 };

  it('locks an account after repeated wrong passwords, even for the right one, until the lock ends', async () => {
    let now = 1_000_000;
    const app = await portal({ limits: { loginAccount: fast }, now: () => now });
    const login = (password: string) =>
      postForm(app, '/staff/login', { username: 'chengban', password, next: '/staff/' });
    for (let i = 0; i < 2; i += 1) expect((await login('wrong')).status).toBe(403);
    const third = await login('wrong');
    expect(textOf(await third.text())).toContain('连续失败次数过多，已暂停登录 1 分钟');
    const locked = await login(DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect(textOf(await locked.text())).toContain('登录失败次数过多，已暂停登录，请 1 分钟后再试。');
    now += 61_000;
    expect((await login(DEMO_PASSWORD)).status).toBe(303);
    // Another account from the same address is not locked by these failures.
    expect((await signIn(app, 'dengji')).cookie).not.toBe('');
  });

  it('pauses an address after repeated wrong look-ups, without checking the code', async () => {
    let now = 5_000_000;
    const app = await portal({
      limits: { lookup: fast },
      now: () => now,
      clientAddress: () => '203.0.113.7',
    });
    const lookup = () => postForm(app, '/lookup', { receiptNo: '20261123-0001', code: 'WRONGCOD' });
    for (let i = 0; i < 3; i += 1) expect((await lookup()).status).toBe(404);
    const paused = await lookup();
    expect(paused.status).toBe(429);
    expect(textOf(await paused.text())).toContain('查询失败次数过多，请 1 分钟后再试。');
    now += 61_000;
    expect((await lookup()).status).toBe(404);
  });

  it('doubles each further lock up to the maximum and remembers at most 10 000 keys', () => {
    let now = 0;
    const limiter = new AttemptLimiter(fast, () => now);
    const locks = Array.from({ length: 8 }, () => limiter.fail('a'));
    expect(locks).toEqual([0, 0, 60, 120, 240, 480, 600, 600]);
    now += 600_001;
    expect(limiter.wait('a')).toBe(0);
    for (let i = 0; i < 10_050; i += 1) limiter.fail(`k${String(i)}`);
    limiter.succeed('k10049');
    expect(limiter.wait('k0')).toBe(0);
  });
});

describe('access', () => {
  it('does not show one applicant the case of another, and says only that the pair is wrong', async () => {
    const app = await portal();
    const submit = async (description: string) =>
      receiptOf(await (await postForm(app, '/apply', application({ description }))).text());
    const mine = await submit('访问测试：张三的申请');
    const other = await submit('访问测试：冯七的低保审批材料');
    const applicant = await lookUpAs(app, mine);
    expect(textOf((await applicant.get()).html)).toContain('等待登记');
    // The session is for one application at one agency: another agency's page asks to look up again.
    const elsewhere = await app.request(`${ORIGIN}/350299-mzj/lookup/case`, { headers: { cookie: applicant.cookie } });
    expect(elsewhere.status).toBe(401);
    expect(textOf(await elsewhere.text())).toContain('请重新输入回执号和查询码');
    for (const pair of [
      { receiptNo: mine.receiptNo, code: other.code },
      { receiptNo: other.receiptNo, code: mine.code },
      { receiptNo: '202611239999', code: mine.code },
    ]) {
      const response = await postForm(app, '/lookup', pair);
      expect(response.status).toBe(404);
      const text = textOf(await response.text());
      expect(text).toContain('回执号或查询码不正确，请核对后重试。');
      expect(text).not.toContain('等待登记');
      expect(text).not.toContain('冯七的低保审批材料');
    }
  });

  it('refuses anonymous visitors on every staff page and action', async () => {
    const app = await portal();
    for (const path of ['/staff/', CASE, '/staff/review', `${CASE}/notices/registrationReceipt.docx`]) {
      const response = await app.request(`${ORIGIN}${path}`);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe(`/staff/login?next=${encodeURIComponent(path)}`);
    }
    const before = (await store.getCase({ agencyId: COUNTY_AGENCY_ID, caseId: '2026-D002' }))?.version;
    const post = await postForm(app, `${CASE}/actions/decided`, { on: TODAY, outcome: 'disclosed', version: '1' });
    expect(post.status).toBe(403);
    expect((await store.getCase({ agencyId: COUNTY_AGENCY_ID, caseId: '2026-D002' }))?.version).toBe(before);
  });

  it('refuses cross-site posts and posts without the form token, even from a signed-in member of staff', async () => {
    const app = await portal();
    const handler = await signIn(app, 'chengban');
    const before = (await store.getCase({ agencyId: COUNTY_AGENCY_ID, caseId: '2026-D002' }))?.version;
    const page = await handler.get(CASE);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const fields = { on: TODAY, outcome: 'disclosed', version: versionOf(page.html), _csrf: token };
    const crossSite = await app.request(`${ORIGIN}${CASE}/actions/decided`, {
      method: 'POST',
      headers: {
        origin: 'http://evil.example',
        cookie: handler.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(fields),
    });
    expect(crossSite.status).toBe(403);
    expect(textOf(await crossSite.text())).toContain('已拒绝跨站提交');
    const noToken = await postForm(app, `${CASE}/actions/decided`, { ...fields, _csrf: 'forged' }, handler.cookie);
    expect(noToken.status).toBe(403);
    expect(textOf(await noToken.text())).toContain('表单缺少有效的校验码');
    const noOrigin = await app.request(`${ORIGIN}/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(application()),
    });
    expect(noOrigin.status).toBe(403);
    expect((await store.getCase({ agencyId: COUNTY_AGENCY_ID, caseId: '2026-D002' }))?.version).toBe(before);
  });
});

describe('origins, caching and cookies', () => {
  it('refuses a form whose Origin matches a forged Host header but not the public origin', async () => {
    const app = await portal();
    const response = await app.request('http://evil.test/apply', {
      method: 'POST',
      headers: { origin: 'http://evil.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(application()),
    });
    expect(response.status).toBe(403);
    expect(textOf(await response.text())).toContain('已拒绝跨站提交');
  });

  it('marks staff pages, notices and DOCX files no-store; public pages may be cached', async () => {
    const app = await portal();
    const clerk = await signIn(app, 'dengji');
    for (const path of [
      '/staff/',
      CASE,
      `${CASE}/notices/registrationReceipt`,
      `${CASE}/notices/registrationReceipt.docx`,
    ]) {
      const response = await clerk.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await app.request(`${ORIGIN}/guide`)).headers.get('cache-control')).toBeNull();
  });

  it('allows styles from the portal only: one cached stylesheet, no inline style anywhere', async () => {
    const app = await portal();
    const clerk = await signIn(app, 'dengji');
    const home = await app.request(`${ORIGIN}/`);
    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const link = /<link rel="stylesheet" href="([^"]+)"/.exec(await home.text())?.[1] ?? '';
    expect(link).toMatch(/^\/assets\/site\.css\?v=[0-9a-f]{12}$/);
    const css = await app.request(`${ORIGIN}${link}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await css.text()).toContain('.skip:focus');
    for (const path of [
      '/',
      '/apply',
      '/catalogue',
      '/guide',
      '/lookup',
      '/report',
      '/policies',
      '/info',
      '/info/pub-3',
    ]) {
      const html = await (await app.request(`${ORIGIN}${path}`)).text();
      expect(html, path).not.toMatch(/<style|\sstyle=/);
    }
    for (const path of [
      '/staff/',
      CASE,
      '/staff/review',
      '/staff/calendar',
      '/staff/publications',
      '/staff/publications/pub-2',
    ]) {
      const { html } = await clerk.get(path);
      expect(html, path).not.toMatch(/<style|\sstyle=/);
    }
    expect((await app.request(`${ORIGIN}/staff/login`)).status).toBe(200);
  });

  it('sends HSTS and a Secure cookie only over https', async () => {
    const plain = await portal();
    expect((await plain.request(`${ORIGIN}/`)).headers.get('strict-transport-security')).toBeNull();
    const login = await postForm(plain, '/staff/login', { username: 'dengji', password: DEMO_PASSWORD });
    expect(login.headers.get('set-cookie')).not.toMatch(/Secure/i);

    const https = 'https://gk.example.gov.cn';
    const secure = await portal({ publicOrigin: https });
    expect((await secure.request(`${https}/`)).headers.get('strict-transport-security')).toBe(
      'max-age=15552000; includeSubDomains',
    );
    const secureLogin = await secure.request(`${https}/staff/login`, {
      method: 'POST',
      headers: { origin: https, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'dengji', password: DEMO_PASSWORD }),
    });
    expect(secureLogin.status).toBe(303);
    expect(secureLogin.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});

describe('the error log', () => {
  it('logs the request and the error class, never the personal data in the error message', async () => {
    const lines: string[] = [];
    const personal = ['11010519491231002X', '13800000000', 'zhang@example.com', '某县某镇某村12号'];
    // A store whose insert fails the way a database does, quoting the values it was given.
    const failing = new Proxy(store, {
      get(target, property: keyof Store) {
        if (property === 'submitApplication')
          return () =>
            Promise.reject(
              Object.assign(new Error(`insert failed: ${personal.join(', ')}`), { code: '23514', detail: personal[0] }),
            );
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const app = await portalOver(failing, TODAY, { log: (line) => lines.push(line) });
    const response = await postForm(
      app,
      '/apply',
      application({ email: 'zhang@example.com', address: '某县某镇某村12号' }),
    );
    expect(response.status).toBe(500);
    expect(textOf(await response.text())).toContain('服务器处理请求时出错，请稍后再试。');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[gk\] 500 POST \/apply Error 23514\n\s+at /);
    for (const value of personal) expect(lines.join('\n')).not.toContain(value);
  });

  it('formats any thrown value without reading its message', () => {
    const c = { req: { method: 'GET', path: '/x' } } as never;
    expect(errorLogLine(c, 'a string with 13800000000')).toBe('[gk] 500 GET /x string');
    expect(errorLogLine(c, null)).toBe('[gk] 500 GET /x object');
  });
});
