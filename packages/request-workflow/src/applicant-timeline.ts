// A case's steps as its applicant reads them: each step's day and what it means for them, in plain Chinese.
import type { LocalDate } from '@gk/core';
import type { CaseEvent } from './events.js';
import { DELIVERY_METHOD_LABELS } from './labels.js';

/** One step of a case as the applicant reads it. */
export interface ApplicantTimelineEntry {
  /** The day of the step. */
  readonly on: LocalDate;
  /** What happened and what it means for the applicant, zh-CN. */
  readonly text: string;
}

const PARTY_ZH = { thirdParty: '第三方', agency: '有关行政机关' } as const;

/** The sentence for one step; `null` for a step that says nothing to the applicant. */
function sentence(event: CaseEvent, byApplicant: boolean): string | null {
  switch (event.type) {
    case 'received':
      return event.channel === 'online' && event.confirmedOn !== undefined && event.confirmedOn !== event.on
        ? `网上提交申请；${event.confirmedOn} 登记确认，该日为收到申请之日`
        : '本机关收到申请';
    case 'clarificationRequested':
      return `本机关告知需要补正：${event.items.join('；')}（补正期限 ${String(event.periodWorkdays)} 个工作日）`;
    case 'clarificationReceived':
      return `${byApplicant ? '您在网上提交了补正' : '本机关收到补正'}，答复期限自当日重新计算`;
    case 'clarificationLapsed':
      return '补正期限届满未补正，视为放弃申请';
    case 'consultationStarted':
      return `征求${PARTY_ZH[event.party]}意见，征求意见的时间不计入答复期限`;
    case 'consultationEnded':
      return '征求意见结束';
    case 'extensionApproved':
      return `经政府信息公开工作机构负责人同意，答复期限延长 ${String(event.workdays)} 个工作日`;
    case 'reasonRequested':
      return '本机关要求您说明申请理由';
    case 'deferralSet':
      return `本机关确定延迟答复，合理期限至 ${event.until}`;
    case 'feeNoticeIssued':
      return `本机关发出信息处理费缴费通知，金额 ${String(event.amount)} 元`;
    case 'feePaid':
      return '信息处理费已缴纳';
    case 'feeLapsed':
      return '逾期未缴纳信息处理费，视为放弃申请';
    case 'decided':
      // A decision can still be corrected until it is delivered: its content is not shown before.
      return '本机关作出答复决定（答复书送达后可在本页查看）';
    case 'delivered':
      return `答复已送达（${DELIVERY_METHOD_LABELS[event.method]['zh-CN']}），该日为答复日期`;
    case 'answerOpened':
      return '您在网上查看了答复';
    case 'withdrawn':
      return byApplicant ? '您在网上撤回了申请' : '申请已撤回';
    case 'archived':
      return null;
  }
}

/**
 * A case's steps as its applicant reads them, oldest first: the day of each and what it means for them
 * (a consultation's time not counted, a clarification restarting the period, the answer date). Internal
 * steps (archiving) are left out, and a decision's content is not shown before it is delivered.
 * @param events - the case's events, in order
 * @returns the entries
 */
export function applicantTimeline(events: readonly CaseEvent[]): ApplicantTimelineEntry[] {
  const entries: ApplicantTimelineEntry[] = [];
  for (const event of events) {
    const text = sentence(event, event.actor.role === 'applicant');
    if (text !== null) entries.push({ on: event.on as LocalDate, text });
  }
  return entries;
}
