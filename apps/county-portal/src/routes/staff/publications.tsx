// 信息发布: the compliance view (what to publish next, what was late, periodic items missed, items
// without content) and each record's steps: attribute, review, approval (head), publication, withdrawal.
import { determineAttribute, scanText } from '@gk/attribute-review';
import type { DisclosureAttribute } from '@gk/attribute-review';
import { itemName } from '@gk/catalogue-schema';
import { formatCitation } from '@gk/core';
import type { PublicationEvent } from '@gk/publication';
import {
  checkCatalogueCompliance,
  checkTimeliness,
  formatPublicationIssue,
  nextIndexNo,
  PUBLICATION_CITATIONS,
  PUBLICATION_LABELS_ZH,
  safeParsePublicationEvents,
} from '@gk/publication';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { DataTable, SubmitRow } from '../../components/common.js';
import { Csrf, forbidden, problem } from '../../components/staff.js';
import type { Env } from '../../context.js';
import { AGENCY_ID } from '../../data.js';
import { readForm } from '../../forms/read.js';
import { notFoundPage } from '../../renderer.js';
import { DEMO_AGENCY_CODE } from '../../seed-publications.js';
import { actorOf, STATUS } from '../../components/publication.js';

const REASONS = { none: '无', sensitive: '已核实，保留原文' } as const;

/** The record a page or a step is about, from the path. */
async function recordOf(c: Context<Env>) {
  const ref = { agencyId: AGENCY_ID, publicationId: c.req.param('id') ?? '' };
  return { ref, summary: await c.var.portal.data.store.publications.get(ref) };
}

