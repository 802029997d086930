import type { LegalCitation, LocalDate } from '@gk/core';
import { createIssue, epochDayOf } from '@gk/core';
import type { CaseState } from '../evaluate.js';
import type { Outcome } from '../outcomes.js';
import { OUTCOMES } from '../outcomes.js';
import type { RequestIssue } from '../request-issues.js';
import type { NoticeDefinition, NoticeKind, NoticePrerequisite } from './registry.js';
import { NOTICE_KINDS, NOTICES } from './registry.js';
import type { NoticeContext } from './texts.zh-CN.js';
import { NOTICE_PARAGRAPHS, REMEDY } from './texts.zh-CN.js';

/** What a person supplies for a notice: the issuing agency, the date, and the facts the case cannot know. */
export interface NoticeInput {
  readonly agency: { readonly name: string; readonly address?: string; readonly phone?: string };
  /** The day the notice is issued, `YYYY-MM-DD`. */
  readonly issuedOn: string;
  /** The notice's number, e.g. 〔2025〕第12号. */
  readonly noticeNo?: string;
  readonly howToObtain?: string;
  readonly reason?: string;
  readonly responsibleAgency?: string;
  readonly thirdPartyName?: string;
  readonly informationToDisclose?: string;
  readonly legalBasis?: string;
  readonly channelForPetition?: string;
}

/** A notice ready to render: its words come from the case state and the inputs. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly title: string;
  readonly noticeNo?: string;
  /** Who it is addressed to: the applicant, or the consulted party. */
  readonly addressee: string;
  readonly paragraphs: readonly string[];
  readonly agency: NoticeInput['agency'];
  readonly issuedOn: LocalDate;
  readonly citations: readonly LegalCitation[];
}

/** The result of {@link buildNotice}. */
export type NoticeResult =
  | { readonly success: true; readonly notice: Notice }
  | { readonly success: false; readonly issues: readonly RequestIssue[] };

/**
 * Writes a date the way official documents do: 2025年10月9日.
 * @param date - `YYYY-MM-DD`
 * @returns the date in Chinese
 */
export function formatChineseDate(date: string): string {
  return `${date.slice(0, 4)}年${String(Number(date.slice(5, 7)))}月${String(Number(date.slice(8, 10)))}日`;
}

const date = (value: string | null | undefined): string => (value == null ? '' : formatChineseDate(value));

function has(state: CaseState, what: NoticePrerequisite): boolean {
  switch (what) {
    case 'receivedOn':
      return state.receivedOn !== null;
    case 'dueOn':
      return state.dueOn !== null;
    case 'clarification':
      return state.clarification !== null;
    case 'extension':
      return state.extension !== null;
    case 'consultation':
      return state.consultations.length > 0;
    case 'fee':
      return state.fee !== null;
    case 'deferral':
      return state.deferral !== null;
    case 'decision':
      return state.outcome !== null;
    default:
      return what satisfies never;
  }
}

/**
 * The notice kinds that answer an outcome, e.g. `unableToProvide.notHeld` → 信息不存在 and 非本机关负责.
 * @param outcome - an outcome code
 * @returns the kinds, in registry order
 */
export function noticeKindsForOutcome(outcome: Outcome): NoticeKind[] {
  return NOTICE_KINDS.filter((kind) => NOTICES[kind].outcome === outcome);
}

/**
 * The notices a case has reached: the registration receipt once received, a notice for each step
 * taken (clarification, consultation letters by party, extension, deferral, fee) and its outcome's
 * notices once decided. Each can be built with {@link buildNotice} (given the facts it asks for).
 * @param state - the evaluated case
 * @returns the kinds, in the registry's order
 */
export function noticeKindsFor(state: CaseState): NoticeKind[] {
  if (state.receivedOn === null) return [];
  const parties = new Set(state.consultations.map((consultation) => consultation.party));
  const steps: Partial<Record<NoticeKind, boolean>> = {
    registrationReceipt: true,
    clarificationNotice: state.clarification !== null,
    thirdPartyConsultationLetter: parties.has('third-party'),
    agencyConsultationLetter: parties.has('agency'),
    extensionNotice: state.extension !== null,
    deferralNotice: state.deferral !== null,
    feeNotice: state.fee !== null,
  };
  return NOTICE_KINDS.filter(
    (kind) => steps[kind] === true || (state.outcome !== null && NOTICES[kind].outcome === state.outcome),
  );
}

/**
 * Builds a standard notice from a case's state and the facts a person supplies. Dates, deadlines,
 * amounts and the decision come from the state only, so a notice cannot state a wrong deadline.
 * @param kind - the notice kind
 * @param state - the evaluated case
 * @param input - agency, date and the kind's required facts
 * @returns the notice, or the issues that prevent it (missing facts, a case not at that step, an outcome that does not match)
 * @example
 * ```ts
 * const result = buildNotice('extensionNotice', state, { agency: { name: '某县人民政府办公室' }, issuedOn: '2025-10-20' });
 * if (result.success) console.log(renderNoticeText(result.notice));
 * ```
 */
