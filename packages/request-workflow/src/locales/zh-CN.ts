import type { MessageCatalogue } from '@gk/core';
import type { FindingParams, RequestInputIssueParams } from '../request-issues.js';
import { CASE_EVENT_LABELS, ORGANIZATION_CATEGORY_LABELS } from '../labels.js';

const CHANNELS: Readonly<Record<string, string>> = {
  'ordinary-mail': '平常信函',
  online: '互联网渠道',
  fax: '传真',
};
const PARTIES: Readonly<Record<string, string>> = { 'third-party': '第三方', agency: '其他机关' };
const EVENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CASE_EVENT_LABELS).map(([type, label]) => [type, label['zh-CN']]),
);

const WHAT: Readonly<Record<string, string>> = {
  receivedOn: '收到申请之日',
  dueOn: '答复期限',
  clarification: '补正告知',
  extension: '延期答复',
  consultation: '征求意见',
  fee: '收费通知',
  deferral: '延迟答复',
  decision: '办理决定',
};
const INPUTS: Readonly<Record<string, string>> = {
  agency: '出具机关',
  issuedOn: '出具日期',
  howToObtain: '获取方式、途径',
  reason: '理由',
  responsibleAgency: '负责公开的行政机关',
  thirdPartyName: '被征求意见方',
  informationToDisclose: '拟公开的信息',
  legalBasis: '法律、行政法规依据',
  channelForPetition: '相应渠道',
};

/** `@gk/request-workflow` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<RequestInputIssueParams & FindingParams> = {
  'event.notObject': () => '事件应为对象',
  'event.type': (p) => `未知的事件类型“${p.received}”`,
  'event.actor': () => '事件缺少经办人（actor）',
  'event.field': (p) => `事件的字段“${p.field}”缺失或无效`,
  'received.missing': () => '案件没有“收到申请”事件，无法确定收到申请之日',
  'received.channel': (p) => `未知的申请渠道“${p.received}”，应为当面、邮寄签收、平常信函、互联网或传真`,
  'received.confirmation': (p) =>
    `通过${CHANNELS[p.channel] ?? p.channel}提交的申请，以双方确认之日为收到申请之日，但缺少确认日期（confirmedOn）；暂按事件日期计算（《政府信息公开条例》第三十一条）`,
  'applicant.missing': () => '缺少申请人信息（《政府信息公开条例》第二十九条）',
  'applicant.kind': () => '申请人类型应为自然人或法人或其他组织',
  'applicant.name': () => '缺少申请人姓名或者名称（《政府信息公开条例》第二十九条第二款第（一）项）',
  'applicant.category': () =>
    `法人或其他组织的类别应为${Object.values(ORGANIZATION_CATEGORY_LABELS)
      .map((label) => label['zh-CN'])
      .join('、')
      .replace(/、(?=[^、]*$)/, '或')}`,
  'applicant.identity': () => '缺少申请人身份证明（《政府信息公开条例》第二十九条第二款第（一）项）',
  'applicant.contact': () => '缺少申请人联系方式（《政府信息公开条例》第二十九条第二款第（一）项）',
  'request.missing': () => '缺少申请内容（《政府信息公开条例》第二十九条）',
  'request.description': () =>
    '缺少申请公开的政府信息的名称、文号或者便于查询的其他特征性描述（《政府信息公开条例》第二十九条第二款第（二）项）',
  'request.form': () =>
    '缺少申请公开的政府信息的形式要求，包括获取信息的方式、途径（《政府信息公开条例》第二十九条第二款第（三）项）',
  'decision.outcome': (p) => `未知的办理结果“${p.received}”`,
  'calendar.outsideCoverage': (p) => `日期 ${p.date} 超出工作日历的数据范围，无法计算期限`,
  'notice.caseMissing': (p) => `案件尚无${WHAT[p.what] ?? p.what}，不能出具该告知书`,
  'notice.input': (p) => `告知书缺少“${INPUTS[p.field] ?? p.field}”`,
  'notice.outcome': (p) => `该告知书对应的办理结果是“${p.expected}”，案件的办理结果是“${p.actual}”`,
  'notice.kind': (p) => `未知的告知书类型“${p.received}”`,
  'finding.outOfOrder': (p) => `事件日期早于前一事件（${p.previousOn}），事件顺序可能有误`,
  'finding.receivedRepeated': () => '重复的“收到申请”事件，已忽略',
  'finding.clarificationRepeated': () => '补正只能一次性告知，已经告知过补正（《政府信息公开条例》第三十条）',
  'finding.clarificationLate': (p) =>
    `补正告知在收到申请后第 ${String(p.workdays)} 个工作日发出，超过 7 个工作日（《政府信息公开条例》第三十条）`,
  'finding.clarificationNoItems': () => '补正告知应说明需要补正的事项（《政府信息公开条例》第三十条）',
  'finding.clarificationUnrequested': () => '未告知补正却收到补正',
  'finding.clarificationOverdue': (p) =>
    `申请人未在补正期限（${p.dueOn}）内补正，可视为放弃申请（《政府信息公开条例》第三十条）`,
  'finding.consultationUnstarted': () => '征求意见结束，但没有开始征求意见的记录',
  'finding.consultationReplyOverdue': (p) =>
    `${PARTIES[p.party] ?? p.party}应在 ${p.replyDueOn} 前提出意见，已逾期（《政府信息公开条例》第三十二条、第三十四条）`,
  'finding.extensionRepeated': () => '答复期限只能延长一次，最长 20 个工作日（《政府信息公开条例》第三十三条第二款）',
  'finding.extensionTooLong': (p) =>
    `延长的期限为 ${String(p.workdays)} 个工作日，最长不得超过 20 个工作日，已按 20 个工作日计算（《政府信息公开条例》第三十三条第二款）`,
  'finding.extensionAfterDue': (p) =>
    `延期在答复期限（${p.dueOn}）届满之后才批准（《政府信息公开条例》第三十三条第二款）`,
  'finding.extensionNotByHead': () =>
    '延长答复期限应当经政府信息公开工作机构负责人同意（《政府信息公开条例》第三十三条第二款）',
  'finding.deferralWithoutReasonRequest': () => '延迟答复前应先要求申请人说明理由（《政府信息公开条例》第三十五条）',
  'finding.deferralBeforeDue': (p) => `延迟答复期限（${p.until}）早于现有答复期限（${p.dueOn}），未采用`,
  'finding.feePaidWithoutNotice': () => '没有收费通知却记录了缴费',
  'finding.feeOverdue': (p) =>
    `申请人未在缴费期限（${p.dueOn}）内缴费，可视为放弃申请（《政府信息公开信息处理费管理办法》）`,
  'finding.feeLapsedEarly': (p) => `缴费期限（${p.dueOn}）尚未届满即按逾期未缴费终止处理`,
  'finding.decisionRepeated': () => '已经作出过决定，以最后一次决定为准',
  'finding.partialWithoutParts': () =>
    '部分公开应写明提供的内容并对不予公开的部分说明理由（《政府信息公开条例》第三十七条）',
  'finding.deliveredWithoutDecision': () => '尚未作出决定就记录了送达',
  'finding.afterConclusion': (p) => `案件已经办结，之后又记录了“${EVENTS[p.type] ?? p.type}”`,
  'finding.overdue': (p) =>
    p.answeredOn === null
      ? `已超过答复期限（${p.dueOn}）仍未答复（《政府信息公开条例》第三十三条）`
      : `答复日期 ${p.answeredOn} 晚于答复期限 ${p.dueOn}（《政府信息公开条例》第三十三条）`,
};
