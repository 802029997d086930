import type { LocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Session } from './auth.js';
import { Sessions } from './auth.js';
import type { PortalData } from './data.js';
import { Layout } from './layout.js';
import { publicRoutes } from './public.js';
import type { HtmlContext } from './render.js';
import { render } from './render.js';
import { staffRoutes } from './staff.js';

/** Hono's variables: the signed-in member of staff, on staff pages. */
export interface Env {
  Variables: { session: Session };
}

/** What the routes share. */
export interface PortalContext {
  readonly data: PortalData;
  /** The date the portal works on: the clock at the edge, or a fixed date in tests. */
  readonly today: () => LocalDate;
  /** The working-day calendar in use: the package's, with the notices the office has added. */
  readonly calendar: () => WorkdayCalendar;
  readonly sessions: Sessions;
  notFound(c: HtmlContext, message: string): Promise<Response>;
}

/** Options of {@link createPortal}. */
export interface PortalOptions {
  readonly data: PortalData;
  readonly today: () => LocalDate;
}

/**
 * A cross-site form post carries another site's Origin (or none but a foreign Referer). Forms here post
 * only to their own origin, so anything else is refused before it reaches a handler.
 */
function sameOrigin(c: Context): boolean {
  const expected = new URL(c.req.url).origin;
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') return origin === expected;
  const referer = c.req.header('referer');
  if (referer === undefined) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}

/** The portal: public pages and the staff desk. */
export function createPortal(options: PortalOptions): Hono<Env> {
  const app = new Hono<Env>();
  const ctx: PortalContext = {
    data: options.data,
    today: options.today,
    calendar: () => options.data.store.calendar,
    sessions: new Sessions(),
    notFound: (c, message) =>
      render(
        c,
        <Layout title="未找到">
          <h1>未找到</h1>
          <p>{message}</p>
          <p>
            <a href="/">返回首页</a>
          </p>
        </Layout>,
        404,
      ),
  };

  app.use(
    secureHeaders({
      // Same-origin requests keep their Origin and Referer (no-referrer would send Origin: null).
      referrerPolicy: 'same-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(async (c, next) => {
    if (c.req.method === 'POST' && !sameOrigin(c)) {
      return render(
        c,
        <Layout title="拒绝跨站提交">
          <h1>已拒绝跨站提交</h1>
          <p>这份表单不是从本站页面提交的，为防止跨站请求伪造，已拒绝处理。请回到本站页面重新提交。</p>
        </Layout>,
        403,
      );
    }
    await next();
  });

  publicRoutes(app, ctx);
  staffRoutes(app, ctx);
  app.notFound((c) => ctx.notFound(c, '没有这个页面'));
  app.onError((error, c) => {
    console.error(error);
    return render(
      c,
      <Layout title="出错了">
        <h1>出错了</h1>
        <p>服务器处理请求时出错，请稍后再试。错误已记录。</p>
      </Layout>,
      500,
    );
  });
  return app;
}
