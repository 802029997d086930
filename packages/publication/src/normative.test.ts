import { describe, expect, it } from 'vitest';
import { evaluatePublication } from './evaluate.js';
import { cleanupList, normativeDocumentCounts, normativeLibrary } from './normative.js';
import { checkStatutoryPublication } from './statutory.js';
import { event, publishedHistory, publisher } from './test-support/fixtures.js';

const normative = (indexNo: string, publishedOn: string, title: string) =>
  publishedHistory(
    publishedOn,
    {
      kind: 'normativeDocument',
      title,
      documentNo: `示政规〔${publishedOn.slice(0, 4)}〕1号`,
      formedOn: publishedOn,
      createdOn: publishedOn,
    },
    indexNo,
  );

describe('规范性文件库 and its clean-up', () => {
  const a = evaluatePublication(normative('A/2022-00001', '2022-03-01', '示范县农村宅基地管理办法'));
  const b = evaluatePublication(normative('A/2024-00002', '2024-06-10', '示范县城乡居民医疗救助办法'));
  const repealed = evaluatePublication([
    ...normative('A/2020-00003', '2020-05-06', '示范县殡葬管理规定'),
    event('validityChanged', '2025-01-02', { actor: publisher, validity: 'repealed', effectiveOn: '2025-01-01' }),
  ]);
  const notice = evaluatePublication(publishedHistory('2024-01-05'));

  it('lists the normative documents, newest first, with the next review 24 months after the last', () => {
    const library = normativeLibrary(
      [a, b, repealed, notice],
      [{ indexNo: 'A/2022-00001', reviewedOn: '2024-03-15', result: 'stillValid' }],
      {
        today: '2026-05-01',
      },
    );
    expect(library.map((d) => [d.indexNo, d.validity, d.nextReviewOn, d.reviewOverdue])).toEqual([
      ['A/2024-00002', 'valid', '2026-06-10', false],
      ['A/2022-00001', 'valid', '2026-03-15', true],
      ['A/2020-00003', 'repealed', null, false],
    ]);
    expect(library[2]?.invalidSince).toBe('2025-01-01');
  });

  it('takes the interval as a setting, and flags a repeal decided but not done', () => {
    const reviews = [
      { indexNo: 'A/2024-00002', reviewedOn: '2025-12-20', result: 'amend' as const, note: '按新修订的上位法修改' },
      { indexNo: 'A/2022-00001', reviewedOn: '2025-12-20', result: 'repeal' as const },
    ];
    const library = normativeLibrary([a, b], reviews, { today: '2026-05-01', settings: { intervalMonths: 12 } });
    expect(library.map((d) => [d.indexNo, d.nextReviewOn, d.repealPending])).toEqual([
      ['A/2024-00002', '2026-12-20', false],
      ['A/2022-00001', '2026-12-20', true],
    ]);
    expect(cleanupList(library, reviews)).toEqual([
      {
        title: '示范县城乡居民医疗救助办法',
        documentNo: '示政规〔2024〕1号',
        result: '修改',
        note: '按新修订的上位法修改',
      },
      { title: '示范县农村宅基地管理办法', documentNo: '示政规〔2022〕1号', result: '废止', note: '' },
    ]);
  });
});

describe('the annual report’s 规范性文件 line from publications', () => {
  const made = (indexNo: string, createdOn: string, publishedOn: string) =>
    normative(indexNo, publishedOn, '示范县某办法').map((e) =>
      e.type === 'drafted' ? { ...e, metadata: { ...e.metadata, createdOn } } : e,
    );
  const states = [
    // Made in 2025, published in 2026: made (制发) in 2025.
    evaluatePublication(made('A/2026-00001', '2025-12-30', '2026-01-04')),
    evaluatePublication(made('A/2026-00002', '2026-03-01', '2026-03-02')),
    // Repealed with effect in 2026, and one whose repeal takes effect in 2027.
    evaluatePublication([
      ...made('A/2020-00003', '2020-05-06', '2020-05-06'),
      event('validityChanged', '2026-06-01', { actor: publisher, validity: 'repealed', effectiveOn: '2026-06-01' }),
    ]),
    evaluatePublication([
      ...made('A/2021-00004', '2021-05-06', '2021-05-06'),
      event('validityChanged', '2026-12-20', { actor: publisher, validity: 'repealed', effectiveOn: '2027-01-01' }),
    ]),
    // Expired in 2026: not 废止, no longer in force.
    evaluatePublication([
      ...made('A/2022-00005', '2022-05-06', '2022-05-06'),
      event('validityChanged', '2026-02-01', { actor: publisher, validity: 'expired', effectiveOn: '2026-02-01' }),
    ]),
    // Withdrawn, and a notice: neither counts.
    evaluatePublication([
      ...made('A/2026-00006', '2026-04-01', '2026-04-01'),
      event('withdrawn', '2026-04-02', { actor: publisher, reason: '误发' }),
    ]),
    evaluatePublication(publishedHistory('2026-01-05')),
  ];

  it('counts 本年制发 by 成文日期, 本年废止 by effect, 现行有效 on 31 December', () => {
    expect(normativeDocumentCounts(states, 2026)).toEqual({ issued: 1, repealed: 1, inForce: 3 });
    expect(normativeDocumentCounts(states, 2025)).toEqual({ issued: 1, repealed: 0, inForce: 4 });
    expect(normativeDocumentCounts(states, 2027)).toEqual({ issued: 0, repealed: 1, inForce: 2 });
  });
});

describe('法定主动公开内容', () => {
  it('places publications under Art. 20/21 categories by mark or keyword and reports the gaps', () => {
    const budget = evaluatePublication(
      publishedHistory('2026-02-01', { title: '示范县2026年财政预算报告', topic: '财政预决算' }, 'A/2026-00001'),
    );
    const marked = evaluatePublication(
      publishedHistory(
        '2026-02-02',
        { title: '关于调整城乡低保标准的通知', statutoryCategoryIds: ['art21-county-7'] },
        'A/2026-00002',
      ),
    );
    const result = checkStatutoryPublication([budget, marked], 'county');
    expect(result.published.map((p) => [p.category.id, p.indexNos, p.latestOn])).toEqual([
      ['art20-7', ['A/2026-00001'], '2026-02-01'],
      ['art21-county-7', ['A/2026-00002'], '2026-02-02'],
    ]);
    // Art. 20’s 15 and Art. 21’s 7 for a county, less the catch-all and the two published.
    expect(result.gaps).toHaveLength(19);
    expect(result.unchecked.map((c) => c.id)).toEqual(['art20-15']);
  });
});
