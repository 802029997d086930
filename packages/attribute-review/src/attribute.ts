import type { IssuePath, IssueUnion, LegalCitation } from '@gk/core';
import { cite, createIssue } from '@gk/core';

/** 公开属性: 主动公开, 依申请公开, 不予公开. */
export const DISCLOSURE_ATTRIBUTES = ['proactive', 'onRequest', 'withheld'] as const;
/** One of {@link DISCLOSURE_ATTRIBUTES}. */
export type DisclosureAttribute = (typeof DISCLOSURE_ATTRIBUTES)[number];

/** The kinds of official document a draft can be. */
export const DOCUMENT_KINDS = [
  'normativeDocument',
  'notice',
  'request',
  'report',
  'minutes',
  'letter',
  'decision',
  'opinion',
  'plan',
  'announcement',
  'other',
] as const;
/** One of {@link DOCUMENT_KINDS}. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a draft declares it contains. */
export type DeclaredContent =
  'personalData' | 'tradeSecret' | 'stateSecret' | 'internalAffairs' | 'processInformation' | 'enforcementFile';

/** The grounds for not publishing proactively, each tied to its article ({@link GROUND_CITATIONS}). */
export const REASON_GROUNDS = [
  'stateSecret',
  'prohibitedByLaw',
  'threeSecurities',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFile',
  'notOfPublicConcern',
] as const;
/** One of {@link REASON_GROUNDS}. */
export type ReasonGround = (typeof REASON_GROUNDS)[number];

/** A reason given for an attribute. */
export interface AttributeReason {
  readonly ground: ReasonGround;
  /** The drafter's explanation. */
  readonly text?: string;
}

/** A draft's metadata at 审签 (拟稿), with the drafter's proposal. */
export interface DraftMetadata {
  /** The draft's title. */
  readonly title: string;
  /** What the document is (`DocumentKind`): notice, request, report, normative document …. */
  readonly kind: DocumentKind;
  /** The agency drafting it (拟稿机关). */
  readonly draftingAgency: string;
  /** Joint drafters; the `leadAgency` decides (牵头机关). */
  readonly jointDrafters?: readonly string[];
  /** The lead agency of a joint draft, whose determination stands (牵头机关). */
  readonly leadAgency?: string;
  /** The document this one forwards (转发), with its attribute. */
  readonly forwards?: { readonly title?: string; readonly attribute: DisclosureAttribute };
  /** What the draft declares it contains: personal data, trade secrets, state secrets, internal affairs …. */
  readonly contents?: readonly DeclaredContent[];
  /** Its attachments, each with its own attribute. */
  readonly attachments?: readonly { readonly title: string; readonly attribute: DisclosureAttribute }[];
  /** 涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策 (第十九条). */
  readonly concernsPublic?: boolean;
  /** The drafter's proposal; a draft without one is returned (退文). */
  readonly proposal?: { readonly attribute: DisclosureAttribute; readonly reasons?: readonly AttributeReason[] };
}

/** The articles each ground applies. */
export const GROUND_CITATIONS: Readonly<Record<ReasonGround, readonly LegalCitation[]>> = {
  stateSecret: [cite('regulation', 14)],
  prohibitedByLaw: [cite('regulation', 14)],
  threeSecurities: [cite('regulation', 14)],
  thirdPartyRights: [cite('regulation', 15)],
  internalAffairs: [cite('regulation', 16, 1)],
  processInformation: [cite('regulation', 16, 2)],
  enforcementFile: [cite('regulation', 16, 2)],
  notOfPublicConcern: [cite('regulation', 13), cite('regulation', 19)],
};

/** The grounds each non-public attribute may rest on. */
const GROUNDS_FOR: Readonly<Record<Exclude<DisclosureAttribute, 'proactive'>, readonly ReasonGround[]>> = {
  withheld: [
    'stateSecret',
    'prohibitedByLaw',
    'threeSecurities',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementFile',
  ],
  onRequest: ['thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFile', 'notOfPublicConcern'],
};

const STRICTNESS: Readonly<Record<DisclosureAttribute, number>> = { proactive: 0, onRequest: 1, withheld: 2 };

