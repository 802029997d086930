// A publication's record on the desk: its findings and time limit, and the step its status allows —
// attribute, review, approval (head), publication, update, validity, withdrawal.
import { determineAttribute, scanText } from '@gk/attribute-review';
import type { DisclosureAttribute } from '@gk/attribute-review';
import type { PublicationEvent, PublicationMetadata } from '@gk/publication';
import {
  checkTimeliness,
  formatPublicationIssue,
  PUBLICATION_LABELS_ZH,
  safeParsePublicationEvents,
} from '@gk/publication';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { DataTable, SubmitRow } from '../../components/common.js';
import { actorOf, STATUS } from '../../components/publication.js';
import { Csrf, forbidden, problem } from '../../components/staff.js';
import type { Env } from '../../context.js';
import { isRecordId, readForm } from '../../forms/read.js';
import { notFoundPage } from '../../renderer.js';

const REASONS = { none: '无', sensitive: '已核实，保留原文' } as const;

/** The record a page or a step is about, from the path. */
async function recordOf(c: Context<Env>) {
  const id = c.req.param('id');
  const ref = { agencyId: c.var.agency.id, publicationId: id ?? '' };
  return { ref, summary: isRecordId(id) ? await c.var.portal.data.store.publications.get(ref) : undefined };
}

/** A record's page and steps (mounted under `/staff/publications`). */
export function publicationRecordRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/:id', async (c) => {
    const { calendar } = c.var.portal;
    const session = c.get('session');
    const { ref, summary } = await recordOf(c);
    if (summary === undefined || summary.state.metadata === null) return notFoundPage(c, '没有这条信息');
    const { state } = summary;
    const m = state.metadata!;
    const { catalogues } = await c.var.agency.catalogues();
    const item = catalogues
      .flatMap((cat) => cat.items)
      .find((i) => i.id !== undefined && m.catalogueItemIds.includes(i.id));
    const timeliness = item === undefined ? [] : checkTimeliness(state, item, { calendar: calendar() });
    const findings = state.status === 'determined' ? scanText(m.body) : [];
    const interpretations = (await c.var.agency.interpretations()).map((i) => i.interpretation);
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
        {state.status === 'published' ? (
          <>
            <h2>更新</h2>
            {step(
              'update',
              '发布新版本',
              <>
                <label for="u-title">
                  信息名称
                  <input type="text" id="u-title" name="title" required value={m.title} />
                </label>
                <label for="u-no">
                  文号（没有可不填）
                  <input type="text" id="u-no" name="documentNo" value={m.documentNo ?? ''} />
                </label>
                <label for="u-topic">
                  主题分类
                  <input type="text" id="u-topic" name="topic" required value={m.topic} />
                </label>
                <label for="u-formed">
                  信息变更之日（新版本的公开时限从这天起算）
                  <input type="date" id="u-formed" name="formedOn" required />
                </label>
                <label for="u-body">
                  新的正文
                  <textarea id="u-body" name="body" class="tall" required>
                    {m.body}
                  </textarea>
                </label>
                <label for="u-note">
                  变更说明
                  <input type="text" id="u-note" name="note" required />
                </label>
              </>,
            )}
            <h2>有效性</h2>
            {step(
              'validity',
              '记录失效或废止',
              <>
                <label for="v-state">
                  有效性
                  <select id="v-state" name="validity">
                    <option value="expired">失效</option>
                    <option value="repealed">废止</option>
                  </select>
                </label>
                <label for="v-on">
                  自何日起
                  <input type="date" id="v-on" name="effectiveOn" required />
                </label>
                <label for="v-by">
                  废止它的文件（废止时填写）
                  <input type="text" id="v-by" name="repealedBy" />
                </label>
              </>,
            )}
            <h2>撤回</h2>
          </>
        ) : null}
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

  /** The fields the form changed: a 文号 cleared is kept, as an update cannot remove one. */
  const changesOf = (
    current: PublicationMetadata,
    form: Pick<PublicationMetadata, 'title' | 'topic' | 'body' | 'formedOn'> & { documentNo: string },
  ): Partial<PublicationMetadata> => ({
    formedOn: form.formedOn,
    ...(form.title === current.title ? {} : { title: form.title }),
    ...(form.topic === current.topic ? {} : { topic: form.topic }),
    ...(form.body === current.body ? {} : { body: form.body }),
    ...(form.documentNo === '' || form.documentNo === current.documentNo ? {} : { documentNo: form.documentNo }),
  });

  app.post('/:id/:step', async (c) => {
    const { data, today } = c.var.portal;
    const session = c.get('session');
    const { ref, summary } = await recordOf(c);
    if (summary === undefined || summary.state.metadata === null) return notFoundPage(c, '没有这条信息');
    const form = await readForm(c, { longer: { body: 50_000 } });
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
    } else if (step === 'update') {
      // A new text is reviewed before it goes out (第十七条), as the first one was.
      const body = form.text('body');
      const found = body === summary.state.metadata.body ? [] : scanText(body);
      if (found.length > 0)
        return problem(
          c,
          `新的正文有 ${String(found.length)} 处需要审查的内容（如“${found[0]?.text.slice(0, 20) ?? ''}”），请修改后再发布新版本（《中华人民共和国政府信息公开条例》第十七条）`,
        );
      event = {
        type: 'updated',
        on,
        actor,
        changes: changesOf(summary.state.metadata, {
          title: form.text('title'),
          topic: form.text('topic'),
          documentNo: form.text('documentNo'),
          body: form.text('body'),
          formedOn: form.text('formedOn'),
        }),
        note: form.text('note'),
      };
    } else if (step === 'validity') {
      const repealedBy = form.text('repealedBy');
      event = {
        type: 'validityChanged',
        on,
        actor,
        validity: form.text('validity') === 'repealed' ? 'repealed' : 'expired',
        effectiveOn: form.text('effectiveOn'),
        ...(repealedBy === '' ? {} : { repealedBy }),
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
