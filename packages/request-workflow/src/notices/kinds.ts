// The kinds of notice, what each needs and when it is dated, and the articles of the remedy clauses.
import type { LegalCitation } from '@gk/core';
import { cite } from '@gk/core';
import type { Outcome } from '../outcomes.js';

/** Every standard document an agency issues in a request case. */
export const NOTICE_KINDS = [
  'registrationReceipt',
  'clarificationNotice',
  'clarificationLapsedNotice',
  'thirdPartyConsultationLetter',
  'agencyConsultationLetter',
  'thirdPartyDisclosureNotice',
  'extensionNotice',
  'reasonRequestNotice',
  'deferralNotice',
  'feeNotice',
  'feeLapsedNotice',
  'alreadyPublicNotice',
  'disclosedNotice',
  'partiallyDisclosedNotice',
  'withheldStateSecretNotice',
  'withheldProhibitedByLawNotice',
  'withheldThreeSecuritiesNotice',
  'withheldThirdPartyRightsNotice',
  'withheldInternalAffairsNotice',
  'withheldProcessInformationNotice',
  'withheldEnforcementFileNotice',
  'administrativeQueryNotice',
  'notExistNotice',
  'notResponsibleNotice',
  'needsCreationNotice',
  'unclearAfterClarificationNotice',
  'petitionComplaintNotice',
  'repeatedRequestNotice',
  'publicationNotice',
  'excessiveRequestNotice',
  'confirmationRequestNotice',
] as const;

/** A kind of standard notice (告知书). */
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What the case must hold before a notice of a kind can be issued. */
export type NoticePrerequisite =
  | 'receivedOn'
  | 'dueOn'
  | 'clarification'
  | 'extension'
  | 'consultation'
  | 'fee'
  | 'deferral'
  | 'decision'
  | 'reasonRequest';

/**
 * Facts a person supplies for a notice (what the case state cannot know). `responsibleAgency` and its
 * contact are optional — given only when the agency responsible can be determined (第三十六条第（五）项) —
 * but one needs the other.
 */
export type NoticeInputField =
  | 'howToObtain'
  | 'obtainTime'
  | 'reason'
  | 'responsibleAgency'
  | 'responsibleAgencyContact'
  | 'thirdPartyName'
  | 'informationToDisclose'
  | 'legalBasis'
  | 'channelForPetition';

/**
 * The remedy a notice states. `general`: 行政复议 within 60 days or 行政诉讼 within 6 months;
 * `reconsiderationFirst`: 不予公开 must go to 行政复议 first (行政复议法第二十三条第一款第（四）项);
 * `partial`: the first for the withheld part, the general one for the rest.
 */
export type NoticeRemedy = 'general' | 'reconsiderationFirst' | 'partial';

/** The day of the case a notice is dated by: the day of the step it records, never the day it is printed. */
export type NoticeDate =
  | 'receivedOn'
  | 'clarificationRequestedOn'
  | 'consultationStartedOn'
  | 'extensionApprovedOn'
  | 'reasonRequestedOn'
  | 'deferralSetOn'
  | 'feeNoticeOn'
  | 'decidedOn'
  | 'concludedOn';

/** Whom a notice is addressed to: the applicant, a third party (第三十二条) or another agency (第三十四条). */
export type NoticeAddressee = 'applicant' | 'thirdParty' | 'agency';

/** A notice kind: its title, the articles it cites, the outcome it answers, and what it needs. */
export interface NoticeDefinition {
  readonly kind: NoticeKind;
  readonly title: string;
  /** Whom it is addressed to: only the applicant's notices are shown to the applicant online. */
  readonly addressee: NoticeAddressee;
  readonly citations: readonly LegalCitation[];
  /** The outcome a decision notice answers; the case's outcome must match. */
  readonly outcome?: Outcome;
  readonly requires: readonly NoticePrerequisite[];
  readonly inputs: readonly NoticeInputField[];
  /** How the notice tells its addressee to seek review; `null` for a notice that decides nothing. */
  readonly remedy: NoticeRemedy | null;
  /** The case's day the notice is dated by. */
  readonly datedBy: NoticeDate;
}

/** The articles of the remedy clauses. */
export const REMEDY_CITATIONS: {
  /** 六十日内提出行政复议申请. */
  readonly reconsiderationPeriod: LegalCitation;
  /** 申请政府信息公开，行政机关不予公开: 先申请行政复议. */
  readonly reconsiderationFirst: LegalCitation;
  /** 六个月内提起行政诉讼. */
  readonly litigationPeriod: LegalCitation;
} = {
  reconsiderationPeriod: cite('reconsiderationLaw', 20, 1),
  reconsiderationFirst: cite('reconsiderationLaw', 23, 1, 4),
  litigationPeriod: cite('litigationLaw', 46, 1),
};
