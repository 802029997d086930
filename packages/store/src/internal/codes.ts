import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { createIssue } from '@gk/core';
import { StoreError } from '../errors.js';

// Letters and digits a person reads back without confusion: no 0/O, 1/I/L.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const KEY_LENGTH = 32;
const DUMMY = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

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

const derive = (secret: string, salt: Buffer, urgent = false): Promise<Buffer> =>
  turn(
    () =>
      new Promise((resolve, reject) => {
        scrypt(secret, salt, KEY_LENGTH, (error, key) => {
          if (error === null) resolve(key);
          else reject(error);
        });
      }),
    urgent,
  );

/**
 * Hashes a secret (a look-up code, a password) for storage as `scrypt$<salt>$<key>`; the secret itself
 * is never stored. At most {@link MAX_CONCURRENT_HASHES} derivations run at once.
 * @param secret - the secret
 * @returns the hash
 */
export async function hashSecret(secret: string): Promise<string> {
  if (secret.length > MAX_SECRET_LENGTH)
    throw new StoreError([createIssue('store.secretTooLong', { limit: MAX_SECRET_LENGTH }, ['secret'])]);
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await derive(secret, salt)).toString('hex')}`;
}

/** Options of {@link verifySecret}. */
export interface VerifySecretOptions {
  /** Go before waiting non-urgent checks (staff sign-in before a flood of look-ups). */
  readonly urgent?: boolean;
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
  const [scheme, saltHex, keyHex] = (stored ?? DUMMY).split('$');
  if (scheme !== 'scrypt' || saltHex === undefined || keyHex === undefined) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await derive(secret, Buffer.from(saltHex, 'hex'), options.urgent === true);
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
