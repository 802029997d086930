// The public side: guide, catalogue, policies, application, look-up, annual report.
import type { Hono } from 'hono';
import type { Env } from '../../context.js';
import { applyRoutes } from './apply.js';
import { catalogueRoutes } from './catalogue.js';
import { guidePage } from './guide.js';
import { homePage } from './home.js';
import { infoRoutes } from './info.js';
import { lookupRoutes } from './lookup.js';
import { policyRoutes } from './policies.js';
import { reportPage } from './report.js';

/** Mounts the public pages. */
export function mountPublic(app: Hono<Env>): void {
  app.get('/', homePage());
  app.get('/guide', guidePage());
  app.route('/catalogue', catalogueRoutes());
  app.route('/policies', policyRoutes());
  app.route('/info', infoRoutes());
  app.route('/apply', applyRoutes());
  app.route('/lookup', lookupRoutes());
  app.get('/report', reportPage());
}
