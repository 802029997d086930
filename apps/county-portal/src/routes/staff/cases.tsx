// A case: its page with the steps allowed now, recording a step, and its notices (HTML and DOCX).
import { formatCitation } from '@gk/core';
import { noticeToDocx } from '@gk/office';
import type { AllowedAction, CaseEventType, NoticeKind } from '@gk/request-workflow';
import {
  ACTION_RULES,
  allowedActions,
  buildNotice,
  CASE_EVENT_LABELS,
  CASE_STATUS_LABELS,
  DELIVERY_METHOD_LABELS,
  explainDeadline,
  FIELD_LABELS_ZH,
  formatRequestIssue,
  NOTICE_KINDS,
  NOTICES,
  noticeKindsFor,
  OUTCOMES,
  renderNoticeHtml,
} from '@gk/request-workflow';
import { ConflictError, StoreError } from '@gk/store';
import { raw } from 'hono/html';
import { notFoundPage } from '../../renderer.js';
import type { Env } from '../../context.js';
import { noticeInput } from '../../notice-input.js';
import { readForm } from '../../forms/read.js';
import { Cite, DataTable, SubmitRow } from '../../components/common.js';
import { Hono } from 'hono';
import { Csrf, forbidden, problem, Provisional, roleNames } from '../../components/staff.js';
import { ActionFields, eventFrom } from '../../forms/case-actions.js';

