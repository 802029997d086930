// How a page is sent: Hono's jsxRenderer wraps every page in the layout, so a handler returns
// `c.render(<>…</>, { title, status })`. The layout's side (public or staff) follows the path, and
// the signed-in member of staff comes from the request's context.
import { ACTOR_ROLE_LABELS } from '@gk/request-workflow';
import type { Context, MiddlewareHandler } from 'hono';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { Session } from './auth.js';
import type { Env } from './context.js';
import type { AgencyData, AgencyProfile } from './data.js';
import type { LayoutAgency } from './layout.js';
import { Layout } from './layout.js';
import { displayModeOf } from './display-mode.js';

/** The statuses a page is sent with. */
export type PageStatus = 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503;

/** What a page gives the layout: its title and, when not 200, its status. */
export interface PageProps {
  readonly title: string;
  readonly status?: PageStatus;
}

declare module 'hono' {
  // An interface, not a function type: Hono's renderer props are declared by merging into it.
  interface ContextRenderer {
    // eslint-disable-next-line @typescript-eslint/prefer-function-type
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

/** What a page needs of Hono's context: rendering itself in the layout, and the shared variables. */
export type HtmlContext = Pick<Context<Env>, 'render' | 'var'>;

/** The signed-in member of staff as the layout's header shows them. */
export const staffOf = (session: Session) => ({
  name: session.name,
  roleLabel: ACTOR_ROLE_LABELS[session.role]['zh-CN'],
  csrf: session.csrf,
  supervisingOffice: session.supervisingOffice,
});

/** The agency the frame shows: the page's, when a middleware has read its profile. */
const agencyOf = (c: Context<Env>): LayoutAgency | undefined => {
  const profile = c.var.agencyProfile as AgencyProfile | undefined;
  const agency = c.var.agency as AgencyData | undefined;
  return profile === undefined || agency === undefined
    ? undefined
    : { name: profile.name, base: agency.base, office: profile.office };
};

/** The layout around every page, with the doctype; registered first, so even refusals have it. */
export const pageRenderer: MiddlewareHandler<Env> = jsxRenderer<Env>(
  ({ children, title, status }, c) => {
    if (status !== undefined) c.status(status);
    const session = (c as Context<Env>).var.session as Session | undefined;
    const side = c.req.path === '/staff' || c.req.path.startsWith('/staff/') ? 'staff' : 'public';
    return (
      <Layout
        title={title}
        side={side}
        staff={session === undefined ? undefined : staffOf(session)}
        agency={agencyOf(c as Context<Env>)}
        display={displayModeOf(c)}
        path={c.req.path}
      >
        {children}
      </Layout>
    );
  },
  { docType: true },
);

/** The page for an address that leads nowhere, with what was not found. */
export const notFoundPage = (c: HtmlContext, message: string): Response | Promise<Response> =>
  c.render(
    <>
      <h1>未找到</h1>
      <p>{message}</p>
      <p>
        <a href="/">返回首页</a>
      </p>
    </>,
    { title: '未找到', status: 404 },
  );
