import type { MessageCatalogue } from '@gk/core';
import type { AttributeIssueParams } from '../attribute.js';
import type { ReviewFindingKind } from '../kinds.js';

const ATTRIBUTES: Readonly<Record<string, string>> = {
  proactive: '主动公开',
  onRequest: '依申请公开',
  withheld: '不予公开',
};
const GROUNDS: Readonly<Record<string, string>> = {
  stateSecret: '国家秘密',
  prohibitedByLaw: '法律、行政法规禁止公开',
  threeSecurities: '危及“三安全一稳定”',
  thirdPartyRights: '保护第三方合法权益',
  internalAffairs: '内部事务信息',
  processInformation: '过程性信息',
  enforcementFile: '行政执法案卷信息',
  notOfPublicConcern: '不属于应当主动公开的范围',
};
const CONTENTS: Readonly<Record<string, string>> = {
  personalData: '个人隐私',
  tradeSecret: '商业秘密',
  stateSecret: '国家秘密',
  internalAffairs: '内部事务信息',
  processInformation: '过程性信息',
  enforcementFile: '行政执法案卷信息',
};

/** `@gk/attribute-review` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<AttributeIssueParams> = {
  'attribute.missing': () => '拟稿未提出公开属性建议，应予退文（国办发〔2016〕80号）',
  'attribute.reasonMissing': (p) =>
    `公开属性为${ATTRIBUTES[p.attribute] ?? p.attribute}，应当依法依规说明理由（国办发〔2016〕80号）`,
  'attribute.reasonNotForAttribute': (p) =>
    `理由“${GROUNDS[p.ground] ?? p.ground}”不能支持${ATTRIBUTES[p.attribute] ?? p.attribute}`,
  'attribute.contentConflict': (p) =>
    p.content === 'stateSecret'
      ? `文件含${CONTENTS[p.content] ?? p.content}，不能${ATTRIBUTES[p.attribute] ?? p.attribute}（《政府信息公开条例》第十四条）`
      : p.content === 'personalData' || p.content === 'tradeSecret'
        ? `文件含${CONTENTS[p.content] ?? p.content}，不能${ATTRIBUTES[p.attribute] ?? p.attribute}：公开会损害第三方合法权益的不得公开（《政府信息公开条例》第十五条）；本机关的设置要求此类文件至少为${ATTRIBUTES[p.needed] ?? p.needed}`
        : `文件含${CONTENTS[p.content] ?? p.content}，不能${ATTRIBUTES[p.attribute] ?? p.attribute}`,
  'attribute.withheldAttachment': (p) =>
    `主动公开的文件不可夹带${ATTRIBUTES[p.attachmentAttribute] ?? p.attachmentAttribute}的附件“${p.attachment}”`,
  'attribute.looserThanForwarded': (p) =>
    `转发文件的公开属性（${ATTRIBUTES[p.attribute] ?? p.attribute}）不能宽于被转发文件（${ATTRIBUTES[p.forwarded] ?? p.forwarded}）`,
  'attribute.jointWithoutLead': () => '联合发文应由牵头机关认定公开属性，未写明牵头机关',
  'attribute.normativeNotProactive': (p) =>
    `规范性文件应当主动公开（《政府信息公开条例》第二十条第（一）项），拟定为${ATTRIBUTES[p.attribute] ?? p.attribute}但未以涉密等第十四条情形为由`,
};

/** Suggestions for each finding kind, in Chinese. */
export const zhCNSuggestions: Readonly<Record<ReviewFindingKind, string>> = {
  residentId: '含公民身份号码，属于个人信息，发布前应删除或脱敏（《政府信息公开条例》第十五条）',
  mobile: '含手机号码，属于个人信息，发布前应删除或脱敏（《政府信息公开条例》第十五条）',
  bankCard: '含银行卡号，属于个人信息，发布前应删除或脱敏（《政府信息公开条例》第十五条）',
  email: '含电子邮件地址，如为个人邮箱应删除或脱敏（《政府信息公开条例》第十五条）',
  passport: '疑似护照号码，如属个人信息应删除或脱敏（《政府信息公开条例》第十五条）',
  classificationMark: '含密级标志，涉密信息严禁上网，应停止发布并按保密规定处理（《政府信息公开条例》第十四条）',
  internalMark: '标有“内部资料”等字样，发布前应核实公开属性（《政府信息公开条例》第十六条）',
  sensitiveTerm: '命中敏感词库，发布前应人工核实',
};