/**
 * Local rules on attributes. 《政府信息公开条例》第十五条 says that information whose disclosure would
 * harm a third party's lawful rights (商业秘密、个人隐私等) 不得公开, unless the third party consents or
 * withholding it would seriously affect the public interest. Whether a whole document that contains such
 * information is marked 依申请公开 (handled on request, with the third party consulted under 第三十二条
 * and the rest provided under 第三十七条) or 不予公开 is local practice, not national law.
 */
export interface AttributeSettings {
  /** The attribute a document containing personal data or trade secrets needs at least; `'onRequest'` by default. */
  readonly personalDataOrTradeSecret?: 'onRequest' | 'withheld';
}

/** The params of each attribute issue. */
export interface AttributeIssueParams {
  /** The draft proposes no disclosure attribute and must be returned (国办发〔2016〕80号) */
  'attribute.missing': Readonly<Record<never, never>>;
  /** A {attribute} attribute needs a reason tied to an article (国办发〔2016〕80号) */
  'attribute.reasonMissing': { readonly attribute: DisclosureAttribute };
  /** The ground "{ground}" cannot support {attribute} */
  'attribute.reasonNotForAttribute': { readonly attribute: DisclosureAttribute; readonly ground: ReasonGround };
  /** A document containing {content} cannot be {attribute} (Regulation Art. 14) */
  'attribute.contentConflict': {
    readonly attribute: DisclosureAttribute;
    readonly content: DeclaredContent;
    /** The attribute the content needs at least. */
    readonly needed: DisclosureAttribute;
  };
  /** A proactive document may not carry the {attachmentAttribute} attachment "{attachment}" */
  'attribute.withheldAttachment': { readonly attachment: string; readonly attachmentAttribute: DisclosureAttribute };
  /** A forwarding document ({attribute}) may not be looser than the forwarded one ({forwarded}) */
  'attribute.looserThanForwarded': { readonly attribute: DisclosureAttribute; readonly forwarded: DisclosureAttribute };
  /** A joint document needs its lead agency, which decides the attribute */
  'attribute.jointWithoutLead': Readonly<Record<never, never>>;
  /** A normative document is published proactively (Regulation Art. 20(i)); {attribute} needs an Art. 14 ground */
  'attribute.normativeNotProactive': { readonly attribute: DisclosureAttribute };
}

/** An issue found in a draft's attribute. */
export type AttributeIssue = IssueUnion<AttributeIssueParams>;

/** A checked attribute determination. */
export interface AttributeDetermination {
  readonly attribute: DisclosureAttribute;
  readonly reasons: readonly AttributeReason[];
  /** The articles the determination rests on. */
  readonly citations: readonly LegalCitation[];
}

/** The result of {@link determineAttribute}. */
export type DeterminationResult =
  | {
      readonly success: true;
      readonly determination: AttributeDetermination;
      readonly issues: readonly AttributeIssue[];
    }
  | { readonly success: false; readonly issues: readonly AttributeIssue[] };

/**
 * Checks the attribute a drafter proposes (公开属性源头认定): a draft with no attribute is returned
 * (退文); 依申请公开 and 不予公开 need a reason tied to an article; declared contents must not be looser
 * than the attribute allows; a 主动公开 document may not carry a withheld or on-request attachment; a
 * forwarding document may not be looser than the forwarded one; a 规范性文件 is published proactively
 * unless it is secret (第二十条第（一）项).
 * @param draft - the draft's metadata and proposal
 * @param settings - the local rule for personal data and trade secrets ({@link AttributeSettings})
 * @returns the determination with its citations, or the issues (warnings may accompany a determination)
 * @see 国办发〔2016〕80号 一（一）; 《中华人民共和国政府信息公开条例》第十三条至第十六条、第十九条至第二十一条
 */
