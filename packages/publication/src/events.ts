// The lifecycle of a piece of government information as events: drafted, its attribute determined,
// reviewed, approved, published, updated, its validity changed, withdrawn. The lists are the truth;
// the types, the zod schema (parse.ts) and the fold (evaluate.ts) are built from them.
import type { AttributeReason, DisclosureAttribute, DocumentKind, ReviewFindingKind } from '@gk/attribute-review';
import type { Audience } from '@gk/catalogue-schema';

/** Who acts on a publication: 拟稿人 drafts, 审查人 reviews, 负责人 approves, 信息发布员 publishes. */
export const PUBLICATION_ROLES = ['drafter', 'reviewer', 'head', 'publisher', 'system'] as const;
/** One of {@link PUBLICATION_ROLES}. */
export type PublicationRole = (typeof PUBLICATION_ROLES)[number];

/** The person or system behind an event. */
export interface PublicationActor {
  readonly id: string;
  readonly role?: PublicationRole;
  readonly name?: string;
}

/** 有效性: 有效, 失效 (expired at the end of its term), 废止 (repealed). */
export const VALIDITY_STATES = ['valid', 'expired', 'repealed'] as const;
/** One of {@link VALIDITY_STATES}. */
export type Validity = (typeof VALIDITY_STATES)[number];

/** How a review finding was settled: fixed in the text, or accepted as it is with a reason. */
export const REVIEW_RESOLUTIONS = ['resolved', 'accepted'] as const;
/** One of {@link REVIEW_RESOLUTIONS}. */
export type ReviewResolution = (typeof REVIEW_RESOLUTIONS)[number];

/** An attachment, by reference: its title and where the file is kept. */
export interface Attachment {
  readonly title: string;
  /** The file's address or storage key. */
  readonly ref: string;
}

/** The metadata a disclosure page shows above the text, and what the rules need. */
export interface PublicationMetadata {
  /** 信息名称. */
  readonly title: string;
  /** 发布机构. */
  readonly publisher: string;
  /** 文号, where the document has one (示范县政办发〔2026〕3号). */
  readonly documentNo?: string;
  /** 成文日期 / 生成日期, `YYYY-MM-DD`. */
  readonly createdOn: string;
  /** 主题分类 (a topic of the agency's classification: 财政预决算, 规划计划 …). */
  readonly topic: string;
  /** The kind of document, as attribute determination reads it (规范性文件, 通知 …). */
  readonly kind: DocumentKind;
  /** 公开范围: the public, or the specific groups the catalogue item names. */
  readonly audience: Audience;
  /** The catalogue items it discloses (see `catalogueItemKey`). */
  readonly catalogueItemIds: readonly string[];
  /** 信息形成或者变更之日: the day its time limit counts from, `YYYY-MM-DD`. */
  readonly formedOn: string;
  /** 公开渠道和载体 it goes out through (政府网站, 政务新媒体 …). */
  readonly channels: readonly string[];
  /** The text. */
  readonly body: string;
  readonly attachments?: readonly Attachment[];
  /** Whether the policy needs an interpretation (a 规范性文件 touching the public's interests, or another policy). */
  readonly needsInterpretation?: boolean;
  /** The 法定主动公开内容 categories it belongs to (`art20-7` …, ids of `@gk/guidelines`' statutory baseline). */
  readonly statutoryCategoryIds?: readonly string[];
}

/** What every event has: its type, its day, optionally its instant, and who acted. */
export interface PublicationEventBase<T extends string> {
  readonly type: T;
  /** The day it happened, `YYYY-MM-DD`. */
  readonly on: string;
  /** The instant, ISO 8601 with an offset, where known. */
  readonly at?: string;
  readonly actor: PublicationActor;
}

/** 拟稿: the record is drafted, with its 索引号. */
export interface DraftedEvent extends PublicationEventBase<'drafted'> {
  readonly indexNo: string;
  readonly metadata: PublicationMetadata;
}

/** 公开属性源头认定: the result of `determineAttribute` (`@gk/attribute-review`). */
export interface AttributeDeterminedEvent extends PublicationEventBase<'attributeDetermined'> {
  readonly attribute: DisclosureAttribute;
  readonly reasons?: readonly AttributeReason[];
}

/** A finding of the review (`scanText`) and how it was settled. */
export interface SettledFinding {
  readonly kind: ReviewFindingKind;
  /** The text found, for the record. */
  readonly excerpt: string;
  readonly resolution: ReviewResolution;
  /** Why a finding accepted as it is may stay; required for `accepted`. */
  readonly reason?: string;
}

/** 发布前审查 (条例第十七条): the text scanned, each finding settled. */
export interface ReviewedEvent extends PublicationEventBase<'reviewed'> {
  readonly findings: readonly SettledFinding[];
}

/** 审批: the head approves publication. */
export type ApprovedEvent = PublicationEventBase<'approved'>;

/** 发布: on the day of the event, with its interpretation or the reason it has none. */
export interface PublishedEvent extends PublicationEventBase<'published'> {
  /** The interpretations published with it (政策解读). */
  readonly interpretationIds?: readonly string[];
  /** Why a policy that needs an interpretation is published without one. */
  readonly noInterpretationReason?: string;
}

/** 更新: a new version, published the day of the event, with what changed. */
export interface UpdatedEvent extends PublicationEventBase<'updated'> {
  /** The fields that change; the rest stay. */
  readonly changes: Partial<PublicationMetadata>;
  /** 变更说明. */
  readonly note: string;
}

/** 有效性变更: the information expires or is repealed, from a day. */
export interface ValidityChangedEvent extends PublicationEventBase<'validityChanged'> {
  readonly validity: Exclude<Validity, 'valid'>;
  /** The day it stops being valid, `YYYY-MM-DD`. */
  readonly effectiveOn: string;
  /** For a repeal: the document that repeals it. */
  readonly repealedBy?: string;
}

/** 撤回: taken down, with the reason; the record stays in the history and its page says so. */
export interface WithdrawnPublicationEvent extends PublicationEventBase<'withdrawn'> {
  readonly reason: string;
}

/** A fact in a publication's history. */
export type PublicationEvent =
  | DraftedEvent
  | AttributeDeterminedEvent
  | ReviewedEvent
  | ApprovedEvent
  | PublishedEvent
  | UpdatedEvent
  | ValidityChangedEvent
  | WithdrawnPublicationEvent;

/** The type of a publication event. */
export type PublicationEventType = PublicationEvent['type'];

/** Every event type, in the usual order. */
export const PUBLICATION_EVENT_TYPES: readonly PublicationEventType[] = [
  'drafted',
  'attributeDetermined',
  'reviewed',
  'approved',
  'published',
  'updated',
  'validityChanged',
  'withdrawn',
];
