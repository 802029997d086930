// The staff guard: every staff page but sign-in needs a session, and every staff form its CSRF token.
import { getCookie } from 'hono/cookie';
import type { Context, MiddlewareHandler } from 'hono';
import { sameToken } from '../auth.js';
import type { Env } from '../context.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'gk_session';

const COOKIE = SESSION_COOKIE;

/**
 * Lets a request through to a staff page only with a session (GET without one goes to sign-in) and,
 * for a form, with the session's CSRF token; sets the session on the context for the page.
 */
export const staffGuard: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.path === '/staff/login') return next();
  const session = c.var.portal.sessions.get(getCookie(c as Context, COOKIE));
  if (session === undefined) {
    if (c.req.method === 'GET') return c.redirect(`/staff/login?next=${encodeURIComponent(c.req.path)}`, 303);
    return c.render(
      <>
        <h1>请先登录</h1>
        <p>
          <a href="/staff/login">工作人员登录</a>
        </p>
      </>,
      { title: '请先登录', status: 403 },
    );
  }
  c.set('session', session);
  c.set('agency', c.var.portal.data.agency(session.agencyId));
  c.set('agencyProfile', await c.var.agency.profile());
  if (c.req.method === 'POST') {
    const body = await c.req.parseBody();
    const token = typeof body._csrf === 'string' ? body._csrf : '';
    if (!sameToken(token, session.csrf)) {
      return c.render(
        <>
          <h1>表单已失效</h1>
          <p>表单缺少有效的校验码（防跨站请求伪造），请回到页面重新提交。</p>
        </>,
        { title: '表单已失效', status: 403 },
      );
    }
  }
  return next();
};
