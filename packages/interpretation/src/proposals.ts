// 建议提案复文 and 列席: replies to 人大代表建议 and 政协委员提案 published where they concern the public
// interest, the year's summary of handling, and the public attending government meetings. Both duties
// come from the local implementation plans, not from an article: their periods are settings.
import type { Locale } from '@gk/core';
import type { ParticipationFinding } from './decisions.js';
import { publishedLate } from './decisions.js';
import { PARTICIPATION_TEXTS } from './participation-texts.js';

/** 人大代表建议 or 政协委员提案. */
export type ProposalKind = 'npcSuggestion' | 'cppccProposal';
/** The kinds' names. */
export const PROPOSAL_KIND_ZH: Readonly<Record<ProposalKind, string>> = {
  npcSuggestion: '人大代表建议',
  cppccProposal: '政协委员提案',
};

/** A reply (复文) to a suggestion or proposal. */
export interface ProposalReply {
  readonly id: string;
  readonly kind: ProposalKind;
  /** Its number, e.g. 第12号. */
  readonly number: string;
  readonly title: string;
  /** The unit that handled it (主办单位). */
  readonly handledBy: string;
  readonly repliedOn?: string;
  /** Whether it concerns the public interest or wide public concern: such replies are published. */
  readonly publicInterest: boolean;
  readonly publishedOn?: string;
  /** Why a reply of public interest is not published (涉密, 个人隐私 …). */
  readonly withheldReason?: string;
  /** 解决采纳 (A), 正在解决或列入计划 (B), 留作参考 (C): how the reply answered it. */
  readonly result?: 'A' | 'B' | 'C';
}

/** The year's summary of handling (办理总体情况). */
export interface ProposalSummary {
  readonly suggestions: number;
  readonly proposals: number;
  readonly replied: number;
  readonly publicInterest: number;
  readonly published: number;
  readonly byResult: Readonly<Record<'A' | 'B' | 'C', number>>;
}

/** Options of {@link checkProposalReplies}. */
export interface ProposalReplyOptions {
  readonly today: string;
  /** Days after the reply within which a reply of public interest is published; local practice, 20 by default. */
  readonly publishWithinDays?: number;
  readonly locale?: Locale;
}

/** Where the duty to publish replies comes from. */
const REPLY_SOURCE =
  '本地实施方案：在政府网站集中主动公开涉及公共利益、群众广泛关注的建议提案复文（如市中区政务公开工作要点）';
/** How soon a reply of public interest is published by default (this project's default, a setting). */
export const DEFAULT_REPLY_PUBLISH_DAYS = 20;

/**
 * Checks the replies: each reply of public interest published within the period after it is sent, or
 * withheld with a reason. A local rule (the plans'), reported as warnings with its source.
 * @param replies - the replies of the year
 * @param options - today, the period, the language
 * @returns the findings
 */
export function checkProposalReplies(
  replies: readonly ProposalReply[],
  options: ProposalReplyOptions,
): ParticipationFinding[] {
  const t = PARTICIPATION_TEXTS[options.locale ?? 'zh-CN'];
  const days = options.publishWithinDays ?? DEFAULT_REPLY_PUBLISH_DAYS;
  const findings: ParticipationFinding[] = [];
  for (const r of replies.slice(0, 5_000)) {
    if (!r.publicInterest || r.withheldReason !== undefined || r.repliedOn === undefined) continue;
    const subject = `${PROPOSAL_KIND_ZH[r.kind]}${r.number}`;
    const { dueOn, late } = publishedLate(r.repliedOn, r.publishedOn, days, options.today);
    if (late && r.publishedOn === undefined)
      findings.push({
        code: 'proposals.replyUnpublished',
        severity: 'warning',
        subject,
        message: t.replyUnpublished(),
        source: REPLY_SOURCE,
      });
    else if (late)
      findings.push({
        code: 'proposals.replyLate',
        severity: 'warning',
        subject,
        message: t.replyLate(dueOn),
        source: REPLY_SOURCE,
      });
  }
  return findings;
}

/**
 * The year's summary of handling: how many suggestions and proposals, replied, of public interest,
 * published, and by result.
 * @param replies - the replies of the year
 * @returns the counts
 */
export function summarizeProposals(replies: readonly ProposalReply[]): ProposalSummary {
  const byResult = { A: 0, B: 0, C: 0 };
  for (const r of replies) if (r.result !== undefined) byResult[r.result] += 1;
  return {
    suggestions: replies.filter((r) => r.kind === 'npcSuggestion').length,
    proposals: replies.filter((r) => r.kind === 'cppccProposal').length,
    replied: replies.filter((r) => r.repliedOn !== undefined).length,
    publicInterest: replies.filter((r) => r.publicInterest).length,
    published: replies.filter((r) => r.publishedOn !== undefined).length,
    byResult,
  };
}

/** Who attends a government meeting from outside (列席): 利益相关方、群众代表、专家、媒体. */
export type AttendeeCategory = 'stakeholder' | 'publicRepresentative' | 'expert' | 'media';
/** The categories' names. */
export const ATTENDEE_CATEGORY_ZH: Readonly<Record<AttendeeCategory, string>> = {
  stakeholder: '利益相关方',
  publicRepresentative: '群众代表',
  expert: '专家',
  media: '媒体',
};

/** A government meeting the public attended, and its published record. */
export interface MeetingAttendance {
  readonly id: string;
  /** 县政府常务会议2026年第5次 …. */
  readonly meeting: string;
  readonly heldOn: string;
  readonly topics: readonly string[];
  /** How many attended of each category (names are not published). */
  readonly attendees: Readonly<Partial<Record<AttendeeCategory, number>>>;
  readonly recordPublishedOn?: string;
}

/** Options of {@link checkMeetingAttendance}. */
export interface MeetingAttendanceOptions {
  readonly today: string;
  /** Days after the meeting within which the attendance is published; local practice, 15 by default. */
  readonly recordWithinDays?: number;
  readonly locale?: Locale;
}

const MEETING_SOURCE = '本地实施方案：常态化落实邀请利益相关方、公众代表、专家、媒体等列席政府常务会、部门办公会制度';
/** How soon the attendance of a meeting is published by default (this project's default, a setting). */
export const DEFAULT_MEETING_RECORD_DAYS = 15;

/**
 * Checks the meetings the public attended: someone from outside attended, and the attendance was
 * published within the period. A local rule (the plans'), reported as warnings with its source.
 * @param meetings - the meetings
 * @param options - today, the period, the language
 * @returns the findings
 */
export function checkMeetingAttendance(
  meetings: readonly MeetingAttendance[],
  options: MeetingAttendanceOptions,
): ParticipationFinding[] {
  const t = PARTICIPATION_TEXTS[options.locale ?? 'zh-CN'];
  const days = options.recordWithinDays ?? DEFAULT_MEETING_RECORD_DAYS;
  const findings: ParticipationFinding[] = [];
  for (const m of meetings.slice(0, 5_000)) {
    const total = Object.values(m.attendees).reduce((n, count) => n + (count ?? 0), 0);
    if (total === 0)
      findings.push({
        code: 'meetings.noAttendees',
        severity: 'warning',
        subject: m.meeting,
        message: t.meetingNoAttendees(),
        source: MEETING_SOURCE,
      });
    const { dueOn, late } = publishedLate(m.heldOn, m.recordPublishedOn, days, options.today);
    if (late)
      findings.push({
        code: 'meetings.recordLate',
        severity: 'warning',
        subject: m.meeting,
        message: t.meetingRecordLate(dueOn),
        source: MEETING_SOURCE,
      });
  }
  return findings;
}
