import type { LegalCitation } from '@gk/core';
import { cite } from '@gk/core';
import type { Outcome } from '../outcomes.js';

import type {
  NoticeAddressee,
  NoticeDate,
  NoticeDefinition,
  NoticeInputField,
  NoticeKind,
  NoticePrerequisite,
  NoticeRemedy,
} from './kinds.js';

const r = (article: number, paragraph?: number, item?: number): LegalCitation =>
  cite('regulation', article, paragraph, item);
const FEE = cite('processingFeeMeasures', 4);

function remedyOf(outcome: Outcome | undefined): NoticeRemedy | null {
  if (outcome === undefined) return null;
  if (outcome === 'partiallyDisclosed') return 'partial';
  return outcome.startsWith('withheld.') ? 'reconsiderationFirst' : 'general';
}

const DATED_BY: Partial<Record<NoticeKind, NoticeDate>> = {
  registrationReceipt: 'receivedOn',
  clarificationNotice: 'clarificationRequestedOn',
  clarificationLapsedNotice: 'concludedOn',
  thirdPartyConsultationLetter: 'consultationStartedOn',
  agencyConsultationLetter: 'consultationStartedOn',
  extensionNotice: 'extensionApprovedOn',
  reasonRequestNotice: 'reasonRequestedOn',
  deferralNotice: 'deferralSetOn',
  feeNotice: 'feeNoticeOn',
  feeLapsedNotice: 'concludedOn',
};

/** The notices not addressed to the applicant; every other notice is. */
const ADDRESSEE: Partial<Record<NoticeKind, NoticeAddressee>> = {
  thirdPartyConsultationLetter: 'thirdParty',
  agencyConsultationLetter: 'agency',
  thirdPartyDisclosureNotice: 'thirdParty',
};

function define(
  kind: NoticeKind,
  title: string,
  citations: readonly LegalCitation[],
  requires: readonly NoticePrerequisite[],
  inputs: readonly NoticeInputField[] = [],
  outcome?: Outcome,
  remedy: NoticeRemedy | null = remedyOf(outcome),
): NoticeDefinition {
  return {
    kind,
    title,
    addressee: ADDRESSEE[kind] ?? 'applicant',
    citations,
    requires,
    inputs,
    remedy,
    datedBy: DATED_BY[kind] ?? 'decidedOn',
    ...(outcome === undefined ? {} : { outcome }),
  };
}

