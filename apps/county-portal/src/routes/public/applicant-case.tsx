// The applicant's page for one application (after the look-up): where it stands, its steps and dates in
// plain Chinese, the clarification supplied online, the withdrawal, copies of the application and of
// every notice addressed to the applicant, and the answer delivered online (电子送达).
import { cite, formatCitation } from '@gk/core';
import { noticeToDocx } from '@gk/office';
import type { NoticeKind } from '@gk/request-workflow';
import {
  APPLICANT_ACTION_LABELS,
  applicantNoticeKinds,
  applicantTimeline,
  buildNotice,
  CASE_STATUS_LABELS,
  explainDeadline,
  NOTICE_KINDS,
  NOTICES,
  renderNoticeHtml,
} from '@gk/request-workflow';
import type { ApplicantRecord, ApplicantStep } from '@gk/store';
import { StoreError } from '@gk/store';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { raw } from 'hono/html';
import type { ApplicantSession } from '../../applicant-sessions.js';
import { APPLICANT_COOKIE } from '../../applicant-sessions.js';
import { sameToken } from '../../auth.js';
import { Cite, SubmitRow } from '../../components/common.js';
import type { Env } from '../../context.js';
import { readForm } from '../../forms/read.js';
import { noticeInput } from '../../notice-input.js';
import type { PageStatus } from '../../renderer.js';
import { notFoundPage } from '../../renderer.js';
import { ApplicationCopy } from './application-copy.js';

type Ctx = Context<Env>;

/** The applicant's session for this agency's application, or `undefined`. */
function sessionOf(c: Ctx): ApplicantSession | undefined {
  const session = c.var.portal.applicants.get(getCookie(c, APPLICANT_COOKIE));
  return session?.agencyId === c.var.agency.id ? session : undefined;
}

const CLARIFICATION = cite('regulation', 30);
const RECONSIDERATION_PERIOD = cite('reconsiderationLaw', 20, 1);

const Expired = ({ href }: { href: string }) => (
  <>
    <h1>请重新查询</h1>
    <p>查询已超时或尚未查询。为保护您的信息，请重新输入回执号和查询码。</p>
    <p>
      <a href={href}>返回办理进度查询</a>
    </p>
  </>
);

const StatusLine = ({ record }: { record: ApplicantRecord }) => {
  if (record.withdrawnOn !== null) return <>已撤回（{record.withdrawnOn}，未登记）</>;
  if (record.state === null) return <>已提交，等待登记确认</>;
  return <>{CASE_STATUS_LABELS[record.state.status]['zh-CN']}</>;
};

