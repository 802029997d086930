import type { CaseStatus } from './evaluate.js';
import type { CaseEventType } from './events.js';

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
