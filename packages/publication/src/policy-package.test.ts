import { describe, expect, it } from 'vitest';
import type { PolicyLibraryEntry } from './policy-package.js';
import { buildPolicyPackage } from './policy-package.js';

const entry = (id: string, extra: Partial<PolicyLibraryEntry>): PolicyLibraryEntry => ({
  id,
  title: id,
  agency: '示范县人民政府',
  publishedOn: '2026-03-01',
  targets: {},
  summary: '',
  interpreted: false,
  ...extra,
});

const library: PolicyLibraryEntry[] = [
  entry('small-manufacturers', {
    publishedOn: '2026-05-01',
    targets: { enterprises: { industries: ['C'], sizes: ['small', 'micro'] } },
  }),
  entry('every-enterprise', { targets: { enterprises: {} }, validUntil: '2027-12-31' }),
  entry('farms', { targets: { enterprises: { industries: ['A'] } } }),
  entry('ended', { targets: { enterprises: {} }, validUntil: '2026-06-30' }),
  entry('later', { targets: { enterprises: { sizes: ['small'] } }, validFrom: '2027-01-01' }),
  entry('elderly', { targets: { residents: { situations: ['elderly', 'disabled'] } } }),
  entry('everyone', { targets: { residents: {}, enterprises: {} }, publishedOn: '2025-01-01' }),
];

describe('buildPolicyPackage', () => {
  it('selects what an enterprise qualifies for, with why, the newest first, and counts what ended', () => {
    const result = buildPolicyPackage(
      library,
      { kind: 'enterprise', industry: 'C', size: 'small' },
      { today: '2026-12-02' },
    );
    expect(result.policies.map((p) => [p.entry.id, p.reasons, p.upcoming])).toEqual([
      ['small-manufacturers', ['面向制造业（C门类）企业', '面向小型、微型企业，贵企业为小型企业', '现行有效'], false],
      ['every-enterprise', ['面向各行业企业', '不限企业规模', '有效期至 2027-12-31'], false],
      ['later', ['面向各行业企业', '面向小型企业，贵企业为小型企业', '自 2027-01-01 起施行'], true],
      ['everyone', ['面向各行业企业', '不限企业规模', '现行有效'], false],
    ]);
    expect(result.expired).toBe(1);
  });

  it('leaves out what a large farm does not qualify for', () => {
    const result = buildPolicyPackage(
      library,
      { kind: 'enterprise', industry: 'A', size: 'large' },
      { today: '2026-12-02' },
    );
    expect(result.policies.map((p) => p.entry.id)).toEqual(['every-enterprise', 'farms', 'everyone']);
  });

  it('selects a resident’s policies by situation, and none for a situation nobody wrote for', () => {
    const elderly = buildPolicyPackage(
      library,
      { kind: 'resident', situations: ['elderly', 'student'] },
      { today: '2026-12-02' },
    );
    expect(elderly.policies.map((p) => [p.entry.id, p.reasons[0]])).toEqual([
      ['elderly', '面向老年人'],
      ['everyone', '面向全体居民'],
    ]);
    const other = buildPolicyPackage(
      library.slice(0, 6),
      { kind: 'resident', situations: ['veteran'] },
      { today: '2026-12-02' },
    );
    expect(other).toEqual({ policies: [], expired: 0 });
  });
});
