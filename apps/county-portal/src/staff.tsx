import type { ReviewFinding } from '@gk/attribute-review';
import { scanText } from '@gk/attribute-review';
import type { LocalDate } from '@gk/core';
import { formatCitation, isLocalDate } from '@gk/core';
import { noticeToDocx } from '@gk/office';
import type {
  ActorRole,
  AllowedAction,
  CaseEvent,
  CaseEventType,
  CaseState,
  NoticeKind,
  Outcome,
} from '@gk/request-workflow';
import {
  ACTION_RULES,
  ACTOR_ROLE_LABELS,
  allowedActions,
  buildNotice,
  CASE_EVENT_LABELS,
  CASE_STATUS_LABELS,
  CLOCK_CITATIONS,
  DELIVERY_PREFERENCE_LABELS,
  formatRequestIssue,
  MAX_EXTENSION_WORKDAYS,
  NOTICE_KINDS,
  NOTICES,
  noticeKindsFor,
  OUTCOMES,
  processingFee,
  renderNoticeHtml,
} from '@gk/request-workflow';
import type { CaseSummary } from '@gk/store';
import { ConflictError, StoreError, verifySecret } from '@gk/store';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Env, PortalContext } from './app.js';
import type { Session } from './auth.js';
import { sameToken } from './auth.js';
import { AGENCY_ID } from './data.js';
import { Layout } from './layout.js';
import { DataTable } from './components.js';
import { Cite } from './public.js';
import type { HtmlContext } from './render.js';
import { render } from './render.js';

const COOKIE = 'gk_session';
/** 登记员或承办人, for the roles that may take a step. */
const roleNames = (roles: readonly ActorRole[]): string => roles.map((r) => ACTOR_ROLE_LABELS[r]['zh-CN']).join('或');

const staffOf = (session: Session) => ({
  name: session.name,
  roleLabel: ACTOR_ROLE_LABELS[session.role]['zh-CN'],
  csrf: session.csrf,
});
const Csrf = ({ session }: { session: Session }) => <input type="hidden" name="_csrf" value={session.csrf} />;

const QueueTable = ({
  caption,
  rows,
  today,
  empty,
}: {
  caption: string;
  rows: readonly CaseSummary[];
  today: LocalDate;
  empty: string;
}) =>
  rows.length === 0 ? (
    <p>
      <strong>{caption}</strong>：{empty}
    </p>
  ) : (
    <DataTable
      caption={`${caption}（${String(rows.length)} 件）`}
      columns={['案件', '申请内容', '状态', '收到申请之日', '答复期限']}
      rows={rows.map((row) => [
        <a href={`/staff/cases/${encodeURIComponent(row.caseId)}`}>{row.caseId}</a>,
        row.state.request?.description ?? '—',
        CASE_STATUS_LABELS[row.status]['zh-CN'],
        row.receivedOn ?? '—',
        row.dueOn !== null && row.dueOn < today ? <span class="late">{row.dueOn}（已逾期）</span> : (row.dueOn ?? '—'),
      ])}
    />
  );

