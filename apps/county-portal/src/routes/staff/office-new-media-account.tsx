// One 政务新媒体 account on the office desk: its standing and history, a post reviewed before it goes out
// (reviewNewMediaPost: the portal's scanText and lexicon), and its steps recorded with their approval
// (宁夏 seed: 开设、整合、变更、关停流程) — each checked by evaluateNewMediaAccount before it is kept.
import type { ReviewFinding } from '@gk/attribute-review';
import type { NewMediaEvent } from '@gk/publication';
import {
  evaluateNewMediaAccount,
  formatNewMediaIssue,
  NEW_MEDIA_EVENT_ZH,
  NEW_MEDIA_PLATFORM_LABELS,
  NEW_MEDIA_STATUS_ZH,
  reviewNewMediaPost,
} from '@gk/publication';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DataTable, SubmitRow } from '../../components/common.js';
import { Csrf, Highlighted, problem } from '../../components/staff.js';
import type { Env } from '../../context.js';
import { readForm } from '../../forms/read.js';
import type { StoredNewMediaAccount } from '../../new-media.js';
import { NEW_MEDIA_KIND } from '../../new-media.js';
import { COUNTY_AGENCY_ID } from '../../data.js';
import { notFoundPage } from '../../renderer.js';

/** The steps the desk records, with their names; posting has its own form. */
type Step = 'suspended' | 'resumed' | 'renamed' | 'responsibleChanged' | 'closed';
const STEPS: Readonly<Record<Step, string>> = {
  suspended: NEW_MEDIA_EVENT_ZH.suspended,
  resumed: NEW_MEDIA_EVENT_ZH.resumed,
  renamed: NEW_MEDIA_EVENT_ZH.renamed,
  responsibleChanged: NEW_MEDIA_EVENT_ZH.responsibleChanged,
  closed: NEW_MEDIA_EVENT_ZH.closed,
};

/** The longest post reviewed here (a long WeChat article). */
const MAX_POST_LENGTH = 20_000;

const refOf = (id: string) => ({ agencyId: COUNTY_AGENCY_ID, kind: NEW_MEDIA_KIND, id });

