// How a case's answer deadline was reached, rule by rule with the article each applies: the one
// explanation the CLI, the staff case page and the public look-up print.
import type { LegalCitation, Locale } from '@gk/core';
import type { CaseState } from './case-state.js';
import { ANSWER_WORKDAYS, CLOCK_CITATIONS } from './answer-period.js';

/** One line of a deadline explanation. */
export interface DeadlineLine {
  /** What the line is about. */
  readonly kind:
    | 'notReceived'
    | 'received'
    | 'clarification'
    | 'original'
    | 'paused'
    | 'extension'
    | 'deferral'
    | 'due'
    | 'provisional'
    | 'answered'
    | 'left'
    | 'overdue';
  /** The line in the requested language. */
  readonly text: string;
  /** The article the rule applies, when the line states one. */
  readonly citation?: LegalCitation;
}

/** The texts of a deadline explanation, per locale. */
interface DeadlineTexts {
  readonly notReceived: string;
  readonly received: (date: string) => string;
  readonly clarification: (requested: string, received: string | null) => string;
  readonly original: (date: string, workdays: number) => string;
  readonly paused: (days: number, running: boolean) => string;
  readonly extension: (days: number, approvedOn: string) => string;
  readonly deferral: (until: string, reason: string) => string;
  readonly due: (date: string | null, provisional: boolean) => string;
  readonly provisional: string;
  readonly left: (days: number) => string;
  readonly overdue: (days: number) => string;
  readonly answered: (date: string) => string;
}

const TEXTS: Readonly<Record<Locale, DeadlineTexts>> = {
  'zh-CN': {
    notReceived: '尚未收到申请（事件中没有 received），无法计算期限',
    received: (date) => `收到申请之日：${date}`,
    clarification: (requested, received) =>
      received === null
        ? `${requested} 一次性告知补正，等待补正，期限暂停计算`
        : `${requested} 告知补正，${received} 收到补正，答复期限自收到补正之日起计算`,
    original: (date, workdays) => `${String(workdays)} 个工作日答复期限：${date}`,
    paused: (days, running) =>
      `征求意见不计入期限：${String(days)} 个工作日${running ? '（仍在进行，按今日结束计）' : ''}`,
    extension: (days, approvedOn) => `延长答复期限 ${String(days)} 个工作日（${approvedOn} 批准）`,
    deferral: (until, reason) => `延迟答复至 ${until}（${reason}）`,
    due: (date, provisional) =>
      date === null ? '答复期限：暂不计算' : `答复期限：${date}${provisional ? '（暂定）' : ''}`,
    provisional: '注：该年度国务院放假安排通知尚未公布，日期暂按法定节假日推算，以国务院公布的放假安排为准',
    left: (days) => `剩余 ${String(days)} 个工作日`,
    overdue: (days) => `已逾期 ${String(days)} 个工作日`,
    answered: (date) => `已于 ${date} 答复`,
  },
  en: {
    notReceived: 'the request has not been received (no received event): no deadline',
    received: (date) => `request received on: ${date}`,
    clarification: (requested, received) =>
      received === null
        ? `clarification requested on ${requested}; the clock waits for it`
        : `clarification requested on ${requested}, received on ${received}; the period restarts from then`,
    original: (date, workdays) => `${String(workdays)}-workday answer period ends: ${date}`,
    paused: (days, running) =>
      `consultation time not counted: ${String(days)} workday(s)${running ? ' (still running, assumed to end today)' : ''}`,
    extension: (days, approvedOn) => `extended by ${String(days)} workday(s) (approved on ${approvedOn})`,
    deferral: (until, reason) => `answer deferred until ${until} (${reason})`,
    due: (date, provisional) =>
      date === null ? 'answer due: not running' : `answer due: ${date}${provisional ? ' (provisional)' : ''}`,
    provisional:
      "note: the State Council has not yet published that year's holiday notice; the date is counted from the statutory holidays and may change",
    left: (days) => `${String(days)} workday(s) left`,
    overdue: (days) => `overdue by ${String(days)} workday(s)`,
    answered: (date) => `answered on ${date}`,
  },
};

/**
 * How the case's answer deadline was reached: the receipt date, a clarification, the 20-workday
 * period, time not counted, an extension, a deferral, the due date (marked provisional when the
 * holiday notice of its year is not out) and where the case stands — each line with the article it
 * applies. The CLI, the staff desk and the public look-up all print this.
 * @param state - the evaluated case
 * @param options - options
 * @param options.locale - the language, `zh-CN` by default
 * @returns the lines, in order
 * @example
 * ```ts
 * explainDeadline(state).map((line) => line.text);
 * // ['收到申请之日：2025-09-26', '20 个工作日答复期限：2025-10-30', '答复期限：2025-10-30', '剩余 8 个工作日']
 * ```
 */
export function explainDeadline(state: CaseState, options: { readonly locale?: Locale } = {}): DeadlineLine[] {
  const t = TEXTS[options.locale ?? 'zh-CN'];
  if (state.receivedOn === null)
    return [{ kind: 'notReceived', text: t.notReceived, citation: CLOCK_CITATIONS.receipt }];
  const lines: DeadlineLine[] = [
    { kind: 'received', text: t.received(state.receivedOn), citation: CLOCK_CITATIONS.receipt },
  ];
  if (state.clarification !== null)
    lines.push({
      kind: 'clarification',
      text: t.clarification(state.clarification.requestedOn, state.clarification.receivedOn),
      citation: CLOCK_CITATIONS.clarification,
    });
  if (state.originalDueOn !== null)
    lines.push({
      kind: 'original',
      text: t.original(state.originalDueOn, ANSWER_WORKDAYS),
      citation: CLOCK_CITATIONS.answer,
    });
  if (state.pausedWorkdays > 0 || state.paused)
    lines.push({
      kind: 'paused',
      text: t.paused(state.pausedWorkdays, state.paused),
      citation: CLOCK_CITATIONS.consultationPause,
    });
  if (state.extension !== null)
    lines.push({
      kind: 'extension',
      text: t.extension(state.extension.workdays, state.extension.approvedOn),
      citation: CLOCK_CITATIONS.extension,
    });
  if (state.deferral !== null)
    lines.push({
      kind: 'deferral',
      text: t.deferral(state.deferral.until, state.deferral.reason),
      citation: CLOCK_CITATIONS.deferral,
    });
  lines.push({ kind: 'due', text: t.due(state.dueOn, state.dueOnProvisional) });
  if (state.dueOnProvisional) lines.push({ kind: 'provisional', text: t.provisional });
  if (state.answeredOn !== null) lines.push({ kind: 'answered', text: t.answered(state.answeredOn) });
  else if (state.workdaysLeft !== null)
    lines.push(
      state.workdaysLeft >= 0
        ? { kind: 'left', text: t.left(state.workdaysLeft) }
        : { kind: 'overdue', text: t.overdue(-state.workdaysLeft) },
    );
  return lines;
}
