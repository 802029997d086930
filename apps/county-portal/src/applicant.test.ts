// The applicant's side online, through app.request(): look up, supply the clarification, download copies
// and notices, open an answer delivered electronically, withdraw — and what the staff desk then shows.
import { COUNTY_AGENCY_ID } from './data.js';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICANT_SESSION_MINUTES, ApplicantSessions, MAX_APPLICANT_SESSIONS } from './applicant-sessions.js';
import type { Portal } from './test-support.js';
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

afterEach(closeStores);

const TODAY = '2026-11-23';
const application = {
  kind: 'naturalPerson',
  name: '赵六',
  residentId: '11010519491231002X',
  phone: '13700000006',
  description: '示范县2025年农村公路建设项目清单',
  forms: 'electronic',
  deliveryPreferences: 'online',
};

/** An application submitted online, registered by the registrar and asked to clarify by the handler. */
async function clarifying(app: Portal) {
  const receipt = receiptOf(await (await postForm(app, '/apply', application)).text());
  const clerk = await signIn(app, 'dengji');
  const registered = await clerk.post(`/staff/inbox/${receipt.receiptNo}/register`, {});
  const casePath = registered.location.split('?')[0] ?? '';
  const handler = await signIn(app, 'chengban');
  const page = await handler.get(casePath);
  const asked = await handler.post(`${casePath}/actions/clarificationRequested`, {
    version: versionOf(page.html),
    on: TODAY,
    items: '请写明项目所在乡镇\n请写明所需信息的年度',
    periodWorkdays: '10',
  });
  expect(asked.status).toBe(303);
  return { receipt, casePath, clerk, handler };
}

