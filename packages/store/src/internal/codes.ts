import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { createIssue } from '@gk/core';
import { StoreError } from '../errors.js';

// Letters and digits a person reads back without confusion: no 0/O, 1/I/L.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const KEY_LENGTH = 32;

/**
 * scrypt's cost (N) by what is hashed. A password is chosen by a person and gets the full cost
 * (2^14, about 60 ms here). A look-up code is 8 random characters (≈ 40 bits) checked online only under
 * attempt limits, so a quarter of the cost (2^12, about 12 ms) still leaves an offline search of a
 * leaked hash at decades of CPU time per code, and keeps look-ups fast under load. The scheme name
 * stored with the hash records the cost, so hashes of either kind stay readable.
 */
/** What a secret is: a person's password, or a random look-up code. */
export type SecretKind = 'password' | 'code';
const COSTS: Readonly<Record<SecretKind, { readonly scheme: string; readonly N: number }>> = {
  password: { scheme: 'scrypt', N: 16_384 },
  code: { scheme: 'scrypt4096', N: 4_096 },
};
/** The hash checked when there is none (an unknown account or receipt): the kind's cost, never a match. */
export const dummy = (kind: SecretKind): string =>
  `${COSTS[kind].scheme}$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

/**
 * At most this many scrypt derivations run at once; the rest wait their turn. scrypt runs on libuv's
 * small thread pool, which the database and file I/O share: a flood of look-ups or sign-ins must not
 * take all of it.
 */
export const MAX_CONCURRENT_HASHES = 2;
/** The longest secret hashed or checked: longer input is refused, not worked on. */
export const MAX_SECRET_LENGTH = 1024;

let running = 0;
/** Waiting derivations: urgent ones (staff sign-in) go before the rest (look-ups). */
const waiting: { urgent: (() => void)[]; normal: (() => void)[] } = { urgent: [], normal: [] };

async function turn<T>(work: () => Promise<T>, urgent: boolean): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES)
    await new Promise<void>((resolve) => (urgent ? waiting.urgent : waiting.normal).push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    (waiting.urgent.shift() ?? waiting.normal.shift())?.();
  }
}

const derive = (secret: string, salt: Buffer, N: number, urgent = false): Promise<Buffer> =>
  turn(
    () =>
      new Promise((resolve, reject) => {
        scrypt(secret, salt, KEY_LENGTH, { N }, (error, key) => {
          if (error === null) resolve(key);
          else reject(error);
        });
      }),
    urgent,
  );

/** Options of {@link hashSecret}. */
export interface HashSecretOptions {
  /** `password` (the default, full cost) or `code` (a random look-up code, a quarter of the cost). */
  readonly kind?: SecretKind;
}

/**
 * Hashes a secret (a look-up code, a password) for storage as `scrypt$<salt>$<key>` (a look-up code:
 * `scrypt4096$…`); the secret itself is never stored. At most {@link MAX_CONCURRENT_HASHES}
 * derivations run at once.
 * @param secret - the secret
 * @param options - what kind of secret it is
 * @returns the hash
 */
export async function hashSecret(secret: string, options: HashSecretOptions = {}): Promise<string> {
  if (secret.length > MAX_SECRET_LENGTH)
    throw new StoreError([createIssue('store.secretTooLong', { limit: MAX_SECRET_LENGTH }, ['secret'])]);
  const { scheme, N } = COSTS[options.kind ?? 'password'];
  const salt = randomBytes(16);
  return `${scheme}$${salt.toString('hex')}$${(await derive(secret, salt, N)).toString('hex')}`;
}

/** Options of {@link verifySecret}. */
export interface VerifySecretOptions {
  /** Go before waiting non-urgent checks (staff sign-in before a flood of look-ups). */
  readonly urgent?: boolean;
  /**
   * What kind of secret is checked: with no stored hash, the same work is done at that kind's cost,
   * so an unknown receipt number takes as long as a known one. `password` by default.
   */
  readonly kind?: SecretKind;
}

/**
 * Checks a secret against a stored hash in constant time. With no hash (an unknown account or
 * receipt number) it does the same work and answers false, so timing does not tell which exist.
 * @param secret - what the person typed
 * @param stored - the hash from {@link hashSecret}, or `undefined`
 * @param options - `urgent` to go before waiting look-ups
 * @returns whether they match
 */
export async function verifySecret(
  secret: string,
  stored: string | undefined,
  options: VerifySecretOptions = {},
): Promise<boolean> {
  if (typeof secret !== 'string' || secret.length > MAX_SECRET_LENGTH) return false;
  const [scheme, saltHex, keyHex] = (stored ?? dummy(options.kind ?? 'password')).split('$');
  const cost = Object.values(COSTS).find((c) => c.scheme === scheme);
  if (cost === undefined || saltHex === undefined || keyHex === undefined) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await derive(secret, Buffer.from(saltHex, 'hex'), cost.N, options.urgent === true);
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A random look-up code of 8 characters (≈ 40 bits). */
export function newLookupCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code;
}

/** Normalises what an applicant types: upper case, no spaces or dashes. */
export function normalizeLookupCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}
