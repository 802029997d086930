import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

// Letters and digits a person reads back without confusion: no 0/O, 1/I/L.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const KEY_LENGTH = 32;

const derive = (code: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(code, salt, KEY_LENGTH, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });

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

/** `scrypt$<salt>$<key>`: the code itself is never stored. */
export async function hashLookupCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(normalizeLookupCode(code), salt);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

const DUMMY = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

/**
 * Checks a code against a stored hash in constant time; with no hash (an unknown receipt number) it
 * does the same work and answers false, so timing does not tell which receipt numbers exist.
 */
export async function verifyLookupCode(code: string, stored: string | undefined): Promise<boolean> {
  const [scheme, saltHex, keyHex] = (stored ?? DUMMY).split('$');
  if (scheme !== 'scrypt' || saltHex === undefined || keyHex === undefined) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await derive(normalizeLookupCode(code), Buffer.from(saltHex, 'hex'));
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(expected, actual);
}