export function buildNotice(kind: NoticeKind, state: CaseState, input: NoticeInput): NoticeResult {
  const definition = (NOTICES as Partial<Record<string, NoticeDefinition>>)[kind];
  if (definition === undefined)
    return { success: false, issues: [createIssue('notice.kind', { received: String(kind) }, ['kind'])] };
  const issues: RequestIssue[] = [];
  for (const what of definition.requires) {
    if (!has(state, what)) issues.push(createIssue('notice.caseMissing', { what }, ['state', what]));
  }
  if (definition.outcome !== undefined && state.outcome !== null && state.outcome !== definition.outcome) {
    issues.push(
      createIssue('notice.outcome', { expected: definition.outcome, actual: state.outcome }, ['state', 'outcome']),
    );
  }
  if (!input.agency.name.trim()) issues.push(createIssue('notice.input', { field: 'agency' }, ['input', 'agency']));
  if (Number.isNaN(epochDayOf(input.issuedOn)))
    issues.push(createIssue('notice.input', { field: 'issuedOn' }, ['input', 'issuedOn']));
  for (const field of definition.inputs) {
    const value = input[field];
    if (field === 'responsibleAgency') continue;
    const fromCase = field === 'reason' ? state.decision?.reason : undefined;
    if ((typeof value !== 'string' || value.trim() === '') && fromCase == null) {
      issues.push(createIssue('notice.input', { field }, ['input', field]));
    }
  }
  if (issues.length > 0) return { success: false, issues };

  const consultation = state.consultations[state.consultations.length - 1];
  const context: NoticeContext = {
    applicantName: state.applicant?.name ?? '',
    receivedOn: date(state.receivedOn),
    request: state.request?.description ?? '',
    dueOn: date(state.dueOn),
    clarificationItems: state.clarification?.items ?? [],
    clarificationRequestedOn: date(state.clarification?.requestedOn),
    clarificationDueOn: date(state.clarification?.dueOn),
    extensionWorkdays: state.extension?.workdays ?? 0,
    consultationReplyDueOn: date(consultation?.replyDueOn),
    feeAmount: state.fee === null ? '' : state.fee.amount.toFixed(2).replace(/\.00$/, ''),
    feeMethod: state.fee?.method === 'per-page' ? '按量' : '按件',
    feeNoticeOn: date(state.fee?.noticeOn),
    feeDueOn: date(state.fee?.dueOn),
    deferralUntil: date(state.deferral?.until),
    deferralReason: state.deferral?.reason ?? '',
    disclosedParts: state.decision?.disclosedParts ?? [],
    citations: state.outcome === null ? definition.citations : OUTCOMES[state.outcome].citations,
    howToObtain: input.howToObtain ?? '',
    reason: input.reason ?? state.decision?.reason ?? '',
    responsibleAgency: input.responsibleAgency ?? '',
    thirdPartyName: input.thirdPartyName ?? '',
    informationToDisclose: input.informationToDisclose ?? '',
    legalBasis: input.legalBasis ?? '',
    channelForPetition: input.channelForPetition ?? '',
  };
  const toParty =
    kind === 'thirdPartyConsultationLetter' ||
    kind === 'agencyConsultationLetter' ||
    kind === 'thirdPartyDisclosureNotice';
  const paragraphs = [...NOTICE_PARAGRAPHS[kind](context), ...(definition.remedy ? [REMEDY] : [])];
  return {
    success: true,
    notice: {
      kind,
      title: definition.title,
      ...(input.noticeNo === undefined ? {} : { noticeNo: input.noticeNo }),
      addressee: toParty ? context.thirdPartyName : context.applicantName,
      paragraphs,
      agency: input.agency,
      issuedOn: input.issuedOn as LocalDate,
      citations: definition.citations,
    },
  };
}

/**
 * Renders a notice as plain text, laid out as an official letter.
 * @param notice - a built notice
 * @returns the text
 */
export function renderNoticeText(notice: Notice): string {
  const lines = [
    notice.title,
    ...(notice.noticeNo === undefined ? [] : [notice.noticeNo]),
    '',
    `${notice.addressee}：`,
  ];
  for (const paragraph of notice.paragraphs) lines.push(`\u3000\u3000${paragraph}`);
  lines.push('', notice.agency.name, formatChineseDate(notice.issuedOn));
  const contact = [notice.agency.address, notice.agency.phone].filter((part) => part !== undefined && part !== '');
  if (contact.length > 0) lines.push(`（联系方式：${contact.join('，')}）`);
  return `${lines.join('\n')}\n`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * Renders a notice as an HTML fragment (printable; style it with the `gk-notice` classes).
 * @param notice - a built notice
 * @returns the HTML, every value escaped
 */
export function renderNoticeHtml(notice: Notice): string {
  const contact = [notice.agency.address, notice.agency.phone].filter((part) => part !== undefined && part !== '');
  return [
    `<article class="gk-notice" lang="zh-CN" data-kind="${notice.kind}">`,
    `<h1 class="gk-notice-title">${escape(notice.title)}</h1>`,
    ...(notice.noticeNo === undefined ? [] : [`<p class="gk-notice-number">${escape(notice.noticeNo)}</p>`]),
    `<p class="gk-notice-addressee">${escape(notice.addressee)}：</p>`,
    ...notice.paragraphs.map((p) => `<p class="gk-notice-body">${escape(p)}</p>`),
    `<p class="gk-notice-signature">${escape(notice.agency.name)}<br>${formatChineseDate(notice.issuedOn)}</p>`,
    ...(contact.length > 0 ? [`<p class="gk-notice-contact">联系方式：${escape(contact.join('，'))}</p>`] : []),
    '</article>',
  ].join('\n');
}
