import { describe, expect, it } from 'vitest';
import { ARTICLE_36_ANSWERS, OUTCOME_CODES, OUTCOMES, isOutcome } from './outcomes.js';

describe('outcomes', () => {
  it('are the 21 result rows of the annual report, in order, with verbatim labels', () => {
    expect(OUTCOME_CODES).toHaveLength(21);
    expect(Object.keys(OUTCOMES)).toEqual([...OUTCOME_CODES]);
    expect(OUTCOMES.partiallyDisclosed.reportLabel).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(OUTCOMES['withheld.threeSecurities'].reportLabel).toBe('3.危及“三安全一稳定”');
    expect(OUTCOMES['otherHandling.feeUnpaid'].reportLabel).toBe(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
  });

  it('tie each outcome to its article', () => {
    expect(OUTCOMES['withheld.internalAffairs'].citations[0]).toEqual({ law: 'regulation', article: 16, paragraph: 1 });
    expect(OUTCOMES['unableToProvide.needsCreation'].citations).toEqual([{ law: 'regulation', article: 38 }]);
    expect(OUTCOMES['notProcessed.confirmation'].citations).toEqual([]);
  });

  it('map the seven answers of Art. 36', () => {
    expect(ARTICLE_36_ANSWERS.map((a) => a.outcome)).toEqual([
      'disclosed',
      'disclosed',
      'withheld.*',
      'unableToProvide.notHeld',
      'unableToProvide.notHeld',
      'notProcessed.repeated',
      'withheld.administrativeQuery',
    ]);
    expect(isOutcome('withheld.stateSecret')).toBe(true);
    expect(isOutcome('withheld')).toBe(false);
  });
});
