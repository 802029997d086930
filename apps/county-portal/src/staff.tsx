import type { ReviewFinding } from '@gk/attribute-review';
import { scanText } from '@gk/attribute-review';
import type { LegalCitation, LocalDate } from '@gk/core';
import { addDays, cite, daysBetween, formatCitation, isLocalDate } from '@gk/core';
import { missingInterpretations } from '@gk/interpretation';
import { noticeToDocx } from '@gk/office';
import type {
  ActorRole,
  AllowedAction,
  CaseEvent,
  CaseEventType,
  CaseState,
  NoticeInput,
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
  DELIVERY_PREFERENCE_LABELS,
  explainDeadline,
  FEE_LIMITS,
  FIELD_LABELS_ZH,
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
import type { WorkdayCalendar } from '@gk/workdays';
import {
  formatWorkdaysIssue,
  noticeChanges,
  provisionalYear,
  safeParseHolidayNotice,
  WorkdaysError,
} from '@gk/workdays';
import { ConflictError, StoreError, verifySecret } from '@gk/store';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Env, PortalContext } from './context.js';
import type { Session } from './auth.js';
import { sameToken } from './auth.js';
import type { AgencyProfile } from './data.js';
import { AGENCY_ID } from './data.js';
import type { Form } from './forms.js';
import { readForm } from './forms.js';
import { MAX_REVIEW_TEXT_LENGTH, REVIEW_TABLE_ROWS, waitText } from './guards.js';
import { Layout } from './layout.js';
import { Cite, DataTable, SubmitRow } from './components.js';
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
        <>
          {row.dueOn !== null && row.dueOn < today ? (
            <span class="late">{row.dueOn}（已逾期）</span>
          ) : (
            (row.dueOn ?? '—')
          )}
          {row.state.dueOnProvisional === true ? <span class="badge">暂定</span> : null}
        </>,
      ])}
    />
  );

/** Open cases whose dates rest on provisional calendar days. */
const provisionalCount = (rows: readonly CaseSummary[]): number =>
  rows.filter((row) => row.concludedOn === null && row.state.provisional === true).length;

/**
 * The staff's reminder about the calendar: shown when open cases have provisional dates, or when the
 * published notices end within 60 days.
 */
const CalendarBanner = ({
  calendar,
  today,
  provisionalCases,
}: {
  calendar: WorkdayCalendar;
  today: LocalDate;
  provisionalCases: number;
}) => {
  const { noticesEnd } = calendar.coverage;
  const daysLeft = daysBetween(today, noticesEnd);
  if (provisionalCases === 0 && daysLeft > 60) return null;
  return (
    <div class="notice" role="status" id="calendar-banner">
      <strong>工作日历提示</strong>
      <p>
        国务院放假安排通知目前收录到 {noticesEnd}
        {daysLeft < 0 ? '，今天已在此之后' : `，距今还有 ${String(daysLeft)} 天`}
        。此后的日期暂按《全国年节及纪念日放假办法》规定的法定节假日和补假推算，标为“暂定”，不含调休上班日。
      </p>
      {provisionalCases === 0 ? null : (
        <p>
          有 {provisionalCases}{' '}
          件在办案件的期限含暂定日期；告知书会注明“暂按法定节假日推算，以国务院公布的放假安排为准”。
        </p>
      )}
      <p>
        新年度的放假安排通知公布后，请负责人在<a href="/staff/calendar">工作日历</a>页面加入，期限会按通知重新计算。
      </p>
    </div>
  );
};

/** 暂定 beside a date counted over provisional calendar days. */
const Provisional = ({ when }: { when: boolean }) =>
  when ? (
    <span class="badge" title="暂按法定节假日推算，以国务院公布的放假安排为准">
      暂定
    </span>
  ) : null;

/** The longest clarification period the form takes, in workdays (第三十条 asks for a reasonable one). */
const CLARIFICATION_PERIOD_LIMIT = 60;

/** The articles a 部分公开 may cite for the part withheld. */
const WITHHELD_ARTICLES: readonly { readonly key: string; readonly label: string; readonly citation: LegalCitation }[] =
  [
    { key: '14', label: '第十四条（国家秘密、法律禁止、三安全一稳定）', citation: cite('regulation', 14) },
    { key: '15', label: '第十五条（商业秘密、个人隐私）', citation: cite('regulation', 15) },
    { key: '16-1', label: '第十六条第一款（内部事务信息）', citation: cite('regulation', 16, 1) },
    { key: '16-2', label: '第十六条第二款（过程性信息、行政执法案卷）', citation: cite('regulation', 16, 2) },
  ];

