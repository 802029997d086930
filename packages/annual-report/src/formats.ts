import type { Outcome } from '@gk/request-workflow';

/** The report formats: 国办公开办函〔2021〕30号 (`2021`) and the 2019 试行 format (`2019-trial`). */
export type ReportFormat = '2021' | '2019-trial';

/** Every supported format. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['2021', '2019-trial'];

/** The report's section headings, in order. */
export const SECTION_HEADINGS: readonly string[] = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

/** Table 三's seven numeric columns, in order. */
export const REQUEST_COLUMNS: readonly string[] = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
];

/** Table 三's header: the corner note and the merged 申请人情况 / 法人或其他组织 headings. */
export const REQUEST_HEADER = {
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicant: '申请人情况',
  naturalPerson: '自然人',
  organization: '法人或其他组织',
  organizationColumns: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
  total: '总计',
} as const;

/** What a row of table 三 is for. */
export type RequestRowRole = 'new' | 'carriedIn' | 'result' | 'total' | 'carriedOut';

/** A row of table 三: its headings, label, role and, for result rows, the outcomes it counts. */
export interface RequestRowDefinition {
  readonly group: readonly string[];
  readonly label: string;
  readonly role: RequestRowRole;
  readonly outcomes: readonly Outcome[];
}

const RESULTS = '三、本年度办理结果';
const row = (
  group: readonly string[],
  label: string,
  role: RequestRowRole,
  outcomes: readonly Outcome[] = [],
): RequestRowDefinition => ({
  group,
  label,
  role,
  outcomes,
});

