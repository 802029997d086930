// 主动公开 in the portal, through Hono's app.request(): the public list, search and pages, and the
// desk's steps from draft to publication, with the compliance view.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, ORIGIN, portalOn, signIn, textOf, versionOf } from './test-support.js';

afterEach(closeStores);

const get = async (app: Awaited<ReturnType<typeof portalOn>>, path: string) => {
  const response = await app.request(`${ORIGIN}${path}`);
  return { status: response.status, text: textOf(await response.text()), location: response.headers.get('location') };
};

describe('主动公开 in the portal', () => {
  it('lists the published information, finds 最低生活保障 by 低保, and keeps drafts out', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const list = await get(app, '/info');
    expect(list.status).toBe(200);
    expect(list.text).toContain('共 5 条');
    expect(list.text).not.toContain('招生入学工作方案（草稿）');
    const search = await get(app, '/info?q=%E4%BD%8E%E4%BF%9D');
    expect(search.text).toContain('“低保”的检索结果：1 条');
    // The title's match is marked: the words around <mark> come apart in the page's text.
    expect(search.text.replace(/ /g, '')).toContain('关于调整城乡最低生活保障标准的通知');
    expect((await get(app, '/info/pub-5')).status).toBe(404);
  });

  it('shows the attribute table above the text, and a withdrawn record’s date and reason instead of its text', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const page = await get(app, '/info/pub-3');
    expect(page.text).toMatch(
      /索引号 11350299MB0000000X\/2027-0000\d 信息名称 关于调整城乡最低生活保障标准的通知 发布机构 示范县人民政府办公室 文号 示民〔2026〕5号/,
    );
    expect(page.text).toContain('有效性 有效');
    const withdrawn = await get(app, '/info/pub-4');
    expect(withdrawn.text).toContain('撤回理由：附件含未脱敏的个人联系方式，已撤回更正后重新发布');
    expect(withdrawn.text).not.toContain('本条信息误将未脱敏的联系人信息一并发布');
  });

  it('lists the statutory categories with what was published, the normative documents, and each item’s publications', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const statutory = await get(app, '/info/statutory');
    expect(statutory.text).toMatch(
      /社会救助 《中华人民共和国政府信息公开条例》第二十一条 关于调整城乡最低生活保障标准的通知/,
    );
    expect(statutory.text).toContain(
      '行政法规、规章和规范性文件 《中华人民共和国政府信息公开条例》第二十条第（一）项 暂无',
    );
    const normative = await get(app, '/info/normative');
    expect(normative.text).toContain('示范县义务教育阶段学校招生入学实施办法 示政规〔2026〕3号');
    expect(normative.text).not.toContain('最低生活保障');
    const page = await app.request(`${ORIGIN}/info`);
    const html = await page.text();
    expect(html).toContain('href="/info/statutory"');
    // The late publication (公共资源交易: 法律法规及政策文件) is linked from its catalogue row.
    const catalogue = textOf(
      await (await app.request(`${ORIGIN}/catalogue/${encodeURIComponent('公共资源交易')}`)).text(),
    );
    expect(catalogue).toContain('已公开的信息');
    expect(catalogue).toMatch(/ 1 条 /);
  });

  it('reads hostile queries and paths as words, with a message for a year it cannot read, never a 500', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const fullWidth = await get(app, `/info?year=${encodeURIComponent('２０２７')}`);
    expect(fullWidth.text).toContain('共 5 条');
    expect(fullWidth.text).not.toContain('无效');
    // The folded year filters: nothing was published in 2026 in this demo.
    expect((await get(app, `/info?year=${encodeURIComponent('２０２６')}`)).text).toContain('共 0 条');
    for (const year of ['0000', '99999', 'abc']) {
      const page = await get(app, `/info?year=${year}`);
      expect(page.status, year).toBe(200);
      expect(page.text).toContain(`年度“${year}”无效，应为四位数字的年份（如 2026），已按全部年度显示。`);
    }
    for (const path of ['/info?item=%00x', '/info?q=%00%E4%BD%8E%E4%BF%9D', `/info?topic=${'a'.repeat(300)}`]) {
      const response = await app.request(`${ORIGIN}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).not.toContain('\u0000');
    }
    expect((await get(app, '/info/%00')).status).toBe(404);
    expect((await get(app, `/info/${'x'.repeat(5000)}`)).status).toBe(404);
    const head = await signIn(app, 'fuze');
    expect((await head.get('/staff/publications/%00')).status).toBe(404);
  });

  it('lists the agency’s disclosure rules (公开制度), linked from the home page', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const rules = await get(app, '/info/rules');
    expect(rules.status).toBe(200);
    expect(rules.text).toMatch(
      /示范县人民政府政府信息公开保密审查制度 11350299MB0000000X\/2027-\d{5} \d{4}-\d{2}-\d{2} 有效/,
    );
    expect(rules.text).not.toContain('最低生活保障');
    expect(await (await app.request(`${ORIGIN}/`)).text()).toContain('href="/info/rules"');
  });

  it('numbers drafts by the agency’s 索引号 rule from its profile, and says the rule on the desk', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const clerk = await signIn(app, 'dengji');
    expect(textOf((await clerk.get('/staff/publications')).html)).toContain(
      '索引号按本机关的规则自动编号：{agencyCode}/{year}-{sequence:5}（机关代码 11350299MB0000000X',
    );
  });

  it('keeps an anonymous visitor off the desk', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const desk = await app.request(`${ORIGIN}/staff/publications`);
    expect(desk.status).toBe(303);
    expect(desk.headers.get('location')).toBe('/staff/login?next=%2Fstaff%2Fpublications');
  });

  it('shows a late publication as late, in workdays, on the desk and on its record', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const head = await signIn(app, 'fuze');
    const desk = textOf((await head.get('/staff/publications')).html);
    expect(desk).toMatch(/逾期发布（1 个事项）/);
    expect(desk).toMatch(
      // The late row: formed 60 workdays before today, due 20 workdays later, published 20 workdays late.
      /11350299MB0000000X\/2026-00001 2026-12-28 2027-01-26 20 /,
    );
    const record = textOf((await head.get('/staff/publications/pub-2')).html);
    expect(record).toContain('逾期 20 个工作日');
  });

  it('takes a clerk’s draft through attribute, review, the head’s approval and publication; the public then finds it', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const clerk = await signIn(app, 'dengji');
    const created = await clerk.post('/staff/publications', {
      title: '示范县2027年高标准农田建设项目公示',
      topic: '乡村振兴',
      item: '',
      formedOn: '2027-02-26',
      body: '高标准农田建设项目名称、地点、规模和资金如下。',
    });
    expect(created.status).toBe(303);
    const path = created.location;
    expect(path).toMatch(/^\/staff\/publications\/pub-11350299MB0000000X-2027-0000\d$/);
    const step = async (who: typeof clerk, name: string, fields: Record<string, string> = {}) => {
      const version = versionOf((await who.get(path)).html);
      return who.post(`${path}/${name}`, { version, ...fields });
    };
    expect((await step(clerk, 'attribute', { attribute: 'proactive' })).status).toBe(303);
    expect((await step(clerk, 'review')).status).toBe(303);
    // Only the head approves.
    expect((await step(clerk, 'approve')).status).toBe(403);
    const head = await signIn(app, 'fuze');
    expect((await step(head, 'approve')).status).toBe(303);
    expect((await step(head, 'publish')).status).toBe(303);
    const record = textOf((await head.get(path)).html);
    expect(record).toContain('已发布');
    const search = await get(app, '/info?q=%E9%AB%98%E6%A0%87%E5%87%86%E5%86%9C%E7%94%B0');
    expect(search.text).toContain('“高标准农田”的检索结果：1 条');
  });

  it('refuses a review that keeps a finding without a reason', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const clerk = await signIn(app, 'dengji');
    const created = await clerk.post('/staff/publications', {
      title: '某通知',
      topic: '社会救助',
      formedOn: '2027-02-26',
      body: '联系人张三，电话13912345678。',
    });
    const version = versionOf((await clerk.get(created.location)).html);
    await clerk.post(`${created.location}/attribute`, { version, attribute: 'proactive' });
    const review = await clerk.post(`${created.location}/review`, { version: String(Number(version) + 1) });
    expect(review.status).toBe(400);
    expect(textOf(review.html)).toContain('第 1 处审查发现没有写明保留理由');
  });

  it('publishes a new version from its change day, records a repeal, and a clean-up decision', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    const head = await signIn(app, 'fuze');
    const path = '/staff/publications/pub-1';
    const version = () => head.get(path).then((page) => versionOf(page.html));
    // A new text with a phone number in it is refused until it is fixed (第十七条).
    const unreviewed = await head.post(`${path}/update`, {
      version: await version(),
      title: '示范县2026年城乡规划实施情况公告',
      topic: '城乡规划',
      formedOn: '2027-02-26',
      body: '联系人电话13912345678。',
      note: '补充联系人',
    });
    expect(unreviewed.status).toBe(400);
    expect(textOf(unreviewed.html)).toContain('新的正文有 1 处需要审查的内容');
    const updated = await head.post(`${path}/update`, {
      version: await version(),
      title: '示范县2026年度城乡规划实施情况公告',
      topic: '城乡规划',
      documentNo: '示规〔2027〕2号',
      formedOn: '2027-02-26',
      body: '修订后的实施情况公告正文。',
      note: '补充第四季度数据',
    });
    expect(updated.status).toBe(303);
    const events = textOf((await get(app, '/info/pub-1')).text);
    expect(events).toContain('信息名称 示范县2026年度城乡规划实施情况公告');
    expect(events).toContain('文号 示规〔2027〕2号');
    expect(textOf((await head.get(path)).html)).toMatch(
      /公开时限 版本 到期日 发布日期 是否逾期 1 .* 2 \d{4}-\d{2}-\d{2} 2027-03-01 按时/,
    );
    expect((await get(app, '/info/pub-1')).text).toContain('已更新 1 次，最近一次 2027-03-01：补充第四季度数据');
    const repealed = await head.post(`${path}/validity`, {
      version: await version(),
      validity: 'repealed',
      effectiveOn: '2027-03-01',
      repealedBy: '示政规〔2027〕1号',
    });
    expect(repealed.status).toBe(303);
    expect((await get(app, '/info/pub-1')).text).toContain('有效性 废止（自 2027-03-01）');

    const normative = textOf((await head.get('/staff/publications/normative')).html);
    expect(normative).toContain('示范县义务教育阶段学校招生入学实施办法 示政规〔2026〕3号 有效');
    const indexNo = /11350299MB0000000X\/\d{4}-\d{5}/.exec(textOf((await get(app, '/info/pub-6')).text))?.[0] ?? '';
    const recorded = await head.post('/staff/publications/normative', { indexNo, result: 'repeal' });
    expect(recorded.status).toBe(303);
    expect(textOf((await head.get('/staff/publications/normative')).html)).toContain('有效（已决定废止，尚未废止）');
    expect((await get(app, '/info/normative')).text).toContain('2027-03-01：废止');
    const bogus = await head.post('/staff/publications/normative', { indexNo: 'nope', result: 'repeal' });
    expect(bogus.status).toBe(400);
  });

  it('counts 表二’s 规范性文件 line from the publications when the year’s figures leave it out', async () => {
    const app = await portalOn('2027-03-01', '2027-03-01');
    // The demo's current year leaves the line out: the normative document published in 2027 counts.
    const current = await get(app, '/report?year=2027');
    expect(current.text).toMatch(/规范性文件 1 0 1 /);
    expect(current.text).toContain('表二“规范性文件”一行按本平台发布的规范性文件统计');
    // The year before has entered figures, printed as entered.
    const previous = await get(app, '/report?year=2026');
    expect(previous.text).toMatch(/规范性文件 3 0 36 /);
    expect(previous.text).not.toContain('按本平台发布的规范性文件统计');
  });
});
