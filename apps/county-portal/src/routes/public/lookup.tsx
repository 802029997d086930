// Looking up an application by receipt number and code: its dates, status and deadline explained.
import { CASE_STATUS_LABELS, explainDeadline } from '@gk/request-workflow';
import type { Env, PortalContext } from '../../context.js';
import { Cite, SubmitRow } from '../../components/common.js';
import { readForm } from '../../forms/read.js';
import { waitText } from '../../middleware/limits.js';
import { Hono } from 'hono';

const StatusFacts = ({
  status,
}: {
  status: NonNullable<Awaited<ReturnType<PortalContext['data']['store']['lookupSubmission']>>>;
}) => {
  const state = status.case?.state;
  return (
    <dl class="facts">
      <dt>回执号</dt>
      <dd>{status.receiptNo}</dd>
      <dt>提交日期</dt>
      <dd>{status.submittedOn}</dd>
      <dt>办理状态</dt>
      <dd>{state === undefined ? '已提交，等待登记' : CASE_STATUS_LABELS[state.status]['zh-CN']}</dd>
      {state === undefined ? null : (
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
            {state.concludedOn === null && state.dueOnProvisional === true ? (
              <p class="muted" id="provisional-note">
                该日期所在年度的国务院放假安排尚未公布，暂按法定节假日推算，以国务院公布的放假安排为准。
              </p>
            ) : null}
          </dd>
          {state.clarification !== null && state.clarification.receivedOn === null ? (
            <>
              <dt>需要补正</dt>
              <dd>
                {state.clarification.items.join('；')}（补正期限 {state.clarification.dueOn ?? '—'}）
              </dd>
            </>
          ) : null}
        </>
      )}
    </dl>
  );
};

/** The look-up (mounted at `/lookup`). */
export function lookupRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const LookupForm = ({ receiptNo, message, action }: { receiptNo: string; message?: string; action: string }) => (
    <form class="stack" method="post" action={action}>
      {message === undefined ? null : (
        <div class="notice error" role="alert">
          {message}
        </div>
      )}
      <label for="receiptNo">
        回执号
        <input type="text" id="receiptNo" name="receiptNo" value={receiptNo} inputmode="numeric" autocomplete="off" />
      </label>
      <label for="code">
        查询码
        <input type="text" id="code" name="code" autocomplete="off" />
      </label>
      <SubmitRow>查询</SubmitRow>
    </form>
  );

  app.get('/', (c) =>
    c.render(
      <>
        <h1>办理进度查询</h1>
        <LookupForm action={c.var.agency.href('/lookup')} receiptNo="" />
      </>,
      { title: '办理查询' },
    ),
  );

  app.post('/', async (c) => {
    const lookupPage = (receiptNo: string, message: string, status: 400 | 404 | 429) =>
      c.render(
        <>
          <h1>办理进度查询</h1>
          <LookupForm action={c.var.agency.href('/lookup')} receiptNo={receiptNo} message={message} />
        </>,
        { title: '办理查询', status: status },
      );
    const form = await readForm(c, { maxLength: 40 });
    if (typeof form === 'string') return lookupPage('', '回执号或查询码过长，请核对后重试。', 400);
    const receiptNo = form.text('receiptNo');
    const code = form.text('code');
    // Wrong guesses are limited per address; a paused address is answered without any work.
    const address = c.var.portal.clientAddress(c);
    const wait = c.var.portal.limiters.lookup.wait(address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return lookupPage(receiptNo, `查询失败次数过多，请 ${waitText(wait)}后再试。`, 429);
    }
    const status =
      receiptNo === '' || code === ''
        ? undefined
        : await c.var.portal.data.store.lookupSubmission(c.var.agency.id, receiptNo, code);
    if (status === undefined) {
      const locked = c.var.portal.limiters.lookup.fail(address);
      return lookupPage(
        receiptNo,
        locked > 0
          ? `回执号或查询码不正确。失败次数过多，请 ${waitText(locked)}后再试。`
          : '回执号或查询码不正确，请核对后重试。',
        404,
      );
    }
    return c.render(
      <>
        <h1>办理进度</h1>
        <StatusFacts status={status} />
        <p>
          <a href={c.var.agency.href('/lookup')}>查询其他申请</a>
        </p>
      </>,
      { title: '办理查询' },
    );
  });

  return app;
}
