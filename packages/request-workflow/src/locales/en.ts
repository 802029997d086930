import type { MessageCatalogue } from '@gk/core';
import type { ProcedureFindingParams, RequestInputIssueParams } from '../request-issues.js';

/** `@gk/request-workflow` messages in English. */
export const en: MessageCatalogue<RequestInputIssueParams & ProcedureFindingParams> = {
  'events.notList': () => "The case's records must be a list; they cannot be read",
  'events.tooMany': (p) => `A case is read with at most ${String(p.limit)} records; the rest were not counted`,
  'event.notObject': () => 'This record of the case cannot be read (wrong format)',
  'event.type': (p) => `Unknown step "${p.received}"`,
  'event.actor': () => 'The record does not say who acted',
  'event.field': (p) => `The record's "${p.field}" is missing or invalid`,
  'event.tooLong': (p) => `"${p.field}" takes at most ${String(p.limit)} characters; please shorten it`,
  'event.tooManyItems': (p) => `"${p.field}" takes at most ${String(p.limit)} entries; please shorten it`,
  'event.renamedValue': (p) =>
    `"${p.received}" is the spelling before 0.2 and was read as "${p.use}"; write "${p.use}" (the old spelling is accepted until the next minor version)`,
  'received.missing': () => 'The case has no "received" event, so its receipt date is unknown',
  'received.channel': (p) => `Unknown channel "${p.received}"; use inPerson, postSigned, ordinaryMail, online or fax`,
  'received.confirmation': (p) =>
    `An application by ${p.channel} is received on the day receipt is confirmed, but no confirmation date is recorded; the arrival date is used (Regulation Art. 31)`,
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
    `The deadline runs to about ${p.date}, beyond the working-day calendar's data; no deadline can be computed until that year's holiday arrangement is added`,
  'fee.count': (p) =>
    `The number of ${p.field === 'pages' ? 'pages' : 'items'} must be a whole number ≥ 0; got "${p.value}"`,
  'fee.method': (p) => `The fee method must be perItem or perPage; got "${p.received}"`,
  'notice.caseMissing': (p) => `The case has no ${p.what} yet; this notice cannot be issued`,
  'notice.input': (p) => `The notice needs "${p.field}"`,
  'notice.outcome': (p) => `This notice answers the outcome "${p.expected}"; the case's outcome is "${p.actual}"`,
  'notice.kind': (p) => `Unknown notice kind "${p.received}"`,
  'finding.outOfOrder': (p) => `The event is dated before the previous one (${p.previousOn})`,
  'finding.receivedRepeated': () => 'A second "received" event was ignored',
  'finding.confirmationLate': (p) =>
    `The ordinary letter arrived on ${p.arrivedOn} but receipt was confirmed only on ${p.confirmedOn}; it must be confirmed the day it arrives (Regulation Art. 31(ii))`,
  'finding.clarificationRepeated': () => 'Clarification may be asked once only (Regulation Art. 30)',
  'finding.clarificationLate': (p) =>
    `Clarification was asked on workday ${String(p.workdays)} after receipt, later than 7 workdays (Regulation Art. 30)`,
  'finding.clarificationNoItems': () => 'A clarification request must list the items to clarify (Regulation Art. 30)',
  'finding.clarificationUnrequested': () => 'A clarification arrived that was never asked for',
  'finding.clarificationOverdue': (p) =>
    `The applicant did not clarify by ${p.dueOn}; the application may be deemed abandoned (Regulation Art. 30)`,
  'finding.clarificationLapsedEarly': (p) =>
    `The application was deemed abandoned before the clarification period ended (${p.dueOn}) (Regulation Art. 30)`,
  'finding.consultationUnstarted': () => 'A consultation ended that was never started',
  'finding.consultationReplyOverdue': (p) =>
    p.party === 'agency'
      ? `The agency consulted should have replied by ${p.replyDueOn}; its silence counts as consent (Regulation Art. 34)`
      : `The third party should have replied by ${p.replyDueOn}; the agency decides under the Regulation (Regulation Art. 32)`,
  'finding.consultationNoReplyEarly': (p) =>
    `The ${p.party === 'agency' ? 'agency' : 'third party'} consulted has until ${p.replyDueOn} to reply; no reply cannot be recorded before then (Regulation Art. ${p.party === 'agency' ? '34' : '32'})`,
  'finding.extensionRepeated': () =>
    'The answer period may be extended once, by 20 workdays at most (Regulation Art. 33(2))',
  'finding.extensionTooLong': (p) =>
    `An extension of ${String(p.workdays)} workdays exceeds the maximum of 20; 20 are counted (Regulation Art. 33(2))`,
  'finding.extensionAfterDue': (p) =>
    `The answer period ended on ${p.dueOn}; an extension approved later does not extend it and the answer stays overdue (Regulation Art. 33(2))`,
  'finding.extensionNotByHead': () =>
    'An extension needs the consent of the head of the disclosure office (Regulation Art. 33(2))',
  'finding.deferralWithoutReasonRequest': () => 'A deferral should follow a request for reasons (Regulation Art. 35)',
  'finding.deferralBeforeDue': (p) =>
    `The deferral date ${p.until} is earlier than the due date ${p.dueOn}; not applied`,
  'finding.deferralAfterDue': (p) =>
    `The answer period ended on ${p.dueOn}; a deferral set later does not extend it and the answer stays overdue (Regulation Art. 35)`,
  'finding.excessiveWithoutReasonRequest': () =>
    'A request may be refused as excessive only after the applicant was asked to state reasons (Regulation Art. 35)',
  'finding.feePaidWithoutNotice': () => 'A payment was recorded without a fee notice',
  'finding.feeOverdue': (p) => `The fee was not paid by ${p.dueOn}; the application may be deemed abandoned`,
  'finding.feeLapsedEarly': (p) => `The case was closed for non-payment before the payment period ended (${p.dueOn})`,
  'finding.feeNoticeReceiptUnknown': (p) =>
    `The day the applicant received the fee notice is not recorded; the payment period counts from the day after it was issued (${p.noticeOn}) until it is`,
  'finding.partialWithoutParts': () => 'A partial disclosure must state what is provided (Regulation Art. 37)',
  'finding.partialWithoutReason': () =>
    'A partial disclosure must give the reason for what is withheld (Regulation Art. 37)',
  'finding.deliveredWithoutDecision': () => 'A delivery was recorded before any decision',
  'finding.openedWithoutElectronicDelivery': () =>
    'The applicant was recorded opening an answer online, but no answer was delivered electronically',
  'finding.afterConclusion': (p) => `The case was already concluded when "${p.type}" was recorded`,
  'finding.overdue': (p) =>
    p.answeredOn === null
      ? `The answer is overdue since ${p.dueOn} (Regulation Art. 33)`
      : `The answer on ${p.answeredOn} came after the due date ${p.dueOn} (Regulation Art. 33)`,
};
