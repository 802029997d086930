// The 政务公开办's desk through Hono's app.request(): who may see it, the ranking of every agency, each
// score's evidence, a late publication costing exactly what the scoring profile says, the 通报 in HTML
// and Word, and the county's rolled-up annual report.
import { DEFAULT_SCORING_PROFILE } from '@gk/assessment';
import { parseLocalDate } from '@gk/core';
import { nextIndexNo } from '@gk/publication';
import type { Store } from '@gk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCY_IDS, OFFICE_USERNAME } from './seed-agencies.js';
import { history } from './seed-publications.js';
import { closeStores, ORIGIN, portalOver, seededStore, signIn, textOf } from './test-support.js';

const TODAY = '2026-11-23';
let store: Store;
beforeAll(async () => {
  store = await seededStore(TODAY);
});
afterAll(closeStores);
const portal = () => portalOver(store, TODAY);

/** The ranking table's rows: name, score. */
const rankingOf = (html: string): Map<string, number> =>
  new Map(
    [
      ...html.matchAll(
        /<a href="\/staff\/office\/agencies\/[^"?]+\?year=\d+">([^<]+)<\/a><\/td><td><span class="nowrap">([\d.]+)<\/span><\/td>/g,
      ),
    ].map((m) => [m[1] ?? '', Number(m[2])]),
  );

