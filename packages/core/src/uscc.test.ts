import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, organizationCodeCheckCharacter, usccCheckCharacter } from './uscc.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// A well-formed body: authority, category, division digits, an organisation code with its check character.
const body = fc
  .tuple(
    fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y'),
    fc.constantFrom('1', '2', '3', '9'),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 8, maxLength: 8 }),
  )
  .map(
    ([authority, category, division, org]) =>
      `${authority}${category}${division}${org}${organizationCodeCheckCharacter(org) ?? ''}`,
  );

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    for (const code of ['91350100M000100Y43', '911100001000054748', '91110000802100433B', '91440300708461136T']) {
      expect(isValidUscc(code)).toBe(true);
    }
  });

  it('names the expected check character when it is wrong', () => {
    expect(checkUscc('91350100M000100Y44', ['applicant', 'uscc'])).toEqual([
      {
        code: 'uscc.checksum',
        path: ['applicant', 'uscc'],
        params: { input: '91350100M000100Y44', expected: '3' },
        severity: 'error',
      },
    ]);
  });

  it('checks the embedded 组织机构代码 (GB 11714-1997) and the registration authority', () => {
    // 91350100M000100Y43: organisation code M000100Y-4. Changing the 17th character breaks both checks.
    expect(organizationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(organizationCodeCheckCharacter('80210043')).toBe('3');
    const body = '91350100M000100Y5';
    const wrongOrg = `${body}${usccCheckCharacter(body) ?? ''}`;
    expect(checkUscc(wrongOrg).map((i) => i.code)).toEqual(['uscc.organizationCode']);
    expect(checkUscc(wrongOrg)[0]?.params).toEqual({ input: wrongOrg, expected: '4' });
    const authority = `Z1350100M000100Y4`;
    expect(checkUscc(`${authority}${usccCheckCharacter(authority) ?? '0'}`)[0]?.code).toBe('uscc.format');
    const unknown = 'B1350100M000100Y4';
    expect(checkUscc(`${unknown}${usccCheckCharacter(unknown) ?? ''}`).map((i) => i.code)).toEqual(['uscc.authority']);
    expect(checkUscc('9A350100M000100Y43')[0]?.code).toBe('uscc.format');
  });

  it('rejects wrong lengths and the letters I, O, S, V, Z and lower case', () => {
    for (const input of ['91350100M000100Y4', '91350100M000100Y433', '91350100I000100Y43', '91350100m000100y43', '']) {
      expect(checkUscc(input)[0]?.code).toBe('uscc.format');
    }
  });

  it('accepts any body with its computed check character, and rejects every other last character', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...CHARSET), (b, last) => {
        const check = usccCheckCharacter(b);
        return isValidUscc(b + last) === (last === check);
      }),
    );
  });

  it('detects any single changed character', () => {
    fc.assert(
      fc.property(body, fc.nat(16), fc.constantFrom(...CHARSET), (b, at, replacement) => {
        fc.pre(b.charAt(at) !== replacement);
        const valid = b + (usccCheckCharacter(b) ?? '');
        const changed = valid.slice(0, at) + replacement + valid.slice(at + 1);
        return !isValidUscc(changed);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (input) => Array.isArray(checkUscc(input))));
  });
});
