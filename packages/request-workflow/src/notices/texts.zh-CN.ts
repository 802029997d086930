import type { LegalCitation } from '@gk/core';
import { formatCitation } from '@gk/core';
import type { NoticeKind, NoticeRemedy } from './kinds.js';
import { REMEDY_CITATIONS } from './kinds.js';

/** What a notice's wording can use: the case's facts (dates already written in Chinese) and the inputs. */
export interface NoticeContext {
  readonly applicantName: string;
  readonly receivedOn: string;
  readonly request: string;
  readonly dueOn: string;
  /** The extended due date as of the extension's approval. */
  readonly extensionDueOn: string;
  readonly clarificationItems: readonly string[];
  readonly clarificationRequestedOn: string;
  readonly clarificationDueOn: string;
  readonly extensionWorkdays: number;
  /** The reply date, empty while the party's receipt of the letter is unknown. */
  readonly consultationReplyDueOn: string;
  readonly reasonRequestedOn: string;
  readonly feeAmount: string;
  readonly feeMethod: string;
  readonly feeNoticeOn: string;
  readonly feeDueOn: string;
  readonly deferralUntil: string;
  readonly deferralReason: string;
  readonly disclosedParts: readonly string[];
  readonly withheldParts: readonly string[];
  /** The articles the decision applies (the outcome's and those recorded with it), or the notice's own. */
  readonly citations: readonly LegalCitation[];
  /** Articles recorded with the decision beyond its outcome's. */
  readonly extraCitations: readonly LegalCitation[];
  readonly howToObtain: string;
  readonly obtainTime: string;
  readonly reason: string;
  readonly responsibleAgency: string;
  readonly responsibleAgencyContact: string;
  readonly thirdPartyName: string;
  readonly informationToDisclose: string;
  readonly legalBasis: string;
  readonly channelForPetition: string;
}

const REGULATION = '《中华人民共和国政府信息公开条例》';
const cites = (citations: readonly LegalCitation[]): string => citations.map((c) => formatCitation(c)).join('、');
/** A typed phrase without its closing punctuation, so the notice's own punctuation is never doubled. */
const clause = (text: string): string => text.trim().replace(/[\s。．.；;，,、！!？?：:]+$/u, '');
const received = (c: NoticeContext): string =>
  `本机关于${c.receivedOn}收到您提出的政府信息公开申请，申请获取“${clause(c.request)}”。`;
/** 依据 … for articles recorded with a decision that its notice's wording does not already name. */
const basis = (c: NoticeContext): string[] =>
  c.extraCitations.length === 0 ? [] : [`本答复另依据${cites(c.extraCitations)}。`];
const withheld = (c: NoticeContext, what: string): string[] => [
  received(c),
  `经审查，您申请的政府信息${what}，依据${cites(c.citations)}，本机关决定不予公开。`,
  `理由：${clause(c.reason)}。`,
];
const obtain = (c: NoticeContext): string => `获取方式、途径：${clause(c.howToObtain)}。`;

