import { describe, expect, it } from 'vitest';
import { PublicationError } from './error.js';
import { formatPublicationIssue } from './format-issue.js';
import {
  DEFAULT_INDEX_PATTERN,
  duplicateIndexNos,
  formatIndexNo,
  nextIndexNo,
  safeParseIndexNo,
} from './index-number.js';

const agencyCode = '11350200MB0123456X';

describe('索引号', () => {
  it('writes and reads the default pattern: agency code, year, five-digit sequence', () => {
    expect(DEFAULT_INDEX_PATTERN).toBe('{agencyCode}/{year}-{sequence:5}');
    expect(formatIndexNo({ agencyCode, year: 2026, sequence: 12 })).toBe('11350200MB0123456X/2026-00012');
    expect(safeParseIndexNo('11350200MB0123456X/2026-00012')).toEqual({
      success: true,
      data: { agencyCode, year: 2026, sequence: 12 },
    });
  });

  it('takes a pattern with a category and a sequence width', () => {
    const pattern = '{agencyCode}-{category}-{year}-{sequence:3}';
    expect(formatIndexNo({ agencyCode: '000014349', category: 'CZ', year: 2025, sequence: 7 }, { pattern })).toBe(
      '000014349-CZ-2025-007',
    );
    expect(safeParseIndexNo('000014349-CZ-2025-007', { pattern })).toEqual({
      success: true,
      data: { agencyCode: '000014349', category: 'CZ', year: 2025, sequence: 7 },
    });
  });

  it('never reuses a number: the next is one past the highest ever issued for the agency, year and category', () => {
    const used = [
      `${agencyCode}/2026-00003`,
      `${agencyCode}/2026-00001`,
      `${agencyCode}/2025-00090`,
      `OTHER/2026-00050`,
      'garbage',
    ];
    expect(nextIndexNo(used, { agencyCode, year: 2026 })).toBe(`${agencyCode}/2026-00004`);
    expect(nextIndexNo(used, { agencyCode, year: 2027 })).toBe(`${agencyCode}/2027-00001`);
    expect(() =>
      nextIndexNo([`${agencyCode}/2026-9`], { agencyCode, year: 2026, pattern: '{agencyCode}/{year}-{sequence:1}' }),
    ).toThrow(PublicationError);
  });

  it('refuses numbers that do not fit, with the pattern in the message', () => {
    for (const bad of [
      '11350200MB0123456X/2026-12',
      '11350200MB0123456X/２０２６-00012',
      'x'.repeat(10_000),
      '11350200MB0123456X/2026-00000',
      42,
    ]) {
      expect(safeParseIndexNo(bad).success).toBe(false);
    }
    const result = safeParseIndexNo('11350200MB0123456X/2026-12');
    expect(!result.success && formatPublicationIssue(result.issues[0]!)).toBe(
      '索引号：索引号“11350200MB0123456X/2026-12”不符合本机关的规则“{agencyCode}/{year}-{sequence:5}”',
    );
  });

  it('refuses invalid patterns and parts', () => {
    for (const pattern of [
      '{year}-{sequence}',
      '{agencyCode}/{year}',
      '{agencyCode}{agencyCode}{year}{sequence}',
      '{agencyCode}/{year}-{seq}',
      '{agencyCode}/{year}-{sequence:0}',
      'a\u0000{agencyCode}{year}{sequence}',
    ]) {
      expect(() => formatIndexNo({ agencyCode, year: 2026, sequence: 1 }, { pattern })).toThrow(PublicationError);
    }
    expect(() => formatIndexNo({ agencyCode: 'a b', year: 2026, sequence: 1 })).toThrow(PublicationError);
    expect(() => formatIndexNo({ agencyCode, year: 2026, sequence: 100_000 })).toThrow(PublicationError);
    expect(() => formatIndexNo({ agencyCode, year: 2026.5, sequence: 1 })).toThrow(PublicationError);
  });

  it('lists repeated numbers at their later places', () => {
    expect(duplicateIndexNos(['a', 'b', 'a', 'a']).map((i) => i.path)).toEqual([[2], [3]]);
  });
});