/** The form fields of each step, beyond its date. */
function ActionFields({ type }: { type: CaseEventType }) {
  const id = (name: string) => `${type}-${name}`;
  switch (type) {
    case 'clarificationRequested':
      return (
        <>
          <label for={id('items')}>
            需要补正的事项（每行一项）
            <textarea id={id('items')} name="items" required />
          </label>
          <label for={id('periodWorkdays')}>
            补正期限（工作日）
            <input type="number" id={id('periodWorkdays')} name="periodWorkdays" value="15" min="1" max="60" />
          </label>
        </>
      );
    case 'consultationStarted':
      return (
        <>
          <label for={id('party')}>
            征求对象
            <select id={id('party')} name="party">
              <option value="third-party">第三方（第三十二条）</option>
              <option value="agency">其他机关（第三十四条）</option>
            </select>
          </label>
          <label for={id('partyName')}>
            名称
            <input type="text" id={id('partyName')} name="partyName" />
          </label>
        </>
      );
    case 'consultationEnded':
      return (
        <label for={id('reply')}>
          答复意见
          <select id={id('reply')} name="reply">
            <option value="consent">同意公开</option>
            <option value="objection">不同意公开</option>
            <option value="none">逾期未答复</option>
          </select>
        </label>
      );
    case 'extensionApproved':
      return (
        <label for={id('workdays')}>
          延长工作日数（最长 {MAX_EXTENSION_WORKDAYS} 个）
          <input
            type="number"
            id={id('workdays')}
            name="workdays"
            value={String(MAX_EXTENSION_WORKDAYS)}
            min="1"
            max={String(MAX_EXTENSION_WORKDAYS)}
          />
        </label>
      );
    case 'deferralSet':
      return (
        <>
          <label for={id('until')}>
            延迟答复至
            <input type="date" id={id('until')} name="until" required />
          </label>
          <label for={id('reason')}>
            理由
            <input type="text" id={id('reason')} name="reason" required />
          </label>
        </>
      );
    case 'feeNoticeIssued':
      return (
        <>
          <label for={id('method')}>
            计收方式
            <select id={id('method')} name="method">
              <option value="per-page">按量计收（页）</option>
              <option value="per-item">按件计收（本月件数）</option>
            </select>
          </label>
          <label for={id('count')}>
            页数或件数
            <input type="number" id={id('count')} name="count" min="1" required />
          </label>
          <label for={id('earlier')}>
            按件计收时：本月此前已申请件数
            <input type="number" id={id('earlier')} name="earlier" min="0" value="0" />
          </label>
        </>
      );
    case 'decided':
      return (
        <>
          <label for={id('outcome')}>
            办理结果（第三十六条）
            <select id={id('outcome')} name="outcome">
              {Object.values(OUTCOMES).map((o) => (
                <option value={o.code}>{o.reportLabel}</option>
              ))}
            </select>
          </label>
          <label for={id('reason')}>
            理由和依据
            <textarea id={id('reason')} name="reason" />
          </label>
        </>
      );
    case 'delivered':
      return (
        <label for={id('method')}>
          送达方式
          <select id={id('method')} name="method">
            <option value="electronic">电子送达</option>
            <option value="post">邮寄</option>
            <option value="in-person">当面送达</option>
          </select>
        </label>
      );
    case 'withdrawn':
      return (
        <label for={id('reason')}>
          撤回说明
          <input type="text" id={id('reason')} name="reason" />
        </label>
      );
    default:
      return null;
  }
}

