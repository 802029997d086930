import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledLexicon, parseLexicon } from './lexicon.js';
import { redact } from './redact.js';
import { scanText } from './scan.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const brief = (findings: ReturnType<typeof scanText>) =>
  findings.map((f) => [f.kind, f.start, f.end, f.confidence, f.severity]);

describe('scanText: personal data', () => {
  const notice = fixture('subsidy-notice.txt');

  it('finds IDs, mobiles, bank cards and e-mail at exact offsets', () => {
    expect(brief(scanText(notice))).toEqual([
      ['residentId', 84, 102, 'high', 'error'],
      ['mobile', 107, 118, 'high', 'error'],
      // the second ID's check character is wrong (the valid one ends in 2): a pattern alone is low confidence
      ['residentId', 140, 158, 'low', 'warning'],
      ['bankCard', 165, 184, 'high', 'error'],
      ['email', 208, 231, 'high', 'warning'],
    ]);
    expect(scanText(notice)[0]?.text).toBe('320102198001011238');
  });

  it('reads an 18-digit Luhn-valid number with no valid birth date as a bank card, not an ID; no phone inside an ID', () => {
    expect(brief(scanText('卡号622202123456789012。'))).toEqual([['bankCard', 2, 20, 'high', 'error']]);
    expect(brief(scanText('卡号 6222 0212 3456 7890 128'))).toEqual([['bankCard', 3, 26, 'high', 'error']]);
    expect(scanText('号码320102198001011238').map((f) => f.kind)).toEqual(['residentId']);
    expect(scanText('电话 +86 139-1234-5678。').map((f) => [f.kind, f.text])).toEqual([
      ['mobile', '+86 139-1234-5678'],
    ]);
  });
});

describe('scanText: dense personal data', () => {
  it('finds every one of 5,000 ID numbers once, and no phone or card inside any of them', () => {
    const line = '申请人身份证号11010519491231002X，电话13800000000；';
    const findings = scanText(line.repeat(5_000));
    expect(findings.filter((f) => f.kind === 'residentId')).toHaveLength(5_000);
    expect(findings.filter((f) => f.kind === 'mobile').map((f) => f.text)).toEqual(Array(5_000).fill('13800000000'));
    expect(findings.filter((f) => f.kind === 'bankCard')).toEqual([]);
    expect(findings[9_998]?.start).toBe(line.length * 4_999 + 7);
  });
});

describe('scanText: marks', () => {
  it('finds classification marks, 内部资料 and passport numbers with context', () => {
    expect(brief(scanText(fixture('internal-memo.txt')))).toEqual([
      ['classificationMark', 0, 5, 'high', 'error'],
      ['internalMark', 21, 30, 'high', 'warning'],
      ['passport', 44, 53, 'high', 'warning'],
    ]);
    expect(scanText('密级：机密　保密期限：十年').map((f) => f.text)).toEqual(['密级：机密', '保密期限：十年']);
    expect(scanText('依法保护商业秘密和个人隐私。')).toEqual([]);
    expect(scanText('编号E12345678')[0]?.confidence).toBe('low');
  });
});

describe('scanText: lexicon', () => {
  const lexicon = [
    { term: '内部讨论稿', category: '涉密', severity: 'error' as const },
    { term: '讨论', category: '用语', severity: 'warning' as const },
    { term: 'ABC', category: '测试', severity: 'warning' as const },
  ];

  it('reports every occurrence of every term, overlaps included, naming the term', () => {
    const text = '此为内部讨论稿，仅供讨论。';
    expect(scanText(text, { lexicon }).map((f) => [f.term, f.start, f.end, f.severity])).toEqual([
      ['内部讨论稿', 2, 7, 'error'],
      ['讨论', 4, 6, 'warning'],
      ['讨论', 10, 12, 'warning'],
    ]);
  });

  it('ignores spaces and punctuation inserted in a term and folds full-width forms', () => {
    const text = '内 部·讨-论，稿 与 ａｂｃ';
    expect(scanText(text, { lexicon }).map((f) => [f.term, text.slice(f.start, f.end)])).toEqual([
      ['内部讨论稿', '内 部·讨-论，稿'],
      ['讨论', '讨-论'],
      ['ABC', 'ａｂｃ'],
    ]);
  });

  it('loads the plain shared file format', () => {
    const { terms, issues } = parseLexicon('# 共享敏感词库\n内部讨论稿\t涉密\terror\n讨论\n\n，，\nX\t类\tfatal\n');
    expect(terms).toEqual([
      { term: '内部讨论稿', category: '涉密', severity: 'error' },
      { term: '讨论', category: '敏感词', severity: 'warning' },
    ]);
    expect(issues).toEqual([
      { line: 5, reason: 'emptyTerm', text: '，，' },
      { line: 6, reason: 'severity', text: 'X\t类\tfatal' },
    ]);
  });

  it('matches like a naive search on plain text (fast-check)', () => {
    const alphabet = ['甲', '乙', '丙', '丁'];
    const word = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }),
        (terms, text) => {
          const compiled = new CompiledLexicon(terms.map((term) => ({ term, category: 'x', severity: 'warning' })));
          const got = compiled
            .match(text)
            .map((m) => `${String(m.start)}:${String(m.end)}:${String(m.termIndex)}`)
            .sort();
          const expected: string[] = [];
          terms.forEach((term, index) => {
            for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
              expected.push(`${String(at)}:${String(at + term.length)}:${String(index)}`);
          });
          return JSON.stringify(got) === JSON.stringify(expected.sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('scanText laws (fast-check)', () => {
  it('never throws, and every finding’s offsets slice the text it reports', () => {
    const chars = fc.constantFrom(...'0123456789Xx秘密★年内部资料注意保存护照E@.com 张三，、-+86'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 80 })), (text) =>
        scanText(text, { lexicon: [{ term: '内部', category: 'x', severity: 'warning' }] }).every(
          (f) => text.slice(f.start, f.end) === f.text && f.start < f.end,
        ),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('redact', () => {
  const notice = fixture('subsidy-notice.txt');

  it('masks IDs keeping the first 6 and last 4, and leaves nothing of the redacted kinds', () => {
    const findings = scanText(notice);
    const masked = redact(notice, findings);
    expect(masked).toHaveLength(notice.length);
    expect(masked.slice(84, 102)).toBe('320102********1238');
    expect(masked.slice(107, 118)).toBe('139****5678');
    expect(masked.slice(165, 184)).toBe('***************0128');
    expect(masked.slice(208, 231)).toBe('z**********@*******.com');
    expect(scanText(masked)).toEqual([]);
  });

  it('masks marks and lexicon terms whole', () => {
    const memo = fixture('internal-memo.txt');
    const lexicon = [{ term: '前期论证', category: '涉密', severity: 'error' as const }];
    const masked = redact(memo, scanText(memo, { lexicon }));
    expect(masked.startsWith('*****\n')).toBe(true);
    expect(scanText(masked, { lexicon })).toEqual([]);
  });

  it('leaves nothing of any kind it masked, for any text (fast-check)', () => {
    const chars = fc.constantFrom(...'0123456789X秘密★1年内部资料护照E张@a.cn，'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 80 }), (text) => {
        const findings = scanText(text);
        return scanText(redact(text, findings)).every(
          (after) => !findings.some((f) => f.kind === after.kind && after.start < f.end && after.end > f.start),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
