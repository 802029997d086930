import type { MessageCatalogue } from '@gk/core';
import type { ProcedureFindingParams, RequestInputIssueParams } from '../request-issues.js';
import { CASE_EVENT_LABELS, ORGANIZATION_CATEGORY_LABELS } from '../labels.js';
import { OUTCOMES } from '../outcomes.js';

const CHANNELS: Readonly<Record<string, string>> = {
  ordinaryMail: '平常信函',
  online: '互联网渠道',
  fax: '传真',
};
const PARTIES: Readonly<Record<string, string>> = { thirdParty: '第三方', agency: '被征求意见的机关' };
const EVENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CASE_EVENT_LABELS).map(([type, label]) => [type, label['zh-CN']]),
);
const outcomeLabel = (code: string): string =>
  (OUTCOMES as Readonly<Record<string, { reportLabel: string }>>)[code]?.reportLabel.replace(
    /^（[一二三四五六]）|^\d+\./,
    '',
  ) ?? code;

const WHAT: Readonly<Record<string, string>> = {
  receivedOn: '收到申请之日',
  dueOn: '答复期限',
  clarification: '补正告知',
  extension: '延期答复',
  consultation: '征求意见',
  fee: '收费通知',
  deferral: '延迟答复',
  decision: '办理决定',
  reasonRequest: '要求说明理由的记录',
};
const INPUTS: Readonly<Record<string, string>> = {
  agency: '出具机关',
  reconsiderationBody: '行政复议机关（机关信息中填写）',
  howToObtain: '获取方式、途径',
  obtainTime: '获取时间',
  reason: '理由',
  responsibleAgency: '负责公开的行政机关',
  responsibleAgencyContact: '负责公开的行政机关的联系方式',
  thirdPartyName: '被征求意见方',
  informationToDisclose: '拟公开的信息',
  legalBasis: '法律、行政法规依据',
  channelForPetition: '相应渠道',
};
/** The fields of events, as a clerk knows them. */
export const FIELD_LABELS_ZH: Readonly<Record<string, string>> = {
  type: '事件类型',
  on: '日期',
  actor: '经办人',
  channel: '申请渠道',
  confirmedOn: '确认日期',
  periodWorkdays: '补正期限（工作日数）',
  items: '补正事项',
  party: '征求意见对象',
  partyName: '被征求意见方名称',
  receivedOn: '收到日期',
  reply: '意见',
  workdays: '延长的工作日数',
  approver: '批准人',
  until: '延迟答复期限',
  reason: '理由',
  amount: '收费金额',
  method: '方式',
  outcome: '办理结果',
  citations: '依据条款',
  disclosedParts: '提供的内容',
  withheldParts: '不予公开的内容',
  applicant: '申请人',
  request: '申请内容',
  kind: '申请人类型',
  name: '姓名或者名称',
  residentId: '公民身份号码',
  idDocument: '身份证明',
  uscc: '统一社会信用代码',
  category: '类别',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  description: '所需信息的描述',
  forms: '形式要求',
  deliveryPreferences: '获取方式',
  documentNumbers: '文号',
  contactName: '联系人',
  howToObtain: '获取方式说明',
  obtainTime: '获取时间',
  responsibleAgency: '负责公开的机关',
  contact: '联系方式',
  id: '编号',
  law: '法律名称',
  number: '号码',
};
const field = (name: string): string => FIELD_LABELS_ZH[name] ?? name;