/** The applicant's page (mounted at `/lookup/case`). */
export function applicantCaseRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const here = (c: Ctx, path = '') => c.var.agency.href(`/lookup/case${path}`);

  const page = async (
    c: Ctx,
    session: ApplicantSession,
    message?: { text: string; ok: boolean },
    status: PageStatus = 200,
  ) => {
    const today = c.var.portal.today();
    const record = await c.var.portal.data.store.applicants.record(c.var.agency.id, session.receiptNo, { today });
    if (record === undefined) return notFoundPage(c, '没有找到这份申请');
    const state = record.state;
    const can = (type: ApplicantStep['type']) => record.actions.includes(type);
    const notices = state === null ? [] : applicantNoticeKinds(state);
    // Only while the case waits for it: a withdrawn or lapsed case offers no clarification.
    const awaiting = state?.status === 'awaitingClarification' ? state.clarification : null;
    const electronic = state?.delivery?.method === 'electronic' ? state.delivery : null;
    return c.render(
      <>
        <h1>办理进度</h1>
        {message === undefined ? null : (
          <div class={message.ok ? 'notice ok' : 'notice error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </div>
        )}
        <dl class="facts">
          <dt>回执号</dt>
          <dd>{record.receiptNo}</dd>
          <dt>提交日期</dt>
          <dd>{record.submittedOn}</dd>
          <dt>办理状态</dt>
          <dd>
            <StatusLine record={record} />
          </dd>
          {state === null ? null : (
            <>
              <dt>期限</dt>
              <dd>
                {/* The same explanation the staff desk and the CLI print, each rule with its article. */}
                <ul>
                  {explainDeadline(state)
                    .filter((line) => line.kind !== 'provisional')
                    .map((line) => (
                      <li>
                        {line.text} {line.citation === undefined ? null : <Cite citations={[line.citation]} />}
                      </li>
                    ))}
                </ul>
                {state.concludedOn === null && state.dueOnProvisional ? (
                  <p class="muted" id="provisional-note">
                    该日期所在年度的国务院放假安排尚未公布，暂按法定节假日推算，以国务院公布的放假安排为准。
                  </p>
                ) : null}
              </dd>
            </>
          )}
        </dl>

        {awaiting === null ? null : can('clarificationReceived') ? (
          <section aria-labelledby="clarify">
            <h2 id="clarify">在网上补正</h2>
            <p>
              本机关请您补正以下内容，补正期限至 {awaiting.dueOn ?? '—'}
              ；逾期不补正的，视为放弃申请。提交后答复期限自提交之日起重新计算。
              <Cite citations={[CLARIFICATION]} />
            </p>
            <form class="stack" method="post" action={here(c, '/clarification')}>
              <input type="hidden" name="_csrf" value={session.csrf} />
              {awaiting.items.map((item, index) => (
                <label for={`answer-${String(index)}`}>
                  {item}
                  <textarea id={`answer-${String(index)}`} name={`answer-${String(index)}`} rows={3} />
                </label>
              ))}
              <SubmitRow>提交补正</SubmitRow>
            </form>
          </section>
        ) : (
          <div class="notice error" role="status">
            补正期限（{awaiting.dueOn ?? '—'}）已过，不能在网上补正；逾期不补正的，视为放弃申请。
            <Cite citations={[CLARIFICATION]} /> 如有疑问，请联系本机关政务公开工作机构。
          </div>
        )}

        {electronic === null ? null : (
          <p class="notice" role="status" id="electronic-delivery">
            答复已于 {electronic.on} 通过本页电子送达，该日为答复日期。
            {electronic.openedOn === null
              ? '打开答复书即记录您查看答复的日期。'
              : `您于 ${electronic.openedOn} 在网上查看了答复。`}
            申请行政复议的期限自知道该答复之日起计算（{formatCitation(RECONSIDERATION_PERIOD)}）。
          </p>
        )}

        <h2>办理经过</h2>
        {record.events.length === 0 ? (
          <p>
            {record.withdrawnOn === null
              ? `${record.submittedOn} 网上提交申请，等待登记确认。`
              : `${record.submittedOn} 网上提交申请；${record.withdrawnOn} 您撤回了申请。`}
          </p>
        ) : (
          <ol class="timeline">
            {applicantTimeline(record.events).map((entry) => (
              <li>
                <strong>{entry.on}</strong> {entry.text}
              </li>
            ))}
          </ol>
        )}

        <h2>文书下载</h2>
        <ul>
          <li>
            <a href={here(c, '/application')}>申请副本（打印版）</a>
          </li>
          {notices.map((kind) => (
            <li>
              {NOTICES[kind].title}：<a href={here(c, `/notices/${kind}`)}>打印版</a> ·{' '}
              <a href={here(c, `/notices/${kind}.docx`)}>Word 文档</a>
            </li>
          ))}
        </ul>

        {can('withdrawn') ? (
          <details>
            <summary>{APPLICANT_ACTION_LABELS.withdrawn['zh-CN']}</summary>
            <form class="stack" method="post" action={here(c, '/withdraw')}>
              <input type="hidden" name="_csrf" value={session.csrf} />
              <p>撤回后本机关不再处理本申请；需要该信息的，可以重新提出申请。</p>
              <label for="reason">
                撤回原因（选填）
                <input type="text" id="reason" name="reason" maxlength={200} />
              </label>
              <label for="confirm">
                <input type="checkbox" id="confirm" name="confirm" value="yes" required /> 我确认撤回本申请
              </label>
              <SubmitRow>撤回申请</SubmitRow>
            </form>
          </details>
        ) : null}

        <form method="post" action={here(c, '/sign-out')}>
          <input type="hidden" name="_csrf" value={session.csrf} />
          <button type="submit" class="secondary">
            退出查询
          </button>
        </form>
      </>,
      { title: '办理进度', status },
    );
  };

  // Every page needs the applicant's session; every form its token.
  const guard: MiddlewareHandler<Env> = async (c, next) => {
    if (sessionOf(c) === undefined)
      return c.render(<Expired href={c.var.agency.href('/lookup')} />, { title: '请重新查询', status: 401 });
    await next();
  };
  app.use('*', guard);

  app.get('/', (c) => page(c, sessionOf(c)!));

  /** Reads a posted form with its token checked; a message when it cannot be taken. */
  const posted = async (c: Ctx, session: ApplicantSession) => {
    const form = await readForm(c, { labels: { reason: '撤回原因' } });
    if (typeof form === 'string') return form;
    if (!sameToken(form.text('_csrf'), session.csrf)) return '页面已过期，请刷新后重新提交。';
    return form;
  };

  /** Takes a step and shows the page with what happened. */
  const take = async (c: Ctx, session: ApplicantSession, step: ApplicantStep, done: string) => {
    try {
      await c.var.portal.data.store.applicants.act(c.var.agency.id, session.receiptNo, step, {
        today: c.var.portal.today(),
      });
    } catch (error) {
      if (error instanceof StoreError) return page(c, session, { text: error.message, ok: false }, 409);
      throw error;
    }
    return page(c, session, { text: done, ok: true });
  };

  app.post('/clarification', async (c) => {
    const session = sessionOf(c)!;
    const form = await posted(c, session);
    if (typeof form === 'string') return page(c, session, { text: form, ok: false }, 400);
    const record = await c.var.portal.data.store.applicants.record(c.var.agency.id, session.receiptNo, {
      today: c.var.portal.today(),
    });
    const items = record?.state?.clarification?.items ?? [];
    const supplied = items.map((item, index) => ({ item, answer: form.text(`answer-${String(index)}`) }));
    return take(c, session, { type: 'clarificationReceived', supplied }, '补正已提交。答复期限自今日起重新计算。');
  });

  app.post('/withdraw', async (c) => {
    const session = sessionOf(c)!;
    const form = await posted(c, session);
    if (typeof form === 'string') return page(c, session, { text: form, ok: false }, 400);
    if (form.text('confirm') !== 'yes')
      return page(c, session, { text: '请勾选“我确认撤回本申请”后再提交。', ok: false }, 400);
    const reason = form.text('reason');
    return take(c, session, { type: 'withdrawn', ...(reason === '' ? {} : { reason }) }, '申请已撤回。');
  });

  app.post('/sign-out', async (c) => {
    const session = sessionOf(c)!;
    const form = await posted(c, session);
    if (typeof form === 'string') return page(c, session, { text: form, ok: false }, 400);
    c.var.portal.applicants.delete(session.id);
    deleteCookie(c, APPLICANT_COOKIE, { path: '/' });
    return c.redirect(c.var.agency.href('/lookup'), 303);
  });

  app.get('/application', async (c) => {
    const session = sessionOf(c)!;
    const record = await c.var.portal.data.store.applicants.record(c.var.agency.id, session.receiptNo, {
      today: c.var.portal.today(),
      reveal: '申请人查看本人的申请副本',
    });
    if (record?.application == null) return notFoundPage(c, '没有找到这份申请');
    return c.render(
      <>
        <p class="no-print">
          <a href={here(c)}>返回办理进度</a> · 用浏览器的打印功能打印或另存本页
        </p>
        <ApplicationCopy record={record} agencyName={(await c.var.agency.profile()).name} />
      </>,
      { title: '申请副本' },
    );
  });

  app.get('/notices/:file', async (c) => {
    const session = sessionOf(c)!;
    const file = c.req.param('file');
    const docx = file.endsWith('.docx');
    const kind = NOTICE_KINDS.find((k) => k === (docx ? file.slice(0, -5) : file));
    const today = c.var.portal.today();
    const store = c.var.portal.data.store.applicants;
    // Which notices the applicant may read is known without their personal data; only then is it read.
    const masked = (await store.record(c.var.agency.id, session.receiptNo, { today }))?.state ?? null;
    if (kind === undefined || masked === null || !applicantNoticeKinds(masked).includes(kind))
      return notFoundPage(c, '没有这份告知书');
    const record = await store.record(c.var.agency.id, session.receiptNo, { today, reveal: '申请人查看本人的告知书' });
    const state = record?.state ?? masked;
    const result = buildNotice(kind, state, noticeInput(await c.var.agency.profile(), state));
    if (!result.success) return notFoundPage(c, '这份告知书暂时无法生成，请联系本机关政务公开工作机构');
    // Opening the answer delivered online is the day the applicant learns of it: recorded once.
    if (isAnswer(kind) && record?.actions.includes('answerOpened') === true) {
      try {
        await store.act(c.var.agency.id, session.receiptNo, { type: 'answerOpened' }, { today });
      } catch (error) {
        // Opened at the same moment in another window: the first opening stands.
        if (!(error instanceof StoreError)) throw error;
      }
    }
    if (docx) {
      const bytes = await noticeToDocx(result.notice);
      return c.body(Uint8Array.from(bytes), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${kind}.docx"; filename*=UTF-8''${encodeURIComponent(`${result.notice.title}.docx`)}`,
      });
    }
    return c.render(
      <>
        <p class="no-print">
          <a href={here(c)}>返回办理进度</a> · 用浏览器的打印功能打印或另存本页
        </p>
        {raw(renderNoticeHtml(result.notice))}
      </>,
      { title: result.notice.title },
    );
  });
  return app;
}

/** Whether a notice is an answer (it answers an outcome), as opposed to a step's notice. */
const isAnswer = (kind: NoticeKind): boolean => NOTICES[kind].outcome !== undefined;