/** The standard notices, by kind. */
export const NOTICES: Readonly<Record<NoticeKind, NoticeDefinition>> = {
  registrationReceipt: define(
    'registrationReceipt',
    '政府信息公开申请登记回执',
    [r(31), r(33, 2)],
    ['receivedOn', 'dueOn'],
  ),
  clarificationNotice: define(
    'clarificationNotice',
    '政府信息公开申请补正告知书',
    [r(30)],
    ['receivedOn', 'clarification'],
  ),
  clarificationLapsedNotice: define(
    'clarificationLapsedNotice',
    '政府信息公开申请视为放弃申请告知书',
    [r(30)],
    ['receivedOn', 'clarification'],
    [],
    'otherHandling.clarificationLapsed',
  ),
  thirdPartyConsultationLetter: define(
    'thirdPartyConsultationLetter',
    '政府信息公开第三方意见征询函',
    [r(32)],
    ['receivedOn', 'consultation'],
    ['thirdPartyName', 'informationToDisclose'],
  ),
  agencyConsultationLetter: define(
    'agencyConsultationLetter',
    '政府信息公开征求意见函',
    [r(34)],
    ['receivedOn', 'consultation'],
    ['thirdPartyName', 'informationToDisclose'],
  ),
  thirdPartyDisclosureNotice: define(
    'thirdPartyDisclosureNotice',
    '政府信息决定公开告知书（第三方）',
    [r(32)],
    ['receivedOn', 'decision'],
    ['thirdPartyName', 'informationToDisclose', 'reason'],
    undefined,
    'general',
  ),
  extensionNotice: define(
    'extensionNotice',
    '政府信息公开申请延期答复告知书',
    [r(33, 2)],
    ['receivedOn', 'extension', 'dueOn'],
  ),
  reasonRequestNotice: define(
    'reasonRequestNotice',
    '政府信息公开申请说明理由通知书',
    [r(35)],
    ['receivedOn', 'reasonRequest'],
  ),
  deferralNotice: define(
    'deferralNotice',
    '政府信息公开申请延迟答复告知书',
    [r(35)],
    ['receivedOn', 'deferral', 'dueOn'],
  ),
  feeNotice: define(
    'feeNotice',
    '政府信息公开信息处理费收费通知书',
    [r(42), FEE],
    ['receivedOn', 'fee'],
    [],
    undefined,
    'general',
  ),
  feeLapsedNotice: define(
    'feeLapsedNotice',
    '政府信息公开申请逾期未缴费告知书',
    [FEE],
    ['receivedOn', 'fee'],
    [],
    'otherHandling.feeUnpaid',
  ),
  alreadyPublicNotice: define(
    'alreadyPublicNotice',
    '政府信息公开申请答复书（已主动公开）',
    [r(36, undefined, 1)],
    ['receivedOn', 'decision'],
    ['howToObtain'],
    'disclosed',
  ),
  disclosedNotice: define(
    'disclosedNotice',
    '政府信息公开申请答复书（予以公开）',
    [r(36, undefined, 2)],
    ['receivedOn', 'decision'],
    ['howToObtain', 'obtainTime'],
    'disclosed',
  ),
  partiallyDisclosedNotice: define(
    'partiallyDisclosedNotice',
    '政府信息公开申请答复书（部分公开）',
    [r(37)],
    ['receivedOn', 'decision'],
    ['howToObtain', 'reason'],
    'partiallyDisclosed',
  ),
  withheldStateSecretNotice: define(
    'withheldStateSecretNotice',
    '政府信息不予公开告知书（国家秘密）',
    [r(14), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.stateSecret',
  ),
  withheldProhibitedByLawNotice: define(
    'withheldProhibitedByLawNotice',
    '政府信息不予公开告知书（法律、行政法规禁止公开）',
    [r(14), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason', 'legalBasis'],
    'withheld.prohibitedByLaw',
  ),
  withheldThreeSecuritiesNotice: define(
    'withheldThreeSecuritiesNotice',
    '政府信息不予公开告知书（危及“三安全一稳定”）',
    [r(14), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.threeSecurities',
  ),
  withheldThirdPartyRightsNotice: define(
    'withheldThirdPartyRightsNotice',
    '政府信息不予公开告知书（保护第三方合法权益）',
    [r(15), r(32), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.thirdPartyRights',
  ),
  withheldInternalAffairsNotice: define(
    'withheldInternalAffairsNotice',
    '政府信息不予公开告知书（内部事务信息）',
    [r(16, 1), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.internalAffairs',
  ),
  withheldProcessInformationNotice: define(
    'withheldProcessInformationNotice',
    '政府信息不予公开告知书（过程性信息）',
    [r(16, 2), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.processInformation',
  ),
  withheldEnforcementFileNotice: define(
    'withheldEnforcementFileNotice',
    '政府信息不予公开告知书（行政执法案卷信息）',
    [r(16, 2), r(36, undefined, 3)],
    ['receivedOn', 'decision'],
    ['reason'],
    'withheld.enforcementFile',
  ),
  administrativeQueryNotice: define(
    'administrativeQueryNotice',
    '政府信息公开申请答复书（依照有关法律、行政法规办理）',
    [r(36, undefined, 7)],
    ['receivedOn', 'decision'],
    ['legalBasis', 'howToObtain'],
    'withheld.administrativeQuery',
  ),
  notExistNotice: define(
    'notExistNotice',
    '政府信息不存在告知书',
    [r(36, undefined, 4)],
    ['receivedOn', 'decision'],
    [],
    'unableToProvide.notHeld',
  ),
  notResponsibleNotice: define(
    'notResponsibleNotice',
    '非本机关负责公开政府信息告知书',
    [r(36, undefined, 5)],
    ['receivedOn', 'decision'],
    ['reason', 'responsibleAgency', 'responsibleAgencyContact'],
    'unableToProvide.notHeld',
  ),
  needsCreationNotice: define(
    'needsCreationNotice',
    '政府信息公开申请答复书（需另行制作）',
    [r(38)],
    ['receivedOn', 'decision'],
    [],
    'unableToProvide.needsCreation',
  ),
  unclearAfterClarificationNotice: define(
    'unclearAfterClarificationNotice',
    '政府信息公开申请答复书（补正后申请内容仍不明确）',
    [r(30)],
    ['receivedOn', 'decision'],
    [],
    'unableToProvide.unclearAfterClarification',
  ),
  petitionComplaintNotice: define(
    'petitionComplaintNotice',
    '不作为政府信息公开申请处理告知书',
    [r(39, 1)],
    ['receivedOn', 'decision'],
    ['channelForPetition'],
    'notProcessed.petitionComplaint',
  ),
  repeatedRequestNotice: define(
    'repeatedRequestNotice',
    '政府信息公开申请不予重复处理告知书',
    [r(36, undefined, 6)],
    ['receivedOn', 'decision'],
    [],
    'notProcessed.repeated',
  ),
  publicationNotice: define(
    'publicationNotice',
    '公开出版物获取途径告知书',
    [r(39, 2)],
    ['receivedOn', 'decision'],
    ['howToObtain'],
    'notProcessed.publication',
  ),
  excessiveRequestNotice: define(
    'excessiveRequestNotice',
    '政府信息公开申请不予处理告知书',
    [r(35)],
    ['receivedOn', 'decision', 'reasonRequest'],
    ['reason'],
    'notProcessed.excessive',
  ),
  confirmationRequestNotice: define(
    'confirmationRequestNotice',
    '政府信息公开申请答复书（确认或重新出具已获取信息）',
    [],
    ['receivedOn', 'decision'],
    ['reason'],
    'notProcessed.confirmation',
  ),
};
