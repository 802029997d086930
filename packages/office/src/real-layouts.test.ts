import { describe, expect, it } from 'vitest';
import { readCatalogueDocx } from './docx-catalogue.js';
import { layoutDocx, layoutXlsx, realLayouts } from './test-support/real-layouts.js';
import { readCatalogueXlsx } from './xlsx/read.js';

// Header fields a published table does not carry: the reader takes them from the options.
const header = {
  jurisdiction: { divisionCode: '510822', name: '某县' },
  agency: { name: '某县人民政府' },
  domain: '测试',
  version: '2024',
  effectiveOn: '2024-01-01',
};

describe('catalogues in the layouts counties published (fixtures/real-layouts, each with its source address)', () => {
  it('has the fixtures, each naming the government page it came from', () => {
    expect(realLayouts.length).toBeGreaterThanOrEqual(7);
    for (const layout of realLayouts)
      for (const source of [layout.source].flat()) expect(source).toMatch(/^https?:\/\/[^/]*gov\.cn\//);
  });

  for (const layout of realLayouts) {
    it(`reads ${layout.name} (${layout.layout.slice(0, 40)}…) from Excel and from Word alike`, async () => {
      const xlsx = await readCatalogueXlsx(await layoutXlsx(layout), { header });
      const docx = readCatalogueDocx(await layoutDocx(layout), { header });
      const items = xlsx.document?.items ?? [];
      expect(
        items.map((item, i) => {
          const want = layout.expect[i] ?? {};
          return {
            primaryMatter: item.primaryMatter,
            secondaryMatter: item.secondaryMatter,
            publisher: item.publisher,
            timeLimit: item.timeLimit,
            basis: item.basis,
            channels: item.channels.length,
            audience: item.audience,
            mode: item.mode,
            ...('tiers' in want ? { tiers: item.tiers } : {}),
            ...('extra' in want ? { extra: item.extra } : {}),
          };
        }),
      ).toEqual(layout.expect);
      if (!layout.expect.some((want) => 'tiers' in want))
        expect(items.every((item) => item.tiers === undefined)).toBe(true);
      if (!layout.expect.some((want) => 'extra' in want))
        expect(items.every((item) => item.extra === undefined)).toBe(true);
      expect(xlsx.document?.header.title).toBe(layout.title);
      expect(xlsx.document?.header.tierLabels).toEqual(layout.tierLabels ?? items[0]?.tiers);
      const errors = xlsx.issues.filter((issue) => issue.severity === 'error');
      expect(errors.map((issue) => [issue.path[2], issue.code])).toEqual(layout.errors ?? []);
      expect(xlsx.catalogue === null).toBe(errors.length > 0);
      // The Word table gives the same catalogue and the same issues, at its own cells.
      expect(docx.document).toEqual(xlsx.document);
      expect(docx.issues.map((issue) => issue.message)).toEqual(xlsx.issues.map((issue) => issue.message));
      expect(docx.issues.every((issue) => /^表1 第\d+行第\d+列$/.test(issue.location))).toBe(true);
    });
  }
});
