import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../evaluate.js';
import type { CaseEvent } from '../events.js';
import { OUTCOME_CODES } from '../outcomes.js';
import { event, head, received } from '../test-support/events.js';
import { formatRequestIssue } from '../format-issue.js';
import { buildNotice, noticeKindsForOutcome, renderNoticeHtml, renderNoticeText } from './build.js';
import { NOTICE_KINDS } from './kinds.js';
import { NOTICES } from './registry.js';

const agency = { name: '某县人民政府办公室', phone: '0000-1234567', reconsiderationBody: '某县人民政府' };
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
    const result = buildNotice('extensionNotice', extended, { agency, noticeNo: '〔2025〕第8号' });
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
      { agency },
    );
    expect(result.success && result.notice.issuedOn).toBe('2025-09-26');
    expect(result.success && result.notice.paragraphs[1]).toBe(
      '依据《中华人民共和国政府信息公开条例》第三十三条第二款，本机关将于2025年10月30日前作出答复；需要延长答复期限的，将另行告知。',
    );
  });

  it('gives a 不予公开 notice its reason, its articles, and tells the applicant to apply for 行政复议 first', () => {
    const decided = state([
      received('2025-09-01'),
      event('decided', '2025-09-20', { outcome: 'withheld.processInformation', reason: '属于讨论记录。' }),
    ]);
    const result = buildNotice('withheldProcessInformationNotice', decided, { agency });
    if (!result.success) throw new Error('expected a notice');
    // Dated by the decision, whatever day it is printed; the typed 。 is not doubled.
    expect(result.notice.issuedOn).toBe('2025-09-20');
    expect(result.notice.paragraphs.slice(1)).toEqual([
      '经审查，您申请的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款、《中华人民共和国政府信息公开条例》第三十六条第（三）项，本机关决定不予公开。',
      '理由：属于讨论记录。',
      '如对本不予公开的答复不服，应当先向某县人民政府申请行政复议（《中华人民共和国行政复议法》第二十三条第一款第（四）项），申请期限为自知道或者应当知道之日起六十日（《中华人民共和国行政复议法》第二十条第一款）；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。',
    ]);
    expect(result.notice.citations.map((c) => `${c.law} ${String(c.article)}`)).toEqual([
      'regulation 16',
      'regulation 36',
      'reconsiderationLaw 23',
      'reconsiderationLaw 20',
      'litigationLaw 46',
    ]);
  });

  it('names the 复议机关 (60 days) and the court (6 months) for other answers, and refuses without the 复议机关', () => {
    const notHeld = state([
      received('2025-09-01'),
      event('decided', '2025-09-12', { outcome: 'unableToProvide.notHeld' }),
    ]);
    const result = buildNotice('notExistNotice', notHeld, { agency: { ...agency, court: '某县人民法院' } });
    expect(result.success && result.notice.paragraphs[2]).toBe(
      '如对本答复不服，可以自知道或者应当知道之日起六十日内向某县人民政府申请行政复议（《中华人民共和国行政复议法》第二十条第一款），也可以自知道或者应当知道之日起六个月内向某县人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条第一款）。',
    );
    const unnamed = buildNotice('notExistNotice', notHeld, { agency: { name: '某县人民政府办公室' } });
    expect(!unnamed.success && unnamed.issues.map((i) => formatRequestIssue(i))).toEqual([
      '告知书缺少“行政复议机关（机关信息中填写）”',
    ]);
  });

  it('gives the fee notice and the third-party decision notice a remedy clause too', () => {
    const fee = state([
      received('2025-09-01'),
      event('feeNoticeIssued', '2025-09-05', { amount: 100, method: 'perItem', receivedOn: '2025-09-08' }),
    ]);
    const feeNotice = buildNotice('feeNotice', fee, { agency });
    if (!feeNotice.success) throw new Error('expected a notice');
    expect(feeNotice.notice.paragraphs.at(-1)).toMatch(
      /^如对本收费决定不服，可以自知道或者应当知道之日起六十日内向某县人民政府申请行政复议/,
    );
    // 20 workdays from the day after the applicant received it (09-08): 09-09…09-26 (14), 09-28 (调休) 15,
    // 09-29…09-30 (17), 10-09…10-10 (19), 10-11 (调休) 20. Counted from the issue day (09-05) it would be 10-09.
    expect(feeNotice.notice.paragraphs[2]).toBe(
      '请自收到本通知次日起20个工作日内（2025年10月11日前）缴纳；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    );
    const disclosed = state([
      received('2025-09-01'),
      event('decided', '2025-09-25', { outcome: 'disclosed', reason: '公共利益' }),
    ]);
    const third = buildNotice('thirdPartyDisclosureNotice', disclosed, {
      agency,
      thirdPartyName: '某公司',
      informationToDisclose: '合同金额',
    });
    expect(third.success && third.notice.paragraphs.at(-1)).toMatch(/^如对本决定不服，/);
  });

  it('lists what a 部分公开 provides and withholds, with the withheld part’s article and the split remedy', () => {
    const partial = state([
      received('2025-09-01'),
      event('decided', '2025-09-15', {
        outcome: 'partiallyDisclosed',
        disclosedParts: ['项目批复正文', '资金安排表；'],
        withheldParts: ['附件三中的个人身份信息'],
        reason: '涉及个人隐私，公开会对第三方合法权益造成损害。',
        citations: [{ law: 'regulation', article: 15 }],
      }),
    ]);
    const result = buildNotice('partiallyDisclosedNotice', partial, { agency, howToObtain: '电子邮件发送。' });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.notice.paragraphs.slice(1)).toEqual([
      '经审查，您申请的信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的内容（《中华人民共和国政府信息公开条例》第三十七条）：项目批复正文；资金安排表。',
      '附件三中的个人身份信息不予公开，理由：涉及个人隐私，公开会对第三方合法权益造成损害，依据《中华人民共和国政府信息公开条例》第十五条。',
      '获取方式、途径：电子邮件发送。',
      '对本答复中不予公开的部分不服的，应当先向某县人民政府申请行政复议（《中华人民共和国行政复议法》第二十三条第一款第（四）项），申请期限为自知道或者应当知道之日起六十日（《中华人民共和国行政复议法》第二十条第一款）；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。对本答复的其他部分不服的，可以自知道或者应当知道之日起六十日内向某县人民政府申请行政复议（《中华人民共和国行政复议法》第二十条第一款），也可以自知道或者应当知道之日起六个月内向有管辖权的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条第一款）。',
    ]);
    for (const paragraph of result.notice.paragraphs) expect(paragraph).not.toMatch(/[。；，]{2}|：。|，。/);
  });

  it('names the responsible agency and its contact (第三十六条第（五）项), and the time of a 第（二）项 answer', () => {
    const notHeld = state([
      received('2025-09-01'),
      event('decided', '2025-09-12', { outcome: 'unableToProvide.notHeld' }),
    ]);
    const half = buildNotice('notResponsibleNotice', notHeld, {
      agency,
      reason: '该信息由县自然资源局制作',
      responsibleAgency: '示范县自然资源局',
    });
    expect(!half.success && half.issues.map((i) => formatRequestIssue(i))).toEqual([
      '告知书缺少“负责公开的行政机关的联系方式”',
    ]);
    const full = buildNotice('notResponsibleNotice', notHeld, {
      agency,
      reason: '该信息由县自然资源局制作',
      responsibleAgency: '示范县自然资源局',
      responsibleAgencyContact: '示范县人民路1号，0000-7654321',
    });
    expect(full.success && full.notice.paragraphs[2]).toBe(
      '负责公开该政府信息的行政机关为示范县自然资源局，联系方式：示范县人民路1号，0000-7654321。',
    );
    const disclosed = state([received('2025-09-01'), event('decided', '2025-09-05', { outcome: 'disclosed' })]);
    const noTime = buildNotice('disclosedNotice', disclosed, { agency, howToObtain: '到县政务服务中心领取' });
    expect(!noTime.success && noTime.issues.map((i) => i.params)).toEqual([{ field: 'obtainTime' }]);
    const timed = buildNotice('disclosedNotice', disclosed, {
      agency,
      howToObtain: '到县政务服务中心三楼政府信息公开窗口领取',
      obtainTime: '2025年9月8日起的工作日',
    });
    expect(timed.success && timed.notice.paragraphs.slice(2, 4)).toEqual([
      '获取方式、途径：到县政务服务中心三楼政府信息公开窗口领取。',
      '获取时间：2025年9月8日起的工作日。',
    ]);
  });

  it('takes the responsible agency, the way and the time from the decision itself', () => {
    const notResponsible = state([
      received('2025-09-01'),
      event('decided', '2025-09-12', {
        outcome: 'unableToProvide.notHeld',
        reason: '该信息由县自然资源局制作并保存',
        responsibleAgency: { name: '示范县自然资源局', contact: '0000-7654321' },
      }),
    ]);
    const result = buildNotice('notResponsibleNotice', notResponsible, { agency });
    expect(result.success && result.notice.paragraphs.slice(1, 3)).toEqual([
      '经审查，您申请公开的信息不属于本机关负责公开，理由：该信息由县自然资源局制作并保存（《中华人民共和国政府信息公开条例》第三十六条第（五）项）。',
      '负责公开该政府信息的行政机关为示范县自然资源局，联系方式：0000-7654321。',
    ]);
    const disclosed = state([
      received('2025-09-01'),
      event('decided', '2025-09-05', {
        outcome: 'disclosed',
        howToObtain: '电子邮件发送',
        obtainTime: '随本答复书一并提供',
      }),
    ]);
    const answer = buildNotice('disclosedNotice', disclosed, { agency });
    expect(answer.success && answer.notice.paragraphs.slice(2, 4)).toEqual([
      '获取方式、途径：电子邮件发送。',
      '获取时间：随本答复书一并提供。',
    ]);
  });

  it('puts articles recorded with a decision into its notice', () => {
    const decided = state([
      received('2025-09-01'),
      event('decided', '2025-09-12', {
        outcome: 'unableToProvide.notHeld',
        citations: [{ law: 'regulation', article: 38 }],
      }),
    ]);
    const result = buildNotice('notExistNotice', decided, { agency });
    expect(result.success && result.notice.paragraphs[2]).toBe(
      '本答复另依据《中华人民共和国政府信息公开条例》第三十八条。',
    );
  });

  it('refuses a 第三十五条 不予处理 notice unless reasons were requested, and then says when', () => {
    const unasked = state([
      received('2025-09-01'),
      event('decided', '2025-09-12', { outcome: 'notProcessed.excessive', reason: '理由不成立' }),
    ]);
    const refused = buildNotice('excessiveRequestNotice', unasked, { agency });
    expect(!refused.success && refused.issues.map((i) => formatRequestIssue(i))).toEqual([
      '案件尚无要求说明理由的记录，不能出具该告知书',
    ]);
    const asked = state([
      received('2025-09-01'),
      event('reasonRequested', '2025-09-03'),
      event('decided', '2025-09-12', { outcome: 'notProcessed.excessive', reason: '所述理由与申请内容无关' }),
    ]);
    const result = buildNotice('excessiveRequestNotice', asked, { agency });
    expect(result.success && result.notice.paragraphs[1]).toBe(
      '您申请公开政府信息的数量、频次明显超过合理范围，本机关于2025年9月3日要求您说明理由。经审查，本机关认为申请理由不合理：所述理由与申请内容无关。依据《中华人民共和国政府信息公开条例》第三十五条，本机关不予处理。',
    );
  });

  it('prints a provisional deadline with its note', () => {
    const december = state([received('2026-12-04')], '2026-12-04');
    const receipt = buildNotice('registrationReceipt', december, { agency });
    if (!receipt.success) throw new Error('expected a notice');
    expect(receipt.notice.paragraphs).toEqual([
      '本机关于2026年12月4日收到您提出的政府信息公开申请，申请获取“2024年度某镇财政预算执行情况”，已予登记。',
      '依据《中华人民共和国政府信息公开条例》第三十三条第二款，本机关将于2027年1月4日前作出答复；需要延长答复期限的，将另行告知。',
      '注：2027年1月4日系暂按法定节假日推算，以国务院公布的放假安排为准。',
    ]);
    const november = buildNotice('registrationReceipt', state([received('2026-11-02')], '2026-11-02'), { agency });
    expect(november.success && november.notice.paragraphs).toHaveLength(2);
  });

  it('refuses a notice the case is not ready for, a mismatched outcome, or missing facts', () => {
    const fresh = state([received('2025-09-01')]);
    const missing = buildNotice('extensionNotice', fresh, { agency });
    expect(!missing.success && missing.issues.map((i) => i.code)).toEqual(['notice.caseMissing']);
    const disclosed = state([received('2025-09-01'), event('decided', '2025-09-05', { outcome: 'disclosed' })]);
    const wrong = buildNotice('notExistNotice', disclosed, { agency });
    expect(!wrong.success && wrong.issues.map((i) => formatRequestIssue(i))).toEqual([
      '该告知书用于“本机关不掌握相关政府信息”的答复，案件的办理结果是“予以公开”',
    ]);
    const noHow = buildNotice('disclosedNotice', disclosed, { agency });
    expect(!noHow.success && noHow.issues.map((i) => i.params)).toEqual([
      { field: 'howToObtain' },
      { field: 'obtainTime' },
    ]);
  });

  it('addresses consultation letters to the consulted party, with the reply date counted from its receipt', () => {
    const letter = { agency, thirdPartyName: '某公司', informationToDisclose: '某项目合同' };
    const sent = state(
      [received('2025-04-21'), event('consultationStarted', '2025-04-25', { party: 'thirdParty' })],
      '2025-04-25',
    );
    const unknown = buildNotice('thirdPartyConsultationLetter', sent, letter);
    if (!unknown.success) throw new Error('expected a notice');
    expect(unknown.notice.addressee).toBe('某公司');
    expect(unknown.notice.paragraphs[1]).toContain('请自收到本函之日起15个工作日内提出意见');
    const delivered = state(
      [
        received('2025-04-21'),
        event('consultationStarted', '2025-04-25', { party: 'thirdParty', receivedOn: '2025-04-28' }),
      ],
      '2025-04-28',
    );
    const known = buildNotice('thirdPartyConsultationLetter', delivered, letter);
    // 15 workdays after 04-28: 04-29, 04-30, [05-01…05-05], 05-06…09, 05-12…16, 05-19…22 = 15.
    expect(known.success && known.notice.paragraphs[1]).toContain(
      '请自收到本函之日起15个工作日内（2025年5月22日前）提出意见',
    );
  });

  it('renders HTML with every value escaped', () => {
    const evil = state([
      received('2025-09-01', { request: { description: '<script>alert(1)</script>', forms: ['paper'] } }),
    ]);
    const result = buildNotice('registrationReceipt', evil, { agency });
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
      event('consultationStarted', '2025-09-04', { party: 'thirdParty' }),
      event('consultationEnded', '2025-09-05', { reply: 'objection' }),
      event('reasonRequested', '2025-09-05'),
      event('deferralSet', '2025-09-06', { until: '2025-12-31', reason: '涉及文件较多' }),
      event('feeNoticeIssued', '2025-09-08', { amount: 300, method: 'perItem', receivedOn: '2025-09-08' }),
      event('feePaid', '2025-09-09'),
      event('extensionApproved', '2025-09-10', { workdays: 5, approver: head }),
    ]);
    const input = {
      agency,
      howToObtain: '电子邮件',
      obtainTime: '随本答复书一并提供',
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
              concludedOn: '2025-09-10',
              decision: { decidedOn: '2025-09-10', reason: '理由', disclosedParts: ['部分'], withheldParts: [] },
            } as unknown as typeof full);
      const result = buildNotice(
        kind,
        NOTICES[kind].requires.includes('decision') && outcome === undefined
          ? ({
              ...full,
              outcome: 'disclosed',
              decision: { decidedOn: '2025-09-10', reason: '理由', disclosedParts: [], withheldParts: [] },
            } as unknown as typeof full)
          : decided,
        input,
      );
      expect(result.success, `${kind}: ${result.success ? '' : JSON.stringify(result.issues)}`).toBe(true);
      if (result.success) expect(renderNoticeText(result.notice)).not.toMatch(/undefined|null|NaN/);
    }
  });
});
