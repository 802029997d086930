// What a notice is made of: the agency, the facts a person supplies, the notice itself and the
// result of building one.
import type { LegalCitation, LocalDate } from '@gk/core';
import type { RequestIssue } from '../request-issues.js';
import type { NoticeKind } from './kinds.js';

/** The issuing agency as its profile holds it. */
export interface NoticeAgency {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  /**
   * The agency's 行政复议机关 (e.g. 示范县人民政府), named in every remedy clause. It comes from the
   * agency's profile and is never guessed: a notice with a remedy clause cannot be built without it.
   */
  readonly reconsiderationBody?: string;
  /** The court for 行政诉讼, where the agency names one; otherwise 有管辖权的人民法院. */
  readonly court?: string;
}

/** What a person supplies for a notice: the issuing agency and the facts the case cannot know. */
export interface NoticeInput {
  /** The issuing agency: its name, address, telephone, reconsideration body and court. */
  readonly agency: NoticeAgency;
  /** The notice's number, e.g. 〔2025〕第12号. */
  readonly noticeNo?: string;
  /** 获取方式、途径. */
  readonly howToObtain?: string;
  /** 获取时间 (第三十六条第（二）项), e.g. 随本答复书一并提供 or a date and place. */
  readonly obtainTime?: string;
  /** The reason given to the applicant, where the notice states one (e.g. why information is withheld). */
  readonly reason?: string;
  /** The agency responsible for disclosing the information, where it can be determined (第三十六条第（五）项). */
  readonly responsibleAgency?: string;
  /** Its contact (address, telephone), required with `responsibleAgency`. */
  readonly responsibleAgencyContact?: string;
  /** The third party consulted (第三十二条), for the consultation letter. */
  readonly thirdPartyName?: string;
  /** The information the agency intends to disclose, for the consultation letter. */
  readonly informationToDisclose?: string;
  /** The law or administrative regulation that forbids disclosure (第十四条) or governs the query (第三十六条第（七）项). */
  readonly legalBasis?: string;
  /** The channel for a 信访、投诉、举报 the notice points the applicant to (第三十九条第一款). */
  readonly channelForPetition?: string;
}

/** A notice ready to render: its words come from the case state and the inputs. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly title: string;
  readonly noticeNo?: string;
  /** Who it is addressed to: the applicant, or the consulted party. */
  readonly addressee: string;
  readonly paragraphs: readonly string[];
  readonly agency: NoticeAgency;
  /** The day of the step the notice records (its decision, its extension …), not the day it is printed. */
  readonly issuedOn: LocalDate;
  /** The articles applied, with those recorded with the decision and those of the remedy clause. */
  readonly citations: readonly LegalCitation[];
}

/** The result of `buildNotice`. */
export type NoticeResult =
  | { readonly success: true; readonly notice: Notice }
  | { readonly success: false; readonly issues: readonly RequestIssue[] };
