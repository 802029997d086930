import type { LocalDate } from '@gk/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { Sessions } from './auth.js';
import type { PortalData } from './data.js';
import type { AttemptLimits } from './middleware/limits.js';
import {
  AttemptLimiter,
  LOGIN_ACCOUNT_LIMITS,
  LOGIN_ADDRESS_LIMITS,
  LOOKUP_LIMITS,
  socketAddress,
} from './middleware/limits.js';
import type { Env, PortalContext } from './context.js';
import { mountPublic } from './routes/public/index.js';
import { notFoundPage, pageRenderer } from './renderer.js';
import { serveStylesheet } from './stylesheet.js';
import { bodyLimits, noStore, refuseCrossSitePosts, securityHeaders } from './middleware/security.js';
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
  /** Attempt limits (local practice; the defaults are documented in `middleware/limits.ts`). */
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
  };

  // First, so that every page — a refusal from a later middleware too — has the layout and the context.
  app.use(pageRenderer);
  app.use(async (c, next) => {
    c.set('portal', ctx);
    await next();
  });
  app.use(securityHeaders(secure));
  app.use(bodyLimits());
  // Staff pages, notices and their DOCX files carry personal data: no cache keeps a copy.
  app.use('/staff/*', noStore);
  app.use(refuseCrossSitePosts(publicOrigin));

  app.get('/assets/site.css', serveStylesheet);
  mountPublic(app);
  mountStaff(app);
  app.notFound((c) => notFoundPage(c, '没有这个页面'));
  app.onError((error, c) => {
    log(errorLogLine(c, error));
    return c.render(
      <>
        <h1>出错了</h1>
        <p>服务器处理请求时出错，请稍后再试。错误已记录。</p>
      </>,
      { title: '出错了', status: 500 },
    );
  });
  return app;
}
