import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../evaluate.js';
import type { CaseEvent } from '../events.js';
import { OUTCOME_CODES } from '../outcomes.js';
import { event, head, received } from '../test-fixtures.js';
import { buildNotice, noticeKindsForOutcome, renderNoticeHtml, renderNoticeText } from './build.js';
import { NOTICE_KINDS, NOTICES } from './registry.js';

const agency = { name: '某县人民政府办公室', phone: '0000-1234567' };
const state = (events: CaseEvent[], today = '2025-10-20') => evaluateCase(events, { calendar: chinaCalendar, today });

describe('notice registry', () => {
  it('has at least 26 kinds, each titled, and a notice for every outcome', () => {
    expect(NOTICE_KINDS.length).toBeGreaterThanOrEqual(26);
    for (const kind of NOTICE_KINDS) expect(NOTICES[kind].title, kind).toMatch(/书|函|回执/);
    for (const outcome of OUTCOME_CODES.filter((o) => o !== 'otherHandling.other')) {
      expect(noticeKindsForOutcome(outcome).length, outcome).toBeGreaterThan(0);
    }
    expect(noticeKindsForOutcome('unableToProvide.notHeld')).toEqual(['notExistNotice', 'notResponsibleNotice']);
  });
});

describe('buildNotice', () => {
  const extended = state([
    received('2025-09-22'),
    event('extensionApproved', '2025-10-16', { workdays: 10, approver: head }),
  ]);

  it('takes dates and deadlines from the case: an extension notice states the new due date', () => {
    const result = buildNotice('extensionNotice', extended, {
      agency,
      issuedOn: '2025-10-16',
      noticeNo: '〔2025〕第8号',
    });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(renderNoticeText(result.notice)).toBe(
      [
        '政府信息公开申请延期答复告知书',
        '〔2025〕第8号',
        '',
        '张三：',
        '　　本机关于2025年9月22日收到您提出的政府信息公开申请，申请获取“2024年度某镇财政预算执行情况”。',
        '　　因需要延长答复期限，经本机关政府信息公开工作机构负责人同意，答复期限延长10个工作日，本机关将于2025年11月7日前作出答复（《中华人民共和国政府信息公开条例》第三十三条第二款）。',
        '',
        '某县人民政府办公室',
        '2025年10月16日',
        '（联系方式：0000-1234567）',
        '',
      ].join('\n'),
    );
  });

  it('writes the registration receipt with the due date', () => {
    const result = buildNotice(
      'registrationReceipt',
      state([received('2025-09-26', { channel: 'online', confirmedOn: '2025-09-26' })]),
      { agency, issuedOn: '2025-09-26' },
    );
    expect(result.success && result.notice.paragraphs[1]).toBe(
      '依据《中华人民共和国政府信息公开条例》第三十三条第二款，本机关将于2025年10月30日前作出答复；需要延长答复期限的，将另行告知。',
    );
  });

  it('gives a decision notice its reason, its articles and the remedy', () => {
    const decided = state([
      received('2025-09-01'),
      event('decided', '2025-09-20', { outcome: 'withheld.processInformation', reason: '属于讨论记录' }),
    ]);
    const result = buildNotice('withheldProcessInformationNotice', decided, { agency, issuedOn: '2025-09-22' });
    if (!result.success) throw new Error('expected a notice');
    expect(result.notice.paragraphs.slice(1)).toEqual([
      '经审查，您申请的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款、《中华人民共和国政府信息公开条例》第三十六条第（三）项，本机关决定不予公开。',
      '理由：属于讨论记录。',
      '如对本答复不服，可以依法申请行政复议或者提起行政诉讼。',
    ]);
  });

  it('refuses a notice the case is not ready for, a mismatched outcome, or missing facts', () => {
    const fresh = state([received('2025-09-01')]);
    const missing = buildNotice('extensionNotice', fresh, { agency, issuedOn: '2025-09-02' });
    expect(!missing.success && missing.issues.map((i) => i.code)).toEqual(['notice.caseMissing']);
    const disclosed = state([received('2025-09-01'), event('decided', '2025-09-05', { outcome: 'disclosed' })]);
    const wrong = buildNotice('notExistNotice', disclosed, { agency, issuedOn: '2025-09-05' });
    expect(!wrong.success && wrong.issues.map((i) => i.code)).toEqual(['notice.outcome']);
    const noHow = buildNotice('disclosedNotice', disclosed, { agency, issuedOn: '2025-09-05' });
    expect(!noHow.success && noHow.issues.map((i) => i.params)).toEqual([{ field: 'howToObtain' }]);
  });

  it('addresses consultation letters to the consulted party, with the reply date', () => {
    const consulting = state(
      [received('2025-04-21'), event('consultationStarted', '2025-04-25', { party: 'third-party' })],
      '2025-04-25',
    );
    const result = buildNotice('thirdPartyConsultationLetter', consulting, {
      agency,
      issuedOn: '2025-04-25',
      thirdPartyName: '某公司',
      informationToDisclose: '某项目合同',
    });
    if (!result.success) throw new Error('expected a notice');
    expect(result.notice.addressee).toBe('某公司');
    expect(result.notice.paragraphs[1]).toContain('（2025年5月20日前）');
  });

  it('renders HTML with every value escaped', () => {
    const evil = state([
      received('2025-09-01', { request: { description: '<script>alert(1)</script>', forms: ['paper'] } }),
    ]);
    const result = buildNotice('registrationReceipt', evil, { agency, issuedOn: '2025-09-01' });
    if (!result.success) throw new Error('expected a notice');
    const html = renderNoticeHtml(result.notice);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html.startsWith('<article class="gk-notice" lang="zh-CN" data-kind="registrationReceipt">')).toBe(true);
  });

  it('builds every kind from a case at the right step', () => {
    const full = state([
      received('2025-09-01'),
      event('clarificationRequested', '2025-09-02', { items: ['年度'], periodWorkdays: 5 }),
      event('clarificationReceived', '2025-09-03'),
      event('consultationStarted', '2025-09-04', { party: 'third-party' }),
      event('consultationEnded', '2025-09-05', { reply: 'objection' }),
      event('reasonRequested', '2025-09-05'),
      event('deferralSet', '2025-09-06', { until: '2025-12-31', reason: '涉及文件较多' }),
      event('feeNoticeIssued', '2025-09-08', { amount: 300, method: 'per-item' }),
      event('feePaid', '2025-09-09'),
      event('extensionApproved', '2025-09-10', { workdays: 5, approver: head }),
    ]);
    const input = {
      agency,
      issuedOn: '2025-09-10',
      howToObtain: '电子邮件',
      reason: '理由',
      thirdPartyName: '某公司',
      informationToDisclose: '合同',
      legalBasis: '《不动产登记暂行条例》',
      channelForPetition: '信访渠道',
    };
    for (const kind of NOTICE_KINDS) {
      const outcome = NOTICES[kind].outcome;
      const decided =
        outcome === undefined
          ? full
          : ({
              ...full,
              outcome,
              decision: { decidedOn: '2025-09-10', reason: '理由', disclosedParts: ['部分'] },
            } as unknown as typeof full);
      const result = buildNotice(
        kind,
        NOTICES[kind].requires.includes('decision') && outcome === undefined
          ? { ...full, outcome: 'disclosed' }
          : decided,
        input,
      );
      expect(result.success, `${kind}: ${result.success ? '' : JSON.stringify(result.issues)}`).toBe(true);
      if (result.success) expect(renderNoticeText(result.notice)).not.toMatch(/undefined|null|NaN/);
    }
  });
});
