import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, usccCheckCharacter } from './uscc.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const body = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 });

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