/** The paragraphs of each notice kind, in Chinese. */
export const NOTICE_PARAGRAPHS: Readonly<Record<NoticeKind, (c: NoticeContext) => readonly string[]>> = {
  registrationReceipt: (c) => [
    `本机关于${c.receivedOn}收到您提出的政府信息公开申请，申请获取“${clause(c.request)}”，已予登记。`,
    `依据${REGULATION}第三十三条第二款，本机关将于${c.dueOn}前作出答复；需要延长答复期限的，将另行告知。`,
  ],
  clarificationNotice: (c) => [
    received(c),
    '经审查，申请内容不明确。请对下列事项作出补正：',
    ...c.clarificationItems.map((item, i) => `${String(i + 1)}. ${clause(item)}`),
    `请于${c.clarificationDueOn}前提交补正。答复期限自本机关收到补正的申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请（${REGULATION}第三十条）。`,
  ],
  clarificationLapsedNotice: (c) => [
    received(c),
    `本机关于${c.clarificationRequestedOn}告知您作出补正，补正期限至${c.clarificationDueOn}。您未在期限内补正，依据${REGULATION}第三十条，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  thirdPartyConsultationLetter: (c) => [
    `本机关于${c.receivedOn}收到政府信息公开申请，申请公开的下列信息可能涉及贵方合法权益：${clause(c.informationToDisclose)}。`,
    `依据${REGULATION}第三十二条，现书面征求贵方意见。请自收到本函之日起15个工作日内${c.consultationReplyDueOn === '' ? '' : `（${c.consultationReplyDueOn}前）`}提出意见；逾期未提出意见的，由本机关依照条例的规定决定是否公开。`,
  ],
  agencyConsultationLetter: (c) => [
    `本机关于${c.receivedOn}收到政府信息公开申请，申请公开的下列信息由贵机关与本机关共同制作：${clause(c.informationToDisclose)}。`,
    `依据${REGULATION}第三十四条，现征求贵机关意见。请自收到本函之日起15个工作日内${c.consultationReplyDueOn === '' ? '' : `（${c.consultationReplyDueOn}前）`}提出意见；逾期未提出意见的，视为同意公开。`,
  ],
  thirdPartyDisclosureNotice: (c) => [
    `本机关就政府信息公开申请征求了贵方意见。本机关认为不公开可能对公共利益造成重大影响，决定予以公开。`,
    `决定公开的内容：${clause(c.informationToDisclose)}。`,
    `理由：${clause(c.reason)}（${REGULATION}第三十二条）。`,
  ],
  extensionNotice: (c) => [
    received(c),
    `因需要延长答复期限，经本机关政府信息公开工作机构负责人同意，答复期限延长${String(c.extensionWorkdays)}个工作日，本机关将于${c.extensionDueOn}前作出答复（${REGULATION}第三十三条第二款）。`,
  ],
  reasonRequestNotice: (c) => [
    received(c),
    `您申请公开政府信息的数量、频次明显超过合理范围。依据${REGULATION}第三十五条，请您说明申请理由。`,
  ],
  deferralNotice: (c) => [
    received(c),
    `本机关认为您的申请理由合理，但无法在规定期限内答复（${clause(c.deferralReason)}）。依据${REGULATION}第三十五条，延迟答复的期限确定为${c.deferralUntil}。`,
  ],
  feeNotice: (c) => [
    received(c),
    `依据${REGULATION}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本机关对该申请${c.feeMethod}收取信息处理费${c.feeAmount}元。`,
    `请自收到本通知次日起20个工作日内（${c.feeDueOn}前）缴纳；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  feeLapsedNotice: (c) => [
    received(c),
    `本机关于${c.feeNoticeOn}向您发出收费通知，缴费期限至${c.feeDueOn}。您未在期限内缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  alreadyPublicNotice: (c) => [
    received(c),
    `经审查，您申请的政府信息已经主动公开（${REGULATION}第三十六条第（一）项）。`,
    obtain(c),
    ...basis(c),
  ],
  disclosedNotice: (c) => [
    received(c),
    `经审查，您申请的政府信息属于可以公开的政府信息，本机关予以公开（${REGULATION}第三十六条第（二）项）。`,
    obtain(c),
    `获取时间：${clause(c.obtainTime)}。`,
    ...basis(c),
  ],
  partiallyDisclosedNotice: (c) => [
    received(c),
    `经审查，您申请的信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的内容（${REGULATION}第三十七条）：${c.disclosedParts.map(clause).join('；')}。`,
    `${c.withheldParts.length === 0 ? '其余内容' : c.withheldParts.map(clause).join('；')}不予公开，理由：${clause(c.reason)}${c.extraCitations.length === 0 ? '' : `，依据${cites(c.extraCitations)}`}。`,
    obtain(c),
  ],
  withheldStateSecretNotice: (c) => withheld(c, '属于依法确定为国家秘密的政府信息'),
  withheldProhibitedByLawNotice: (c) => withheld(c, `属于法律、行政法规禁止公开的政府信息（${clause(c.legalBasis)}）`),
  withheldThreeSecuritiesNotice: (c) => withheld(c, '公开后可能危及国家安全、公共安全、经济安全、社会稳定'),
  withheldThirdPartyRightsNotice: (c) => withheld(c, '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害'),
  withheldInternalAffairsNotice: (c) => withheld(c, '属于行政机关的内部事务信息'),
  withheldProcessInformationNotice: (c) => withheld(c, '属于行政机关在履行行政管理职能过程中形成的过程性信息'),
  withheldEnforcementFileNotice: (c) => withheld(c, '属于行政执法案卷信息'),
  administrativeQueryNotice: (c) => [
    received(c),
    `经审查，您申请的信息属于${clause(c.legalBasis)}规定的信息，有关法律、行政法规对信息的获取有特别规定，请依照有关规定办理（${REGULATION}第三十六条第（七）项）：${clause(c.howToObtain)}。`,
    ...basis(c),
  ],
  notExistNotice: (c) => [
    received(c),
    `经检索，本机关没有您所申请公开的信息，该政府信息不存在（${REGULATION}第三十六条第（四）项）。`,
    ...basis(c),
  ],
  notResponsibleNotice: (c) => [
    received(c),
    `经审查，您申请公开的信息不属于本机关负责公开，理由：${clause(c.reason)}（${REGULATION}第三十六条第（五）项）。`,
    ...(c.responsibleAgency === ''
      ? []
      : [
          `负责公开该政府信息的行政机关为${clause(c.responsibleAgency)}，联系方式：${clause(c.responsibleAgencyContact)}。`,
        ]),
    ...basis(c),
  ],
  needsCreationNotice: (c) => [
    received(c),
    `经审查，提供您申请的信息需要本机关对现有政府信息进行加工、分析，本机关不予提供（${REGULATION}第三十八条）。`,
    ...basis(c),
  ],
  unclearAfterClarificationNotice: (c) => [
    received(c),
    `经补正后，您的申请内容仍不明确，本机关无法提供（${REGULATION}第三十条）。`,
    ...basis(c),
  ],
  petitionComplaintNotice: (c) => [
    received(c),
    `经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理（${REGULATION}第三十九条第一款）。您可以通过${clause(c.channelForPetition)}提出。`,
    ...basis(c),
  ],
  repeatedRequestNotice: (c) => [
    received(c),
    `本机关已就您提出的相同政府信息公开申请作出答复，依据${REGULATION}第三十六条第（六）项，不予重复处理。`,
    ...basis(c),
  ],
  publicationNotice: (c) => [
    received(c),
    `您申请获取的内容属于政府公报、报刊、书籍等公开出版物（${REGULATION}第三十九条第二款），获取途径：${clause(c.howToObtain)}。`,
    ...basis(c),
  ],
  excessiveRequestNotice: (c) => [
    received(c),
    `您申请公开政府信息的数量、频次明显超过合理范围，本机关于${c.reasonRequestedOn}要求您说明理由。经审查，本机关认为申请理由不合理：${clause(c.reason)}。依据${REGULATION}第三十五条，本机关不予处理。`,
    ...basis(c),
  ],
  confirmationRequestNotice: (c) => [
    received(c),
    `您的申请是要求本机关确认或重新出具您已获取的信息，本机关不作为政府信息公开申请处理。理由：${clause(c.reason)}。`,
    ...basis(c),
  ],
};

/** The note after a deadline counted over provisional calendar days. */
export const PROVISIONAL_NOTE = (dates: readonly string[]): string =>
  `注：${dates.join('、')}系暂按法定节假日推算，以国务院公布的放假安排为准。`;

/** What a remedy clause names. */
export interface RemedyContext {
  /** 答复, 决定 or 收费决定. */
  readonly subject: string;
  readonly reconsiderationBody: string;
  readonly court: string;
}

/**
 * The closing paragraph telling the addressee how to seek review: 行政复议法第二十条 (60 days),
 * 第二十三条第一款第（四）项 (不予公开: 复议 first) and 行政诉讼法第四十六条 (6 months).
 */
export function remedyParagraph(remedy: NoticeRemedy, c: RemedyContext): string {
  const body = clause(c.reconsiderationBody);
  const period = formatCitation(REMEDY_CITATIONS.reconsiderationPeriod);
  const first = formatCitation(REMEDY_CITATIONS.reconsiderationFirst);
  const litigation = formatCitation(REMEDY_CITATIONS.litigationPeriod);
  const general = `可以自知道或者应当知道之日起六十日内向${body}申请行政复议（${period}），也可以自知道或者应当知道之日起六个月内向${clause(c.court)}提起行政诉讼（${litigation}）`;
  const firstClause = `应当先向${body}申请行政复议（${first}），申请期限为自知道或者应当知道之日起六十日（${period}）；对行政复议决定不服的，可以依法向人民法院提起行政诉讼`;
  switch (remedy) {
    case 'general':
      return `如对本${c.subject}不服，${general}。`;
    case 'reconsiderationFirst':
      return `如对本不予公开的答复不服，${firstClause}。`;
    case 'partial':
      return `对本答复中不予公开的部分不服的，${firstClause}。对本答复的其他部分不服的，${general}。`;
    default:
      return remedy satisfies never;
  }
}
