// What keeps a hostile client from hanging or exhausting the portal: attempt limits with backoff,
// the client's address, and the sizes a request may have.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Settings of an {@link AttemptLimiter}. */
export interface AttemptLimits {
  /** Failed attempts allowed within `windowMs` before the key is locked. */
  readonly free: number;
  /** How long failures are remembered, in milliseconds. */
  readonly windowMs: number;
  /** The first lock, in milliseconds; each further failure doubles it. */
  readonly lockMs: number;
  /** The longest lock, in milliseconds. */
  readonly maxLockMs: number;
}

/**
 * Staff sign-in, per account: five wrong passwords within 15 minutes lock the account for a minute,
 * doubling with each further failure up to 15 minutes. Local practice: a setting of `createPortal`.
 */
export const LOGIN_ACCOUNT_LIMITS: AttemptLimits = {
  free: 5,
  windowMs: 15 * 60_000,
  lockMs: 60_000,
  maxLockMs: 15 * 60_000,
};

/** Staff sign-in, per address: twenty failures within 15 minutes, whichever accounts they tried. */
export const LOGIN_ADDRESS_LIMITS: AttemptLimits = {
  free: 20,
  windowMs: 15 * 60_000,
  lockMs: 60_000,
  maxLockMs: 15 * 60_000,
};

/** Look-ups, per address: ten wrong receipt numbers or codes within 10 minutes, then a pause. */
export const LOOKUP_LIMITS: AttemptLimits = {
  free: 10,
  windowMs: 10 * 60_000,
  lockMs: 60_000,
  maxLockMs: 30 * 60_000,
};

/** The most keys a limiter remembers; the oldest is forgotten first. */
const MAX_KEYS = 10_000;
/** Doubling stops here: 2^16 times the first lock is beyond any maximum. */
const MAX_DOUBLINGS = 16;

interface Entry {
  failures: number;
  since: number;
  lockedUntil: number;
}

/**
 * Counts failed attempts per key (an account, an address) and locks a key that fails too often, for a
 * time that doubles with each further failure. A locked key is answered without any work (no password
 * hashing), so a flood costs the server almost nothing. Memory is bounded: at most 10 000 keys.
 */
export class AttemptLimiter {
  readonly #entries = new Map<string, Entry>();
  readonly #limits: AttemptLimits;
  readonly #now: () => number;

  constructor(limits: AttemptLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /**
   * Seconds until `key` may try again.
   * @param key - an account or an address
   * @returns 0 when it may try now
   */
  wait(key: string): number {
    const entry = this.#entries.get(key);
    const left = entry === undefined ? 0 : entry.lockedUntil - this.#now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /**
   * Records a failed attempt.
   * @param key - an account or an address
   * @returns the seconds `key` is now locked for; 0 when it is not
   */
  fail(key: string): number {
    const now = this.#now();
    const old = this.#entries.get(key);
    const fresh = old === undefined || (now - old.since > this.#limits.windowMs && old.lockedUntil <= now);
    const entry: Entry = fresh ? { failures: 0, since: now, lockedUntil: 0 } : old;
    entry.failures += 1;
    const over = entry.failures - this.#limits.free;
    if (over >= 0) {
      const lock = Math.min(this.#limits.maxLockMs, this.#limits.lockMs * 2 ** Math.min(over, MAX_DOUBLINGS));
      entry.lockedUntil = now + lock;
      // A failure during a lock keeps it remembered for the whole lock.
      entry.since = Math.max(entry.since, entry.lockedUntil - this.#limits.windowMs);
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > MAX_KEYS) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return this.wait(key);
  }

  /** Forgets `key`'s failures, after a successful attempt. */
  succeed(key: string): void {
    this.#entries.delete(key);
  }
}

/**
 * How long a wait reads: `45 秒`, `3 分钟`.
 * @param seconds - the wait
 */
export function waitText(seconds: number): string {
  return seconds < 60 ? `${String(seconds)} 秒` : `${String(Math.ceil(seconds / 60))} 分钟`;
}

/**
 * The client's address as the server socket sees it (a reverse proxy's address when there is one);
 * `unknown` where there is no socket (Hono's `app.request()` in tests).
 */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The largest request body, in bytes: 256 KB holds any form here many times over. */
export const MAX_BODY_BYTES = 256 * 1024;
/** The largest body of the pre-publication review form, whose text may be a long document. */
export const MAX_REVIEW_BODY_BYTES = 4 * 1024 * 1024;
/** The longest text the pre-publication review takes, in characters. */
export const MAX_REVIEW_TEXT_LENGTH = 200_000;
/** The most findings the review page lists in its table; all of them stay highlighted in the text. */
export const REVIEW_TABLE_ROWS = 200;
