// Staff sign-in: passwords hashed by the store's hashSecret, server-side sessions, a CSRF token per session.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffAccount } from './data.js';
import { COUNTY_AGENCY_ID } from './data.js';

/** A signed-in member of staff. */
export interface Session {
  readonly id: string;
  readonly csrf: string;
  readonly username: string;
  readonly name: string;
  readonly role: StaffAccount['role'];
  /** The agency the member of staff works for. */
  readonly agencyId: string;
  /** Whether they are the county's 政务公开办 (see `StaffAccount.supervisingOffice`). */
  readonly supervisingOffice: boolean;
  readonly expiresAt: number;
}

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

/** Sessions in memory: a restart signs everyone out, which a demo can afford. */
export class Sessions {
  readonly #sessions = new Map<string, Session>();

  create(account: StaffAccount): Session {
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      csrf: randomBytes(24).toString('base64url'),
      username: account.username,
      name: account.name,
      role: account.role,
      agencyId: account.agencyId ?? COUNTY_AGENCY_ID,
      supervisingOffice: account.supervisingOffice === true,
      expiresAt: Date.now() + EIGHT_HOURS,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session === undefined || session.expiresAt < Date.now()) {
      this.#sessions.delete(id ?? '');
      return undefined;
    }
    return session;
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.#sessions.delete(id);
  }
}

/** Compares two tokens in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