export function determineAttribute(draft: DraftMetadata, settings: AttributeSettings = {}): DeterminationResult {
  const issues: AttributeIssue[] = [];
  const proposal = draft.proposal;
  if (proposal === undefined) return { success: false, issues: [createIssue('attribute.missing', {}, ['proposal'])] };
  const { attribute } = proposal;
  const reasons = proposal.reasons ?? [];
  const path: IssuePath = ['proposal'];
  if (attribute !== 'proactive') {
    if (reasons.length === 0) issues.push(createIssue('attribute.reasonMissing', { attribute }, [...path, 'reasons']));
    reasons.forEach((reason, r) => {
      if (!GROUNDS_FOR[attribute].includes(reason.ground)) {
        issues.push(
          createIssue('attribute.reasonNotForAttribute', { attribute, ground: reason.ground }, [...path, 'reasons', r]),
        );
      }
    });
  }
  for (const content of draft.contents ?? []) {
    const needed: DisclosureAttribute =
      content === 'stateSecret'
        ? 'withheld'
        : content === 'personalData' || content === 'tradeSecret'
          ? (settings.personalDataOrTradeSecret ?? 'onRequest')
          : 'proactive';
    if (STRICTNESS[attribute] < STRICTNESS[needed])
      issues.push(createIssue('attribute.contentConflict', { attribute, content, needed }, ['contents']));
  }
  if (attribute === 'proactive') {
    (draft.attachments ?? []).forEach((attachment, a) => {
      if (attachment.attribute !== 'proactive') {
        issues.push(
          createIssue(
            'attribute.withheldAttachment',
            { attachment: attachment.title, attachmentAttribute: attachment.attribute },
            ['attachments', a],
          ),
        );
      }
    });
  }
  if (draft.forwards !== undefined && STRICTNESS[attribute] < STRICTNESS[draft.forwards.attribute]) {
    issues.push(
      createIssue('attribute.looserThanForwarded', { attribute, forwarded: draft.forwards.attribute }, ['forwards']),
    );
  }
  if ((draft.jointDrafters?.length ?? 0) > 0 && draft.leadAgency === undefined) {
    issues.push(createIssue('attribute.jointWithoutLead', {}, ['leadAgency'], 'warning'));
  }
  if (
    draft.kind === 'normativeDocument' &&
    attribute !== 'proactive' &&
    !reasons.some((r) => r.ground === 'stateSecret' || r.ground === 'prohibitedByLaw' || r.ground === 'threeSecurities')
  ) {
    issues.push(createIssue('attribute.normativeNotProactive', { attribute }, ['proposal', 'attribute']));
  }
  if (issues.some((issue) => issue.severity === 'error')) return { success: false, issues };
  const citations = citationsFor(attribute, reasons, draft.kind);
  return { success: true, determination: { attribute, reasons, citations }, issues };
}

/** The articles an attribute rests on: 第十三条, 第十九条 (and 第二十条第（一）项 for 规范性文件) when proactive, else its grounds'. */
function citationsFor(
  attribute: DisclosureAttribute,
  reasons: readonly AttributeReason[],
  kind: DocumentKind,
): LegalCitation[] {
  if (attribute !== 'proactive') return reasons.flatMap((reason) => GROUND_CITATIONS[reason.ground]);
  return [
    cite('regulation', 13),
    cite('regulation', 19),
    ...(kind === 'normativeDocument' ? [cite('regulation', 20, undefined, 1)] : []),
  ];
}

/** A suggested attribute with the reasons behind it, for the drafter to accept or change. */
export interface AttributeSuggestion {
  readonly attribute: DisclosureAttribute;
  readonly reasons: readonly AttributeReason[];
  readonly citations: readonly LegalCitation[];
  /** How the suggestion was reached, in Chinese, one line per rule applied. */
  readonly explanation: readonly string[];
}

/**
 * Proposes an attribute from a draft's metadata, with its reasons — a suggestion for the drafter,
 * never a decision. Rules, strictest first: declared state secrets → 不予公开 (第十四条); a forwarded
 * document's attribute is inherited; 请示, 报告 and 会议纪要 and declared process information →
 * 不予公开 as 过程性信息 (第十六条第二款); declared internal affairs or enforcement files → 依申请公开
 * (第十六条); personal data or trade secrets → the attribute {@link AttributeSettings} sets, 依申请公开 by
 * default (第十五条 forbids disclosing them unless consent or public interest; the document-level
 * attribute is local practice); 规范性文件 and documents that concern the public → 主动公开 (第十九条、
 * 第二十条); otherwise 主动公开, since disclosure is the rule (第五条、第十三条).
 * @param draft - the draft's metadata
 * @param settings - the local rule for personal data and trade secrets
 * @returns the suggestion
 */
