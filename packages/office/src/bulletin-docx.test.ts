import type { AgencyMeasurements } from '@gk/assessment';
import { buildBulletin, DEFAULT_SCORING_PROFILE, scoreAgencies } from '@gk/assessment';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bulletinToDocx } from './bulletin-docx.js';

const agency = (agencyId: string, name: string, lateCases: number): AgencyMeasurements => ({
  agencyId,
  name,
  level: 'department',
  year: 2026,
  measurements: [
    {
      indicator: 'requestOnTime',
      total: 10,
      met: 10 - lateCases,
      defects: lateCases,
      evidence: Array.from({ length: lateCases }, (_, i) => ({
        subject: `c${String(i + 1)}`,
        text: '答复期限 2026-03-30，2026-04-20 才答复',
      })),
    },
  ],
});

describe('通报 as Word', () => {
  it('prints the title, the ranking table, each agency’s problems with examples, and the issuer and date', async () => {
    const assessment = scoreAgencies(
      [agency('edu', '示范县教育局', 2), agency('mz', '示范县民政局', 0)],
      DEFAULT_SCORING_PROFILE,
    );
    const bulletin = buildBulletin(assessment, {
      issuer: '示范县人民政府办公室',
      issuedOn: '2027-04-10',
      fixBy: '2027-05-10',
    });
    const zip = await JSZip.loadAsync(await bulletinToDocx(bulletin));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('关于2026年度政务公开工作考核情况的通报');
    expect(xml).toContain('<w:tblHeader/>');
    // One indicator applies: 2 overdue cases cost 6 of its 15 points, 40 of 100 scaled.
    expect(xml).toContain('<w:t xml:space="preserve">60.00</w:t>');
    expect(xml).toContain('1. 依申请公开按期答复（扣 40.00 分）：10件申请中2处不符合要求。');
    expect(xml).toContain('c2：答复期限 2026-03-30，2026-04-20 才答复');
    expect(xml).toContain('2027年4月10日');
  });
});
