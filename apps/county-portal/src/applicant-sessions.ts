// Applicants' sessions after a successful look-up: server-side, short, bounded in number, one per application.
import { randomBytes } from 'node:crypto';

/** An applicant who gave the receipt number and the look-up code of one application. */
export interface ApplicantSession {
  readonly id: string;
  readonly csrf: string;
  readonly agencyId: string;
  readonly receiptNo: string;
  readonly expiresAt: number;
}

/** The cookie that carries an applicant's session. */
export const APPLICANT_COOKIE = 'gk_applicant';
/** How long an applicant's session lasts: half an hour, as a service-hall terminal would want. */
export const APPLICANT_SESSION_MINUTES = 30;
/** The most sessions kept at once; the oldest goes first when full. */
export const MAX_APPLICANT_SESSIONS = 5_000;

/** Applicants' sessions in memory: a restart asks applicants to look up again, which costs them one form. */
export class ApplicantSessions {
  readonly #sessions = new Map<string, ApplicantSession>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  create(agencyId: string, receiptNo: string, minutes: number = APPLICANT_SESSION_MINUTES): ApplicantSession {
    const session: ApplicantSession = {
      id: randomBytes(24).toString('base64url'),
      csrf: randomBytes(24).toString('base64url'),
      agencyId,
      receiptNo,
      expiresAt: this.#now() + Math.min(minutes, APPLICANT_SESSION_MINUTES) * 60_000,
    };
    // Bounded: past the limit the oldest session (first in the map's order) makes room.
    while (this.#sessions.size >= MAX_APPLICANT_SESSIONS) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest === undefined) break;
      this.#sessions.delete(oldest);
    }
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): ApplicantSession | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session === undefined || session.expiresAt < this.#now()) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.#sessions.delete(id);
  }

  /** How many sessions are kept. */
  get size(): number {
    return this.#sessions.size;
  }
}