const COMMON_ROWS: readonly RequestRowDefinition[] = [
  row([], '一、本年新收政府信息公开申请数量', 'new'),
  row([], '二、上年结转政府信息公开申请数量', 'carriedIn'),
  row([RESULTS], '（一）予以公开', 'result', ['disclosed']),
  row([RESULTS], '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'result', ['partiallyDisclosed']),
  row([RESULTS, '（三）不予公开'], '1.属于国家秘密', 'result', ['withheld.stateSecret']),
  row([RESULTS, '（三）不予公开'], '2.其他法律行政法规禁止公开', 'result', ['withheld.prohibitedByLaw']),
  row([RESULTS, '（三）不予公开'], '3.危及“三安全一稳定”', 'result', ['withheld.threeSecurities']),
  row([RESULTS, '（三）不予公开'], '4.保护第三方合法权益', 'result', ['withheld.thirdPartyRights']),
  row([RESULTS, '（三）不予公开'], '5.属于三类内部事务信息', 'result', ['withheld.internalAffairs']),
  row([RESULTS, '（三）不予公开'], '6.属于四类过程性信息', 'result', ['withheld.processInformation']),
  row([RESULTS, '（三）不予公开'], '7.属于行政执法案卷', 'result', ['withheld.enforcementFile']),
  row([RESULTS, '（三）不予公开'], '8.属于行政查询事项', 'result', ['withheld.administrativeQuery']),
  row([RESULTS, '（四）无法提供'], '1.本机关不掌握相关政府信息', 'result', ['unableToProvide.notHeld']),
  row([RESULTS, '（四）无法提供'], '2.没有现成信息需要另行制作', 'result', ['unableToProvide.needsCreation']),
  row([RESULTS, '（四）无法提供'], '3.补正后申请内容仍不明确', 'result', ['unableToProvide.unclearAfterClarification']),
  row([RESULTS, '（五）不予处理'], '1.信访举报投诉类申请', 'result', ['notProcessed.petitionComplaint']),
  row([RESULTS, '（五）不予处理'], '2.重复申请', 'result', ['notProcessed.repeated']),
  row([RESULTS, '（五）不予处理'], '3.要求提供公开出版物', 'result', ['notProcessed.publication']),
  row([RESULTS, '（五）不予处理'], '4.无正当理由大量反复申请', 'result', ['notProcessed.excessive']),
  row([RESULTS, '（五）不予处理'], '5.要求行政机关确认或重新出具已获取信息', 'result', ['notProcessed.confirmation']),
];
const TAIL: readonly RequestRowDefinition[] = [
  row([RESULTS], '（七）总计', 'total'),
  row([], '四、结转下年度继续办理', 'carriedOut'),
];

/** Table 三's rows for each format, in the official order. */
export const REQUEST_ROWS: Readonly<Record<ReportFormat, readonly RequestRowDefinition[]>> = {
  '2021': [
    ...COMMON_ROWS,
    row([RESULTS, '（六）其他处理'], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'result', [
      'otherHandling.clarificationLapsed',
    ]),
    row(
      [RESULTS, '（六）其他处理'],
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      'result',
      ['otherHandling.feeUnpaid'],
    ),
    row([RESULTS, '（六）其他处理'], '3.其他', 'result', ['otherHandling.other']),
    ...TAIL,
  ],
  '2019-trial': [
    ...COMMON_ROWS,
    row([RESULTS], '（六）其他处理', 'result', [
      'otherHandling.clarificationLapsed',
      'otherHandling.feeUnpaid',
      'otherHandling.other',
    ]),
    ...TAIL,
  ],
};

/** A block of table 二: the 第二十条 item, its columns and its rows. */
export interface ProactiveBlockDefinition {
  readonly block: string;
  readonly columns: readonly string[];
  readonly rows: readonly string[];
}

/** Table 二's blocks for each format. */
export const PROACTIVE_BLOCKS: Readonly<Record<ReportFormat, readonly ProactiveBlockDefinition[]>> = {
  '2021': [
    {
      block: '第二十条第（一）项',
      columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      rows: ['规章', '行政规范性文件'],
    },
    { block: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: ['行政许可'] },
    { block: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: ['行政处罚', '行政强制'] },
    { block: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: ['行政事业性收费'] },
  ],
  '2019-trial': [
    {
      block: '第二十条第（一）项',
      columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: ['规章', '规范性文件'],
    },
    {
      block: '第二十条第（五）项',
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: ['行政许可', '其他对外管理服务事项'],
    },
    {
      block: '第二十条第（六）项',
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: ['行政处罚', '行政强制'],
    },
    { block: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'], rows: ['行政事业性收费'] },
    { block: '第二十条第（九）项', columns: ['采购项目数量', '采购总金额'], rows: ['政府集中采购'] },
  ],
};

/** The kinds of appeal, in the order of table 四's groups. */
export const APPEAL_KINDS = ['reconsideration', 'litigation', 'litigationAfterReconsideration'] as const;

/** The kind of an appeal: 行政复议, 行政诉讼 without or after 复议. */
export type AppealKind = (typeof APPEAL_KINDS)[number];

/** The results of an appeal, in the order of table 四's columns (总计 aside). */
export const APPEAL_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** The result of an appeal: 结果维持, 结果纠正, 其他结果, 尚未审结. */
export type AppealResult = (typeof APPEAL_RESULTS)[number];

/**
 * The results of an appeal; the old name of {@link APPEAL_RESULTS}.
 * @deprecated Use {@link APPEAL_RESULTS}; this alias goes in the next minor version.
 */
export const APPEAL_OUTCOMES: typeof APPEAL_RESULTS = APPEAL_RESULTS;

/** Table 四's group heading of each kind of appeal. */
export const APPEAL_KIND_LABELS: Readonly<Record<AppealKind, string>> = {
  reconsideration: '行政复议',
  litigation: '行政诉讼/未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼/复议后起诉',
};

/** Table 四's column heading of each result of an appeal, and of the group's total. */
export const APPEAL_RESULT_LABELS: Readonly<Record<AppealResult | 'total', string>> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** Table 四's three group headings, in the order of {@link APPEAL_KINDS}. */
export const APPEAL_GROUPS: readonly string[] = APPEAL_KINDS.map((kind) => APPEAL_KIND_LABELS[kind]);

/** The five column headings of each appeal group: the results in the order of {@link APPEAL_RESULTS}, then 总计. */
export const APPEAL_RESULT_COLUMNS: readonly string[] = [...APPEAL_RESULTS, 'total' as const].map(
  (result) => APPEAL_RESULT_LABELS[result],
);

/** Table 四's 15 column labels, written `行政诉讼/复议后起诉/总计`. */
export const APPEAL_COLUMNS: readonly string[] = APPEAL_GROUPS.flatMap((group) =>
  APPEAL_RESULT_COLUMNS.map((result) => `${group}/${result}`),
);

/** Print variants of labels seen in published reports, and the official label each stands for. */
export const LABEL_VARIANTS: Readonly<Record<string, string>> = {
  规范性文件: '行政规范性文件',
  '四、政府信息公开行政法复议、行政诉讼情况': '四、政府信息公开行政复议、行政诉讼情况',
};
