import { describe, expect, it } from 'vitest';
import type { DraftMetadata } from './attribute.js';
import { determineAttribute, markingText, suggestAttribute } from './attribute.js';
import { formatAttributeIssue } from './review-issues.js';

const base: DraftMetadata = {
  title: '关于印发某项管理办法的通知',
  kind: 'normativeDocument',
  draftingAgency: '县住建局',
};
const messages = (draft: DraftMetadata) => determineAttribute(draft).issues.map((i) => formatAttributeIssue(i));

describe('determineAttribute', () => {
  it('returns a draft without an attribute (退文)', () => {
    expect(messages(base)).toEqual(['proposal：拟稿未提出公开属性建议，应予退文（国办发〔2016〕80号）']);
  });

  it('accepts a proactive normative document with its articles', () => {
    const result = determineAttribute({ ...base, proposal: { attribute: 'proactive' } });
    expect(result.success && result.determination.citations).toEqual([
      { law: 'regulation', article: 13 },
      { law: 'regulation', article: 19 },
      { law: 'regulation', article: 20, item: 1 },
    ]);
  });

  it('requires a reason tied to an article for 依申请公开 and 不予公开', () => {
    const draft: DraftMetadata = { ...base, kind: 'report', proposal: { attribute: 'withheld' } };
    expect(messages(draft)).toEqual([
      'proposal.reasons：公开属性为不予公开，应当依法依规说明理由（国办发〔2016〕80号）',
    ]);
    const reasoned = determineAttribute({
      ...draft,
      proposal: { attribute: 'withheld', reasons: [{ ground: 'processInformation', text: '向上级的请示' }] },
    });
    expect(reasoned.success && reasoned.determination.citations).toEqual([
      { law: 'regulation', article: 16, paragraph: 2 },
    ]);
    expect(messages({ ...draft, proposal: { attribute: 'onRequest', reasons: [{ ground: 'stateSecret' }] } })).toEqual([
      'proposal.reasons[0]：理由“国家秘密”不能支持依申请公开',
    ]);
  });

  it('refuses a looser attribute than the contents, the attachments or the forwarded document allow', () => {
    expect(
      messages({
        ...base,
        kind: 'notice',
        contents: ['stateSecret'],
        attachments: [{ title: '附件2 名单', attribute: 'onRequest' }],
        forwards: { attribute: 'onRequest' },
        jointDrafters: ['县财政局'],
        proposal: { attribute: 'proactive' },
      }),
    ).toEqual([
      'contents：文件含国家秘密，不能主动公开（《政府信息公开条例》第十四条）',
      'attachments[0]：主动公开的文件不可夹带依申请公开的附件“附件2 名单”',
      'forwards：转发文件的公开属性（主动公开）不能宽于被转发文件（依申请公开）',
      'leadAgency：联合发文应由牵头机关认定公开属性，未写明牵头机关',
    ]);
  });

  it('applies the local rule for personal data: 依申请公开 by default, 不予公开 when set, citing what 第十五条 says', () => {
    const draft: DraftMetadata = {
      ...base,
      kind: 'notice',
      contents: ['personalData'],
      proposal: { attribute: 'proactive' },
    };
    expect(messages(draft)).toEqual([
      'contents：文件含个人隐私，不能主动公开：公开会损害第三方合法权益的不得公开（《政府信息公开条例》第十五条）；本机关的设置要求此类文件至少为依申请公开',
    ]);
    const onRequest: DraftMetadata = {
      ...draft,
      proposal: { attribute: 'onRequest', reasons: [{ ground: 'thirdPartyRights' }] },
    };
    expect(determineAttribute(onRequest).success).toBe(true);
    expect(
      determineAttribute(onRequest, { personalDataOrTradeSecret: 'withheld' }).issues.map((i) =>
        formatAttributeIssue(i),
      ),
    ).toEqual([
      'contents：文件含个人隐私，不能依申请公开：公开会损害第三方合法权益的不得公开（《政府信息公开条例》第十五条）；本机关的设置要求此类文件至少为不予公开',
    ]);
  });

  it('does not let a normative document go unpublished without an Art. 14 ground', () => {
    expect(
      messages({ ...base, proposal: { attribute: 'onRequest', reasons: [{ ground: 'internalAffairs' }] } })[0],
    ).toMatch(/^proposal.attribute：规范性文件应当主动公开/);
  });
});

describe('suggestAttribute', () => {
  it('suggests, with reasons and articles, strictest rule first', () => {
    expect(suggestAttribute({ ...base, kind: 'notice', contents: ['stateSecret', 'personalData'] })).toMatchObject({
      attribute: 'withheld',
      reasons: [{ ground: 'stateSecret' }, { ground: 'thirdPartyRights' }],
    });
    expect(suggestAttribute({ ...base, kind: 'request' })).toMatchObject({
      attribute: 'withheld',
      reasons: [{ ground: 'processInformation' }],
    });
    expect(suggestAttribute({ ...base, kind: 'notice', contents: ['personalData'] })).toMatchObject({
      attribute: 'onRequest',
      citations: [{ article: 15 }],
    });
    expect(
      suggestAttribute(
        { ...base, kind: 'notice', contents: ['personalData'] },
        { personalDataOrTradeSecret: 'withheld' },
      ),
    ).toMatchObject({ attribute: 'withheld', citations: [{ article: 15 }] });
    expect(suggestAttribute({ ...base, kind: 'notice', contents: ['tradeSecret'] }).explanation).toEqual([
      '含个人隐私或商业秘密：公开会损害第三方合法权益的不得公开，第三方同意或不公开会对公共利益造成重大影响的除外（第十五条）；文件定为依申请公开是本地做法（可设置）',
    ]);
    expect(suggestAttribute(base)).toMatchObject({
      attribute: 'proactive',
      explanation: ['规范性文件应当主动公开（第二十条第（一）项）'],
    });
    expect(suggestAttribute({ ...base, kind: 'letter', forwards: { attribute: 'onRequest' } }).attribute).toBe(
      'onRequest',
    );
  });
});

describe('markingText', () => {
  it('prints the local wording, configurable per jurisdiction', () => {
    expect(markingText('proactive')).toBe('（此件公开发布）');
    expect(markingText('onRequest')).toBe('（此件依申请公开）');
    expect(markingText('withheld')).toBeNull();
    expect(
      markingText('withheld', {
        proactive: '（此件主动公开）',
        onRequest: '（此件依申请公开）',
        withheld: '（此件不予公开）',
      }),
    ).toBe('（此件不予公开）');
  });
});