describe("the applicant's page", () => {
  it('takes the clarification online, item by item, and the desk shows what was supplied', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const { receipt, casePath, handler } = await clarifying(app);
    const applicant = await lookUpAs(app, receipt);
    const page = textOf((await applicant.get()).html);
    expect(page).toContain('等待补正');
    // 10 workdays from 2026-11-23: 11-24…27 1–4, 11-30…12-04 5–9, 12-07 10.
    expect(page).toContain('补正期限至 2026-12-07；逾期不补正的，视为放弃申请');
    expect(page).toContain('本机关告知需要补正：请写明项目所在乡镇；请写明所需信息的年度');
    const done = await applicant.post('/clarification', { 'answer-0': '城关镇', 'answer-1': '2025年' });
    expect(done.status).toBe(200);
    const after = textOf(done.html);
    expect(after).toContain('补正已提交。答复期限自今日起重新计算。');
    expect(after).toContain('您在网上提交了补正，答复期限自当日重新计算');
    expect(after).not.toContain('提交补正 </button>');
    const desk = textOf((await handler.get(casePath)).html);
    expect(desk).toContain('收到补正 · 申请人（网上办理）');
    expect(desk).toContain('请写明项目所在乡镇：城关镇');
    expect(desk).toContain('请写明所需信息的年度：2025年');
  });

  it('refuses a blank clarification, a NUL byte, an over-long answer and a missing token with a message', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const { receipt } = await clarifying(app);
    const applicant = await lookUpAs(app, receipt);
    const blank = await applicant.post('/clarification', { 'answer-0': ' ', 'answer-1': '\u200b' });
    expect([blank.status, textOf(blank.html)]).toEqual([409, expect.stringContaining('补正内容不能全部为空')]);
    const nul = await applicant.post('/clarification', { 'answer-0': '城关\u0000镇', 'answer-1': '' });
    expect([nul.status, textOf(nul.html)]).toEqual([400, expect.stringContaining('含有不可见的控制字符')]);
    const long = await applicant.post('/clarification', { 'answer-0': 'x'.repeat(5_000), 'answer-1': '' });
    expect([long.status, textOf(long.html)]).toEqual([400, expect.stringContaining('最多 4000 个字')]);
    const forged = await postForm(app, '/lookup/case/clarification', { 'answer-0': '城关镇' }, applicant.cookie);
    expect([forged.status, textOf(await forged.text())]).toEqual([400, expect.stringContaining('页面已过期')]);
    expect(textOf((await applicant.get()).html)).toContain('等待补正');
  });

  it('closes the online clarification after its period and says so', async () => {
    const store = await seededStore(TODAY);
    const { receipt } = await clarifying(await portalOver(store, TODAY));
    const later = await portalOver(store, '2026-12-08');
    const page = textOf((await (await lookUpAs(later, receipt)).get()).html);
    expect(page).toContain('补正期限（2026-12-07）已过，不能在网上补正；逾期不补正的，视为放弃申请。');
    expect(page).not.toContain('提交补正');
  });

  it('delivers the answer online: the notice appears once delivered, and opening it is recorded once', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const { receipt, casePath, clerk, handler } = await clarifying(app);
    const applicant = await lookUpAs(app, receipt);
    await applicant.post('/clarification', { 'answer-0': '城关镇', 'answer-1': '2025年' });
    let page = await handler.get(casePath);
    await handler.post(`${casePath}/actions/decided`, {
      version: versionOf(page.html),
      on: TODAY,
      outcome: 'disclosed',
      obtainTime: '随本答复书一并提供',
    });
    // Decided, not delivered: the applicant sees that a decision was made, not the answer.
    expect(textOf((await applicant.get()).html)).toContain('本机关作出答复决定（答复书送达后可在本页查看）');
    expect((await applicant.get('/notices/disclosedNotice')).status).toBe(404);
    page = await clerk.get(casePath);
    const delivered = await clerk.post(`${casePath}/actions/delivered`, {
      version: versionOf(page.html),
      on: TODAY,
      method: 'electronic',
      notice: 'disclosedNotice',
    });
    expect(delivered.status).toBe(303);
    const before = textOf((await applicant.get()).html);
    expect(before).toContain(
      '答复已于 2026-11-23 通过本页电子送达，该日为答复日期。打开答复书即记录您查看答复的日期。',
    );
    expect(before).toContain('《中华人民共和国行政复议法》第二十条第一款');
    expect(before).toContain('政府信息公开申请答复书（予以公开）');
    expect(before).not.toContain('已主动公开');
    const notice = await applicant.get('/notices/disclosedNotice');
    expect(notice.status).toBe(200);
    expect(textOf(notice.html)).toContain('赵六');
    const docx = await applicant.get('/notices/disclosedNotice.docx');
    expect([docx.status, String.fromCharCode(...docx.body.slice(0, 2))]).toEqual([200, 'PK']);
    const after = textOf((await applicant.get()).html);
    expect(after).toContain('您于 2026-11-23 在网上查看了答复。');
    expect(after).toContain('您在网上查看了答复');
    const events = await app.store.readEvents({ agencyId: COUNTY_AGENCY_ID, caseId: receipt.receiptNo });
    expect(events.filter((e) => e.type === 'answerOpened')).toHaveLength(1);
    expect(textOf((await handler.get(casePath)).html)).toContain('申请人在网上查看答复 · 申请人（网上办理）');
    // The third party letters and other agencies' notices are never the applicant's to read.
    expect((await applicant.get('/notices/thirdPartyConsultationLetter')).status).toBe(404);
    expect((await applicant.get('/notices/__proto__')).status).toBe(404);
    // Each reading of their own notice is in the disclosure log; a refused one is not.
    const log = await app.store.disclosures({ agencyId: COUNTY_AGENCY_ID, caseId: receipt.receiptNo });
    expect(log.map((d) => d.reason)).toEqual(['申请人查看本人的告知书', '申请人查看本人的告知书']);
  });

  it('gives the applicant a copy of their own application, and the disclosure log keeps the reading', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const receipt = receiptOf(await (await postForm(app, '/apply', application)).text());
    const applicant = await lookUpAs(app, receipt);
    const copy = textOf((await applicant.get('/application')).html);
    expect(copy).toContain('政府信息公开申请（副本）');
    expect(copy).toContain('11010519491231002X');
    expect(copy).toContain('示范县2025年农村公路建设项目清单');
    expect(copy).toContain('获取方式 网上获取');
    const log = await app.store.disclosures({ agencyId: COUNTY_AGENCY_ID, caseId: receipt.receiptNo });
    expect(log.map((d) => [d.actorId, d.reason])).toEqual([['applicant', '申请人查看本人的申请副本']]);
  });

  it('withdraws an application before registration: it leaves the registrar’s inbox', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const receipt = receiptOf(await (await postForm(app, '/apply', application)).text());
    const applicant = await lookUpAs(app, receipt);
    const unconfirmed = await applicant.post('/withdraw', { reason: '已从其他渠道获得' });
    expect([unconfirmed.status, textOf(unconfirmed.html)]).toEqual([
      400,
      expect.stringContaining('请勾选“我确认撤回本申请”后再提交。'),
    ]);
    const done = await applicant.post('/withdraw', { reason: '已从其他渠道获得', confirm: 'yes' });
    expect(textOf(done.html)).toContain('申请已撤回。');
    expect(textOf(done.html)).toContain(`已撤回（${TODAY}，未登记）`);
    const clerk = await signIn(app, 'dengji');
    expect((await clerk.get('/staff/')).html).not.toContain(`登记 ${receipt.receiptNo}`);
    expect((await clerk.post(`/staff/inbox/${receipt.receiptNo}/register`, {})).status).toBe(400);
  });

  it('withdraws a registered case: it ends as withdrawn on the desk', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const { receipt, casePath, handler } = await clarifying(app);
    const applicant = await lookUpAs(app, receipt);
    const done = textOf((await applicant.post('/withdraw', { confirm: 'yes' })).html);
    expect(done).toContain('您在网上撤回了申请');
    expect(done).not.toContain('补正期限（');
    expect(done).not.toContain('提交补正');
    const desk = textOf((await handler.get(casePath)).html);
    expect(desk).toContain('已撤回');
    expect(desk).toContain('撤回申请 · 申请人（网上办理）');
  });

  it('signs the applicant out, and asks to look up again without a session', async () => {
    const app = await portalOver(await seededStore(TODAY), TODAY);
    const receipt = receiptOf(await (await postForm(app, '/apply', application)).text());
    const applicant = await lookUpAs(app, receipt);
    const out = await applicant.post('/sign-out', {});
    expect([out.status, out.location]).toEqual([303, '/lookup']);
    const again = await applicant.get();
    expect(again.status).toBe(401);
    expect(textOf(again.html)).toContain('请重新输入回执号和查询码');
    const anonymous = await app.request(`${ORIGIN}/lookup/case/application`);
    expect(anonymous.status).toBe(401);
  });
});

describe('ApplicantSessions', () => {
  it('expires a session after half an hour and keeps at most the bound, the oldest going first', () => {
    let now = 0;
    const sessions = new ApplicantSessions(() => now);
    const first = sessions.create('a', '202611230001');
    now += APPLICANT_SESSION_MINUTES * 60_000;
    expect(sessions.get(first.id)?.receiptNo).toBe('202611230001');
    now += 1;
    expect(sessions.get(first.id)).toBeUndefined();
    const oldest = sessions.create('a', 'r0');
    for (let i = 1; i < MAX_APPLICANT_SESSIONS + 10; i += 1) sessions.create('a', `r${String(i)}`);
    expect(sessions.size).toBe(MAX_APPLICANT_SESSIONS);
    expect(sessions.get(oldest.id)).toBeUndefined();
  });
});
