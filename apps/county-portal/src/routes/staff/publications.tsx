// 信息发布: the compliance view (what to publish next, what was late, periodic items missed, items
// without content), every record, and the form to draft one; each record's page is publication-record.tsx.
import { itemName } from '@gk/catalogue-schema';
import { formatCitation } from '@gk/core';
import type { CleanupReview } from '@gk/publication';
import {
  CLEANUP_RESULT_LABELS,
  CLEANUP_RESULTS,
  checkCatalogueCompliance,
  DEFAULT_INDEX_PATTERN,
  PublicationError,
  normativeLibrary,
  formatPublicationIssue,
  nextIndexNo,
  PUBLICATION_CITATIONS,
  safeParsePublicationEvents,
} from '@gk/publication';
import { Hono } from 'hono';
import { DataTable, SubmitRow } from '../../components/common.js';
import { Csrf, problem } from '../../components/staff.js';
import type { Env } from '../../context.js';
import { indexNoSettings } from '../../data.js';
import { readForm } from '../../forms/read.js';
import { actorOf, STATUS } from '../../components/publication.js';
import { publicationRecordRoutes } from './publication-record.js';

/** The 信息发布 desk (mounted at `/staff/publications`). */
export function publicationRoutes(): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const { data, today, calendar } = c.var.portal;
    const session = c.get('session');
    const states = await data.store.publications.states(c.var.agency.id);
    const { catalogues } = await c.var.agency.catalogues();
    const compliance = checkCatalogueCompliance(
      catalogues,
      await data.store.publications.complianceSubjects(c.var.agency.id),
      { today: today(), calendar: calendar() },
    );
    const list = await data.store.publications.list({ agencyId: c.var.agency.id, status: 'any', limit: 200 });
    const indexRule = indexNoSettings(await c.var.agency.profile());
    const items = catalogues.flatMap((cat) =>
      cat.items
        .filter((i) => i.id !== undefined)
        .map((i) => ({ id: i.id ?? '', name: `${cat.header.domain}：${itemName(i)}` })),
    );
    return c.render(
      <>
        <h1>信息发布</h1>
        <p>
          按标准目录发布主动公开的政府信息，自信息形成或者变更之日起按事项的公开时限发布（
          {formatCitation(PUBLICATION_CITATIONS.timeliness)}）。
        </p>
        <DataTable
          caption={`待发布清单（前 20 项，共 ${String(compliance.toDo.length)} 项）`}
          columns={['事项', '领域', '到期日', '原因']}
          rows={compliance.toDo
            .slice(0, 20)
            .map((t) => [
              t.title,
              t.domain,
              t.dueOn ?? '—',
              t.reason === 'noContent' ? '尚无内容' : t.reason === 'periodicMissed' ? '本期未按时更新' : '下一期',
            ])}
        />
        <DataTable
          caption={`逾期发布（${String(compliance.withLate.length)} 个事项）`}
          columns={['事项', '索引号', '到期日', '发布日期', '逾期工作日']}
          rows={compliance.withLate.flatMap((i) =>
            i.late.map((l) => [
              itemName(i.item),
              l.indexNo ?? '',
              l.dueOn ?? '',
              l.publishedOn,
              String(l.lateWorkdays),
            ]),
          )}
        />
        <p>
          <a href="/staff/publications/normative">规范性文件清理</a>
        </p>
        <p>
          需同步解读而发布时没有解读、也没有写明理由的政策文件：
          {states
            .filter((s) => s.findings.some((f) => f.code === 'finding.interpretationMissing'))
            .map((s) => s.metadata?.title)
            .join('、') || '无'}
          。
        </p>
        <p>
          没有内容的主动公开事项：{compliance.withoutContent.length} 个（共 {compliance.items.length}{' '}
          个）；周期性事项本期未按时：
          {compliance.periodicMissed.length} 个。
        </p>
        <DataTable
          caption="全部信息"
          columns={['信息名称', '索引号', '状态', '发布日期']}
          rows={list.map((s) => [
            <a href={`/staff/publications/${encodeURIComponent(s.publicationId)}`}>
              {s.state.metadata?.title ?? s.publicationId}
            </a>,
            s.state.indexNo ?? '',
            STATUS[s.state.status],
            s.state.publishedOn ?? '—',
          ])}
        />
        <h2>新建信息</h2>
        <p class="muted">
          索引号按本机关的规则自动编号：{indexRule.pattern ?? DEFAULT_INDEX_PATTERN}（机关代码 {indexRule.agencyCode}
          ，年度取信息形成之日所在年度，序号逐年递增、不重复使用）。
        </p>
        <form class="stack" method="post" action="/staff/publications">
          <Csrf session={session} />
          <label for="p-title">
            信息名称
            <input type="text" id="p-title" name="title" required />
          </label>
          <label for="p-topic">
            主题分类
            <input type="text" id="p-topic" name="topic" required />
          </label>
          <label for="p-item">
            对应的目录事项
            <select id="p-item" name="item">
              {items.map((i) => (
                <option value={i.id}>{i.name}</option>
              ))}
            </select>
          </label>
          <label for="p-no">
            文号（没有可不填）
            <input type="text" id="p-no" name="documentNo" />
          </label>
          <label for="p-formed">
            信息形成或者变更之日
            <input id="p-formed" name="formedOn" type="date" required value={today()} />
          </label>
          <label for="p-kind">
            <input id="p-kind" type="checkbox" name="normative" value="yes" /> 规范性文件（需同步解读）
          </label>
          <label for="p-body">
            正文
            <textarea id="p-body" name="body" class="tall" required></textarea>
          </label>
          <SubmitRow>拟稿</SubmitRow>
        </form>
      </>,
      { title: '信息发布' },
    );
  });

  app.post('/', async (c) => {
    const { data, today } = c.var.portal;
    const session = c.get('session');
    const form = await readForm(c, { longer: { body: 50_000 }, labels: { title: '信息名称', body: '正文' } });
    if (typeof form === 'string') return problem(c, form, 413);
    const formedOn = form.text('formedOn');
    const year = Number((/^\d{4}/.exec(formedOn) ?? [today().slice(0, 4)])[0]);
    const profile = await c.var.agency.profile();
    let indexNo: string;
    try {
      indexNo = nextIndexNo(await data.store.publications.usedIndexNos(c.var.agency.id), {
        ...indexNoSettings(profile),
        year,
      });
    } catch (error) {
      // A pattern the profile got wrong, or a year whose sequence is used up: said, not a 500.
      if (!(error instanceof PublicationError)) throw error;
      return problem(c, `无法编制索引号：${error.issues.map((i) => formatPublicationIssue(i)).join('；')}`);
    }
    const normative = form.text('normative') === 'yes';
    const event = {
      type: 'drafted',
      on: today(),
      actor: actorOf(session),
      indexNo,
      metadata: {
        title: form.text('title'),
        publisher: profile.name,
        createdOn: formedOn,
        topic: form.text('topic'),
        kind: normative ? 'normativeDocument' : 'notice',
        audience: 'public',
        catalogueItemIds: form.text('item') === '' ? [] : [form.text('item')],
        formedOn,
        channels: ['政府网站'],
        body: form.text('body'),
        ...(form.text('documentNo') === '' ? {} : { documentNo: form.text('documentNo') }),
        ...(normative ? { needsInterpretation: true } : {}),
      },
    };
    const parsed = safeParsePublicationEvents([event]);
    if (!parsed.success) return problem(c, parsed.issues.map((i) => formatPublicationIssue(i)).join('；'));
    const id = `pub-${indexNo.replace(/[^0-9A-Za-z-]/g, '-')}`;
    await data.store.publications.append({ agencyId: c.var.agency.id, publicationId: id }, parsed.data, 0);
    return c.redirect(`/staff/publications/${encodeURIComponent(id)}`, 303);
  });

  app.get('/normative', async (c) => {
    const { data, today } = c.var.portal;
    const session = c.get('session');
    const summaries = await data.store.publications.list({ agencyId: c.var.agency.id, limit: 500 });
    const library = normativeLibrary(
      summaries.map((s) => s.state),
      await c.var.agency.cleanupReviews(),
      { today: today() },
    );
    return c.render(
      <>
        <h1>规范性文件清理</h1>
        <p>规范性文件实行定期清理，清理结果向社会公布。本示范按每 24 个月清理一次提示（本地做法，可设置）。</p>
        <DataTable
          columns={['文件名称', '文号', '有效性', '上次清理', '下次清理', '记录清理结果']}
          rows={library.map((d) => [
            d.title,
            d.documentNo ?? '—',
            d.validity === 'valid' ? (d.repealPending ? '有效（已决定废止，尚未废止）' : '有效') : '已失效或废止',
            d.lastReview === null ? '—' : `${d.lastReview.reviewedOn} ${CLEANUP_RESULT_LABELS[d.lastReview.result]}`,
            d.nextReviewOn === null ? '—' : `${d.nextReviewOn}${d.reviewOverdue ? '（已逾期）' : ''}`,
            <form method="post" action="/staff/publications/normative" class="inline">
              <Csrf session={session} />
              <input type="hidden" name="indexNo" value={d.indexNo} />
              <label>
                结果
                <select name="result">
                  {CLEANUP_RESULTS.map((r) => (
                    <option value={r}>{CLEANUP_RESULT_LABELS[r]}</option>
                  ))}
                </select>
              </label>{' '}
              <button type="submit">记录</button>
            </form>,
          ])}
        />
      </>,
      { title: '规范性文件清理' },
    );
  });

  app.post('/normative', async (c) => {
    const { data, today } = c.var.portal;
    const form = await readForm(c);
    if (typeof form === 'string') return problem(c, form, 413);
    const result = form.text('result');
    const indexNo = form.text('indexNo');
    const known = (await data.store.publications.usedIndexNos(c.var.agency.id)).includes(indexNo);
    if (!known || !(CLEANUP_RESULTS as readonly string[]).includes(result)) return problem(c, '清理结果或文件无效');
    const review: CleanupReview = { indexNo, reviewedOn: today(), result: result as CleanupReview['result'] };
    await data.store.putDocument(
      { agencyId: c.var.agency.id, kind: 'cleanupReview', id: `${indexNo}@${review.reviewedOn}` },
      review,
    );
    return c.redirect('/staff/publications/normative', 303);
  });

  app.route('/', publicationRecordRoutes());
  return app;
}
