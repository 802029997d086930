import type { LocalDate } from '@gk/core';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { Sessions } from './auth.js';
import { ApplicantSessions } from './applicant-sessions.js';
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
import { servePrintScript, serveStylesheet } from './stylesheet.js';
import { displayModeOf } from './display-mode.js';
import { bodyLimits, noStore, refuseCrossSitePosts, securityHeaders } from './middleware/security.js';
import { mountStaff } from './routes/staff/index.js';

export type { Env, PortalContext } from './context.js';

/** Options of {@link createPortal}. */
export interface PortalOptions {
  readonly data: PortalData;
  /**
   * The data the public pages read, on a hot standby (`DATABASE_READ_URL`): every GET of a public page
   * reads it; applications, look-ups and the staff side use {@link PortalOptions.data}.
   */
  readonly readData?: PortalData;
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

/** The primary cannot be reached or refuses writes: connection refused or lost, a shutdown, a read-only server. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '25006',
]);
export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (/Connection terminated|connect ECONNREFUSED/.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => databaseUnavailable(inner))) return true;
  }
  return false;
}

/**
 * A server error as a log line: the request's method and path, the error's class and code, and its
 * stack frames — never its message, which can quote the values of a failed query (a name, an ID
 * number, a phone number).
 */
export function errorLogLine(c: Context, error: unknown, status: 500 | 503 = 500): string {
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
  return `[gk] ${String(status)} ${c.req.method} ${c.req.path} ${name}${code}${frames === '' ? '' : `\n${frames}`}`;
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
    applicants: new ApplicantSessions(),
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
  const readCtx: PortalContext = options.readData === undefined ? ctx : { ...ctx, data: options.readData };
  app.use(async (c, next) => {
    const publicRead = (c.req.method === 'GET' || c.req.method === 'HEAD') && !c.req.path.startsWith('/staff');
    c.set('portal', publicRead ? readCtx : ctx);
    await next();
  });
  app.use(securityHeaders(secure));
  app.use(bodyLimits());
  // Staff pages, notices and their DOCX files carry personal data: no cache keeps a copy.
  app.use('/staff/*', noStore);
  // So do the applicant's pages: their copy of the application and the notices addressed to them.
  const applicantNoStore: MiddlewareHandler<Env> = async (c, next) =>
    c.req.path.includes('/lookup/case') ? noStore(c, next) : next();
  app.use(applicantNoStore);
  // A kiosk in the 政务公开专区 is a shared terminal: nobody signs in to the staff desk on it.
  app.use('/staff/*', async (c, next) =>
    displayModeOf(c) === 'kiosk'
      ? c.render(
          <>
            <h1>自助终端不能登录工作台</h1>
            <p>这台设备是政务公开专区的自助终端，供公众查阅信息。工作人员请在办公电脑上登录。</p>
            <p>
              <a href="/">返回首页</a>
            </p>
          </>,
          { title: '自助终端', status: 403 },
        )
      : next(),
  );
  app.use(refuseCrossSitePosts(publicOrigin));

  app.get('/assets/site.css', serveStylesheet);
  app.get('/assets/print.js', servePrintScript);
  mountPublic(app);
  mountStaff(app);
  app.notFound((c) => notFoundPage(c, '没有这个页面'));
  app.onError((error, c) => {
    const unavailable = databaseUnavailable(error);
    log(errorLogLine(c, error, unavailable ? 503 : 500));
    if (unavailable)
      return c.render(
        <>
          <h1>修改暂停</h1>
          <p>
            主数据库暂时无法连接，办理、登记、发布等修改已暂停，本次操作没有保存。请稍后再试；公开页面仍可正常查阅。
          </p>
        </>,
        { title: '修改暂停', status: 503 },
      );
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
