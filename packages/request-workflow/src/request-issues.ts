import type { CoreIssueParams, Issue, IssueFormatter, IssueUnion, LegalCitation } from '@gk/core';
import { coreMessagesEn, coreMessagesZhCN, createIssueFormatter } from '@gk/core';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

type None = Readonly<Record<never, never>>;

/** Malformed input: an event, applicant or request that cannot be read as given. */
export interface RequestInputIssueParams {
  'event.notObject': None;
  'event.type': { readonly received: string };
  'event.actor': None;
  'event.field': { readonly field: string };
  'received.missing': None;
  'received.channel': { readonly received: string };
  'received.confirmation': { readonly channel: string };
  'applicant.missing': None;
  'applicant.kind': None;
  'applicant.name': None;
  'applicant.category': None;
  'applicant.identity': None;
  'applicant.contact': None;
  'request.missing': None;
  'request.description': None;
  'request.form': None;
  'decision.outcome': { readonly received: string };
  'calendar.outsideCoverage': { readonly date: string };
  'notice.caseMissing': { readonly what: string };
  'notice.input': { readonly field: string };
  'notice.outcome': { readonly expected: string; readonly actual: string };
  'notice.kind': { readonly received: string };
}

/** Legal findings about the procedure: what a reviewer would flag. */
export interface FindingParams {
  'finding.outOfOrder': { readonly previousOn: string };
  'finding.receivedRepeated': None;
  'finding.clarificationRepeated': None;
  'finding.clarificationLate': { readonly workdays: number };
  'finding.clarificationNoItems': None;
  'finding.clarificationUnrequested': None;
  'finding.clarificationOverdue': { readonly dueOn: string };
  'finding.consultationUnstarted': None;
  'finding.consultationReplyOverdue': { readonly party: string; readonly replyDueOn: string };
  'finding.extensionRepeated': None;
  'finding.extensionTooLong': { readonly workdays: number };
  'finding.extensionAfterDue': { readonly dueOn: string };
  'finding.extensionNotByHead': None;
  'finding.deferralWithoutReasonRequest': None;
  'finding.deferralBeforeDue': { readonly until: string; readonly dueOn: string };
  'finding.feePaidWithoutNotice': None;
  'finding.feeOverdue': { readonly dueOn: string };
  'finding.feeLapsedEarly': { readonly dueOn: string };
  'finding.decisionRepeated': None;
  'finding.partialWithoutParts': None;
  'finding.deliveredWithoutDecision': None;
  'finding.afterConclusion': { readonly type: string };
  'finding.overdue': { readonly dueOn: string; readonly answeredOn: string | null };
}

/** The params of every issue and finding `@gk/request-workflow` reports, with `@gk/core`'s. */
export type RequestIssueParams = CoreIssueParams & RequestInputIssueParams & FindingParams;

/** A malformed-input issue (or a `@gk/core` date or identifier issue). */
export type RequestIssue = IssueUnion<CoreIssueParams & RequestInputIssueParams>;

/** A legal finding about the case, with the article it concerns. */
export type Finding = IssueUnion<FindingParams> & { readonly citation?: LegalCitation };

/** Renders an issue or finding of `@gk/request-workflow`, zh-CN by default. */
export const formatRequestIssue: IssueFormatter<RequestIssueParams> = createIssueFormatter<RequestIssueParams>({
  'zh-CN': { ...coreMessagesZhCN, ...zhCN },
  en: { ...coreMessagesEn, ...en },
});

/** Any issue or finding, for functions that accept both. */
export type AnyRequestIssue = RequestIssue | Finding | Issue;
