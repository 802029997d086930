// The staff guard: every staff page but sign-in needs a session, and every staff form its CSRF token.
import { getCookie } from 'hono/cookie';
import type { Context, MiddlewareHandler } from 'hono';
import type { Sessions } from '../auth.js';
import { sameToken } from '../auth.js';
import { staffOf } from '../components/staff.js';
import type { Env } from '../context.js';
import { Layout } from '../layout.js';
import { render } from '../render.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'gk_session';

const COOKIE = SESSION_COOKIE;

/**
 * Lets a request through to a staff page only with a session (GET without one goes to sign-in) and,
 * for a form, with the session's CSRF token; sets the session on the context for the page.
 * @param sessions - the signed-in sessions
 */
export function staffGuard(sessions: Sessions): MiddlewareHandler<Env> {
  return async (c, next) => {
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
  };
}