describe('the office desk (监督考核)', () => {
  it('is the supervising office’s only: a department’s head and the county’s registrar get a 403', async () => {
    const app = await portal();
    for (const username of ['jyj-fuze', 'dengji']) {
      const member = await signIn(app, username);
      const page = await member.get('/staff/office');
      expect(page.status, username).toBe(403);
      expect(textOf(page.html)).toContain('监督考核页面只对本县政务公开办开放。');
      expect(page.html, username).not.toContain('href="/staff/office"');
      expect((await member.get('/staff/office/bulletin.docx')).status).toBe(403);
    }
    const office = await signIn(app, OFFICE_USERNAME);
    expect((await office.get('/staff/')).html).toContain('href="/staff/office"');
  });

  it('ranks every agency of the county, best first, and refuses a year it cannot assess', async () => {
    const office = await signIn(await portal(), OFFICE_USERNAME);
    const page = await office.get('/staff/office');
    expect(page.status).toBe(200);
    const ranking = rankingOf(page.html);
    expect(ranking.size).toBe(1 + DEMO_AGENCY_IDS.length);
    const scores = [...ranking.values()];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // 住建局 (a late publication and an overdue request) ranks below 教育局 (neither).
    expect(ranking.get('示范县住房和城乡建设局')).toBeLessThan(ranking.get('示范县教育局') ?? 0);
    for (const year of ['1999', '2027', 'abc']) {
      const refused = await office.get(`/staff/office?year=${year}`);
      expect(refused.status, year).toBe(404);
      expect(textOf(refused.html)).toContain('请选择 2008 年至今年之间的年度');
    }
  });

  it('shows an agency’s evidence: the overdue request and the late publication with their dates and articles', async () => {
    const office = await signIn(await portal(), OFFICE_USERNAME);
    const page = textOf((await office.get('/staff/office/agencies/350299-zjj?year=2026')).html);
    expect(page).toContain('示范县住房和城乡建设局：2026年度考核');
    expect(page).toMatch(
      /2026-A003 答复期限 2026-\d\d-\d\d 已过，尚未答复 《中华人民共和国政府信息公开条例》第三十三条/,
    );
    expect(page).toMatch(
      /11350299MB0000104X\/2026-00002 应于 2026-\d\d-\d\d 前发布，2026-\d\d-\d\d 才发布，逾期 \d+ 个工作日/,
    );
    expect((await office.get('/staff/office/agencies/350299-none')).status).toBe(404);
  });

  it('takes off exactly the profile’s deduction for one more late publication, scaled to the applicable weights', async () => {
    const app = await portal();
    const office = await signIn(app, OFFICE_USERNAME);
    const agencyId = '350299-jyj';
    const before = await office.get(`/staff/office/agencies/${agencyId}`);
    const weight = Number(/适用指标权重 (\d+)/.exec(textOf(before.html))?.[1]);
    const score = (html: string) => Number(/得分 ([\d.]+)，名次/.exec(textOf(html))?.[1]);
    expect(textOf(before.html)).toContain('主动公开按时发布：15.00 / 15');
    // One more publication under an item that already has content, formed 45 workdays ago, published 5 ago.
    const states = await store.publications.states(agencyId);
    const first = states.find((s) => s.metadata?.catalogueItemIds.length === 1);
    const indexNos = states.flatMap((s) => (s.indexNo === null ? [] : [s.indexNo]));
    const indexNo = nextIndexNo(indexNos, {
      agencyCode: '11350299MB0000101X',
      pattern: '{agencyCode}/{year}-{sequence:5}',
      year: 2026,
    });
    const late = {
      id: 'pub-late',
      itemId: first?.metadata?.catalogueItemIds[0],
      title: '示范县教育局关于义务教育工作情况的公告（二）',
      topic: '义务教育',
      kind: 'announcement' as const,
      body: '示范县教育局现将义务教育工作情况补充公告如下。',
      formed: 45,
      published: 5,
      publisher: '示范县教育局',
    };
    await store.publications.append(
      { agencyId, publicationId: late.id },
      history(late, indexNo, parseLocalDate(TODAY)),
      0,
    );
    const after = await office.get(`/staff/office/agencies/${agencyId}`);
    const perDefect = DEFAULT_SCORING_PROFILE.indicators.find((i) => i.indicator === 'publicationTimeliness')?.method;
    expect(perDefect).toEqual({ kind: 'deduction', perDefect: 1 });
    expect(textOf(after.html)).toContain('主动公开按时发布：14.00 / 15');
    expect(textOf(after.html)).toContain(indexNo);
    // 1 point of the applicable weights, on the 100-point scale: 100 / weight, within the rounding.
    expect(Math.abs(score(before.html) - score(after.html) - 100 / weight)).toBeLessThanOrEqual(0.01);
  });

  it('issues the 通报 as a Word document and as a page, naming every agency that lost points', async () => {
    const app = await portal();
    const office = await signIn(app, OFFICE_USERNAME);
    const docx = await app.request(`${ORIGIN}/staff/office/bulletin.docx?year=2026`, {
      headers: { cookie: office.cookie },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('filename="bulletin-2026.docx"');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip: PK
    const page = textOf((await office.get('/staff/office/bulletin.html?year=2026')).html);
    expect(page).toContain('关于2026年度政务公开工作考核情况的通报');
    expect(page).toContain('示范县住房和城乡建设局');
    expect(page).toMatch(
      /请上述单位对照问题逐项整改，于 2026-12-\d\d 前将整改情况报示范县人民政府办公室（政务公开办公室）。/,
    );
  });

  it('rolls up every agency’s annual report into the county’s, cell by cell', async () => {
    const app = await portal();
    const office = await signIn(app, OFFICE_USERNAME);
    const page = textOf((await office.get('/staff/office/report?year=2026')).html);
    expect(page).toContain('汇总单位：示范县人民政府、示范县教育局');
    const received = Number(/一、本年新收政府信息公开申请数量(?: \d+){6} (\d+)/.exec(page)?.[1]);
    let sum = 0;
    for (const agencyId of ['350299-gov', ...DEMO_AGENCY_IDS])
      sum += (await store.reportCases(2026, { agencyId })).filter((c) => c.receivedOn?.startsWith('2026')).length;
    expect(received).toBe(sum);
  });

  it('compares with the year before once the office has archived it (同比), and only the office may archive', async () => {
    const app = await portal();
    const office = await signIn(app, OFFICE_USERNAME);
    expect(textOf((await office.get('/staff/office?year=2026')).html)).toContain(
      '2025年度的考核结果未存档，没有同比。',
    );
    const head = await signIn(app, 'jyj-fuze');
    expect((await head.post('/staff/office/archive?year=2025', {})).status).toBe(403);
    const archived = await office.post('/staff/office/archive?year=2025', {});
    expect([archived.status, archived.location]).toEqual([303, '/staff/office?year=2025']);
    const last = await office.get('/staff/office?year=2025');
    expect(textOf(last.html)).toContain('本年度结果已于 2026-11-23 存档。');
    const page = await office.get('/staff/office?year=2026');
    expect(textOf(page.html)).toContain('同比：与 2026-11-23 存档的2025年度结果相比。');
    const rows = (html: string) =>
      new Map(
        [
          ...html.matchAll(
            /<a href="\/staff\/office\/agencies\/[^"?]+\?year=\d+">([^<]+)<\/a><\/td><td><span class="nowrap">([\d.]+)<\/span><\/td><td><span class="nowrap">([^<]+)<\/span>/g,
          ),
        ].map((m) => [m[1] ?? '', { score: Number(m[2]), change: m[3] ?? '' }]),
      );
    const before = rows(last.html);
    const now = rows(page.html);
    expect(now.size).toBe(1 + DEMO_AGENCY_IDS.length);
    for (const [name, { score, change }] of now) {
      const diff = Math.round((score - (before.get(name)?.score ?? Number.NaN)) * 100) / 100;
      expect(change, name).toBe(`${diff > 0 ? '+' : ''}${diff.toFixed(2)}`);
    }
  });

  it('adopts the county’s own scoring profile after checking it, and scores with it (runs last: it changes the profile)', async () => {
    const app = await portal();
    const office = await signIn(app, OFFICE_USERNAME);
    const before = textOf((await office.get('/staff/office')).html);
    expect(before).toContain('《政务公开工作考核评分方案（示范）》（2026.1）：gk 项目《默认评分方案，非任何机关发布》');
    const notJson = await office.post('/staff/office/profile', { profile: '{"id": ' });
    expect([notJson.status, textOf(notJson.html)]).toEqual([400, expect.stringContaining('评分方案不是有效的 JSON')]);
    const own = {
      ...DEFAULT_SCORING_PROFILE,
      id: 'shifan-2026',
      version: '2026',
      title: '示范县政务公开工作考核办法',
      source: { issuer: '示范县人民政府办公室', document: '示政办〔2026〕1号', adoptedOn: '2026-03-01' },
      indicators: DEFAULT_SCORING_PROFILE.indicators.map((rule) =>
        rule.indicator === 'publicationTimeliness' ? { ...rule, method: { kind: 'deduction', perDefect: 2 } } : rule,
      ),
    };
    const unbalanced = { ...own, total: 90 };
    const refused = await office.post('/staff/office/profile', { profile: JSON.stringify(unbalanced) });
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain('评分方案未采用');
    expect(textOf((await office.get('/staff/office')).html)).toContain('《政务公开工作考核评分方案（示范）》');
    const adopted = await office.post('/staff/office/profile', { profile: JSON.stringify(own) });
    expect([adopted.status, adopted.location]).toEqual([303, '/staff/office']);
    const after = textOf((await office.get('/staff/office')).html);
    expect(after).toContain(
      '《示范县政务公开工作考核办法》（2026）：示范县人民政府办公室《示政办〔2026〕1号》，2026-03-01 通过。',
    );
    expect(after).toContain('主动公开按时发布 15 每处扣 2 分，扣完为止');
    // 住建局 has one late publication: with 2 points a defect it keeps 13 of the 15.
    expect(textOf((await office.get('/staff/office/agencies/350299-zjj')).html)).toContain(
      '主动公开按时发布：13.00 / 15',
    );
    const head = await signIn(app, 'jyj-fuze');
    expect((await head.post('/staff/office/profile', { profile: JSON.stringify(own) })).status).toBe(403);
  });
});
