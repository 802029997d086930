import { describe, expect, it } from 'vitest';
import { periodicReviewDue, proposeProactiveDisclosure } from './periodic.js';
import { createReviewRecord, reviewRecordsToCsv, reviewRecordsToJson } from './review-record.js';
import { scanText } from './scan.js';

describe('review ledger', () => {
  const text = '联系人张三，电话13912345678。';
  const record = createReviewRecord({
    document: { id: 'D-2025-001', title: '关于"试点"工作的通知' },
    reviewer: { id: 'u7', name: '审查员' },
    reviewedAt: '2025-10-20T10:00:00+08:00',
    findings: scanText(text),
    decision: 'approvedWithRedactions',
    attribute: 'proactive',
  });

  it('keeps kinds and places of findings, not the personal data', () => {
    expect(record.findings).toEqual([{ kind: 'mobile', start: 8, end: 19, severity: 'error' }]);
    expect(reviewRecordsToJson([record])).not.toContain('13912345678');
  });

  it('exports CSV with Chinese headings and RFC 4180 quoting, with the BOM Excel needs', () => {
    expect(reviewRecordsToCsv([record]).startsWith('\uFEFF文件编号,')).toBe(true);
    expect(reviewRecordsToCsv([record], { bom: false })).toBe(
      '文件编号,文件标题,审查人,审查时间,发现问题数,问题类型,审查结论,公开属性,备注\r\n' +
        'D-2025-001,"关于""试点""工作的通知",审查员,2025-10-20T10:00:00+08:00,1,手机号码,脱敏后发布,主动公开,\r\n',
    );
  });
});

describe('CSV cells a spreadsheet would run', () => {
  const record = createReviewRecord({
    document: { id: 'D-2025-002', title: '' },
    reviewer: { id: 'u7', name: '审查员' },
    reviewedAt: '2025-10-20T10:00:00+08:00',
    findings: [],
    decision: 'approvedWithRedactions',
    attribute: 'proactive',
  });

  it('neutralises =, +, -, @, tab and carriage return at a cell’s start, and nowhere else', () => {
    const titled = (title: string) =>
      reviewRecordsToCsv([{ ...record, document: { ...record.document, title } }], { bom: false }).split('\r\n')[1];
    expect(titled('=HYPERLINK("http://x","点击")')).toContain(`,"'=HYPERLINK(""http://x"",""点击"")",`);
    for (const start of ['+', '-', '@', '\t']) expect(titled(`${start}SUM(A1)`)).toContain(`,'${start}SUM(A1),`);
    expect(titled('\rcmd')).toContain(`,"'\rcmd",`);
    expect(titled('关于=号的说明')).toContain(',关于=号的说明,');
  });
});

describe('periodic review (Art. 18) and proposals (Art. 44)', () => {
  it('brings withheld items up for review after the interval', () => {
    const due = periodicReviewDue(
      [
        { id: 'a', title: '甲', withheldOn: '2024-10-31' },
        { id: 'b', title: '乙', withheldOn: '2023-01-15', lastReviewedOn: '2025-02-28' },
        { id: 'c', title: '丙', withheldOn: '2024-02-29' },
      ],
      { today: '2025-10-31' },
    );
    expect(due.map((d) => [d.item.id, d.dueOn])).toEqual([
      ['c', '2025-02-28'],
      ['a', '2025-10-31'],
    ]);
    expect(due[0]?.citation).toEqual({ law: 'regulation', article: 18 });
  });

  it('proposes information several applicants asked for, if disclosable', () => {
    expect(
      proposeProactiveDisclosure([
        { informationId: 'x', title: '某镇征收补偿方案', applicants: 5, disclosable: true },
        { informationId: 'y', title: '某人档案', applicants: 9, disclosable: false },
        { informationId: 'z', title: '某项目批复', applicants: 1, disclosable: true },
      ]).map((p) => [p.informationId, p.applicants, p.citation.article]),
    ).toEqual([['x', 5, 44]]);
  });
});
