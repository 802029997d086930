import type { LocalDate } from '@gk/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { Sessions } from './auth.js';
import type { PortalData } from './data.js';
import type { AttemptLimits } from './guards.js';
import {
  AttemptLimiter,
  LOGIN_ACCOUNT_LIMITS,
  LOGIN_ADDRESS_LIMITS,
  LOOKUP_LIMITS,
  MAX_BODY_BYTES,
  MAX_REVIEW_BODY_BYTES,
  socketAddress,
} from './guards.js';
import type { Env, PortalContext } from './context.js';
import { Layout } from './layout.js';
import { mountPublic } from './routes/public/index.js';
import { render } from './render.js';
import { serveStylesheet } from './stylesheet.js';
import { mountStaff } from './routes/staff/index.js';

export type { Env, PortalContext } from './context.js';

/** Options of {@link createPortal}. */
export interface PortalOptions {
  readonly data: PortalData;
  readonly today: () => LocalDate;
  /**
   * The origin people reach the portal at (`https://gk.example.gov.cn`): a form is accepted only from
   * it, whatever Host header a request carries. `pnpm demo` takes `PUBLIC_ORIGIN`, and defaults to the
   * address it prints.
   */
  readonly publicOrigin: string;
  /**
   * Who is asking: the socket's address by default. Behind a reverse proxy every request comes from the
   * proxy; pass a function that reads the proxy's header you trust.
   */
  readonly clientAddress?: (c: Context) => string;
  /** Attempt limits (local practice; the defaults are documented in `guards.ts`). */
  readonly limits?: {
    readonly loginAccount?: AttemptLimits;
    readonly loginAddress?: AttemptLimits;
    readonly lookup?: AttemptLimits;
  };
  /** Where the server's error lines go: `console.error` by default. They never carry personal data. */
  readonly log?: (line: string) => void;
  /** The clock for attempt limits, in milliseconds (tests). */
  readonly now?: () => number;
}

/**
 * A server error as a log line: the request's method and path, the error's class and code, and its
 * stack frames — never its message, which can quote the values of a failed query (a name, an ID
 * number, a phone number).
 */
export function errorLogLine(c: Context, error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? ` ${error.code}`
      : '';
  const frames =
    error instanceof Error && error.stack !== undefined
      ? error.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 8)
          .join('\n')
      : '';
  return `[gk] 500 ${c.req.method} ${c.req.path} ${name}${code}${frames === '' ? '' : `\n${frames}`}`;
}

/**
 * A cross-site form post carries another site's Origin (or none but a foreign Referer). Forms here post
 * only to the configured public origin, so anything else is refused before it reaches a handler.
 */
function sameOrigin(c: Context, expected: string): boolean {
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
  const publicOrigin = new URL(options.publicOrigin).origin;
  const secure = publicOrigin.startsWith('https:');
  const log = options.log ?? ((line: string) => console.error(line));
  const limiter = (limits: AttemptLimits | undefined, fallback: AttemptLimits) =>
    new AttemptLimiter(limits ?? fallback, options.now);
  const ctx: PortalContext = {
    data: options.data,
    today: options.today,
    calendar: () => options.data.store.calendar,
    sessions: new Sessions(),
    publicOrigin,
    secure,
    clientAddress: options.clientAddress ?? socketAddress,
    limiters: {
      loginAccount: limiter(options.limits?.loginAccount, LOGIN_ACCOUNT_LIMITS),
      loginAddress: limiter(options.limits?.loginAddress, LOGIN_ADDRESS_LIMITS),
      lookup: limiter(options.limits?.lookup, LOOKUP_LIMITS),
    },
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
        styleSrc: ["'self'"],
        scriptSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // HSTS only where the portal is served over https: over http it would be ignored at best.
      strictTransportSecurity: secure ? 'max-age=15552000; includeSubDomains' : false,
    }),
  );
  const tooLarge = (limit: number) => (c: Context) =>
    render(
      c,
      <Layout title="提交的内容过大">
        <h1>提交的内容过大</h1>
        <p>本次提交超过 {String(Math.round(limit / 1024))} KB，未处理。请精简内容后，回到原页面重新提交。</p>
      </Layout>,
      413,
    );
  const reviewLimit = bodyLimit({ maxSize: MAX_REVIEW_BODY_BYTES, onError: tooLarge(MAX_REVIEW_BODY_BYTES) });
  const bodyLimitAll = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge(MAX_BODY_BYTES) });
  app.use((c, next) => (c.req.path === '/staff/review' ? reviewLimit(c, next) : bodyLimitAll(c, next)));
  app.use('/staff/*', async (c, next) => {
    await next();
    // Staff pages, notices and their DOCX files carry personal data: no cache keeps a copy.
    c.header('Cache-Control', 'no-store');
  });
  app.use(async (c, next) => {
    if (c.req.method === 'POST' && !sameOrigin(c, publicOrigin)) {
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

  app.get('/assets/site.css', serveStylesheet);
  mountPublic(app, ctx);
  mountStaff(app, ctx);
  app.notFound((c) => ctx.notFound(c, '没有这个页面'));
  app.onError((error, c) => {
    log(errorLogLine(c, error));
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
