import type { MessageCatalogue } from '@gk/core';
import type { FindingParams, RequestInputIssueParams } from '../request-issues.js';

/** `@gk/request-workflow` messages in English. */
export const en: MessageCatalogue<RequestInputIssueParams & FindingParams> = {
  'event.notObject': () => 'An event must be an object',
  'event.type': (p) => `Unknown event type "${p.received}"`,
  'event.actor': () => 'The event has no actor',
  'event.field': (p) => `The event's field "${p.field}" is missing or invalid`,
  'received.missing': () => 'The case has no "received" event, so its receipt date is unknown',
  'received.channel': (p) =>
    `Unknown channel "${p.received}"; use in-person, post-signed, ordinary-mail, online or fax`,
  'received.confirmation': (p) =>
    `An application by ${p.channel} is received on the day receipt is confirmed, but confirmedOn is missing; the event's date is used (Regulation Art. 31)`,
  'applicant.missing': () => 'The applicant is missing (Regulation Art. 29)',
  'applicant.kind': () => 'The applicant must be a natural person or an organization',
  'applicant.name': () => "The applicant's name is missing (Regulation Art. 29(2)(i))",
  'applicant.category': () => 'An organization must be business, research, publicInterest, legalService or other',
  'applicant.identity': () => "The applicant's proof of identity is missing (Regulation Art. 29(2)(i))",
  'applicant.contact': () => "The applicant's contact details are missing (Regulation Art. 29(2)(i))",
  'request.missing': () => 'The request is missing (Regulation Art. 29)',
  'request.description': () => 'The request does not name or describe the information (Regulation Art. 29(2)(ii))',
  'request.form': () => 'The request does not state the form and the way to receive it (Regulation Art. 29(2)(iii))',
  'decision.outcome': (p) => `Unknown outcome "${p.received}"`,
  'calendar.outsideCoverage': (p) =>
    `${p.date} is outside the working-day calendar's data; no deadline can be computed`,
  'notice.caseMissing': (p) => `The case has no ${p.what} yet; this notice cannot be issued`,
  'notice.input': (p) => `The notice needs "${p.field}"`,
  'notice.outcome': (p) => `This notice answers the outcome "${p.expected}"; the case's outcome is "${p.actual}"`,
  'notice.kind': (p) => `Unknown notice kind "${p.received}"`,
  'finding.outOfOrder': (p) => `The event is dated before the previous one (${p.previousOn})`,
  'finding.receivedRepeated': () => 'A second "received" event was ignored',
  'finding.clarificationRepeated': () => 'Clarification may be asked once only (Regulation Art. 30)',
  'finding.clarificationLate': (p) =>
    `Clarification was asked on workday ${String(p.workdays)} after receipt, later than 7 workdays (Regulation Art. 30)`,
  'finding.clarificationNoItems': () => 'A clarification request must list the items to clarify (Regulation Art. 30)',
  'finding.clarificationUnrequested': () => 'A clarification arrived that was never asked for',
  'finding.clarificationOverdue': (p) =>
    `The applicant did not clarify by ${p.dueOn}; the application may be deemed abandoned (Regulation Art. 30)`,
  'finding.consultationUnstarted': () => 'A consultation ended that was never started',
  'finding.consultationReplyOverdue': (p) =>
    `The ${p.party} consulted should have replied by ${p.replyDueOn} (Regulation Art. 32, 34)`,
  'finding.extensionRepeated': () =>
    'The answer period may be extended once, by 20 workdays at most (Regulation Art. 33(2))',
  'finding.extensionTooLong': (p) =>
    `An extension of ${String(p.workdays)} workdays exceeds the maximum of 20; 20 are counted (Regulation Art. 33(2))`,
  'finding.extensionAfterDue': (p) =>
    `The extension was approved after the due date ${p.dueOn} (Regulation Art. 33(2))`,
  'finding.extensionNotByHead': () =>
    'An extension needs the consent of the head of the disclosure office (Regulation Art. 33(2))',
  'finding.deferralWithoutReasonRequest': () => 'A deferral should follow a request for reasons (Regulation Art. 35)',
  'finding.deferralBeforeDue': (p) =>
    `The deferral date ${p.until} is earlier than the due date ${p.dueOn}; not applied`,
  'finding.feePaidWithoutNotice': () => 'A payment was recorded without a fee notice',
  'finding.feeOverdue': (p) => `The fee was not paid by ${p.dueOn}; the application may be deemed abandoned`,
  'finding.feeLapsedEarly': (p) => `The case was closed for non-payment before the payment period ended (${p.dueOn})`,
  'finding.decisionRepeated': () => 'A second decision was recorded; the last one counts',
  'finding.partialWithoutParts': () =>
    'A partial disclosure should state what is provided and why the rest is withheld (Regulation Art. 37)',
  'finding.deliveredWithoutDecision': () => 'A delivery was recorded before any decision',
  'finding.afterConclusion': (p) => `The case was already concluded when "${p.type}" was recorded`,
  'finding.overdue': (p) =>
    p.answeredOn === null
      ? `The answer is overdue since ${p.dueOn} (Regulation Art. 33)`
      : `The answer on ${p.answeredOn} came after the due date ${p.dueOn} (Regulation Art. 33)`,
};
