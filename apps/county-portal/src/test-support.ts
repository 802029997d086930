// Test support: the portal on an in-memory store, driven through Hono's app.request(), and signed-in staff.
import type { LocalDate } from '@gk/core';
import { parseLocalDate } from '@gk/core';
import type { Store } from '@gk/store';
import { openStore } from '@gk/store';
import { expect } from 'vitest';
import type { PortalOptions } from './app.js';
import { createPortal } from './app.js';
import { PortalData } from './data.js';
import { DEMO_PASSWORD, seed } from './seed.js';

/** The public origin the test portals are configured with. */
export const ORIGIN = 'http://portal.test';

const stores: Store[] = [];

/** Closes the stores the tests opened; call in `afterEach`. */
export async function closeStores(): Promise<void> {
  for (const store of stores.splice(0)) await store.close();
}

/** An in-memory store seeded on `seededOn`, closed by {@link closeStores}. */
export async function seededStore(seededOn: string): Promise<Store> {
  const store = await openStore({ memory: true });
  stores.push(store);
  await seed(store, parseLocalDate(seededOn));
  return store;
}

/** A portal over `store` (seeded, e.g. by {@link seededStore}), answering as of `today`. */
export async function portalOver(
  store: Store,
  today: string,
  options: Partial<Omit<PortalOptions, 'data' | 'today'>> = {},
) {
  const data = new PortalData(store);
  await store.useCalendar(await data.calendar());
  const day: LocalDate = parseLocalDate(today);
  return Object.assign(createPortal({ publicOrigin: ORIGIN, ...options, data, today: () => day }), { store });
}

/** A portal on a fresh in-memory store seeded on `seededOn`, answering as of `today`. */
export async function portalOn(
  seededOn: string,
  today: string,
  options: Partial<Omit<PortalOptions, 'data' | 'today'>> = {},
) {
  return portalOver(await seededStore(seededOn), today, options);
}

/** A portal from {@link portalOn}. */
export type Portal = Awaited<ReturnType<typeof portalOn>>;

/** A form post from the portal's own origin. */
export function postForm(app: Portal, path: string, fields: Record<string, string> | URLSearchParams, cookie = '') {
  return app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: fields instanceof URLSearchParams ? fields : new URLSearchParams(fields),
  });
}

/** A signed-in member of staff: GETs and form POSTs carrying the session cookie, the origin and the token. */
export async function signIn(app: Portal, username: string) {
  const login = await postForm(app, '/staff/login', { username, password: DEMO_PASSWORD, next: '/staff/' });
  expect(login.status).toBe(303);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = async (path: string) => {
    const response = await app.request(`${ORIGIN}${path}`, { headers: { cookie } });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  const post = async (path: string, fields: Record<string, string> | URLSearchParams) => {
    const page = await get('/staff/');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const body = new URLSearchParams(fields);
    body.set('_csrf', csrf);
    const response = await postForm(app, path, body, cookie);
    return { status: response.status, location: response.headers.get('location') ?? '', html: await response.text() };
  };
  return { get, post, cookie };
}

/**
 * An applicant who looked up an application (at `prefix`, '' for the county government): GETs and form
 * POSTs carrying the applicant's cookie, the origin and the page's token.
 */
export async function lookUpAs(app: Portal, receipt: { receiptNo: string; code: string }, prefix = '') {
  const lookup = await postForm(app, `${prefix}/lookup`, receipt);
  expect(lookup.status).toBe(303);
  expect(lookup.headers.get('location')).toBe(`${prefix}/lookup/case`);
  const cookie = (lookup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = async (path = '') => {
    const response = await app.request(`${ORIGIN}${prefix}/lookup/case${path}`, { headers: { cookie } });
    return {
      status: response.status,
      headers: response.headers,
      body: new Uint8Array(await response.arrayBuffer()),
      get html() {
        return new TextDecoder().decode(this.body);
      },
    };
  };
  const post = async (path: string, fields: Record<string, string>) => {
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await get()).html)?.[1] ?? '';
    const response = await postForm(app, `${prefix}/lookup/case${path}`, { ...fields, _csrf: csrf }, cookie);
    return { status: response.status, location: response.headers.get('location') ?? '', html: await response.text() };
  };
  return { get, post, cookie };
}

/** The receipt number and look-up code an application's confirmation page shows. */
export const receiptOf = (html: string) => ({
  receiptNo: /id="receipt-no">([^<]+)</.exec(html)?.[1] ?? '',
  code: /id="lookup-code">([^<]+)</.exec(html)?.[1] ?? '',
});

/** The text of a page without its tags. */
export const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The case version a case page's forms carry. */
export const versionOf = (html: string): string => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
