import { chinaCalendar } from '@gk/workdays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Consultation } from './consultation.js';
import { checkConsultation, checkParticipationList, commentPeriodEnd } from './consultation.js';
import { formatInterpretationIssue } from './format-issue.js';

const consultation: Consultation = {
  id: 'c1',
  title: '某县生活垃圾分类管理办法（征求意见稿）',
  publishedOn: '2025-09-08',
  materialsPublished: true,
  endsOn: '2025-10-09',
  channels: ['政府网站', '政务新媒体'],
  comments: [
    { receivedOn: '2025-09-10', adopted: true },
    { receivedOn: '2025-09-12', adopted: false, reason: '与上位法不一致' },
  ],
  feedback: { publishedOn: '2025-10-20', summary: '共收到意见 2 条，采纳 1 条' },
  decidedOn: '2025-10-25',
};
const messages = (c: Consultation, today = '2025-11-01') =>
  checkConsultation(c, { today }).map((i) => formatInterpretationIssue(i));

describe('public consultation', () => {
  it('ends a 30-day period that falls on a holiday on the next workday: 09-08 + 30 = 10-08 (国庆) → 10-09', () => {
    expect(commentPeriodEnd('2025-09-08', { calendar: chinaCalendar })).toBe('2025-10-09');
    expect(commentPeriodEnd('2025-03-03', { calendar: chinaCalendar })).toBe('2025-04-02');
    // The deprecated positional form answers the same.
    expect(commentPeriodEnd('2025-03-03', chinaCalendar, 30)).toBe('2025-04-02');
    expect(checkConsultation(consultation, '2025-11-01')).toEqual(
      checkConsultation(consultation, { today: '2025-11-01' }),
    );
  });

  it('accepts a consultation that follows the rules', () => {
    expect(checkConsultation(consultation, { today: '2025-11-01' })).toEqual([]);
  });

  it('flags a short period without a reason, an early decision, missing feedback and unexplained rejections', () => {
    const bad: Consultation = {
      ...consultation,
      materialsPublished: false,
      endsOn: '2025-09-28',
      comments: [{ receivedOn: '2025-09-10', adopted: false }],
      feedback: undefined,
      decidedOn: '2025-09-28',
    } as unknown as Consultation;
    expect(messages(bad)).toEqual([
      'materialsPublished：公开征求意见应当公布决策草案及其说明等材料（《重大行政决策程序暂行条例》第十五条）',
      'endsOn：公开征求意见的期限为 20 日，少于 30 日，且未说明缩短的原因（《重大行政决策程序暂行条例》第十五条）',
      'decidedOn：征求意见期限至 2025-09-28，但决策在 2025-09-28 已经作出（《重大行政决策程序暂行条例》第十五条、第十八条）',
      'feedback：决策已于 2025-09-28 作出，尚无意见采纳情况；社会公众普遍关心或者专业性、技术性较强的重大行政决策，公布时应当说明公众意见的采纳情况（《重大行政决策程序暂行条例》第三十二条）',
      'comments[0].reason：第 1 条意见未采纳，没有记录理由；提交决策机关讨论时须报送公众主要意见的研究采纳情况（《重大行政决策程序暂行条例》第二十九条第（二）项；逐条说明理由是本地做法，可在设置中关闭）',
    ]);
    const issues = checkConsultation(bad, { today: '2025-11-01' });
    expect(issues.map((i) => [i.code, i.severity, i.citation ?? null])).toEqual([
      ['consultation.materialsMissing', 'error', { law: 'majorDecisionProcedures', article: 15 }],
      ['consultation.periodShort', 'error', { law: 'majorDecisionProcedures', article: 15 }],
      ['consultation.decidedEarly', 'error', { law: 'majorDecisionProcedures', article: 15 }],
      ['consultation.adoptionNotExplained', 'warning', { law: 'majorDecisionProcedures', article: 32 }],
      ['consultation.reasonMissing', 'warning', { law: 'majorDecisionProcedures', article: 29, item: 2 }],
    ]);
    // No finding cites 第十八条: it asks to study and adopt comments, not to publish or explain them.
    expect(issues.some((i) => i.citation?.article === 18)).toBe(false);
  });

  it('makes the local feedback rules settings, citing 国办发〔2016〕80号 for the one that comes from it', () => {
    const open = {
      ...consultation,
      comments: [{ receivedOn: '2025-09-10', adopted: false }],
      feedback: undefined,
      decidedOn: undefined,
    } as unknown as Consultation;
    const byDefault = checkConsultation(open, { today: '2025-10-20' });
    expect(byDefault.map((i) => [i.code, i.reference ?? i.citation])).toEqual([
      ['consultation.feedbackMissing', { law: 'openGovernmentRules2016' }],
      ['consultation.reasonMissing', { law: 'majorDecisionProcedures', article: 29, item: 2 }],
    ]);
    expect(
      checkConsultation(open, { today: '2025-10-20', feedbackAfterPeriod: false, reasonForEachRejection: false }),
    ).toEqual([]);
  });

  it('accepts a shorter period with a stated reason, and only warns about feedback before the decision', () => {
    const urgent = {
      ...consultation,
      endsOn: '2025-09-23',
      shortenedReason: '防汛紧急需要',
      feedback: undefined,
      decidedOn: undefined,
    } as unknown as Consultation;
    const issues = checkConsultation(urgent, { today: '2025-09-30' });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['consultation.feedbackMissing', 'warning']]);
  });

  it('reports bad dates as issues, never throwing', () => {
    expect(
      checkConsultation({ ...consultation, endsOn: '2025-13-01' }, { today: '2025-11-01' }).map((i) => i.code),
    ).toEqual(['date.nonexistent']);
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, today) =>
        Array.isArray(checkConsultation({ ...consultation, publishedOn: a, endsOn: b }, { today })),
      ),
    );
  });

  it('checks an agency’s public-participation list', () => {
    expect(
      checkParticipationList([
        { id: 'x', title: '某项规划', agency: '县自然资源局', methods: ['publicConsultation', 'hearing'] },
        { id: 'x', title: '某项收费调整', agency: '县发改局', methods: [] },
      ]).map((i) => i.code),
    ).toEqual(['participation.duplicate', 'participation.method']);
  });
});
