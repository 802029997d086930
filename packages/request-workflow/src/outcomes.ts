import type { LegalCitation } from '@gk/core';
import { cite } from '@gk/core';

/**
 * The outcome codes: exactly the rows of table 三 of the annual report (2021 format), under
 * 三、本年度办理结果.
 */
export const OUTCOME_CODES = [
  'disclosed',
  'partiallyDisclosed',
  'withheld.stateSecret',
  'withheld.prohibitedByLaw',
  'withheld.threeSecurities',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFile',
  'withheld.administrativeQuery',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclearAfterClarification',
  'notProcessed.petitionComplaint',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling.clarificationLapsed',
  'otherHandling.feeUnpaid',
  'otherHandling.other',
] as const;

/** An outcome of a request (办理结果). */
export type Outcome = (typeof OUTCOME_CODES)[number];

/** The group an outcome belongs to: （一）…（六） of table 三. */
export type OutcomeGroup =
  'disclosed' | 'partiallyDisclosed' | 'withheld' | 'unableToProvide' | 'notProcessed' | 'otherHandling';

/** What the project knows of an outcome: its report row, group and the articles it applies. */
export interface OutcomeInfo {
  readonly code: Outcome;
  readonly group: OutcomeGroup;
  /** The row label of the 2021 annual report format, verbatim. */
  readonly reportLabel: string;
  /** The articles the outcome applies; empty where no article names the case (e.g. 要求确认或重新出具). */
  readonly citations: readonly LegalCitation[];
}

const r = (article: number, paragraph?: number, item?: number): LegalCitation =>
  cite('regulation', article, paragraph, item);

/** Every outcome with its report label and articles, in the report's order. */
export const OUTCOMES: Readonly<Record<Outcome, OutcomeInfo>> = {
  disclosed: {
    code: 'disclosed',
    group: 'disclosed',
    reportLabel: '（一）予以公开',
    citations: [r(36, undefined, 1), r(36, undefined, 2)],
  },
  partiallyDisclosed: {
    code: 'partiallyDisclosed',
    group: 'partiallyDisclosed',
    reportLabel: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    citations: [r(37)],
  },
  'withheld.stateSecret': {
    code: 'withheld.stateSecret',
    group: 'withheld',
    reportLabel: '1.属于国家秘密',
    citations: [r(14), r(36, undefined, 3)],
  },
  'withheld.prohibitedByLaw': {
    code: 'withheld.prohibitedByLaw',
    group: 'withheld',
    reportLabel: '2.其他法律行政法规禁止公开',
    citations: [r(14), r(36, undefined, 3)],
  },
  'withheld.threeSecurities': {
    code: 'withheld.threeSecurities',
    group: 'withheld',
    reportLabel: '3.危及“三安全一稳定”',
    citations: [r(14), r(36, undefined, 3)],
  },
  'withheld.thirdPartyRights': {
    code: 'withheld.thirdPartyRights',
    group: 'withheld',
    reportLabel: '4.保护第三方合法权益',
    citations: [r(15), r(32), r(36, undefined, 3)],
  },
  'withheld.internalAffairs': {
    code: 'withheld.internalAffairs',
    group: 'withheld',
    reportLabel: '5.属于三类内部事务信息',
    citations: [r(16, 1), r(36, undefined, 3)],
  },
  'withheld.processInformation': {
    code: 'withheld.processInformation',
    group: 'withheld',
    reportLabel: '6.属于四类过程性信息',
    citations: [r(16, 2), r(36, undefined, 3)],
  },
  'withheld.enforcementFile': {
    code: 'withheld.enforcementFile',
    group: 'withheld',
    reportLabel: '7.属于行政执法案卷',
    citations: [r(16, 2), r(36, undefined, 3)],
  },
  'withheld.administrativeQuery': {
    code: 'withheld.administrativeQuery',
    group: 'withheld',
    reportLabel: '8.属于行政查询事项',
    citations: [r(36, undefined, 7)],
  },
  'unableToProvide.notHeld': {
    code: 'unableToProvide.notHeld',
    group: 'unableToProvide',
    reportLabel: '1.本机关不掌握相关政府信息',
    citations: [r(36, undefined, 4), r(36, undefined, 5)],
  },
  'unableToProvide.needsCreation': {
    code: 'unableToProvide.needsCreation',
    group: 'unableToProvide',
    reportLabel: '2.没有现成信息需要另行制作',
    citations: [r(38)],
  },
  'unableToProvide.unclearAfterClarification': {
    code: 'unableToProvide.unclearAfterClarification',
    group: 'unableToProvide',
    reportLabel: '3.补正后申请内容仍不明确',
    citations: [r(30)],
  },
  'notProcessed.petitionComplaint': {
    code: 'notProcessed.petitionComplaint',
    group: 'notProcessed',
    reportLabel: '1.信访举报投诉类申请',
    citations: [r(39, 1)],
  },
  'notProcessed.repeated': {
    code: 'notProcessed.repeated',
    group: 'notProcessed',
    reportLabel: '2.重复申请',
    citations: [r(36, undefined, 6)],
  },
  'notProcessed.publication': {
    code: 'notProcessed.publication',
    group: 'notProcessed',
    reportLabel: '3.要求提供公开出版物',
    citations: [r(39, 2)],
  },
  'notProcessed.excessive': {
    code: 'notProcessed.excessive',
    group: 'notProcessed',
    reportLabel: '4.无正当理由大量反复申请',
    citations: [r(35)],
  },
  'notProcessed.confirmation': {
    code: 'notProcessed.confirmation',
    group: 'notProcessed',
    reportLabel: '5.要求行政机关确认或重新出具已获取信息',
    citations: [],
  },
  'otherHandling.clarificationLapsed': {
    code: 'otherHandling.clarificationLapsed',
    group: 'otherHandling',
    reportLabel: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    citations: [r(30)],
  },
  'otherHandling.feeUnpaid': {
    code: 'otherHandling.feeUnpaid',
    group: 'otherHandling',
    reportLabel: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    citations: [cite('processingFeeMeasures', 4)],
  },
  'otherHandling.other': { code: 'otherHandling.other', group: 'otherHandling', reportLabel: '3.其他', citations: [] },
};

/**
 * Whether a text is an outcome code.
 * @param value - the text
 * @returns `true` for one of {@link OUTCOME_CODES}
 */
export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && Object.hasOwn(OUTCOMES, value);
}

/** The seven answer kinds of 《政府信息公开条例》第三十六条 and the outcome each is reported under. */
export const ARTICLE_36_ANSWERS: readonly {
  readonly item: number;
  readonly answer: string;
  readonly outcome: Outcome | 'withheld.*';
}[] = [
  { item: 1, answer: '所申请公开信息已经主动公开，告知获取的方式、途径', outcome: 'disclosed' },
  { item: 2, answer: '所申请公开信息可以公开，提供或者告知获取的方式、途径和时间', outcome: 'disclosed' },
  { item: 3, answer: '依据本条例决定不予公开，告知并说明理由', outcome: 'withheld.*' },
  { item: 4, answer: '经检索没有所申请公开信息，告知该政府信息不存在', outcome: 'unableToProvide.notHeld' },
  { item: 5, answer: '不属于本行政机关负责公开，告知并说明理由', outcome: 'unableToProvide.notHeld' },
  { item: 6, answer: '重复申请公开相同政府信息，告知不予重复处理', outcome: 'notProcessed.repeated' },
  {
    item: 7,
    answer: '属于工商、不动产登记资料等信息，告知依照有关法律、行政法规的规定办理',
    outcome: 'withheld.administrativeQuery',
  },
];
