import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledLexicon, readLexicon } from './lexicon.js';
import { redact } from './redact.js';
import { FINDING_KINDS, REVIEW_FINDING_KINDS } from './kinds.js';
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
    const { terms, issues } = readLexicon('# 共享敏感词库\n内部讨论稿\t涉密\terror\n讨论\n\n，，\nX\t类\tfatal\n');
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

describe('scanText: IDs and numbers written every way people write them', () => {
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const brief2 = (text: string) => scanText(text).map((f) => [f.kind, f.text, f.confidence]);

  it('finds an ID written full-width, spaced 6-8-4, glued to letters or to a phone, with a zero-width space, or in the old 15-digit form', () => {
    expect(brief2('身份证１１０１０５１９４９１２３１００２Ｘ。')).toEqual([
      ['residentId', '１１０１０５１９４９１２３１００２Ｘ', 'high'],
    ]);
    expect(brief2('身份证 110105 19491231 002X 电话')).toEqual([['residentId', '110105 19491231 002X', 'high']]);
    expect(brief2('110105-19491231-002X')).toEqual([['residentId', '110105-19491231-002X', 'high']]);
    expect(brief2('ID11010519491231002Xabc')).toEqual([['residentId', '11010519491231002X', 'high']]);
    expect(brief2('11010519491231002X13912345678')).toEqual([
      ['residentId', '11010519491231002X', 'high'],
      ['mobile', '13912345678', 'high'],
    ]);
    expect(brief2('1391234567811010519491231002X')).toEqual([
      ['mobile', '13912345678', 'high'],
      ['residentId', '11010519491231002X', 'high'],
    ]);
    expect(brief2('110105194912310038110105194912310038')).toEqual([
      ['residentId', '110105194912310038', 'high'],
      ['residentId', '110105194912310038', 'high'],
    ]);
    expect(brief2('110105\u200b19491231002X')).toEqual([['residentId', '110105\u200b19491231002X', 'high']]);
    expect(brief2('老身份证110105491231002，')).toEqual([['residentId', '110105491231002', 'high']]);
    expect(brief2('联系 zhang＠example．com')).toEqual([['email', 'zhang＠example．com', 'high']]);
    expect(brief2('电话１３９１２３４５６７８')).toEqual([['mobile', '１３９１２３４５６７８', 'high']]);
  });

  it('does not read an invalid number glued to letters, or any 15 digits, as an ID', () => {
    expect(scanText('订单号ab110105194912310021')).toEqual([]);
    expect(scanText('编号 123456789012345 与 990105491231002')).toEqual([]);
  });

  // Items in every format, separated by filler without digits; what the scan finds, redact masks,
  // and a second scan finds nothing of any kind; no inserted ID's birth date and sequence survive.
  const CHECK = '10X98765432';
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checked = (body: string) =>
    body + CHECK.charAt([...body].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11);
  const id = fc
    .record({
      area: fc.constantFrom('110105', '320102', '440305', '510104', '650102'),
      day: fc.integer({ min: 0, max: 80 * 365 }),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ area, day, seq }) => {
      const date = new Date(Date.UTC(1930, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      return checked(`${area}${date}${String(seq).padStart(3, '0')}`);
    });
  const phone = fc
    .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.integer({ min: 0, max: 999_999_999 }))
    .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);
  const card = fc.integer({ min: 0, max: 99_999_999_999 }).map((n) => {
    const body = `6222${String(n).padStart(11, '0')}`;
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body.charAt(body.length - 1 - i));
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return `${body}${String((10 - (sum % 10)) % 10)}`;
  });
  const email = fc
    .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{2,8}$/), fc.constantFrom('com', 'cn'))
    .map(([user, domain, tld]) => `${user}@${domain}.${tld}`);
  const secret = (text: string, value: string) => ({ text, secret: value });
  const item = fc.oneof(
    id.map((v) => secret(v, v.slice(6, 17))),
    id.map((v) => secret(fullWidth(v), v.slice(6, 17))),
    id.map((v) => secret(`${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`, '')),
    id.map((v) => secret(`ID${v}abc`, v.slice(6, 17))),
    id.map((v) => secret(`${v.slice(0, 9)}\u200b${v.slice(9)}`, '')),
    fc.tuple(id, phone).map(([v, p]) => secret(`${v}${p}`, v.slice(6, 17))),
    fc.tuple(phone, id).map(([p, v]) => secret(`${p}${v}`, v.slice(6, 17))),
    id.map((v) => secret(`${v.slice(0, 6)}${v.slice(8, 17)}`, v.slice(8, 17))),
    phone.map((p) => secret(p, '')),
    phone.map((p) => secret(`+86 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`, '')),
    phone.map((p) => secret(fullWidth(p), '')),
    card.map((c) => secret(c, '')),
    email.map((e) => secret(e, '')),
    email.map((e) => secret(e.replace('@', '＠'), '')),
    fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => secret(`护照E${String(n)}`, '')),
  );
  const filler = fc.string({
    unit: fc.constantFrom(...'政府信息公开，。、（）：； 申请人联系电话邮箱\n'.split('')),
    minLength: 1,
    maxLength: 8,
  });

  it('leaves no ID, phone, card, e-mail or passport after redact, for texts mixing every format (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, item), { minLength: 1, maxLength: 12 }), filler, (parts, tail) => {
        const text = parts.map(([f, i]) => f + i.text).join('') + tail;
        const masked = redact(text, scanText(text));
        expect(scanText(masked)).toEqual([]);
        const plain = masked.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        for (const [, i] of parts) if (i.secret !== '') expect(plain).not.toContain(i.secret);
      }),
      { numRuns: 300 },
    );
  });
});

describe('REVIEW_FINDING_KINDS', () => {
  it('keeps FINDING_KINDS as its deprecated name', () => {
    expect(FINDING_KINDS).toBe(REVIEW_FINDING_KINDS);
    expect(REVIEW_FINDING_KINDS).toContain('residentId');
  });
});
