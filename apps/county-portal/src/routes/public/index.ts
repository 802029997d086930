// The public side: guide, catalogue, policies, application, look-up, annual report — for every agency
// of the county at `/{agencyId}/…`, and the county government's at the root; the county overview at
// `/agencies`.
import { Hono } from 'hono';
import type { Env } from '../../context.js';
import { notFoundPage } from '../../renderer.js';
import { agenciesPage } from './agencies.js';
import { applyRoutes } from './apply.js';
import { catalogueRoutes } from './catalogue.js';
import { displayRoutes } from './display.js';
import { decisionsPage } from './decisions.js';
import { guidePage } from './guide.js';
import { homePage } from './home.js';
import { infoRoutes } from './info.js';
import { lookupRoutes } from './lookup.js';
import { newMediaPage } from './new-media.js';
import { openDayRoutes } from './open-days.js';
import { policyRoutes } from './policies.js';
import { policyLibraryRoutes } from './policy-library.js';
import { qrRoutes } from '../../share.js';
import { reportPage } from './report.js';
import { villageRoutes } from './villages.js';

/** An agency's pages: the same for every agency, which the middleware before them has set. */
function agencyPages(): Hono<Env> {
  const pages = new Hono<Env>();
  pages.get('/', homePage());
  pages.get('/guide', guidePage());
  pages.route('/catalogue', catalogueRoutes());
  pages.route('/policies', policyRoutes());
  pages.route('/info', infoRoutes());
  pages.route('/apply', applyRoutes());
  pages.route('/lookup', lookupRoutes());
  pages.get('/report', reportPage());
  pages.route('/villages', villageRoutes());
  return pages;
}

/** The address part that names an agency (see `AGENCY_ID_PATTERN`). */
const AGENCY_SEGMENT = ':agency{[0-9]{6}-[a-z][a-z0-9-]{0,30}}';

/** Mounts the public pages. */
export function mountPublic(app: Hono<Env>): void {
  app.route('/', displayRoutes());
  app.route('/', qrRoutes());
  app.route('/policy-library', policyLibraryRoutes());
  app.get('/agencies', agenciesPage());
  app.get('/decisions', decisionsPage());
  app.get('/new-media', newMediaPage());
  app.route('/open-days', openDayRoutes());
  const county = new Hono<Env>();
  county.use(async (c, next) => {
    // Runs before every page (a sub-app mounted at the root): the county government's, read from the cache.
    c.set('agency', c.var.portal.data.county);
    const profile = await c.var.portal.data.county.profileIfAny();
    if (profile !== undefined) c.set('agencyProfile', profile);
    await next();
  });
  county.route('/', agencyPages());
  const agency = new Hono<Env>();
  agency.use(async (c, next) => {
    const found = await c.var.portal.data.findAgency(c.req.param('agency') ?? '');
    if (found === undefined) return notFoundPage(c, '本县没有这个单位的公开专栏');
    c.set('agency', found.data);
    c.set('agencyProfile', found.profile);
    await next();
  });
  agency.route('/', agencyPages());
  // An agency's home is `/350299-jyj`; the same address with a slash leads there.
  app.get(`/${AGENCY_SEGMENT}/`, (c) => c.redirect(`/${c.req.param('agency') ?? ''}`, 301));
  app.route('/', county);
  app.route(`/${AGENCY_SEGMENT}`, agency);
}