/** Builds the event a step's form describes; a wrong value gives a message instead. */
function eventFrom(type: CaseEventType, form: Record<string, string>, session: Session): CaseEvent | string {
  const on = form.on ?? '';
  if (!isLocalDate(on)) return `日期“${on}”不是有效的日期（YYYY-MM-DD）`;
  const actor = { id: session.username, role: session.role, name: session.name };
  const base = { on, actor };
  const whole = (name: string): number => Number(form[name]);
  switch (type) {
    case 'clarificationRequested': {
      const items = (form.items ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (items.length === 0) return '请写明需要补正的事项（第三十条：一次性告知）';
      return { type, ...base, items, periodWorkdays: whole('periodWorkdays') };
    }
    case 'consultationStarted':
      return {
        type,
        ...base,
        party: form.party === 'agency' ? 'agency' : 'third-party',
        ...(form.partyName ? { partyName: form.partyName } : {}),
      };
    case 'consultationEnded':
      return {
        type,
        ...base,
        reply: form.reply === 'objection' ? 'objection' : form.reply === 'none' ? 'none' : 'consent',
      };
    case 'extensionApproved':
      return { type, ...base, workdays: whole('workdays'), approver: actor };
    case 'deferralSet':
      return { type, ...base, until: form.until ?? '', reason: form.reason ?? '' };
    case 'feeNoticeIssued': {
      const method = form.method === 'per-item' ? 'per-item' : 'per-page';
      const count = whole('count');
      if (!Number.isInteger(count) || count < 1) return '页数或件数应为正整数';
      const earlier = Number(form.earlier ?? '0');
      if (!Number.isInteger(earlier) || earlier < 0) return '本月此前已申请件数应为非负整数';
      const fee = processingFee(
        method === 'per-page' ? { method, pages: count } : { method, items: count, itemsEarlierThisMonth: earlier },
      );
      return { type, ...base, amount: fee.amount, method };
    }
    case 'decided':
      return {
        type,
        ...base,
        outcome: (form.outcome ?? '') as Outcome,
        ...(form.reason ? { reason: form.reason } : {}),
      };
    case 'delivered':
      return {
        type,
        ...base,
        method: form.method === 'post' ? 'post' : form.method === 'in-person' ? 'in-person' : 'electronic',
      };
    case 'withdrawn':
      return { type, ...base, ...(form.reason ? { reason: form.reason } : {}) };
    case 'received':
      return '登记请在今日待办的“网上申请待登记”中进行';
    case 'clarificationReceived':
    case 'clarificationLapsed':
    case 'reasonRequested':
    case 'feePaid':
    case 'feeLapsed':
    case 'archived':
      return { type, ...base };
  }
}

function noticeInput(
  profile: { name: string; office: { address?: string; phone?: string } },
  state: CaseState,
  today: LocalDate,
) {
  const preferences = state.request?.deliveryPreferences ?? [];
  return {
    agency: {
      name: profile.name,
      ...(profile.office.address === undefined ? {} : { address: profile.office.address }),
      ...(profile.office.phone === undefined ? {} : { phone: profile.office.phone }),
    },
    issuedOn: today,
    howToObtain:
      preferences.length === 0
        ? '请到本机关政务公开办公室领取'
        : `按您选择的方式（${preferences.map((p) => DELIVERY_PREFERENCE_LABELS[p]['zh-CN']).join('、')}）提供`,
    ...(state.decision?.reason ? { reason: state.decision.reason } : {}),
  };
}

/** Highlights review findings in the text; every piece goes through JSX, so it is escaped. */
function Highlighted({ text, findings }: { text: string; findings: readonly ReviewFinding[] }) {
  const parts = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={f.severity === 'error' ? 'error' : undefined} title={f.suggestion}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <div class="review-text">{parts}</div>;
}

/** The staff desk: sign-in, queue, cases, notices, review. */
export function staffRoutes(app: Hono<Env>, ctx: PortalContext): void {
  const { data, sessions } = ctx;

  const loginPage = (c: HtmlContext, next: string, message?: string) =>
    render(
      c,
      <Layout title="工作人员登录" side="staff">
        <h1>工作人员登录</h1>
        {message === undefined ? null : (
          <div class="notice error" role="alert">
            {message}
          </div>
        )}
        <form class="stack" method="post" action="/staff/login" style="max-width:24rem">
          <input type="hidden" name="next" value={next} />
          <label for="username">
            用户名
            <input type="text" id="username" name="username" autocomplete="username" required />
          </label>
          <label for="password">
            密码
            <input type="password" id="password" name="password" autocomplete="current-password" required />
          </label>
          <p>
            <button class="primary" type="submit">
              登录
            </button>
          </p>
        </form>
      </Layout>,
      message === undefined ? 200 : 403,
    );

  const safeNext = (next: string | undefined) =>
    next !== undefined && /^\/staff(\/[\w%.\-/]*)?$/.test(next) ? next : '/staff';

  app.get('/staff/login', (c) => loginPage(c, safeNext(c.req.query('next'))));
  app.post('/staff/login', async (c) => {
    const body = await c.req.parseBody();
    const username = typeof body.username === 'string' ? body.username.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(typeof body.next === 'string' ? body.next : undefined);
    const account = await data.staff(username);
    if (!(await verifySecret(password, account?.passwordHash)) || account === undefined)
      return loginPage(c, next, '用户名或密码不正确');
    const session = sessions.create(account);
    setCookie(c, COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 8 * 3600 });
    return c.redirect(next, 303);
  });

  // Every other staff page needs a session; every staff form needs its CSRF token.
  app.use('/staff/*', async (c, next) => {
    if (c.req.path === '/staff/login') return next();
    const session = sessions.get(getCookie(c as Context, COOKIE));
    if (session === undefined) {
      if (c.req.method === 'GET') return c.redirect(`/staff/login?next=${encodeURIComponent(c.req.path)}`, 303);
      return render(
        c,
        <Layout title="请先登录" side="staff">
          <h1>请先登录</h1>
          <p>
            <a href="/staff/login">工作人员登录</a>
          </p>
        </Layout>,
        403,
      );
    }
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      const token = typeof body._csrf === 'string' ? body._csrf : '';
      if (!sameToken(token, session.csrf)) {
        return render(
          c,
          <Layout title="表单已失效" side="staff" staff={staffOf(session)}>
            <h1>表单已失效</h1>
            <p>表单缺少有效的校验码（防跨站请求伪造），请回到页面重新提交。</p>
          </Layout>,
          403,
        );
      }
    }
    c.set('session', session);
    return next();
  });
  app.get('/staff', (c) => c.redirect('/staff/', 303));

  app.post('/staff/logout', (c) => {
    sessions.delete(getCookie(c, COOKIE));
    deleteCookie(c, COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  app.get('/staff/', async (c) => {
    const session = c.get('session');
    const today = ctx.today();
    const { store } = data;
    const filter = { agencyId: AGENCY_ID };
    const [overdue, dueSoon, inbox, ...paused] = await Promise.all([
      store.overdue(today, filter),
      store.dueSoon(today, 5, filter),
      store.pendingSubmissions(AGENCY_ID),
      store.cases({ ...filter, status: 'awaitingClarification' }),
      store.cases({ ...filter, status: 'consulting' }),
      store.cases({ ...filter, status: 'awaitingFee' }),
    ]);
    const open = (await store.cases(filter)).filter((row) => row.concludedOn === null);
    return render(
      c,
      <Layout title="今日待办" side="staff" staff={staffOf(session)}>
        <h1>今日待办</h1>
        <p class="muted">今天是 {today}。期限按国务院办公厅公布的放假安排计算工作日（第三十三条）。</p>
        <h2>网上申请待登记</h2>
        {inbox.length === 0 ? (
          <p>没有待登记的网上申请。</p>
        ) : (
          <DataTable
            caption={`网上申请（${String(inbox.length)} 件），登记之日为收到申请之日（第三十一条第（三）项）`}
            columns={['回执号', '提交日期', '申请人', '申请内容', '操作']}
            rows={inbox.map((s) => [
              s.receiptNo,
              s.submittedOn,
              s.application?.applicant.name ?? '—',
              s.application?.request.description ?? '—',
              ACTION_RULES.received.roles.includes(session.role) ? (
                <form method="post" action={`/staff/inbox/${encodeURIComponent(s.receiptNo)}/register`}>
                  <Csrf session={session} />
                  <button type="submit" aria-label={`登记 ${s.receiptNo}`}>
                    登记
                  </button>
                </form>
              ) : (
                <span class="muted">由{roleNames(ACTION_RULES.received.roles)}登记</span>
              ),
            ])}
          />
        )}
        <h2>期限</h2>
        <QueueTable caption="已逾期" rows={overdue} today={today} empty="没有逾期的案件" />
        <QueueTable caption="5 个工作日内到期" rows={dueSoon} today={today} empty="没有即将到期的案件" />
        <QueueTable
          caption="期限暂停（补正、征求意见、缴费）"
          rows={paused.flat()}
          today={today}
          empty="没有暂停的案件"
        />
        <h2>全部在办案件</h2>
        <QueueTable caption="在办" rows={open} today={today} empty="没有在办案件" />
      </Layout>,
    );
  });

  app.post('/staff/inbox/:receiptNo/register', async (c) => {
    const session = c.get('session');
    if (!ACTION_RULES.received.roles.includes(session.role))
      return forbidden(c, session, `登记申请需由${roleNames(ACTION_RULES.received.roles)}办理`);
    try {
      const ref = await data.store.registerSubmission(AGENCY_ID, c.req.param('receiptNo'), {
        on: ctx.today(),
        actor: { id: session.username, role: session.role, name: session.name },
      });
      return c.redirect(`/staff/cases/${encodeURIComponent(ref.caseId)}?done=received`, 303);
    } catch (error) {
      if (error instanceof StoreError) return problem(c, session, error.message);
      throw error;
    }
  });

  const forbidden = (c: HtmlContext, session: Session, message: string) =>
    render(
      c,
      <Layout title="无权操作" side="staff" staff={staffOf(session)}>
        <h1>无权操作</h1>
        <p>{message}</p>
      </Layout>,
      403,
    );
  const problem = (c: HtmlContext, session: Session, message: string, status: 400 | 409 = 400) =>
    render(
      c,
      <Layout title="未能完成" side="staff" staff={staffOf(session)}>
        <h1>未能完成</h1>
        <div class="notice error" role="alert">
          {message}
        </div>
        <p>
          <a href="/staff/">返回今日待办</a>
        </p>
      </Layout>,
      status,
    );

  app.get('/staff/cases/:caseId', async (c) => {
    const session = c.get('session');
    const today = ctx.today();
    const ref = { agencyId: AGENCY_ID, caseId: c.req.param('caseId') };
    const [summary, state] = await Promise.all([data.store.getCase(ref), data.store.caseState(ref, today)]);
    if (summary === undefined || state === undefined) return ctx.notFound(c, '没有这个案件');
    const events = await data.store.readEvents(ref);
    const actions = allowedActions(state, { today });
    const mine = actions.filter((a) => a.roles.includes(session.role));
    const others = actions.filter((a) => !a.roles.includes(session.role));
    const done = c.req.query('done');
    const rules = [
      { label: '收到申请之日', value: state.receivedOn, citation: CLOCK_CITATIONS.receipt },
      { label: '原答复期限（20 个工作日）', value: state.originalDueOn, citation: CLOCK_CITATIONS.answer },
      ...(state.pausedWorkdays > 0
        ? [
            {
              label: `不计入期限的工作日`,
              value: `${String(state.pausedWorkdays)} 个`,
              citation: CLOCK_CITATIONS.consultationPause,
            },
          ]
        : []),
      ...(state.clarification === null
        ? []
        : [
            {
              label: '补正',
              value: `${state.clarification.requestedOn} 告知，补正后重新起算`,
              citation: CLOCK_CITATIONS.clarification,
            },
          ]),
      ...(state.extension === null
        ? []
        : [
            {
              label: '延长答复期限',
              value: `${String(state.extension.workdays)} 个工作日（${state.extension.approvedOn} 经负责人同意）`,
              citation: CLOCK_CITATIONS.extension,
            },
          ]),
      { label: '答复期限', value: state.dueOn, citation: CLOCK_CITATIONS.answer },
    ];
    return render(
      c,
      <Layout title={`案件 ${ref.caseId}`} side="staff" staff={staffOf(session)}>
        <h1>案件 {ref.caseId}</h1>
        {done === undefined || !(done in CASE_EVENT_LABELS) ? null : (
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
            {state.dueOn ?? '—'}
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

        <h2>适用的规则</h2>
        <DataTable
          columns={['规则', '本案', '依据']}
          rows={rules.map((r) => [r.label, r.value ?? '—', formatCitation(r.citation)])}
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
          <p>{actions.length === 0 ? '本案没有待办理的步骤。' : `以下步骤需由其他角色办理。`}</p>
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
                <ActionFields type={action.type} />
                <p>
                  <button class="primary" type="submit">
                    记录“{CASE_EVENT_LABELS[action.type]['zh-CN']}”
                  </button>
                </p>
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
              {event.type === 'decided' ? `：${OUTCOMES[event.outcome].reportLabel}` : ''}
              {event.type === 'extensionApproved' ? `：${String(event.workdays)} 个工作日` : ''}
            </li>
          ))}
        </ol>
      </Layout>,
    );
  });

  app.post('/staff/cases/:caseId/actions/:type', async (c) => {
    const session = c.get('session');
    const type = c.req.param('type') as CaseEventType;
    if (!(type in ACTION_RULES)) return ctx.notFound(c, '没有这个办理步骤');
    const ref = { agencyId: AGENCY_ID, caseId: c.req.param('caseId') };
    const today = ctx.today();
    const state = await data.store.caseState(ref, today);
    if (state === undefined) return ctx.notFound(c, '没有这个案件');
    const action = allowedActions(state, { today }).find((a) => a.type === type);
    if (action === undefined) return problem(c, session, `本案当前不能办理“${CASE_EVENT_LABELS[type]['zh-CN']}”`, 409);
    if (!action.roles.includes(session.role))
      return forbidden(c, session, `“${CASE_EVENT_LABELS[type]['zh-CN']}”需由${roleNames(action.roles)}办理`);
    const body = await c.req.parseBody();
    const form: Record<string, string> = {};
    for (const [key, value] of Object.entries(body))
      if (typeof value === 'string') form[key] = value.trim().slice(0, 4000);
    const event = eventFrom(type, form, session);
    if (typeof event === 'string') return problem(c, session, event);
    try {
      await data.store.append(ref, [event], Number(form.version));
    } catch (error) {
      if (error instanceof ConflictError) return problem(c, session, `${error.message}`, 409);
      if (error instanceof StoreError) return problem(c, session, error.message);
      throw error;
    }
    return c.redirect(`/staff/cases/${encodeURIComponent(ref.caseId)}?done=${type}`, 303);
  });

  app.get('/staff/cases/:caseId/notices/:file', async (c) => {
    const session = c.get('session');
    const file = c.req.param('file');
    const docx = file.endsWith('.docx');
    const kind = (docx ? file.slice(0, -5) : file) as NoticeKind;
    if (!NOTICE_KINDS.includes(kind)) return ctx.notFound(c, '没有这种告知书');
    const today = ctx.today();
    const ref = { agencyId: AGENCY_ID, caseId: c.req.param('caseId') };
    const state = await data.store.caseState(ref, today);
    if (state === undefined) return ctx.notFound(c, '没有这个案件');
    const result = buildNotice(kind, state, noticeInput(await data.profile(), state, today));
    if (!result.success) return problem(c, session, result.issues.map((i) => formatRequestIssue(i)).join('；'));
    if (docx) {
      const bytes = await noticeToDocx(result.notice);
      return c.body(Uint8Array.from(bytes), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${kind}-${encodeURIComponent(ref.caseId)}.docx"; filename*=UTF-8''${encodeURIComponent(`${result.notice.title}-${ref.caseId}.docx`)}`,
      });
    }
    return render(
      c,
      <Layout title={result.notice.title} side="staff" staff={staffOf(session)}>
        <p class="no-print">
          <a href={`/staff/cases/${encodeURIComponent(ref.caseId)}`}>返回案件</a> · 用浏览器的打印功能打印本页
        </p>
        {raw(renderNoticeHtml(result.notice))}
      </Layout>,
    );
  });

  const reviewPage = (c: HtmlContext, session: Session, text: string, findings?: readonly ReviewFinding[]) =>
    render(
      c,
      <Layout title="发布前审查" side="staff" staff={staffOf(session)}>
        <h1>发布前审查</h1>
        <p>
          粘贴拟在门户发布的文字，检查身份证号、手机号、银行卡号、电子邮箱、护照号、密级和内部标识、敏感词（发布前保密审查与个人信息保护）。
        </p>
        <form class="stack" method="post" action="/staff/review">
          <Csrf session={session} />
          <label for="review-text">
            待发布文字
            <textarea id="review-text" name="text" style="min-height:12rem">
              {text}
            </textarea>
          </label>
          <p>
            <button class="primary" type="submit">
              审查
            </button>
          </p>
        </form>
        {findings === undefined ? null : findings.length === 0 ? (
          <div class="notice ok" role="status">
            未发现问题。
          </div>
        ) : (
          <section aria-labelledby="findings">
            <h2 id="findings">发现 {findings.length} 处</h2>
            <Highlighted text={text} findings={findings} />
            <DataTable
              columns={['内容', '程度', '建议']}
              rows={findings.map((f) => [f.text, f.severity === 'error' ? '必须处理' : '请核实', f.suggestion])}
            />
          </section>
        )}
      </Layout>,
    );

  app.get('/staff/review', (c) => reviewPage(c, c.get('session'), ''));
  app.post('/staff/review', async (c) => {
    const body = await c.req.parseBody();
    const text = typeof body.text === 'string' ? body.text.slice(0, 200_000) : '';
    return reviewPage(c, c.get('session'), text, scanText(text));
  });
}