export function suggestAttribute(draft: DraftMetadata, settings: AttributeSettings = {}): AttributeSuggestion {
  const contents = new Set(draft.contents ?? []);
  const explanation: string[] = [];
  let attribute: DisclosureAttribute = 'proactive';
  const reasons: AttributeReason[] = [];
  const raise = (to: DisclosureAttribute, ground: ReasonGround | null, why: string): void => {
    explanation.push(why);
    if (ground !== null && to !== 'proactive') reasons.push({ ground });
    if (STRICTNESS[to] > STRICTNESS[attribute]) attribute = to;
  };
  if (contents.has('stateSecret')) raise('withheld', 'stateSecret', '含国家秘密，不予公开（第十四条）');
  if (draft.forwards !== undefined && draft.forwards.attribute !== 'proactive') {
    raise(
      draft.forwards.attribute,
      draft.forwards.attribute === 'withheld' ? 'processInformation' : 'notOfPublicConcern',
      '转发文件沿用被转发文件的公开属性',
    );
  }
  if (
    draft.kind === 'request' ||
    draft.kind === 'report' ||
    draft.kind === 'minutes' ||
    contents.has('processInformation')
  ) {
    raise('withheld', 'processInformation', '请示、报告、会议纪要等属于过程性信息，可以不予公开（第十六条第二款）');
  }
  if (contents.has('enforcementFile')) raise('onRequest', 'enforcementFile', '含行政执法案卷信息（第十六条第二款）');
  if (contents.has('internalAffairs')) raise('onRequest', 'internalAffairs', '含内部事务信息（第十六条第一款）');
  if (contents.has('personalData') || contents.has('tradeSecret')) {
    const to = settings.personalDataOrTradeSecret ?? 'onRequest';
    raise(
      to,
      'thirdPartyRights',
      `含个人隐私或商业秘密：公开会损害第三方合法权益的不得公开，第三方同意或不公开会对公共利益造成重大影响的除外（第十五条）；文件定为${to === 'onRequest' ? '依申请公开' : '不予公开'}是本地做法（可设置）`,
    );
  }
  if (attribute === 'proactive') {
    if (draft.kind === 'normativeDocument') explanation.push('规范性文件应当主动公开（第二十条第（一）项）');
    else if (draft.concernsPublic === true)
      explanation.push('涉及公众利益调整或需要公众广泛知晓、参与，应当主动公开（第十九条）');
    else explanation.push('以公开为常态、不公开为例外（第五条、第十三条）');
  }
  const citations = citationsFor(attribute, reasons, draft.kind);
  return { attribute, reasons, citations, explanation };
}

/** The marking printed on a document for each attribute; `null` prints nothing. */
export type AttributeMarkings = Readonly<Record<DisclosureAttribute, string | null>>;

/**
 * The default markings, as local rules print them (e.g. 锦屏县: 附注位置，成文日期下一行居左空两字加括号).
 * No source fixes a wording for 不予公开, so nothing is printed by default; a jurisdiction supplies its own.
 */
export const DEFAULT_MARKINGS: AttributeMarkings = {
  proactive: '（此件公开发布）',
  onRequest: '（此件依申请公开）',
  withheld: null,
};

/**
 * The marking text for a document's attribute, in the jurisdiction's wording.
 * @param attribute - the determined attribute
 * @param markings - the jurisdiction's wording, {@link DEFAULT_MARKINGS} by default
 * @returns the text to print, or `null`
 */
export function markingText(
  attribute: DisclosureAttribute,
  markings: AttributeMarkings = DEFAULT_MARKINGS,
): string | null {
  return markings[attribute];
}
