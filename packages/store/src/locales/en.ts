import type { MessageCatalogue } from '@gk/core';
import type { StoreIssueParams } from '../issues.js';
import { stepLabel } from './zh-CN.js';

type P = StoreIssueParams;

/** The store's messages in English. */
export const en: MessageCatalogue<StoreIssueParams> = {
  'store.conflict': (p: P['store.conflict']) =>
    `Case ${p.agencyId}/${p.caseId} was updated by someone else: expected version ${String(p.expectedVersion)}, found ${String(p.actualVersion)}; read it again and retry`,
  'store.reason': () => 'Revealing personal data needs a reason, which is recorded',
  'store.caseRef': (p: P['store.caseRef']) => `The case reference lacks "${p.field}"`,
  'store.noEvents': () => 'There are no events to append',
  'store.expectedVersion': (p: P['store.expectedVersion']) =>
    `The expected version must be a whole number ≥ 0; got ${p.value}`,
  'store.submissionUnknown': (p: P['store.submissionUnknown']) =>
    `There is no online application with receipt number ${p.receiptNo}`,
  'store.submissionRegistered': (p: P['store.submissionRegistered']) =>
    `The online application ${p.receiptNo} is already registered as case ${p.caseId}`,
  'store.submissionWithdrawn': (p: P['store.submissionWithdrawn']) =>
    `The online application ${p.receiptNo} was withdrawn by the applicant on ${p.withdrawnOn} and is not registered`,
  'store.applicantStep': (p: P['store.applicantStep']) =>
    `"${stepLabel(p.step, 'en')}" cannot be done online for this application now: reload the page to see where it stands`,
  'store.clarificationItems': (p: P['store.clarificationItems']) =>
    `The clarification must answer the ${String(p.count)} items of the clarification notice, one by one`,
  'store.clarificationEmpty': () => 'The clarification cannot be entirely blank: fill in at least one item',
  'store.documentRef': (p: P['store.documentRef']) => `The document reference lacks "${p.field}"`,
  'store.driverMissing': (p: P['store.driverMissing']) =>
    `${p.storage === 'server' ? 'A PostgreSQL server' : 'The embedded database (PGlite)'} needs ${p.package} installed: npm install ${p.package} (or pnpm add ${p.package})`,
  'store.locked': (p: P['store.locked']) =>
    `The data directory ${p.dataDir} is in use by another process (${p.holder}); embedded PGlite takes one writing process: close it, or use a PostgreSQL server`,
  'store.standbyBehind': (p: P['store.standbyBehind']) =>
    `The read-only database has schema version ${String(p.version)}; this version needs ${String(p.expected)}: open the primary once (to migrate) and connect when the standby has caught up`,
  'store.argument': (p: P['store.argument']) => `${p.name} must be ${p.expected}; got "${p.value}"`,
  'store.nulByte': (p: P['store.nulByte']) =>
    `${p.where} contains a NUL character (\\0), which cannot be stored; remove it and retry`,
  'store.tooManyEvents': (p: P['store.tooManyEvents']) =>
    `A case keeps at most ${String(p.limit)} events; this append would exceed it`,
  'store.secretTooLong': (p: P['store.secretTooLong']) =>
    `A password or look-up code may have at most ${String(p.limit)} characters`,
  'store.indexNoUsed': () =>
    'This index number is used by another publication of the agency; index numbers are never reused (take the next with nextIndexNo)',
  'store.auditKey': (p: P['store.auditKey']) =>
    `The audit key needs at least ${String(p.min)} characters; generate it at random and keep it outside the database`,
};
