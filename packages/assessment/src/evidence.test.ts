import { checkCatalogueCompliance, checkStatutoryPublication } from '@gk/publication';
import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { gatherEvidence, STATUTORY_LEVEL } from './evidence.js';
import { measureAgency } from './measure.js';
import { catalogue, department, publication, TODAY } from './test-support/fixtures.js';

describe('gatherEvidence', () => {
  const { cases = [], publications = [] } = department();
  const records = {
    agencyId: 'edu',
    name: '示范县教育局',
    level: 'department' as const,
    catalogues: [catalogue()],
    complianceSubjects: publications,
    publications,
    cases,
  };

  it('checks compliance as of the day and the statutory list of the agency’s kind', () => {
    const evidence = gatherEvidence(records, { today: TODAY, calendar: chinaCalendar });
    expect(evidence.compliance).toEqual(
      checkCatalogueCompliance([catalogue()], publications, { today: TODAY, calendar: chinaCalendar }),
    );
    expect(evidence.statutory).toEqual(checkStatutoryPublication(publications, 'agency'));
    expect(evidence.cases).toBe(cases);
    // Measured as the hand-built evidence is, for what both hold.
    const measured = measureAgency(evidence, { year: 2026, today: TODAY }).measurements;
    expect(measured.find((m) => m.indicator === 'publicationTimeliness')).toMatchObject({ total: 3, met: 2 });
    expect(measured.find((m) => m.indicator === 'requestOnTime')).toMatchObject({ total: 3, met: 1 });
  });

  it('applies 第二十一条’s lists to the government and to a township, 第二十条’s to a department', () => {
    expect(STATUTORY_LEVEL).toEqual({ government: 'county', department: 'agency', township: 'township' });
    const budget = [
      publication('GOV/2026-00001', 'edu-budget', '2026-03-02', '2026-03-05', { title: '2026年财政预算' }),
    ];
    const levels = (['government', 'department', 'township'] as const).map(
      (level) =>
        gatherEvidence({ ...records, level, publications: budget }, { today: TODAY, calendar: chinaCalendar }).statutory
          ?.level,
    );
    expect(levels).toEqual(['county', 'agency', 'township']);
  });
});
