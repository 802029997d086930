import { describe, expect, it } from 'vitest';
import { cite, formatCitation, formatDocumentReference } from './citation.js';
import { CoreError } from './error.js';
import type { LawId } from './laws.js';
import { LAWS, isLawId } from './laws.js';

describe('formatCitation', () => {
  it('writes article, paragraph and item in Chinese', () => {
    expect(formatCitation(cite('regulation', 33, 2))).toBe('《中华人民共和国政府信息公开条例》第三十三条第二款');
    expect(formatCitation(cite('regulation', 26))).toBe('《中华人民共和国政府信息公开条例》第二十六条');
    expect(formatCitation(cite('regulation', 36, undefined, 3))).toBe(
      '《中华人民共和国政府信息公开条例》第三十六条第（三）项',
    );
    expect(formatCitation(cite('regulation', 20, 1, 1), { short: true })).toBe(
      '《政府信息公开条例》第二十条第一款第（一）项',
    );
    expect(formatCitation(cite('civilCode', 201, 1))).toBe('《中华人民共和国民法典》第二百零一条第一款');
    expect(formatCitation(cite('civilCode', 101))).toBe('《中华人民共和国民法典》第一百零一条');
  });

  it('adds the number of documents cited by number', () => {
    expect(formatCitation(cite('processingFeeMeasures', 4))).toBe(
      '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条',
    );
  });

  it('writes English citations', () => {
    expect(formatCitation(cite('regulation', 33, 2), { locale: 'en' })).toBe(
      "Regulations of the People's Republic of China on Open Government Information, Art. 33(2)",
    );
    expect(formatCitation(cite('processingFeeMeasures', 4, undefined, 2), { locale: 'en' })).toBe(
      'Measures on Information Processing Fees for Government Information Disclosure (国办函〔2020〕109号), Art. 4, item 2',
    );
  });

  it('writes the provision alone, without the law or its number, when asked', () => {
    expect(formatCitation(cite('regulation', 31, undefined, 3), { provisionOnly: true })).toBe('第三十一条第（三）项');
    expect(formatCitation(cite('processingFeeMeasures', 4), { provisionOnly: true })).toBe('第四条');
    expect(formatCitation(cite('regulation', 33, 2), { provisionOnly: true, locale: 'en' })).toBe('Art. 33(2)');
  });

  it('rejects numbers that are not positive whole numbers, and unknown laws', () => {
    expect(() => cite('regulation', 0)).toThrow('法律条文引用的条序号应为正整数，实际为 0');
    expect(() => cite('regulation', 33, 1.5)).toThrow('法律条文引用的款序号应为正整数，实际为 1.5');
    expect(() => cite('nope' as LawId, 1)).toThrow(CoreError);
  });
});

describe('LAWS', () => {
  it('holds each document the project cites, with its number and date', () => {
    expect(LAWS.regulation).toMatchObject({ docNo: '国务院令第711号', date: '2019-04-03', effectiveOn: '2019-05-15' });
    expect(LAWS.majorDecisionProcedures).toMatchObject({ docNo: '国务院令第713号', date: '2019-04-20' });
    expect(LAWS.processingFeeMeasures.docNo).toBe('国办函〔2020〕109号');
    expect(LAWS.annualReportFormat2021).toMatchObject({ docNo: '国办公开办函〔2021〕30号', date: '2021-09-26' });
    expect(LAWS.openGovernmentRules2016).toMatchObject({ docNo: '国办发〔2016〕80号', date: '2016-11-10' });
    expect(LAWS.grassrootsStandardization2019.docNo).toBe('国办发〔2019〕54号');
    expect(LAWS.holidayMeasures).toMatchObject({ date: '2024-11-10', effectiveOn: '2025-01-01' });
  });

  it('keys every entry by its own id, with a titled, dated record', () => {
    for (const [key, law] of Object.entries(LAWS)) {
      expect(law.id).toBe(key);
      expect(isLawId(key)).toBe(true);
      expect(law.title).toMatch(/^《.+》$/);
      expect(law.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(isLawId('toString')).toBe(false);
  });
});

describe('formatDocumentReference', () => {
  it('writes a document, its number and the part cited', () => {
    expect(formatDocumentReference({ law: 'openGovernmentRules2016', part: '一（一）' })).toBe(
      '《〈关于全面推进政务公开工作的意见〉实施细则》（国办发〔2016〕80号）一（一）',
    );
    expect(formatDocumentReference({ law: 'opinionResponse2016' }, { short: true })).toBe(
      '《关于在政务公开工作中进一步做好政务舆情回应的通知》（国办发〔2016〕61号）',
    );
  });
});
