import type { AnnualReport } from '@gk/annual-report';
import { buildAnnualReport, checkReport, EMPTY_PROACTIVE_2021, importReportText } from '@gk/annual-report';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { annualReportToDocx } from './docx.js';
import { reportDocxText } from './report-text.js';

const report: AnnualReport = buildAnnualReport({
  format: '2021',
  year: 2025,
  issuer: '示范县教育局',
  cases: [
    { receivedOn: '2025-03-03', concludedOn: '2025-03-20', outcome: 'disclosed', applicant: { kind: 'naturalPerson' } },
  ],
  appeals: [],
  proactive: { ...EMPTY_PROACTIVE_2021, licensingDecisions: 12 },
});

/** A .docx holding `body` as its document part. */
async function docxWith(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<w:document><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reportDocxText', () => {
  it('reads the Word report the package writes back into the same tables', async () => {
    const read = reportDocxText(await annualReportToDocx(report));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const imported = importReportText(read.value);
    expect(imported.success).toBe(true);
    if (!imported.success) return;
    expect([imported.report.issuer, imported.report.year, imported.report.format]).toEqual([
      '示范县教育局',
      2025,
      '2021',
    ]);
    expect(imported.report.tables).toEqual(report.tables);
    expect(checkReport(imported.report)).toEqual(checkReport(report));
  });

  it('keeps a cell with two paragraphs as one cell, and drops a character reference past Unicode', async () => {
    const cell = (...paragraphs: string[]) =>
      `<w:tc>${paragraphs.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')}</w:tc>`;
    const read = reportDocxText(
      await docxWith(
        `<w:p><w:r><w:t>标题&#99999999;</w:t></w:r></w:p><w:tbl><w:tr>${cell('本年新', '制作数量')}${cell('12')}</w:tr></w:tbl>`,
      ),
    );
    expect(read.ok && read.value).toBe('标题\n本年新 制作数量 |\n12 |\n||\n');
  });

  it('gives issues for a file that is not a Word document, never an exception', async () => {
    const notZip = reportDocxText(new TextEncoder().encode('not a zip'));
    expect(notZip.ok).toBe(false);
    const noDocument = new JSZip();
    noDocument.file('a.txt', 'x');
    const missing = reportDocxText(await noDocument.generateAsync({ type: 'uint8array' }));
    expect(!missing.ok && missing.issues.map((i) => i.code)).toEqual(['text.noMainPart']);
  });
});
