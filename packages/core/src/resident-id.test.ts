import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCoreIssue } from './format-issue.js';
import { checkResidentId, isValidResidentId, maskResidentId, residentIdCheckCharacter } from './resident-id.js';

describe('公民身份号码 (GB 11643-1999)', () => {
  it("accepts the standard's own example, with its X check character", () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('masks the birth date for display', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('123')).toBe('***');
    expect(maskResidentId('110105491231002')).toBe('110105******002');
    expect(maskResidentId('1'.repeat(2000))).toBe('*'.repeat(18));
  });

  it('reports a wrong check character with the expected one', () => {
    const [issue] = checkResidentId('110105194912310021', { path: ['applicant', 'residentId'] });
    expect(issue).toMatchObject({ code: 'residentId.checksum', params: { expected: 'X' } });
    expect(issue && formatCoreIssue(issue)).toBe(
      'applicant.residentId：公民身份号码“110105********0021”校验码错误：末位应为 X（GB 11643-1999）',
    );
  });

  it('carries a wrong number masked in every issue, so no message shows its birth date', () => {
    const body = '11010520250229002';
    const inputs = ['110105194912310021', '99010519491231002X', body + (residentIdCheckCharacter(body) ?? ''), '110105194912310']; // prettier-ignore
    for (const input of inputs) {
      const issues = checkResidentId(input, { today: '2026-11-21' });
      expect(issues.length, input).toBeGreaterThan(0);
      const text = JSON.stringify(issues) + issues.map((i) => formatCoreIssue(i)).join();
      expect(text, input).not.toContain(input.slice(6, 14));
    }
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (input) =>
        checkResidentId(input).every((issue) => !JSON.stringify(issue).includes(input)),
      ),
    );
  });

  it('rejects impossible birth dates and, given today, future ones', () => {
    const body = '11010520250229002';
    const id = body + (residentIdCheckCharacter(body) ?? '');
    expect(checkResidentId(id).map((i) => i.code)).toEqual(['residentId.birthDate']);
    const future = '11010520261231002';
    const futureId = future + (residentIdCheckCharacter(future) ?? '');
    expect(isValidResidentId(futureId)).toBe(true);
    expect(checkResidentId(futureId, { today: '2026-11-21' }).map((i) => i.code)).toEqual(['residentId.birthDate']);
  });

  it('rejects an address code outside any province', () => {
    const body = '99010519491231002';
    expect(checkResidentId(body + (residentIdCheckCharacter(body) ?? '')).map((i) => i.code)).toEqual([
      'residentId.region',
    ]);
  });

  it('rejects the old 15-digit form, a lower-case x and other characters', () => {
    for (const input of ['110105491231002', '11010519491231002x', '1101051949123100AX', '']) {
      expect(checkResidentId(input)[0]?.code).toBe('residentId.format');
    }
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (input) => Array.isArray(checkResidentId(input, { today: '2026-01-01' }))));
  });
});