/** A case, its steps and its notices (mounted at `/staff/cases`). */
export function caseRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/:caseId', async (c) => {
    const session = c.get('session');
    const today = c.var.portal.today();
    const ref = { agencyId: c.var.agency.id, caseId: c.req.param('caseId') };
    const [summary, state] = await Promise.all([
      c.var.portal.data.store.getCase(ref),
      c.var.portal.data.store.caseState(ref, { today }),
    ]);
    if (summary === undefined || state === undefined) return notFoundPage(c, '没有这个案件');
    const events = await c.var.portal.data.store.readEvents(ref);
    const actions = allowedActions(state, { today });
    const mine = actions.filter((a) => a.roles.includes(session.role));
    const referrals = mine.some((a) => a.type === 'decided')
      ? await c.var.portal.data.otherAgencies(c.var.agency.id)
      : [];
    // Steps only the applicant takes online (opening an answer) are not another desk's work.
    const others = actions.filter((a) => !a.roles.includes(session.role) && a.roles.some((r) => r !== 'applicant'));
    const done = c.req.query('done');
    // The same explanation the CLI and the public look-up print; the provisional note has its own box.
    const rules = explainDeadline(state).filter((line) => line.kind !== 'provisional');
    return c.render(
      <>
        <h1>案件 {ref.caseId}</h1>
        {done === undefined || !Object.hasOwn(CASE_EVENT_LABELS, done) ? null : (
          <div class="notice ok" role="status">
            已记录：{CASE_EVENT_LABELS[done as CaseEventType]['zh-CN']}
          </div>
        )}
        <dl class="facts">
          <dt>状态</dt>
          <dd>
            <strong>{CASE_STATUS_LABELS[state.status]['zh-CN']}</strong>
            {state.overdue ? <span class="late">（已逾期）</span> : null}
          </dd>
          <dt>申请人</dt>
          <dd>
            {state.applicant?.name ?? '—'}
            {state.applicant?.kind === 'naturalPerson' && state.applicant.residentId !== undefined
              ? `（身份证 ${state.applicant.residentId}）`
              : ''}
          </dd>
          <dt>申请内容</dt>
          <dd>{state.request?.description ?? '—'}</dd>
          <dt>答复期限</dt>
          <dd>
            {state.dueOn ?? (state.status === 'awaitingClarification' ? '等待补正，补正后重新起算' : '无法计算')}
            <Provisional when={state.dueOnProvisional} />
            {state.workdaysLeft === null
              ? ''
              : state.workdaysLeft >= 0
                ? `（还有 ${String(state.workdaysLeft)} 个工作日）`
                : `（已逾期 ${String(-state.workdaysLeft)} 个工作日）`}
          </dd>
          {state.outcome === null ? null : (
            <>
              <dt>办理结果</dt>
              <dd>
                {OUTCOMES[state.outcome].reportLabel}
                <Cite citations={OUTCOMES[state.outcome].citations} />
              </dd>
            </>
          )}
        </dl>

        {state.provisional ? (
          <div class="notice" role="status" id="provisional-note">
            本案有日期落在尚未公布放假安排的年度，暂按法定节假日推算（标“暂定”），以国务院公布的放假安排为准；通知加入工作日历后自动重新计算。
          </div>
        ) : null}
        <h2>适用的规则</h2>
        <DataTable
          columns={['本案', '依据']}
          rows={rules.map((line) => [line.text, line.citation === undefined ? '—' : formatCitation(line.citation)])}
        />
        {state.findings.length + state.issues.length === 0 ? null : (
          <div class="notice error">
            <strong>程序提示</strong>
            <ul>
              {[...state.findings, ...state.issues].map((f) => (
                <li>{formatRequestIssue(f)}</li>
              ))}
            </ul>
          </div>
        )}

        <h2>现在可以办理</h2>
        {mine.length === 0 ? (
          <p>{others.length === 0 ? '本案没有待工作人员办理的步骤。' : `以下步骤需由其他角色办理。`}</p>
        ) : null}
        <div class="actions">
          {mine.map((action: AllowedAction) => (
            <details>
              <summary>
                {CASE_EVENT_LABELS[action.type]['zh-CN']}
                {action.citation === null ? null : <span class="muted">（{formatCitation(action.citation)}）</span>}
              </summary>
              <form
                class="stack"
                method="post"
                action={`/staff/cases/${encodeURIComponent(ref.caseId)}/actions/${action.type}`}
              >
                <Csrf session={session} />
                <input type="hidden" name="version" value={String(summary.version)} />
                <label for={`${action.type}-on`}>
                  日期
                  <input type="date" id={`${action.type}-on`} name="on" value={today} required />
                </label>
                <ActionFields action={action} agencies={referrals} />
                <SubmitRow>记录“{CASE_EVENT_LABELS[action.type]['zh-CN']}”</SubmitRow>
              </form>
            </details>
          ))}
        </div>
        {others.length === 0 ? null : (
          <p class="muted">
            由其他角色办理：
            {others.map((a) => `${CASE_EVENT_LABELS[a.type]['zh-CN']}（${roleNames(a.roles)}）`).join('、')}
          </p>
        )}

        <h2>告知书</h2>
        <DataTable
          columns={['告知书', '依据', '下载']}
          rows={noticeKindsFor(state).map((kind) => [
            NOTICES[kind].title,
            NOTICES[kind].citations.map((ct) => formatCitation(ct)).join('、'),
            <>
              <a href={`/staff/cases/${encodeURIComponent(ref.caseId)}/notices/${kind}`}>打印版（HTML）</a> ·{' '}
              <a href={`/staff/cases/${encodeURIComponent(ref.caseId)}/notices/${kind}.docx`}>Word（DOCX）</a>
            </>,
          ])}
        />

        <h2>办理记录</h2>
        <ol>
          {events.map((event) => (
            <li>
              <strong>{event.on}</strong> {CASE_EVENT_LABELS[event.type]['zh-CN']}
              <span class="muted"> · {event.actor.name ?? event.actor.id}</span>
              {event.type === 'clarificationRequested' ? `：${event.items.join('；')}` : ''}
              {event.type === 'delivered' ? `：${DELIVERY_METHOD_LABELS[event.method]['zh-CN']}` : ''}
              {event.type === 'clarificationReceived' && event.supplied !== undefined ? (
                <ul>
                  {event.supplied.map((one) => (
                    <li>
                      {one.item}：{one.answer === '' ? '（未填写）' : one.answer}
                    </li>
                  ))}
                </ul>
              ) : null}
              {event.type === 'decided' ? `：${OUTCOMES[event.outcome].reportLabel}` : ''}
              {event.type === 'extensionApproved' ? `：${String(event.workdays)} 个工作日` : ''}
            </li>
          ))}
        </ol>
      </>,
      { title: `案件 ${ref.caseId}` },
    );
  });

  app.post('/:caseId/actions/:type', async (c) => {
    const session = c.get('session');
    const type = c.req.param('type') as CaseEventType;
    if (!Object.hasOwn(ACTION_RULES, type)) return notFoundPage(c, '没有这个办理步骤');
    const ref = { agencyId: c.var.agency.id, caseId: c.req.param('caseId') };
    const today = c.var.portal.today();
    const state = await c.var.portal.data.store.caseState(ref, { today });
    if (state === undefined) return notFoundPage(c, '没有这个案件');
    const action = allowedActions(state, { today }).find((a) => a.type === type);
    if (action === undefined) return problem(c, `本案当前不能办理“${CASE_EVENT_LABELS[type]['zh-CN']}”`, 409);
    if (!action.roles.includes(session.role))
      return forbidden(c, `“${CASE_EVENT_LABELS[type]['zh-CN']}”需由${roleNames(action.roles)}办理`);
    const read = await readForm(c, { labels: FIELD_LABELS_ZH });
    if (typeof read === 'string') return problem(c, read);
    const others = await c.var.portal.data.otherAgencies(c.var.agency.id);
    const event = eventFrom(action, read, session, { earliest: state.receivedOn ?? today, today }, others);
    if (typeof event === 'string') return problem(c, event);
    try {
      await c.var.portal.data.store.append(ref, [event], Number(read.text('version')));
    } catch (error) {
      if (error instanceof ConflictError)
        return problem(
          c,
          '本案在你打开页面之后已被其他工作人员更新，本次未记录。请回到案件页面查看最新情况后重新办理。',
          409,
        );
      if (error instanceof StoreError) return problem(c, error.message);
      throw error;
    }
    return c.redirect(`/staff/cases/${encodeURIComponent(ref.caseId)}?done=${type}`, 303);
  });

  app.get('/:caseId/notices/:file', async (c) => {
    const file = c.req.param('file');
    const docx = file.endsWith('.docx');
    const kind = (docx ? file.slice(0, -5) : file) as NoticeKind;
    if (!NOTICE_KINDS.includes(kind)) return notFoundPage(c, '没有这种告知书');
    const today = c.var.portal.today();
    const ref = { agencyId: c.var.agency.id, caseId: c.req.param('caseId') };
    const state = await c.var.portal.data.store.caseState(ref, { today });
    if (state === undefined) return notFoundPage(c, '没有这个案件');
    const result = buildNotice(kind, state, noticeInput(await c.var.agency.profile(), state));
    if (!result.success)
      return problem(
        c,
        `不能出具“${NOTICES[kind].title}”：${result.issues.map((i) => formatRequestIssue(i)).join('；')}。决定中的内容（理由、获取方式和时间、负责公开的机关）可以在送达前更正决定时补填。`,
      );
    if (docx) {
      const bytes = await noticeToDocx(result.notice);
      return c.body(Uint8Array.from(bytes), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${kind}-${encodeURIComponent(ref.caseId)}.docx"; filename*=UTF-8''${encodeURIComponent(`${result.notice.title}-${ref.caseId}.docx`)}`,
      });
    }
    return c.render(
      <>
        <p class="no-print">
          <a href={`/staff/cases/${encodeURIComponent(ref.caseId)}`}>返回案件</a> · 用浏览器的打印功能打印本页
        </p>
        {raw(renderNoticeHtml(result.notice))}
      </>,
      { title: result.notice.title },
    );
  });
  return app;
}
