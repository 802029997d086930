import type { JSX } from 'hono/jsx/jsx-runtime';

/** The statuses a page is sent with. */
export type PageStatus = 200 | 400 | 403 | 404 | 409 | 413 | 429 | 500;

/** The one thing a page needs of Hono's context: sending HTML with a status. */
export interface HtmlContext {
  html(html: string, status: PageStatus): Response | Promise<Response>;
}

/** Sends a page: the doctype, then the rendered element. */
export async function render(c: HtmlContext, element: JSX.Element, status: PageStatus = 200): Promise<Response> {
  const html = await element;
  return c.html(`<!DOCTYPE html>${html.toString()}`, status);
}