/** `@gk/request-workflow` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<RequestInputIssueParams & ProcedureFindingParams> = {
  'events.notList': () => '办理记录应为一组记录（列表），无法读取',
  'events.tooMany': (p) => `一个案件最多读取 ${String(p.limit)} 条办理记录，超出的部分未计算`,
  'event.notObject': () => '这条办理记录无法读取（格式不对）',
  'event.type': (p) => `无法识别的办理步骤“${p.received}”`,
  'event.actor': () => '办理记录没有写明经办人',
  'event.field': (p) => `办理记录的“${field(p.field)}”缺失或无效`,
  'event.tooLong': (p) => `“${field(p.field)}”最多 ${String(p.limit)} 个字，请精简后再提交`,
  'event.tooManyItems': (p) => `“${field(p.field)}”最多 ${String(p.limit)} 项，请精简后再提交`,
  'event.renamedValue': (p) =>
    `取值“${p.received}”是 0.2 版以前的写法，已按“${p.use}”读取；请改写为“${p.use}”（旧写法只在下一个次版本之前接受）`,
  'received.missing': () => '案件没有“收到申请”的记录，无法确定收到申请之日',
  'received.channel': (p) => `无法识别的申请渠道“${p.received}”，应为当面、邮寄签收、平常信函、互联网或传真`,
  'received.confirmation': (p) =>
    `通过${CHANNELS[p.channel] ?? p.channel}提交的申请，以双方确认之日为收到申请之日，但没有记录确认日期；暂按收到日期计算（《政府信息公开条例》第三十一条）`,
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
  'decision.outcome': (p) => `无法识别的办理结果“${p.received}”`,
  'calendar.outsideCoverage': (p) =>
    `期限要算到 ${p.date} 前后，工作日历没有这些日期的数据，无法计算期限；请联系系统管理员加入相应年度的放假安排`,
  'fee.count': (p) =>
    `${p.field === 'pages' ? '页数' : p.field === 'items' ? '本申请的件数' : '本月已申请的件数'}应为 0 至 ${String(p.limit)} 之间的整数，实际为“${p.value}”`,
  'fee.method': (p) => `收费方式应为按件或按量（perItem 或 perPage），实际为“${p.received}”`,
  'notice.caseMissing': (p) => `案件尚无${WHAT[p.what] ?? p.what}，不能出具该告知书`,
  'notice.input': (p) => `告知书缺少“${INPUTS[p.field] ?? p.field}”`,
  'notice.outcome': (p) =>
    `该告知书用于“${outcomeLabel(p.expected)}”的答复，案件的办理结果是“${outcomeLabel(p.actual)}”`,
  'notice.kind': (p) => `无法识别的告知书类型“${p.received}”`,
  'finding.outOfOrder': (p) => `这条记录的日期早于前一条记录（${p.previousOn}），记录顺序可能有误`,
  'finding.receivedRepeated': () => '重复的“收到申请”记录，已忽略',
  'finding.confirmationLate': (p) =>
    `平常信函于 ${p.arrivedOn} 收到，却在 ${p.confirmedOn} 才与申请人确认；应当于收到申请的当日确认（《政府信息公开条例》第三十一条第（二）项）`,
  'finding.clarificationRepeated': () => '补正只能一次性告知，已经告知过补正（《政府信息公开条例》第三十条）',
  'finding.clarificationLate': (p) =>
    `补正告知在收到申请后第 ${String(p.workdays)} 个工作日发出，超过 7 个工作日（《政府信息公开条例》第三十条）`,
  'finding.clarificationNoItems': () => '补正告知应说明需要补正的事项（《政府信息公开条例》第三十条）',
  'finding.clarificationUnrequested': () => '未告知补正却收到补正',
  'finding.clarificationOverdue': (p) =>
    `申请人未在补正期限（${p.dueOn}）内补正，可视为放弃申请（《政府信息公开条例》第三十条）`,
  'finding.clarificationLapsedEarly': (p) =>
    `补正期限（${p.dueOn}）尚未届满，就按逾期不补正视为放弃申请（《政府信息公开条例》第三十条）`,
  'finding.consultationUnstarted': () => '征求意见结束，但没有开始征求意见的记录',
  'finding.consultationReplyOverdue': (p) =>
    p.party === 'agency'
      ? `被征求意见的机关应在 ${p.replyDueOn} 前提出意见，已逾期，视为同意公开（《政府信息公开条例》第三十四条）`
      : `第三方应在 ${p.replyDueOn} 前提出意见，已逾期，由本机关依照条例决定是否公开（《政府信息公开条例》第三十二条）`,
  'finding.consultationNoReplyEarly': (p) =>
    `${PARTIES[p.party] ?? p.party}提出意见的期限到 ${p.replyDueOn} 才届满，不能提前按未提出意见处理（《政府信息公开条例》${p.party === 'agency' ? '第三十四条' : '第三十二条'}）`,
  'finding.extensionRepeated': () => '答复期限只能延长一次，最长 20 个工作日（《政府信息公开条例》第三十三条第二款）',
  'finding.extensionTooLong': (p) =>
    `延长的期限为 ${String(p.workdays)} 个工作日，最长不得超过 20 个工作日，已按 20 个工作日计算（《政府信息公开条例》第三十三条第二款）`,
  'finding.extensionAfterDue': (p) =>
    `答复期限已于 ${p.dueOn} 届满，之后批准的延期不能延长期限，答复仍属逾期（《政府信息公开条例》第三十三条第二款）`,
  'finding.extensionNotByHead': () =>
    '延长答复期限应当经政府信息公开工作机构负责人同意（《政府信息公开条例》第三十三条第二款）',
  'finding.deferralWithoutReasonRequest': () => '延迟答复前应先要求申请人说明理由（《政府信息公开条例》第三十五条）',
  'finding.deferralBeforeDue': (p) => `延迟答复期限（${p.until}）早于现有答复期限（${p.dueOn}），未采用`,
  'finding.deferralAfterDue': (p) =>
    `答复期限已于 ${p.dueOn} 届满，之后确定的延迟答复期限不能延长期限，答复仍属逾期（《政府信息公开条例》第三十五条）`,
  'finding.excessiveWithoutReasonRequest': () =>
    '以申请数量、频次明显超过合理范围为由不予处理，应当先要求申请人说明理由（《政府信息公开条例》第三十五条）',
  'finding.feePaidWithoutNotice': () => '没有收费通知却记录了缴费',
  'finding.feeOverdue': (p) =>
    `申请人未在缴费期限（${p.dueOn}）内缴费，可视为放弃申请（《政府信息公开信息处理费管理办法》）`,
  'finding.feeLapsedEarly': (p) => `缴费期限（${p.dueOn}）尚未届满即按逾期未缴费终止处理`,
  'finding.feeNoticeReceiptUnknown': (p) =>
    `没有记录申请人收到收费通知的日期，缴费期限暂从发出之日（${p.noticeOn}）次日起算；申请人收到通知后应补记`,
  'finding.partialWithoutParts': () => '部分公开应写明向申请人提供的内容（《政府信息公开条例》第三十七条）',
  'finding.partialWithoutReason': () => '部分公开应对不予公开的内容说明理由（《政府信息公开条例》第三十七条）',
  'finding.deliveredWithoutDecision': () => '尚未作出决定就记录了送达',
  'finding.openedWithoutElectronicDelivery': () => '记录了申请人在网上查看答复，但答复并未以电子方式送达',
  'finding.afterConclusion': (p) => `案件已经办结，之后又记录了“${EVENTS[p.type] ?? p.type}”`,
  'finding.overdue': (p) =>
    p.answeredOn === null
      ? `已超过答复期限（${p.dueOn}）仍未答复（《政府信息公开条例》第三十三条）`
      : `答复日期 ${p.answeredOn} 晚于答复期限 ${p.dueOn}（《政府信息公开条例》第三十三条）`,
};
