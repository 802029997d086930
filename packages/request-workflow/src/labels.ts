import type { ApplicantActionType } from './actions.js';
import type {
  ActorRole,
  CaseEventType,
  CaseStatus,
  DeliveryMethod,
  DeliveryPreference,
  InformationForm,
  OrganizationCategory,
} from './events.js';

/** A label in the two languages the project speaks. */
export interface Label {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** What each event records, for timelines and action buttons. */
export const CASE_EVENT_LABELS: Readonly<Record<CaseEventType, Label>> = {
  received: { 'zh-CN': '收到申请', en: 'Application received' },
  clarificationRequested: { 'zh-CN': '补正告知', en: 'Clarification requested' },
  clarificationReceived: { 'zh-CN': '收到补正', en: 'Clarification received' },
  clarificationLapsed: { 'zh-CN': '逾期未补正', en: 'Clarification not given in time' },
  consultationStarted: { 'zh-CN': '征求意见', en: 'Consultation started' },
  consultationEnded: { 'zh-CN': '征求意见结束', en: 'Consultation ended' },
  extensionApproved: { 'zh-CN': '延期答复', en: 'Extension approved' },
  reasonRequested: { 'zh-CN': '要求说明理由', en: 'Reasons requested' },
  deferralSet: { 'zh-CN': '延迟答复', en: 'Answer deferred' },
  feeNoticeIssued: { 'zh-CN': '收费通知', en: 'Fee notice issued' },
  feePaid: { 'zh-CN': '缴费', en: 'Fee paid' },
  feeLapsed: { 'zh-CN': '逾期未缴费', en: 'Fee not paid in time' },
  decided: { 'zh-CN': '作出决定', en: 'Decided' },
  delivered: { 'zh-CN': '送达', en: 'Delivered' },
  answerOpened: { 'zh-CN': '申请人在网上查看答复', en: 'Applicant opened the answer online' },
  archived: { 'zh-CN': '归档', en: 'Archived' },
  withdrawn: { 'zh-CN': '撤回申请', en: 'Withdrawn' },
};

/** Where a case stands, as a desk or an applicant reads it. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Label>> = {
  notReceived: { 'zh-CN': '尚未收到', en: 'Not received' },
  inProgress: { 'zh-CN': '办理中', en: 'In progress' },
  awaitingClarification: { 'zh-CN': '等待补正', en: 'Awaiting clarification' },
  consulting: { 'zh-CN': '征求意见中', en: 'Consulting' },
  awaitingFee: { 'zh-CN': '等待缴费', en: 'Awaiting the fee' },
  decided: { 'zh-CN': '已作出决定', en: 'Decided' },
  answered: { 'zh-CN': '已答复', en: 'Answered' },
  closed: { 'zh-CN': '已终止', en: 'Closed' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

/** Who acts on a case (登记员 registers, 承办人 handles, 负责人 approves extensions). */
export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, Label>> = {
  registrar: { 'zh-CN': '登记员', en: 'Registrar' },
  handler: { 'zh-CN': '承办人', en: 'Handler' },
  head: { 'zh-CN': '负责人', en: 'Head of the disclosure office' },
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  system: { 'zh-CN': '系统', en: 'System' },
};

/** The categories of 法人或者其他组织, as the annual report's columns name them. */
export const ORGANIZATION_CATEGORY_LABELS: Readonly<Record<OrganizationCategory, Label>> = {
  business: { 'zh-CN': '商业企业', en: 'Business' },
  research: { 'zh-CN': '科研机构', en: 'Research institution' },
  publicInterest: { 'zh-CN': '社会公益组织', en: 'Public-interest organization' },
  legalService: { 'zh-CN': '法律服务机构', en: 'Legal service provider' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** The forms an applicant may ask for (第二十九条第二款第（三）项). */
export const INFORMATION_FORM_LABELS: Readonly<Record<InformationForm, Label>> = {
  paper: { 'zh-CN': '纸质', en: 'Paper' },
  electronic: { 'zh-CN': '电子', en: 'Electronic' },
  inspection: { 'zh-CN': '查阅', en: 'Inspection' },
  copy: { 'zh-CN': '复制', en: 'Copy' },
};

/** How an applicant may obtain the information (第二十九条第二款第（三）项). */
export const DELIVERY_PREFERENCE_LABELS: Readonly<Record<DeliveryPreference, Label>> = {
  inPerson: { 'zh-CN': '当面领取', en: 'In person' },
  post: { 'zh-CN': '邮寄', en: 'By post' },
  email: { 'zh-CN': '电子邮件', en: 'By e-mail' },
  online: { 'zh-CN': '网上获取', en: 'Online' },
  fax: { 'zh-CN': '传真', en: 'By fax' },
};

/** How an answer was delivered (送达方式). */
export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, Label>> = {
  electronic: { 'zh-CN': '电子送达', en: 'Electronic delivery' },
  post: { 'zh-CN': '邮寄', en: 'By post' },
  inPerson: { 'zh-CN': '当面送达', en: 'In person' },
};

/** The steps an applicant takes online, as the applicant's page names them. */
export const APPLICANT_ACTION_LABELS: Readonly<Record<ApplicantActionType, Label>> = {
  clarificationReceived: { 'zh-CN': '提交补正', en: 'Supply the clarification' },
  withdrawn: { 'zh-CN': '撤回申请', en: 'Withdraw the application' },
  answerOpened: { 'zh-CN': '查看答复', en: 'Open the answer' },
};
