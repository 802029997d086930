// The staff desk, mounted under /staff: sign-in first (its guard covers every later route), then the pages.
import type { Hono } from 'hono';
import type { Env } from '../../context.js';
import { calendarRoutes } from './calendar.js';
import { caseRoutes } from './cases.js';
import { deskRoutes } from './desk.js';
import { officeRoutes } from './office.js';
import { publicationRoutes } from './publications.js';
import { reviewRoutes } from './review.js';
import { signInRoutes } from './sign-in.js';

/** Mounts the staff desk: sign-in, queue, cases, notices, calendar, review. */
export function mountStaff(app: Hono<Env>): void {
  app.route('/staff/', signInRoutes());
  app.get('/staff', (c) => c.redirect('/staff/', 303));
  app.route('/staff/', deskRoutes());
  app.route('/staff/cases', caseRoutes());
  app.route('/staff/calendar', calendarRoutes());
  app.route('/staff/review', reviewRoutes());
  app.route('/staff/publications', publicationRoutes());
  app.route('/staff/office', officeRoutes());
}
