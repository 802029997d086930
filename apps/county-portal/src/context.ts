// What the portal's routes share: Hono's variables and the context every page handler reads.
import type { LocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type { Context } from 'hono';
import type { ApplicantSessions } from './applicant-sessions.js';
import type { Session, Sessions } from './auth.js';
import type { AgencyData, AgencyProfile, PortalData } from './data.js';
import type { AttemptLimiter } from './middleware/limits.js';

/**
 * Hono's variables: what the routes share, the agency whose pages these are (on staff pages, the signed-in
 * member of staff's agency) with its profile, and the signed-in member of staff on staff pages.
 */
export interface Env {
  Variables: { portal: PortalContext; agency: AgencyData; agencyProfile: AgencyProfile; session: Session };
}

/** What the routes share. */
export interface PortalContext {
  readonly data: PortalData;
  /** The date the portal works on: the clock at the edge, or a fixed date in tests. */
  readonly today: () => LocalDate;
  /** The working-day calendar in use: the package's, with the notices the office has added. */
  readonly calendar: () => WorkdayCalendar;
  readonly sessions: Sessions;
  /** Applicants who looked up one of their applications. */
  readonly applicants: ApplicantSessions;
  /** The origin people reach the portal at; forms must come from it. */
  readonly publicOrigin: string;
  /** Whether the portal is served over https: the session cookie is then `Secure`. */
  readonly secure: boolean;
  /** Who is asking, for per-address limits. */
  readonly clientAddress: (c: Context) => string;
  /** Failed sign-ins per account and per address, failed look-ups per address. */
  readonly limiters: {
    readonly loginAccount: AttemptLimiter;
    readonly loginAddress: AttemptLimiter;
    readonly lookup: AttemptLimiter;
  };
}
