import type { LegalCitation } from '@gk/core';
import type { NoticeKind } from './notices/kinds.js';
import type { Outcome } from './outcomes.js';

/** Who acts: 登记员 registers, 承办人 handles, 负责人 approves extensions. */
export const ACTOR_ROLES = ['registrar', 'handler', 'head', 'applicant', 'system'] as const;
/** One of {@link ACTOR_ROLES}. */
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** The person or system behind an event. */
export interface Actor {
  readonly id: string;
  readonly role?: ActorRole;
  readonly name?: string;
}

/** How the application arrived (《政府信息公开条例》第三十一条). */
export const RECEIPT_CHANNELS = ['inPerson', 'postSigned', 'ordinaryMail', 'online', 'fax'] as const;
/** One of {@link RECEIPT_CHANNELS}. */
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];
/** The channels whose receipt date is the day both sides confirm it (第三十一条第（二）、（三）项). */
export const CONFIRMED_CHANNELS: readonly ReceiptChannel[] = ['ordinaryMail', 'online', 'fax'];

/** The annual report's columns for 法人或其他组织, in the table's order. */
export const ORGANIZATION_CATEGORIES = ['business', 'research', 'publicInterest', 'legalService', 'other'] as const;

/** The annual report's columns for 法人或其他组织. */
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