/** The 信息发布 desk (mounted at `/staff/publications`). */
export function publicationRoutes(): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const { data, today, calendar } = c.var.portal;
    const session = c.get('session');
    const states = await data.store.publications.states(AGENCY_ID);
    const { catalogues } = await data.catalogues();
    const compliance = checkCatalogueCompliance(catalogues, states, { today: today(), calendar: calendar() });
    const list = await data.store.publications.list({ agencyId: AGENCY_ID, status: 'any', limit: 200 });
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
    const indexNo = nextIndexNo(await data.store.publications.usedIndexNos(AGENCY_ID), {
      agencyCode: DEMO_AGENCY_CODE,
      year,
    });
    const normative = form.text('normative') === 'yes';
    const event = {
      type: 'drafted',
      on: today(),
      actor: actorOf(session),
      indexNo,
      metadata: {
        title: form.text('title'),
        publisher: (await data.profile()).name,
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
    await data.store.publications.append({ agencyId: AGENCY_ID, publicationId: id }, parsed.data, 0);
    return c.redirect(`/staff/publications/${encodeURIComponent(id)}`, 303);
  });

  app.get('/:id', async (c) => {
    const { data, calendar } = c.var.portal;
    const session = c.get('session');
    const { ref, summary } = await recordOf(c);
    if (summary === undefined || summary.state.metadata === null) return notFoundPage(c, '没有这条信息');
    const { state } = summary;
    const m = state.metadata!;
    const { catalogues } = await data.catalogues();
    const item = catalogues
      .flatMap((cat) => cat.items)
      .find((i) => i.id !== undefined && m.catalogueItemIds.includes(i.id));
    const timeliness = item === undefined ? [] : checkTimeliness(state, item, { calendar: calendar() });
    const findings = state.status === 'determined' ? scanText(m.body) : [];
    const interpretations = (await data.interpretations()).map((i) => i.interpretation);
    const step = (name: string, label: string, extra: Child = null) => (
      <form class="stack" method="post" action={`/staff/publications/${encodeURIComponent(ref.publicationId)}/${name}`}>
        <Csrf session={session} />
        <input type="hidden" name="version" value={String(summary.version)} />
        {extra}
        <SubmitRow>{label}</SubmitRow>
      </form>
    );
    return c.render(
      <>
        <h1>{m.title}</h1>
        <p class="muted">
          {state.indexNo} · {STATUS[state.status]} · 信息形成于 {m.formedOn}
        </p>
        {state.findings.length === 0 ? null : (
          <div class="notice error" role="alert">
            <ul>
              {state.findings.map((f) => (
                <li>{formatPublicationIssue(f)}</li>
              ))}
            </ul>
          </div>
        )}
        {timeliness.length === 0 ? null : (
          <DataTable
            caption="公开时限"
            columns={['版本', '到期日', '发布日期', '是否逾期']}
            rows={timeliness.map((t) => [
              String(t.version),
              t.dueOn ?? '不设日期',
              t.publishedOn,
              t.late ? `逾期 ${String(t.lateWorkdays)} 个工作日` : '按时',
            ])}
          />
        )}
        {state.status === 'drafted'
          ? step(
              'attribute',
              '认定公开属性',
              <label for="attr">
                公开属性
                <select id="attr" name="attribute">
                  <option value="proactive">{PUBLICATION_LABELS_ZH.proactive}</option>
                  <option value="onRequest">{PUBLICATION_LABELS_ZH.onRequest}（涉及第三方合法权益，第十五条）</option>
                  <option value="withheld">{PUBLICATION_LABELS_ZH.withheld}（内部事务信息，第十六条）</option>
                </select>
              </label>,
            )
          : null}
        {state.status === 'determined'
          ? step(
              'review',
              '记录审查结果',
              findings.length === 0 ? (
                <p>正文未发现个人信息、密级标志或敏感词（发布前审查，《中华人民共和国政府信息公开条例》第十七条）。</p>
              ) : (
                <>
                  <p>发现 {findings.length} 处，请改正正文后重新拟稿，或逐处写明保留理由：</p>
                  {findings.slice(0, 20).map((f, i) => (
                    <label for={`reason-${String(i)}`}>
                      “{f.text}”（{f.suggestion}）保留理由
                      <input
                        type="text"
                        id={`reason-${String(i)}`}
                        name={`reason-${String(i)}`}
                        placeholder={REASONS.sensitive}
                      />
                    </label>
                  ))}
                </>
              ),
            )
          : null}
        {state.status === 'reviewed' ? (
          session.role === 'head' ? (
            step('approve', '审批同意发布')
          ) : (
            <p>待负责人审批。</p>
          )
        ) : null}
        {state.status === 'approved'
          ? step(
              'publish',
              '发布',
              m.needsInterpretation === true ? (
                <>
                  <label for="interp">
                    同步发布的解读
                    <select id="interp" name="interpretation">
                      <option value="">（无）</option>
                      {interpretations.map((i) => (
                        <option value={i.id}>{i.materials[0]?.title ?? i.id}</option>
                      ))}
                    </select>
                  </label>
                  <label for="noint">
                    没有解读的理由
                    <input type="text" id="noint" name="noInterpretationReason" />
                  </label>
                </>
              ) : null,
            )
          : null}
        {state.status === 'published'
          ? step(
              'withdraw',
              '撤回',
              <label for="wreason">
                撤回理由（公开页面会显示）
                <input type="text" id="wreason" name="reason" required />
              </label>,
            )
          : null}
        <h2>正文</h2>
        <p>{m.body}</p>
      </>,
      { title: m.title },
    );
  });

  app.post('/:id/:step', async (c) => {
    const { data, today } = c.var.portal;
    const session = c.get('session');
    const { ref, summary } = await recordOf(c);
    if (summary === undefined || summary.state.metadata === null) return notFoundPage(c, '没有这条信息');
    const form = await readForm(c);
    if (typeof form === 'string') return problem(c, form, 413);
    const on = today();
    const actor = actorOf(session);
    const step = c.req.param('step');
    let event: PublicationEvent;
    if (step === 'attribute') {
      const attribute = form.text('attribute') as DisclosureAttribute;
      const ground = attribute === 'onRequest' ? 'thirdPartyRights' : 'internalAffairs';
      const reasons = attribute === 'proactive' ? [] : [{ ground } as const];
      const checked = determineAttribute({
        title: summary.state.metadata.title,
        kind: summary.state.metadata.kind,
        draftingAgency: summary.state.metadata.publisher,
        proposal: { attribute, reasons },
      });
      if (!checked.success) return problem(c, `公开属性未能认定：${checked.issues.map((i) => i.code).join('、')}`);
      event = { type: 'attributeDetermined', on, actor, attribute: checked.determination.attribute, reasons };
    } else if (step === 'review') {
      const found = scanText(summary.state.metadata.body).slice(0, 20);
      const missing = found.findIndex((_, i) => form.text(`reason-${String(i)}`) === '');
      if (missing >= 0)
        return problem(
          c,
          `第 ${String(missing + 1)} 处审查发现没有写明保留理由：请改正正文后重新拟稿，或写明理由（《中华人民共和国政府信息公开条例》第十七条）`,
        );
      event = {
        type: 'reviewed',
        on,
        actor,
        findings: found.map((f, i) => {
          const reason = form.text(`reason-${String(i)}`);
          return {
            kind: f.kind,
            excerpt: f.text.slice(0, 100),
            resolution: 'accepted' as const,
            ...(reason === '' ? {} : { reason }),
          };
        }),
      };
    } else if (step === 'approve') {
      if (session.role !== 'head') return forbidden(c, '发布须由负责人审批');
      event = { type: 'approved', on, actor };
    } else if (step === 'publish') {
      const interpretation = form.text('interpretation');
      const reason = form.text('noInterpretationReason');
      event = {
        type: 'published',
        on,
        actor,
        ...(interpretation === '' ? {} : { interpretationIds: [interpretation] }),
        ...(reason === '' ? {} : { noInterpretationReason: reason }),
      };
    } else if (step === 'withdraw') {
      event = { type: 'withdrawn', on, actor, reason: form.text('reason') };
    } else return notFoundPage(c, '没有这个步骤');
    const parsed = safeParsePublicationEvents([event]);
    if (!parsed.success) return problem(c, parsed.issues.map((i) => formatPublicationIssue(i)).join('；'));
    const version = Number(form.text('version'));
    if (version !== summary.version) return problem(c, '这条信息已被他人更新，请返回重新打开后再操作', 409);
    await data.store.publications.append(ref, parsed.data, version);
    return c.redirect(`/staff/publications/${encodeURIComponent(ref.publicationId)}`, 303);
  });
  return app;
}
