import { chinaCalendar } from '@gk/workdays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interpretation, Policy } from './interpretation.js';
import {
  checkSynchrony,
  interpretationDueOn,
  interpretationsOf,
  missingInterpretations,
  policyOf,
  upcastInterpretation,
  ZHENGZHOU_SYNCHRONY,
} from './interpretation.js';
import { formatInterpretationIssue } from './format-issue.js';

const policy: Policy = {
  id: 'p1',
  title: '某县城乡居民医疗救助办法',
  kind: 'normativeDocument',
  draftingBody: '县医保局',
  approvalRecordId: 'A-2025-09',
  approvedOn: '2025-09-20',
  publishedOn: '2025-09-26',
  concernsPublic: true,
};
const interpretation: Interpretation = {
  id: 'i1',
  policyId: 'p1',
  interpretingBody: '县医保局',
  plan: {
    outline: ['出台背景', '主要内容'],
    forms: ['text', 'qa'],
    channels: ['政府网站'],
    timing: '与文件同步发布',
    responsibleBody: '县医保局',
  },
  materials: [{ id: 'm1', form: 'qa', title: '一图读懂', elements: ['background', 'mainContent', 'scope'] }],
  approvalRecordId: 'A-2025-09',
  organisedOn: '2025-09-10',
  publishedOn: '2025-09-26',
};
const check = (p: Policy, i: Interpretation, rule?: typeof ZHENGZHOU_SYNCHRONY) =>
  checkSynchrony(p, i, { calendar: chinaCalendar, ...(rule === undefined ? {} : { rule }) });

describe('checkSynchrony', () => {
  it('accepts an interpretation organised, approved and published with its policy, by its drafter', () => {
    expect(check(policy, interpretation)).toEqual([]);
  });

  it('allows a later day only under a local rule: 2025-09-30 is 3 workdays after 09-26 (09-28 is a 调休 Sunday)', () => {
    const later = { ...interpretation, publishedOn: '2025-09-30' };
    expect(check(policy, later).map((i) => formatInterpretationIssue(i))).toEqual([
      'publishedOn：解读于 2025-09-30 发布，晚于政策文件（2025-09-26）3 个工作日，允许 0 个工作日（国办发〔2016〕80号）',
    ]);
    expect(check(policy, later, ZHENGZHOU_SYNCHRONY)).toEqual([]);
    expect(
      check(policy, { ...interpretation, publishedOn: '2025-10-09' }, ZHENGZHOU_SYNCHRONY).map((i) => i.params),
    ).toEqual([{ publishedOn: '2025-10-09', policyPublishedOn: '2025-09-26', workdaysLater: 4, allowed: 3 }]);
    expect(interpretationDueOn(policy, { calendar: chinaCalendar, rule: ZHENGZHOU_SYNCHRONY })).toBe('2025-09-30');
    expect(interpretationDueOn(policy, chinaCalendar, ZHENGZHOU_SYNCHRONY)).toBe('2025-09-30');
  });

  it('flags a separate approval, late organisation, no publication and the wrong interpreting body', () => {
    const joint: Policy = { ...policy, jointDrafters: ['县财政局'], leadBody: '县财政局' };
    const issues = check(joint, {
      ...interpretation,
      approvalRecordId: 'B-1',
      organisedOn: '2025-09-21',
      publishedOn: undefined,
    } as unknown as Interpretation);
    expect(issues.map((i) => i.code)).toEqual([
      'synchrony.approval',
      'synchrony.organisedLate',
      'synchrony.notPublished',
      'synchrony.drafterInterprets',
    ]);
    expect(formatInterpretationIssue(issues[3]!)).toBe(
      'interpretingBody：按照“谁起草、谁解读”，应由县财政局解读，实际为县医保局（国办发〔2016〕80号）',
    );
    expect(issues[0]?.reference).toEqual({ law: 'openGovernmentRules2016' });
  });

  it('links policies and interpretations, and finds normative documents without one', () => {
    const other: Policy = { ...policy, id: 'p2', title: '某县养老服务补贴办法' };
    expect(interpretationsOf('p1', [interpretation]).map((i) => i.id)).toEqual(['i1']);
    expect(policyOf(interpretation, [other, policy])?.id).toBe('p1');
    expect(
      missingInterpretations([policy, other, { ...other, id: 'p3', kind: 'other' }], [interpretation]).map((i) =>
        formatInterpretationIssue(i),
      ),
    ).toEqual([
      'policies[1]：规范性文件“某县养老服务补贴办法”涉及公众利益，应当配套解读，但没有解读（国办发〔2016〕80号）',
    ]);
  });

  it('never throws on generated input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string(), { nil: undefined }), (a, b, c) => {
        const issues = check(
          { ...policy, publishedOn: a, ...(c === undefined ? {} : { approvedOn: c }) },
          { ...interpretation, publishedOn: b, ...(c === undefined ? {} : { organisedOn: c }) },
        );
        return Array.isArray(issues);
      }),
    );
  });
});

describe('upcastInterpretation', () => {
  it('renames a material’s contentElements, stored before 0.2, to elements', () => {
    const stored = Object.freeze({
      ...interpretation,
      materials: [{ id: 'm1', form: 'qa', title: '一图读懂', contentElements: ['background', 'scope'] }],
    });
    const read = upcastInterpretation(stored);
    expect(read.materials).toEqual([{ id: 'm1', form: 'qa', title: '一图读懂', elements: ['background', 'scope'] }]);
    expect(stored.materials[0]).toHaveProperty('contentElements');
    expect(upcastInterpretation(interpretation)).toBe(interpretation);
    for (const odd of [null, 'x', [], { materials: 'x' }]) expect(upcastInterpretation(odd)).toBe(odd);
  });
});