/** An applicant who is a natural person (自然人). */
export interface NaturalPersonApplicant {
  readonly kind: 'naturalPerson';
  readonly name: string;
  /** 公民身份号码, checked when given. */
  readonly residentId?: string;
  /** Another identity document (护照, 港澳居民来往内地通行证 …) with its number. */
  readonly idDocument?: { readonly type: string; readonly number: string };
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

/** An applicant that is a legal person or other organisation (法人或其他组织). */
export interface OrganizationApplicant {
  /** An organisation (法人或者其他组织). */
  readonly kind: 'organization';
  /** Its category as the annual report's table 三 counts it: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
  readonly category: OrganizationCategory;
  /** The organisation's name. */
  readonly name: string;
  /** 统一社会信用代码, checked when given. */
  readonly uscc?: string;
  /** Another proof of identity (登记证书, 营业执照 …) with its number, where there is no USCC. */
  readonly idDocument?: { readonly type: string; readonly number: string };
  /** The person to contact. */
  readonly contactName?: string;
  /** Contact telephone. */
  readonly phone?: string;
  /** Contact e-mail, for electronic delivery. */
  readonly email?: string;
  /** Postal address, for delivery by post. */
  readonly address?: string;
}

/** 申请人. */
export type Applicant = NaturalPersonApplicant | OrganizationApplicant;

/** The form in which the applicant wants the information (第二十九条第二款第（三）项). */
export const INFORMATION_FORMS = ['paper', 'electronic', 'inspection', 'copy'] as const;
/** A form the information is asked for in (第二十九条第二款第（三）项). */
export type InformationForm = (typeof INFORMATION_FORMS)[number];

/** How the applicant wants to receive it. */
export const DELIVERY_PREFERENCES = ['inPerson', 'post', 'email', 'online', 'fax'] as const;
/** How the applicant asks to obtain the information. */
export type DeliveryPreference = (typeof DELIVERY_PREFERENCES)[number];

/** What is asked for (第二十九条第二款第（二）、（三）项). */
export interface RequestContent {
  /** 名称、文号或者便于查询的其他特征性描述. */
  readonly description: string;
  readonly documentNumbers?: readonly string[];
  /** 形式要求. */
  readonly forms?: readonly InformationForm[];
  /** 获取信息的方式、途径. */
  readonly deliveryPreferences?: readonly DeliveryPreference[];
}

/** An application as the applicant files it: who asks, and for what (第二十九条). */
export interface Application {
  readonly applicant: Applicant;
  readonly request: RequestContent;
}

/** What every event has: its type, its day, optionally its instant, and who acted. */
export interface EventBase<T extends string> {
  readonly type: T;
  /** The day it happened, `YYYY-MM-DD`. */
  readonly on: string;
  /** The instant, ISO 8601 with an offset, where known. */
  readonly at?: string;
  readonly actor: Actor;
}

/** 收到申请. */
export interface ReceivedEvent extends EventBase<'received'> {
  readonly channel: ReceiptChannel;
  /** The day receipt was confirmed with the applicant: required for ordinary mail, online and fax. */
  readonly confirmedOn?: string;
  readonly applicant: Applicant;
  readonly request: RequestContent;
}

/** 补正告知: once, listing every item, with a reasonable period (第三十条). */
export interface ClarificationRequestedEvent extends EventBase<'clarificationRequested'> {
  readonly items: readonly string[];
  readonly periodWorkdays: number;
}

/** One item of a clarification notice and what the applicant supplied for it. */
export interface ClarificationAnswer {
  /** The item as the notice listed it. */
  readonly item: string;
  /** What the applicant supplied. */
  readonly answer: string;
}

/**
 * The clarified application arrives; the answer period restarts from this day (第三十条). Online, the
 * applicant supplies it against the notice's items, and the portal confirms it at once.
 */
export interface ClarificationReceivedEvent extends EventBase<'clarificationReceived'> {
  /** What was supplied, item by item, where recorded (always when supplied online). */
  readonly supplied?: readonly ClarificationAnswer[];
}

/** 逾期不补正, 视为放弃申请. */
export type ClarificationLapsedEvent = EventBase<'clarificationLapsed'>;

/** Who is consulted: a third party (第三十二条) or another agency (第三十四条). */
export const CONSULTATION_PARTIES = ['thirdParty', 'agency'] as const;
/** One of {@link CONSULTATION_PARTIES}. */
export type ConsultationParty = (typeof CONSULTATION_PARTIES)[number];
/** How a consultation ends: consent, objection, or no reply. */
export const CONSULTATION_REPLIES = ['consent', 'objection', 'none'] as const;
/** One of {@link CONSULTATION_REPLIES}. */
export type ConsultationReply = (typeof CONSULTATION_REPLIES)[number];
/** How a processing fee is counted (国办函〔2020〕109号). */
export const FEE_METHODS = ['perItem', 'perPage'] as const;
/** One of {@link FEE_METHODS}. */
export type FeeMethod = (typeof FEE_METHODS)[number];
/** How the answer is delivered. */
export const DELIVERY_METHODS = ['inPerson', 'post', 'electronic'] as const;
/** One of {@link DELIVERY_METHODS}. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** 征求意见书 sent (the event's day is the sending day). */
export interface ConsultationStartedEvent extends EventBase<'consultationStarted'> {
  readonly party: ConsultationParty;
  readonly partyName?: string;
  /** The day the party received the letter: its 15 workdays count from here (第三十二条、第三十四条). */
  readonly receivedOn?: string;
}

/** The consultation ends with a reply, or with none. */
export interface ConsultationEndedEvent extends EventBase<'consultationEnded'> {
  readonly party?: ConsultationParty;
  readonly reply: ConsultationReply;
}

/** 延期答复, approved by the head of the disclosure office (第三十三条第二款). */
export interface ExtensionApprovedEvent extends EventBase<'extensionApproved'> {
  readonly workdays: number;
  readonly approver: Actor;
}

/** 要求说明理由 (第三十五条). */
export type ReasonRequestedEvent = EventBase<'reasonRequested'>;

/** 延迟答复的合理期限 (第三十五条). */
export interface DeferralSetEvent extends EventBase<'deferralSet'> {
  readonly until: string;
  readonly reason: string;
}

/** 收费通知 (国办函〔2020〕109号). */
export interface FeeNoticeIssuedEvent extends EventBase<'feeNoticeIssued'> {
  /** Yuan. */
  readonly amount: number;
  readonly method: FeeMethod;
  /** The day the applicant received the notice: the 20 workdays to pay count from the day after. */
  readonly receivedOn?: string;
}

/** The fee is paid. */
export type FeePaidEvent = EventBase<'feePaid'>;

/** 逾期未缴费, 视为放弃申请. */
export type FeeLapsedEvent = EventBase<'feeLapsed'>;

/** The decision on the request. A later decision before delivery corrects an earlier one. */
export interface DecidedEvent extends EventBase<'decided'> {
  readonly outcome: Outcome;
  /** Articles beyond those the outcome applies. */
  readonly citations?: readonly LegalCitation[];
  /** For 部分公开: what is provided. */
  readonly disclosedParts?: readonly string[];
  /** For 部分公开: what is withheld (its reason is `reason`, its articles `citations`). */
  readonly withheldParts?: readonly string[];
  /** The reason given to the applicant. */
  readonly reason?: string;
  /** 获取方式、途径 of the information provided (第三十六条第（一）、（二）项). */
  readonly howToObtain?: string;
  /** 获取时间 of the information provided (第三十六条第（二）项). */
  readonly obtainTime?: string;
  /** For 非本机关负责公开: the agency responsible and its contact, where it can be determined (第三十六条第（五）项). */
  readonly responsibleAgency?: { readonly name: string; readonly contact: string };
}

/** 送达: the answer date is this day; for post, the day of mailing (交邮之日). */
export interface DeliveredEvent extends EventBase<'delivered'> {
  readonly method: DeliveryMethod;
  /** The answer delivered, where the outcome has more than one (已主动公开 or 予以公开; 信息不存在 or 非本机关负责). */
  readonly notice?: NoticeKind;
}

/**
 * The applicant opens an answer delivered electronically (电子送达) in the portal: the day they learn
 * of it, from which the 60 days to apply for 行政复议 run (行政复议法第二十条第一款). The answer date
 * stays the delivery day; only the first opening is recorded.
 */
export type AnswerOpenedEvent = EventBase<'answerOpened'>;

/** 归档. */
export type ArchivedEvent = EventBase<'archived'>;

/** The applicant withdraws the application. */
export interface WithdrawnEvent extends EventBase<'withdrawn'> {
  readonly reason?: string;
}

/** A fact in a case's history. */
export type CaseEvent =
  | ReceivedEvent
  | ClarificationRequestedEvent
  | ClarificationReceivedEvent
  | ClarificationLapsedEvent
  | ConsultationStartedEvent
  | ConsultationEndedEvent
  | ExtensionApprovedEvent
  | ReasonRequestedEvent
  | DeferralSetEvent
  | FeeNoticeIssuedEvent
  | FeePaidEvent
  | FeeLapsedEvent
  | DecidedEvent
  | DeliveredEvent
  | AnswerOpenedEvent
  | ArchivedEvent
  | WithdrawnEvent;

/** The type of a case event. */
export type CaseEventType = CaseEvent['type'];

/** Every event type, in the usual order of a case. */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'received',
  'clarificationRequested',
  'clarificationReceived',
  'clarificationLapsed',
  'consultationStarted',
  'consultationEnded',
  'extensionApproved',
  'reasonRequested',
  'deferralSet',
  'feeNoticeIssued',
  'feePaid',
  'feeLapsed',
  'decided',
  'delivered',
  'answerOpened',
  'archived',
  'withdrawn',
];

/** Where a case stands. */
export type CaseStatus =
  | 'notReceived'
  | 'inProgress'
  | 'awaitingClarification'
  | 'consulting'
  | 'awaitingFee'
  | 'decided'
  | 'answered'
  | 'closed'
  | 'withdrawn';
