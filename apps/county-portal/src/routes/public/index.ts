// The public side: guide, catalogue, policies, application, look-up, annual report.
import type { Hono } from 'hono';
import type { Env, PortalContext } from '../../context.js';
import { applyRoutes } from './apply.js';
import { catalogueRoutes } from './catalogue.js';
import { guidePage } from './guide.js';
import { homePage } from './home.js';
import { lookupRoutes } from './lookup.js';
import { policyRoutes } from './policies.js';
import { reportPage } from './report.js';

/** Mounts the public pages. */
export function mountPublic(app: Hono<Env>, ctx: PortalContext): void {
  app.get('/', homePage(ctx));
  app.get('/guide', guidePage(ctx));
  app.route('/catalogue', catalogueRoutes(ctx));
  app.route('/policies', policyRoutes(ctx));
  app.route('/apply', applyRoutes(ctx));
  app.route('/lookup', lookupRoutes(ctx));
  app.get('/report', reportPage(ctx));
}
