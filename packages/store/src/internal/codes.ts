import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

// Letters and digits a person reads back without confusion: no 0/O, 1/I/L.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const KEY_LENGTH = 32;
const DUMMY = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

const derive = (secret: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });

/**
 * Hashes a secret (a look-up code, a password) for storage as `scrypt$<salt>$<key>`; the secret itself
 * is never stored.
 * @param secret - the secret
 * @returns the hash
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await derive(secret, salt)).toString('hex')}`;
}

/**
 * Checks a secret against a stored hash in constant time. With no hash (an unknown account or
 * receipt number) it does the same work and answers false, so timing does not tell which exist.
 * @param secret - what the person typed
 * @param stored - the hash from {@link hashSecret}, or `undefined`
 * @returns whether they match
 */
export async function verifySecret(secret: string, stored: string | undefined): Promise<boolean> {
  const [scheme, saltHex, keyHex] = (stored ?? DUMMY).split('$');
  if (scheme !== 'scrypt' || saltHex === undefined || keyHex === undefined) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await derive(secret, Buffer.from(saltHex, 'hex'));
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