/** The form fields of each step, beyond its date. */
function ActionFields({ action }: { action: AllowedAction }) {
  const { type } = action;
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
            <input
              type="number"
              id={id('periodWorkdays')}
              name="periodWorkdays"
              value="15"
              min="1"
              max={String(CLARIFICATION_PERIOD_LIMIT)}
            />
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
            <input type="text" id={id('partyName')} name="partyName" maxlength={200} />
          </label>
          <label for={id('receivedOn')}>
            对方收到征求意见书之日<span class="hint">已知时填写；对方 15 个工作日的答复期限自收到之日起算</span>
            <input type="date" id={id('receivedOn')} name="receivedOn" />
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
            <option value="none">期限届满未答复</option>
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
          <label for={id('receivedOn')}>
            申请人收到收费通知之日<span class="hint">已知时填写；缴费期限自收到通知次日起 20 个工作日</span>
            <input type="date" id={id('receivedOn')} name="receivedOn" />
          </label>
        </>
      );
    case 'decided':
      return (
        <>
          <label for={id('outcome')}>
            办理结果（第三十六条）
            <select id={id('outcome')} name="outcome">
              {(action.outcomes ?? []).map((code) => (
                <option value={code}>{OUTCOMES[code].reportLabel}</option>
              ))}
            </select>
          </label>
          <label for={id('reason')}>
            理由<span class="hint">不予公开、部分公开、非本机关负责公开等须说明理由</span>
            <textarea id={id('reason')} name="reason" maxlength={2000} />
          </label>
          <fieldset>
            <legend>予以公开、部分公开：提供方式</legend>
            <label for={id('howToObtain')}>
              获取方式、途径<span class="hint">不填则按申请人选择的获取方式写入告知书</span>
              <input type="text" id={id('howToObtain')} name="howToObtain" maxlength={500} />
            </label>
            <label for={id('obtainTime')}>
              获取时间<span class="hint">第三十六条第（二）项；例如“随本答复书一并提供”</span>
              <input type="text" id={id('obtainTime')} name="obtainTime" maxlength={200} />
            </label>
          </fieldset>
          <fieldset>
            <legend>部分公开（第三十七条）</legend>
            <label for={id('disclosedParts')}>
              提供的内容（每行一项，部分公开时必填）
              <textarea id={id('disclosedParts')} name="disclosedParts" maxlength={4000} />
            </label>
            <label for={id('withheldParts')}>
              不予公开的内容（每行一项）
              <textarea id={id('withheldParts')} name="withheldParts" maxlength={4000} />
            </label>
            <div role="group" aria-labelledby={id('articles-label')}>
              <span id={id('articles-label')} class="group-label">
                不予公开部分的依据
              </span>
              <br />
              {WITHHELD_ARTICLES.map((article) => (
                <label class="choice" for={id(`article-${article.key}`)}>
                  <input type="checkbox" id={id(`article-${article.key}`)} name="articles" value={article.key} />
                  {article.label}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>非本机关负责公开（第三十六条第（五）项）</legend>
            <label for={id('responsibleAgency')}>
              负责公开的行政机关<span class="hint">能够确定时填写，并填写其联系方式</span>
              <input type="text" id={id('responsibleAgency')} name="responsibleAgency" maxlength={200} />
            </label>
            <label for={id('responsibleAgencyContact')}>
              该机关的联系方式
              <input type="text" id={id('responsibleAgencyContact')} name="responsibleAgencyContact" maxlength={200} />
            </label>
          </fieldset>
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
function eventFrom(
  type: CaseEventType,
  read: Form,
  session: Session,
  days: { readonly earliest: LocalDate; readonly today: LocalDate },
): CaseEvent | string {
  const form = read.fields;
  const on = form.on ?? '';
  if (!isLocalDate(on)) return `日期“${on}”不是有效的日期，请按“年-月-日”填写，例如 2027-01-04`;
  // A step happens between the case's receipt and today: no 1900-01-01, no step recorded ahead of time.
  if (on < days.earliest || on > days.today)
    return `日期应在 ${days.earliest} 至 ${days.today} 之间（不早于收到申请之日，不晚于今天），实际为 ${on}`;
  const optionalDate = (name: string, label: string): { ok: true; value?: string } | { ok: false; message: string } => {
    const value = form[name] ?? '';
    if (value === '') return { ok: true };
    if (!isLocalDate(value)) return { ok: false, message: `${label}“${value}”不是有效的日期` };
    if (value < on || value > days.today)
      return { ok: false, message: `${label}应在 ${on} 至 ${days.today} 之间，实际为 ${value}` };
    return { ok: true, value };
  };
  const inRange = (name: string, label: string, min: number, max: number): number | string => {
    const value = Number(form[name]);
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : `${label}应为 ${String(min)} 至 ${String(max)} 之间的整数，实际为“${(form[name] ?? '').slice(0, 20)}”`;
  };
  const lines = (name: string): string[] =>
    (form[name] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .slice(0, 50);
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
      if (items.length > 50) return '补正事项最多 50 项';
      const periodWorkdays = inRange('periodWorkdays', '补正期限（工作日）', 1, CLARIFICATION_PERIOD_LIMIT);
      if (typeof periodWorkdays === 'string') return periodWorkdays;
      return { type, ...base, items, periodWorkdays };
    }
    case 'consultationStarted': {
      const receivedOn = optionalDate('receivedOn', '对方收到征求意见书之日');
      if (!receivedOn.ok) return receivedOn.message;
      return {
        type,
        ...base,
        party: form.party === 'agency' ? 'agency' : 'third-party',
        ...(form.partyName ? { partyName: form.partyName } : {}),
        ...(receivedOn.value === undefined ? {} : { receivedOn: receivedOn.value }),
      };
    }
    case 'consultationEnded':
      return {
        type,
        ...base,
        reply: form.reply === 'objection' ? 'objection' : form.reply === 'none' ? 'none' : 'consent',
      };
    case 'extensionApproved': {
      const workdays = inRange('workdays', '延长的工作日数', 1, MAX_EXTENSION_WORKDAYS);
      if (typeof workdays === 'string') return workdays;
      return { type, ...base, workdays, approver: actor };
    }
    case 'deferralSet': {
      const until = form.until ?? '';
      const latest = addDays(on, 366);
      if (!isLocalDate(until) || until <= on || until > latest)
        return `延迟答复期限应为 ${on} 之后、${latest} 之前的日期，实际为“${until.slice(0, 20)}”`;
      return { type, ...base, until, reason: form.reason ?? '' };
    }
    case 'feeNoticeIssued': {
      const method = form.method === 'per-item' ? 'per-item' : 'per-page';
      const count = whole('count');
      const countLimit = method === 'per-page' ? FEE_LIMITS.pages : FEE_LIMITS.items;
      if (!Number.isInteger(count) || count < 1 || count > countLimit)
        return `${method === 'per-page' ? '页数' : '件数'}应为 1 至 ${String(countLimit)} 之间的整数`;
      const earlier = Number(form.earlier ?? '0');
      if (!Number.isInteger(earlier) || earlier < 0 || earlier > FEE_LIMITS.items)
        return `本月此前已申请件数应为 0 至 ${String(FEE_LIMITS.items)} 之间的整数`;
      const receivedOn = optionalDate('receivedOn', '申请人收到收费通知之日');
      if (!receivedOn.ok) return receivedOn.message;
      const fee = processingFee(
        method === 'per-page' ? { method, pages: count } : { method, items: count, itemsEarlierThisMonth: earlier },
      );
      return {
        type,
        ...base,
        amount: fee.amount,
        method,
        ...(receivedOn.value === undefined ? {} : { receivedOn: receivedOn.value }),
      };
    }
    case 'decided': {
      const outcome = (form.outcome ?? '') as Outcome;
      if (!Object.hasOwn(OUTCOMES, outcome)) return '请选择办理结果';
      const disclosedParts = lines('disclosedParts');
      const withheldParts = lines('withheldParts');
      const reason = form.reason ?? '';
      if (outcome === 'partiallyDisclosed') {
        const missing = [
          ...(disclosedParts.length === 0 ? ['提供的内容'] : []),
          ...(reason === '' ? ['不予公开部分的理由'] : []),
        ];
        if (missing.length > 0)
          return `部分公开须写明${missing.join('和')}（《中华人民共和国政府信息公开条例》第三十七条），未记录`;
      }
      const agency = form.responsibleAgency ?? '';
      const contact = form.responsibleAgencyContact ?? '';
      if ((agency === '') !== (contact === ''))
        return '负责公开的行政机关和它的联系方式须一并填写（《中华人民共和国政府信息公开条例》第三十六条第（五）项），未记录';
      const citations = WITHHELD_ARTICLES.filter((a) => read.list('articles').includes(a.key)).map((a) => a.citation);
      return {
        type,
        ...base,
        outcome,
        ...(reason === '' ? {} : { reason }),
        ...(disclosedParts.length === 0 ? {} : { disclosedParts }),
        ...(withheldParts.length === 0 ? {} : { withheldParts }),
        ...(citations.length === 0 ? {} : { citations }),
        ...(form.howToObtain ? { howToObtain: form.howToObtain } : {}),
        ...(form.obtainTime ? { obtainTime: form.obtainTime } : {}),
        ...(agency === '' ? {} : { responsibleAgency: { name: agency, contact } }),
      };
    }
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

/** A notice's facts from the agency's profile and the case: what the decision did not record is derived here. */
function noticeInput(profile: AgencyProfile, state: CaseState): NoticeInput {
  const preferences = state.request?.deliveryPreferences ?? [];
  return {
    agency: {
      name: profile.name,
      ...(profile.office.address === undefined ? {} : { address: profile.office.address }),
      ...(profile.office.phone === undefined ? {} : { phone: profile.office.phone }),
      ...(profile.reconsiderationBody === undefined ? {} : { reconsiderationBody: profile.reconsiderationBody }),
      ...(profile.court === undefined ? {} : { court: profile.court }),
    },
    ...(state.decision?.howToObtain != null
      ? {}
      : {
          howToObtain:
            preferences.length === 0
              ? '请到本机关政务公开办公室领取'
              : `按您选择的方式（${preferences.map((p) => DELIVERY_PREFERENCE_LABELS[p]['zh-CN']).join('、')}）提供`,
        }),
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

  const loginPage = (c: HtmlContext, next: string, message?: string, status?: 403 | 429) =>
    render(
      c,
      <Layout title="工作人员登录" side="staff">
        <h1>工作人员登录</h1>
        {message === undefined ? null : (
          <div class="notice error" role="alert">
            {message}
          </div>
        )}
        <form class="stack login" method="post" action="/staff/login">
          <input type="hidden" name="next" value={next} />
          <label for="username">
            用户名
            <input type="text" id="username" name="username" autocomplete="username" required />
          </label>
          <label for="password">
            密码
            <input type="password" id="password" name="password" autocomplete="current-password" required />
          </label>
          <SubmitRow>登录</SubmitRow>
        </form>
      </Layout>,
      status ?? (message === undefined ? 200 : 403),
    );

  const safeNext = (next: string | undefined) =>
    next !== undefined && /^\/staff(\/[\w%.\-/]*)?$/.test(next) ? next : '/staff';

  app.get('/staff/login', (c) => loginPage(c, safeNext(c.req.query('next'))));
  app.post('/staff/login', async (c) => {
    const form = await readForm(c, { maxLength: 200 });
    if (typeof form === 'string') return loginPage(c, '/staff', form);
    const username = form.text('username');
    const password = form.raw('password');
    const next = safeNext(form.text('next'));
    // A locked account or address is answered at once, without hashing: a flood costs almost nothing.
    const address = ctx.clientAddress(c);
    const { loginAccount, loginAddress } = ctx.limiters;
    const accountKey = username.toLowerCase();
    const wait = Math.max(loginAccount.wait(accountKey), loginAddress.wait(address));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return loginPage(c, next, `登录失败次数过多，已暂停登录，请 ${waitText(wait)}后再试。`, 429);
    }
    const account = await data.staff(username);
    if (!(await verifySecret(password, account?.passwordHash, { urgent: true })) || account === undefined) {
      const locked = Math.max(loginAccount.fail(accountKey), loginAddress.fail(address));
      return loginPage(
        c,
        next,
        locked > 0 ? `用户名或密码不正确。连续失败次数过多，已暂停登录 ${waitText(locked)}。` : '用户名或密码不正确',
      );
    }
    loginAccount.succeed(accountKey);
    const session = sessions.create(account);
    setCookie(c, COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: 8 * 3600,
      secure: ctx.secure,
    });
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
    // Open cases whose answer period should be running but has no due date: never dropped from view.
    const undated = open.filter((row) => row.dueOn === null && row.status !== 'awaitingClarification');
    const policies = await data.policies();
    const unexplained = missingInterpretations(
      policies.map((p) => p.policy),
      (await data.interpretations()).map((i) => i.interpretation),
    ).map((issue) => policies[Number(issue.path[1])]);
    return render(
      c,
      <Layout title="今日待办" side="staff" staff={staffOf(session)}>
        <h1>今日待办</h1>
        <p class="muted">今天是 {today}。期限按国务院办公厅公布的放假安排计算工作日（第三十三条）。</p>
        <CalendarBanner calendar={ctx.calendar()} today={today} provisionalCases={provisionalCount(open)} />
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
        {undated.length === 0 ? null : (
          <section aria-labelledby="undated">
            <h2 id="undated">期限无法计算的案件</h2>
            <p>以下案件应当计算答复期限，但现有数据算不出到期日，请逐件核对并人工掌握期限：</p>
            <DataTable
              columns={['案件', '申请内容', '状态', '原因']}
              rows={undated.map((row) => [
                <a href={`/staff/cases/${encodeURIComponent(row.caseId)}`}>{row.caseId}</a>,
                row.state.request?.description ?? '—',
                CASE_STATUS_LABELS[row.status]['zh-CN'],
                row.state.issues.length === 0
                  ? '案件记录不完整'
                  : row.state.issues.map((issue) => formatRequestIssue(issue)).join('；'),
              ])}
            />
          </section>
        )}
        <h2>全部在办案件</h2>
        <QueueTable caption="在办" rows={open} today={today} empty="没有在办案件" />
        {unexplained.length === 0 ? null : (
          <section aria-labelledby="unexplained">
            <h2 id="unexplained">政策解读提醒（仅工作人员可见）</h2>
            <p>以下规范性文件尚无解读；按“谁起草、谁解读”，解读应与文件同步发布：</p>
            <ul>
              {unexplained.map((p) => (
                <li>
                  {p?.policy.title ?? '—'} <span class="muted">{p?.docNo ?? ''}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
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
  const problem = (c: HtmlContext, session: Session, message: string, status: 400 | 409 | 413 = 400) =>
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
    // The same explanation the CLI and the public look-up print; the provisional note has its own box.
    const rules = explainDeadline(state).filter((line) => line.kind !== 'provisional');
    return render(
      c,
      <Layout title={`案件 ${ref.caseId}`} side="staff" staff={staffOf(session)}>
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
                <ActionFields action={action} />
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
    if (!Object.hasOwn(ACTION_RULES, type)) return ctx.notFound(c, '没有这个办理步骤');
    const ref = { agencyId: AGENCY_ID, caseId: c.req.param('caseId') };
    const today = ctx.today();
    const state = await data.store.caseState(ref, today);
    if (state === undefined) return ctx.notFound(c, '没有这个案件');
    const action = allowedActions(state, { today }).find((a) => a.type === type);
    if (action === undefined) return problem(c, session, `本案当前不能办理“${CASE_EVENT_LABELS[type]['zh-CN']}”`, 409);
    if (!action.roles.includes(session.role))
      return forbidden(c, session, `“${CASE_EVENT_LABELS[type]['zh-CN']}”需由${roleNames(action.roles)}办理`);
    const read = await readForm(c, { labels: FIELD_LABELS_ZH });
    if (typeof read === 'string') return problem(c, session, read);
    const event = eventFrom(type, read, session, { earliest: state.receivedOn ?? today, today });
    if (typeof event === 'string') return problem(c, session, event);
    try {
      await data.store.append(ref, [event], Number(read.text('version')));
    } catch (error) {
      if (error instanceof ConflictError)
        return problem(
          c,
          session,
          '本案在你打开页面之后已被其他工作人员更新，本次未记录。请回到案件页面查看最新情况后重新办理。',
          409,
        );
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
    const result = buildNotice(kind, state, noticeInput(await data.profile(), state));
    if (!result.success)
      return problem(
        c,
        session,
        `不能出具“${NOTICES[kind].title}”：${result.issues.map((i) => formatRequestIssue(i)).join('；')}。决定中的内容（理由、获取方式和时间、负责公开的机关）可以在送达前更正决定时补填。`,
      );
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
            <textarea id="review-text" name="text" class="tall">
              {text}
            </textarea>
          </label>
          <SubmitRow>审查</SubmitRow>
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
              rows={findings
                .slice(0, REVIEW_TABLE_ROWS)
                .map((f) => [f.text, f.severity === 'error' ? '必须处理' : '请核实', f.suggestion])}
            />
            {findings.length > REVIEW_TABLE_ROWS ? (
              <p class="muted">
                表中列出前 {REVIEW_TABLE_ROWS} 处，另有 {findings.length - REVIEW_TABLE_ROWS} 处未列出，均已在上文高亮。
              </p>
            ) : null}
          </section>
        )}
      </Layout>,
    );

  /** The format of a notice file, shown to the person who adds one (dates only illustrate the form). */
  const NOTICE_EXAMPLE = JSON.stringify(
    {
      year: 2027,
      sources: [
        {
          title: '国务院办公厅关于2027年部分节假日安排的通知',
          docNo: '国办发明电〔2026〕…号',
          date: '2026-11-…',
          url: 'https://www.gov.cn/…',
        },
      ],
      holidays: [
        { name: '元旦', off: [['2027-01-01', '2027-01-03']], makeUpWorkdays: [] },
        { name: '春节', off: [['2027-02-05', '2027-02-12']], makeUpWorkdays: ['2027-01-31'] },
      ],
    },
    null,
    2,
  );
  /** Who adds a holiday notice to the calendar: the head of the disclosure office. */
  const CALENDAR_ROLES: readonly ActorRole[] = ['head'];
  /** The largest notice file the page reads. */
  const NOTICE_BYTES = 64 * 1024;

  const calendarPage = async (
    c: HtmlContext,
    session: Session,
    view: {
      message?: string;
      problems?: readonly string[];
      preview?: { text: string; rows: readonly string[][] };
    } = {},
  ) => {
    const calendar = ctx.calendar();
    const today = ctx.today();
    const { noticesEnd, provisionalFrom, last } = calendar.coverage;
    const added = await data.holidayNotices();
    const nextYear = provisionalFrom === null ? undefined : provisionalYear(Number(provisionalFrom.slice(0, 4)));
    const mayAdd = CALENDAR_ROLES.includes(session.role);
    return render(
      c,
      <Layout title="工作日历" side="staff" staff={staffOf(session)}>
        <h1>工作日历</h1>
        {view.message === undefined ? null : (
          <div class="notice ok" role="status">
            {view.message}
          </div>
        )}
        <CalendarBanner calendar={calendar} today={today} provisionalCases={0} />
        <dl class="facts">
          <dt>放假安排通知收录到</dt>
          <dd>{noticesEnd}</dd>
          <dt>暂定日期</dt>
          <dd>
            {provisionalFrom === null
              ? '无'
              : `${provisionalFrom} 至 ${last}：按《全国年节及纪念日放假办法》第二条的法定节日和第六条的补假推算，不含调休上班日`}
          </dd>
          <dt>本平台加入的通知</dt>
          <dd>
            {added.length === 0
              ? '无（使用软件自带的 2008—2026 年通知）'
              : added.map((n) => `${String(n.year)} 年（${n.sources[0]?.title ?? ''}）`).join('；')}
          </dd>
        </dl>
        {nextYear === undefined ? null : (
          <section aria-labelledby="provisional-days">
            <h2 id="provisional-days">{nextYear.year} 年的暂定节假日</h2>
            <DataTable
              columns={['节日', '放假（第二条）', '补假（第六条）']}
              rows={nextYear.holidays.map((h) => [
                h.name,
                h.days.join('、'),
                h.compensatoryDays.length === 0 ? '—' : h.compensatoryDays.join('、'),
              ])}
            />
          </section>
        )}
        <h2>加入新年度的放假安排通知</h2>
        {!mayAdd ? (
          <p>放假安排通知由{roleNames(CALENDAR_ROLES)}加入。</p>
        ) : (
          <>
            <p>
              国务院办公厅公布下一年度的部分节假日安排后，把通知中的放假和调休上班日期整理成下面格式的文件（或直接粘贴），先预览将改变的日期，确认后加入。加入后全部案件的期限按新通知重新计算。
            </p>
            <details>
              <summary>通知文件的格式（示例中的日期只是格式示意）</summary>
              <pre>{NOTICE_EXAMPLE}</pre>
            </details>
            {view.problems === undefined || view.problems.length === 0 ? null : (
              <div class="notice error" role="alert">
                <strong>通知未加入，请修改以下 {view.problems.length} 处：</strong>
                <ul>
                  {view.problems.map((p) => (
                    <li>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            {view.preview === undefined ? (
              <form class="stack" method="post" action="/staff/calendar" enctype="multipart/form-data">
                <Csrf session={session} />
                <input type="hidden" name="step" value="preview" />
                <label for="notice-file">
                  通知文件（JSON，不超过 64 KB）
                  <input type="file" id="notice-file" name="file" accept="application/json,.json" />
                </label>
                <label for="notice-text">
                  或粘贴通知内容
                  <textarea id="notice-text" name="notice" />
                </label>
                <SubmitRow>预览</SubmitRow>
              </form>
            ) : (
              <section aria-labelledby="preview">
                <h3 id="preview">加入后改变的日期（{view.preview.rows.length} 天）</h3>
                {view.preview.rows.length === 0 ? (
                  <p>与现有日历相比没有改变的日期。</p>
                ) : (
                  <DataTable columns={['日期', '现在', '加入后']} rows={view.preview.rows} />
                )}
                <form class="stack" method="post" action="/staff/calendar">
                  <Csrf session={session} />
                  <input type="hidden" name="step" value="save" />
                  <input type="hidden" name="notice" value={view.preview.text} />
                  <p>
                    <button class="primary" type="submit">
                      确认加入工作日历
                    </button>{' '}
                    <a href="/staff/calendar">取消</a>
                  </p>
                </form>
              </section>
            )}
          </>
        )}
      </Layout>,
    );
  };

  app.get('/staff/calendar', (c) => calendarPage(c, c.get('session')));
  app.post('/staff/calendar', async (c) => {
    const session = c.get('session');
    if (!CALENDAR_ROLES.includes(session.role))
      return forbidden(c, session, `放假安排通知需由${roleNames(CALENDAR_ROLES)}加入`);
    const body = await c.req.parseBody();
    const file = body.file;
    let text = typeof body.notice === 'string' ? body.notice : '';
    if (file instanceof File && file.size > 0) {
      if (file.size > NOTICE_BYTES)
        return calendarPage(c, session, { problems: ['通知文件超过 64 KB，不像一份年度通知'] });
      text = await file.text();
    }
    if (text.length > NOTICE_BYTES)
      return calendarPage(c, session, { problems: ['通知内容超过 64 KB，不像一份年度通知'] });
    if (text.trim() === '') return calendarPage(c, session, { problems: ['请选择通知文件或粘贴通知内容'] });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return calendarPage(c, session, { problems: ['通知内容不是有效的 JSON，请检查括号、引号和逗号'] });
    }
    const parsed = safeParseHolidayNotice(json);
    if (!parsed.success)
      return calendarPage(c, session, { problems: parsed.issues.map((issue) => formatWorkdaysIssue(issue)) });
    try {
      if (body.step === 'save') {
        await data.addHolidayNotice(parsed.data);
        return calendarPage(c, session, {
          message: `已加入 ${String(parsed.data.year)} 年放假安排通知，全部案件的期限已按新通知重新计算。`,
        });
      }
      const changes = noticeChanges(ctx.calendar(), parsed.data);
      return calendarPage(c, session, {
        preview: {
          text: JSON.stringify(parsed.data),
          rows: changes.map((change) => [change.date, change.before?.label ?? '（原无数据）', change.after.label]),
        },
      });
    } catch (error) {
      if (error instanceof WorkdaysError) return calendarPage(c, session, { problems: [error.format('zh-CN')] });
      throw error;
    }
  });

  app.get('/staff/review', (c) => reviewPage(c, c.get('session'), ''));
  app.post('/staff/review', async (c) => {
    const form = await readForm(c, { longer: { text: MAX_REVIEW_TEXT_LENGTH }, labels: { text: '待审查的文字' } });
    if (typeof form === 'string') return problem(c, c.get('session'), form, 413);
    const text = form.text('text');
    return reviewPage(c, c.get('session'), text, scanText(text));
  });
}
