// Looking up an application by receipt number and code; the applicant's page (applicant-case.tsx) follows.
import { setCookie } from 'hono/cookie';
import { APPLICANT_COOKIE, APPLICANT_SESSION_MINUTES } from '../../applicant-sessions.js';
import type { Env } from '../../context.js';
import { displayModeOf, KIOSK_APPLICANT_MINUTES } from '../../display-mode.js';
import { SubmitRow } from '../../components/common.js';
import { applicantCaseRoutes } from './applicant-case.js';
import { readForm } from '../../forms/read.js';
import { waitText } from '../../middleware/limits.js';
import { Hono } from 'hono';

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
    // The applicant now has a short session for this one application: its page, its copies, its steps.
    // Failures are not forgiven by a success: one known receipt must not reset the count for guessing others.
    // On a kiosk (a shared terminal) the look-up is forgotten sooner.
    const minutes = displayModeOf(c) === 'kiosk' ? KIOSK_APPLICANT_MINUTES : APPLICANT_SESSION_MINUTES;
    const session = c.var.portal.applicants.create(c.var.agency.id, status.receiptNo, minutes);
    setCookie(c, APPLICANT_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: minutes * 60,
      secure: c.var.portal.secure,
    });
    return c.redirect(c.var.agency.href('/lookup/case'), 303);
  });

  app.route('/case', applicantCaseRoutes());
  return app;
}
