import type { MessageCatalogue } from '@gk/core';
import type { PublicationIssueParams } from '../issues.js';

const R80 = ' (State Council General Office 2016 No. 80)';

/** `@gk/publication` messages in English. */
export const en: MessageCatalogue<PublicationIssueParams> = {
  'events.notList': () => "A publication's records must be a list; they cannot be read",
  'events.tooMany': (p) => `A publication is read with at most ${String(p.limit)} records`,
  'event.notObject': () => 'This record cannot be read (wrong format)',
  'event.type': (p) => `Unknown step "${p.received}"`,
  'event.field': (p) => `The record's "${p.field}" is missing or invalid`,
  'event.tooLong': (p) => `"${p.field}" takes at most ${String(p.limit)} characters`,
  'event.tooManyItems': (p) => `"${p.field}" takes at most ${String(p.limit)} entries`,
  'drafted.missing': () => 'There is no draft record, so the index number and content are unknown',
  'indexNo.pattern': (p) =>
    `The index number pattern "${p.pattern}" is invalid: it needs {agencyCode}, {year} and {sequence} or {sequence:digits}, may have {category}, and fixed characters otherwise`,
  'indexNo.format': (p) => `The index number "${p.indexNo}" does not follow the agency's pattern "${p.pattern}"`,
  'indexNo.part': (p) => `The index number's ${p.part} ("${p.value}") is invalid`,
  'indexNo.duplicate': (p) => `The index number "${p.indexNo}" is already used; index numbers are never reused`,
  'indexNo.exhausted': (p) => `This year's index sequence is used up (at most ${String(p.limit)})`,
  'finding.outOfOrder': (p) => `This record is dated before the previous one (${p.previousOn})`,
  'finding.beforeDraft': (p) => `A "${p.type}" record comes before the draft`,
  'finding.draftedRepeated': () => 'A repeated draft record was ignored',
  'finding.afterWithdrawal': (p) => `The information was withdrawn, yet a "${p.type}" record follows`,
  'finding.notProactive': (p) =>
    `The attribute is ${p.attribute}; it must not be published proactively (Regulation Arts. 13–16)`,
  'finding.publishedWithoutDetermination': () =>
    `Published without a disclosure attribute (documents get theirs when drafted)${R80}`,
  'finding.publishedWithoutReview': () => 'Published without a pre-publication review (Regulation Art. 17)',
  'finding.reviewUnsettled': (p) =>
    `${String(p.count)} review finding(s) were neither fixed nor kept with a reason (Regulation Art. 17)`,
  'finding.publishedWithoutApproval': () => 'Published without approval',
  'finding.approverRole': (p) => `Approved by the ${p.role}; approval is for the ${p.allowed}`,
  'finding.interpretationMissing': () =>
    `A policy was published without its interpretation and without a recorded reason${R80}`,
  'finding.publishedRepeated': () => 'A repeated publication record: a new version is an update',
  'finding.changedBeforePublication': (p) => `The information is not published yet, so it cannot be "${p.type}"`,
  'finding.publishedBeforeFormed': (p) => `Published before the information was formed (${p.formedOn})`,
  'newMedia.notList': () => "An account's records must be a list; they cannot be read",
  'newMedia.tooMany': (p) => `An account is read with at most ${String(p.limit)} records`,
  'newMedia.step': (p) =>
    p.type === ''
      ? 'This account record has no type and cannot be read'
      : `Unknown account step "${p.type}", or an invalid date`,
  'newMedia.outOfOrder': (p) => `This record is dated before the previous one (${p.previousOn})`,
  'newMedia.field': (p) => `"${p.field}" is missing or invalid (at most 200 characters)`,
  'newMedia.stepOutOfPlace': (p) => `The account is ${p.status}; "${p.type}" is not possible`,
  'newMedia.approvalMissing': (p) =>
    `"${p.type}" has no approval recorded (opening, merging, changing and closing an account follow an approval procedure)`,
  'newMedia.notOpened': () => "There is no opening record, so the account's platform and name are unknown",
  'newMedia.today': (p) => `"today" must be a YYYY-MM-DD date, not "${p.value}"`,
  'newMedia.noResponsible': (p) => `"${p.name}" has no person responsible`,
  'newMedia.stale': (p) =>
    `"${p.name}" has not been updated for ${String(p.days)} days since ${p.lastUpdatedOn} (more than ${String(p.limit)}): update it, or close an account nobody maintains`,
  'openDay.date': (p) => `The open day's ${p.field} must be a YYYY-MM-DD date, not "${p.value}"`,
  'openDay.capacity': (p) =>
    `The open day's capacity must be a whole number from 1 to ${String(p.max)}, not "${p.value}"`,
  'openDay.window': (p) =>
    `Registration (${p.opensOn} to ${p.closesOn}) must close before the open day (${p.date}) and open no later than it closes`,
  'openDay.noticeLate': (p) => `The open day's notice is due by ${p.dueOn} (${String(p.days)} days ahead)`,
  'openDay.overCapacity': (p) => `${String(p.count)} registered, more than the ${String(p.capacity)} places`,
  'openDay.recordLate': (p) =>
    `The open day's record and evaluation are due by ${p.dueOn} (within ${String(p.days)} days after it)`,
  'openDay.name': () => 'Please give your name (at most 50 characters)',
  'openDay.phone': () => 'Please give a valid phone number (a mobile number, or a landline with its area code)',
  'openDay.closed': (p) => `Registration is not open: it runs from ${p.opensOn} to ${p.closesOn}`,
  'openDay.full': (p) => `All ${String(p.capacity)} places are taken`,
  'openDay.duplicate': () => 'This phone number is already registered',
};
