// Signing in and out, and the guard every other staff page passes: a session, and the form token.
import { verifySecret } from '@gk/store';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../../context.js';
import { SESSION_COOKIE as COOKIE, staffGuard } from '../../middleware/auth.js';
import { readForm } from '../../forms/read.js';
import { waitText } from '../../middleware/limits.js';
import { SubmitRow } from '../../components/common.js';
import type { HtmlContext } from '../../renderer.js';
import { Hono } from 'hono';

/** Sign-in and sign-out, and the session and CSRF guard of every staff page (mounted at `/staff/`). */
export function signInRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const loginPage = (c: HtmlContext, next: string, message?: string, status?: 403 | 429) =>
    c.render(
      <>
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
      </>,
      { title: '工作人员登录', status: status ?? (message === undefined ? 200 : 403) },
    );

  const safeNext = (next: string | undefined) =>
    next !== undefined && /^\/staff(\/[\w%.\-/]*)?$/.test(next) ? next : '/staff';

  app.get('/login', (c) => loginPage(c, safeNext(c.req.query('next'))));
  app.post('/login', async (c) => {
    const form = await readForm(c, { maxLength: 200 });
    if (typeof form === 'string') return loginPage(c, '/staff', form);
    const username = form.text('username');
    const password = form.raw('password');
    const next = safeNext(form.text('next'));
    // A locked account or address is answered at once, without hashing: a flood costs almost nothing.
    const address = c.var.portal.clientAddress(c);
    const { loginAccount, loginAddress } = c.var.portal.limiters;
    const accountKey = username.toLowerCase();
    const wait = Math.max(loginAccount.wait(accountKey), loginAddress.wait(address));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return loginPage(c, next, `登录失败次数过多，已暂停登录，请 ${waitText(wait)}后再试。`, 429);
    }
    const account = await c.var.portal.data.staff(username);
    if (!(await verifySecret(password, account?.passwordHash, { urgent: true })) || account === undefined) {
      const locked = Math.max(loginAccount.fail(accountKey), loginAddress.fail(address));
      return loginPage(
        c,
        next,
        locked > 0 ? `用户名或密码不正确。连续失败次数过多，已暂停登录 ${waitText(locked)}。` : '用户名或密码不正确',
      );
    }
    loginAccount.succeed(accountKey);
    const session = c.var.portal.sessions.create(account);
    setCookie(c, COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: 8 * 3600,
      secure: c.var.portal.secure,
    });
    return c.redirect(next, 303);
  });

  // Every other staff page needs a session; every staff form needs its CSRF token.
  app.use('*', staffGuard);

  app.post('/logout', (c) => {
    c.var.portal.sessions.delete(getCookie(c, COOKIE));
    deleteCookie(c, COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });
  return app;
}
