import { describe, expect, it } from 'vitest';
import { dummy, hashSecret, verifySecret } from './internal/codes.js';

describe('secrets', () => {
  it('hashes a password at full cost and a look-up code at a quarter, each readable by its scheme', async () => {
    const password = await hashSecret('demo-2026');
    const code = await hashSecret('ABCD2345', { kind: 'code' });
    expect(password).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(code).toMatch(/^scrypt4096\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await verifySecret('demo-2026', password)).toBe(true);
    expect(await verifySecret('ABCD2345', code, { kind: 'code' })).toBe(true);
    // A code hashed before look-up codes had their own cost still verifies.
    expect(await verifySecret('ABCD2345', await hashSecret('ABCD2345'), { kind: 'code' })).toBe(true);
    expect(await verifySecret('ABCD2346', code, { kind: 'code' })).toBe(false);
    expect(await verifySecret('ABCD2345', 'md5$x$y')).toBe(false);
  });

  it('checks an unknown receipt number (no hash) against a dummy of the same cost as a real code', async () => {
    expect(dummy('code').split('$')[0]).toBe((await hashSecret('ABCD2345', { kind: 'code' })).split('$')[0]);
    expect(dummy('password').split('$')[0]).toBe((await hashSecret('demo-2026')).split('$')[0]);
    expect(await verifySecret('0'.repeat(8), undefined, { kind: 'code' })).toBe(false);
  });
});