/** The account's page, with what the last action found. */
async function accountPage(
  c: Context<Env>,
  id: string,
  outcome?: { message: string; ok: boolean; text?: string; findings?: readonly ReviewFinding[] },
) {
  const stored = await c.var.portal.data.store.getDocument<StoredNewMediaAccount>(refOf(id));
  if (stored === undefined) return notFoundPage(c, '没有这个政务新媒体账号');
  const account = evaluateNewMediaAccount(id, stored.agencyId, stored.events);
  const session = c.get('session');
  const action = (path: string) => `/staff/office/new-media/${encodeURIComponent(id)}/${path}`;
  return c.render(
    <>
      <p>
        <a href="/staff/office/new-media">返回账号管理</a>
      </p>
      <h1>{account.name ?? id}</h1>
      {outcome === undefined ? null : (
        <div class={outcome.ok ? 'notice ok' : 'notice error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </div>
      )}
      <dl class="facts">
        <dt>平台</dt>
        <dd>{account.platform === null ? '—' : NEW_MEDIA_PLATFORM_LABELS[account.platform]}</dd>
        <dt>状态</dt>
        <dd>{NEW_MEDIA_STATUS_ZH[account.status] ?? account.status}</dd>
        <dt>责任人</dt>
        <dd>{account.responsible?.name ?? '未明确'}</dd>
        <dt>最近更新</dt>
        <dd>{account.lastUpdatedOn ?? '—'}</dd>
      </dl>
      {outcome?.findings === undefined || outcome.text === undefined ? null : (
        <section aria-labelledby="post-findings">
          <h2 id="post-findings">审查发现 {String(outcome.findings.length)} 处</h2>
          <Highlighted text={outcome.text} findings={outcome.findings} />
        </section>
      )}
      <h2>发布前审查</h2>
      <form class="stack" method="post" action={action('post')}>
        <Csrf session={session} />
        <label for="text">
          拟发布的内容（与网站发布同样审查：个人信息、涉密标识、敏感词等）
          <textarea id="text" name="text" rows={8} required>
            {outcome?.ok === false ? (outcome.text ?? '') : ''}
          </textarea>
        </label>
        <SubmitRow>审查并记录发布</SubmitRow>
      </form>
      <h2>记录账号变更</h2>
      <form class="stack" method="post" action={action('step')}>
        <Csrf session={session} />
        <label for="step">
          变更
          <select id="step" name="step">
            {(Object.keys(STEPS) as Step[]).map((step) => (
              <option value={step}>{STEPS[step]}</option>
            ))}
          </select>
        </label>
        <label for="value">
          原因、新名称或新责任人（关停、暂停须写原因）
          <input type="text" id="value" name="value" maxlength={200} />
        </label>
        <label for="approvedBy">
          审批人（开设、整合、变更、关停须经审批）
          <input type="text" id="approvedBy" name="approvedBy" maxlength={100} />
        </label>
        <SubmitRow>记录变更</SubmitRow>
      </form>
      <h2>账号经历</h2>
      <DataTable
        columns={['日期', '事项']}
        rows={account.history.map((h) => [
          h.on,
          `${NEW_MEDIA_EVENT_ZH[h.type]}${'approval' in h && h.approval !== undefined ? `（${h.approval.by}批准）` : ''}`,
        ])}
      />
    </>,
    { title: account.name ?? id, ...(outcome?.ok === false ? { status: 400 as const } : {}) },
  );
}

/** Keeps a step if the account's history stays sound with it; a message when it does not. */
async function keep(c: Context<Env>, id: string, event: NewMediaEvent): Promise<string | null> {
  let refused: string | null = null;
  await c.var.portal.data.store.updateDocument<StoredNewMediaAccount>(refOf(id), (current) => {
    if (current === undefined) return undefined;
    const before = evaluateNewMediaAccount(id, current.agencyId, current.events).issues.length;
    const after = evaluateNewMediaAccount(id, current.agencyId, [...current.events, event]).issues;
    if (after.length > before) {
      refused = after
        .slice(before)
        .map((issue) => formatNewMediaIssue(issue))
        .join('；');
      return undefined;
    }
    return { ...current, events: [...current.events, event] };
  });
  return refused;
}

/** The account pages (mounted at `/staff/office/new-media`). */
export function newMediaAccountRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/:id', (c) => accountPage(c, c.req.param('id')));

  app.post('/:id/post', async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c, { longer: { text: MAX_POST_LENGTH }, labels: { text: '拟发布的内容' } });
    if (typeof form === 'string') return problem(c, form);
    const text = form.text('text');
    if (text === '') return accountPage(c, id, { message: '请填写拟发布的内容。', ok: false, text });
    const findings = reviewNewMediaPost(text);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0)
      return accountPage(c, id, {
        message: `审查发现 ${String(errors.length)} 处必须处理的问题，未记录发布。请修改后重新审查。`,
        ok: false,
        text,
        findings,
      });
    const refused = await keep(c, id, { type: 'posted', on: c.var.portal.today() });
    if (refused !== null) return accountPage(c, id, { message: `未记录发布：${refused}`, ok: false, text });
    return accountPage(c, id, {
      message:
        findings.length === 0 ? '审查通过，已记录发布。' : `已记录发布；另有 ${String(findings.length)} 处提示请核对。`,
      ok: true,
      text,
      findings,
    });
  });

  app.post('/:id/step', async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c, { labels: { value: '原因、新名称或新责任人', approvedBy: '审批人' } });
    if (typeof form === 'string') return problem(c, form);
    const step = (Object.keys(STEPS) as Step[]).find((s) => s === form.text('step'));
    if (step === undefined) return problem(c, '没有这种账号变更');
    const value = form.text('value');
    const by = form.text('approvedBy');
    const on = c.var.portal.today();
    const approval = by === '' ? {} : { approval: { by } };
    if ((step === 'closed' || step === 'suspended' || step === 'renamed') && value === '')
      return accountPage(c, id, {
        message: `“${STEPS[step]}”须填写${step === 'renamed' ? '新名称' : '原因'}。`,
        ok: false,
      });
    const event: NewMediaEvent =
      step === 'closed' || step === 'suspended'
        ? { type: step, on, reason: value, ...approval }
        : step === 'renamed'
          ? { type: step, on, name: value, ...approval }
          : step === 'responsibleChanged'
            ? { type: step, on, responsible: value === '' ? null : { name: value } }
            : { type: step, on, ...approval };
    const refused = await keep(c, id, event);
    if (refused !== null) return accountPage(c, id, { message: `未记录：${refused}`, ok: false });
    return accountPage(c, id, { message: `已记录：${STEPS[step]}。`, ok: true });
  });
  return app;
}
