import type { LegalCitation, LocalDate } from '@gk/core';
import { createIssue, describeValue, escapeHtml, formatCitation } from '@gk/core';
import type { CaseState } from '../case-state.js';
import type { Outcome } from '../outcomes.js';
import { OUTCOMES } from '../outcomes.js';
import type { RequestIssue } from '../request-issues.js';
import type { NoticeDate, NoticeDefinition, NoticeKind, NoticePrerequisite } from './kinds.js';
import { NOTICE_KINDS, REMEDY_CITATIONS } from './kinds.js';
import { NOTICES } from './registry.js';
import type { NoticeContext } from './texts.zh-CN.js';
import { NOTICE_PARAGRAPHS, PROVISIONAL_NOTE, remedyParagraph } from './texts.zh-CN.js';

export type { Notice, NoticeAgency, NoticeInput, NoticeResult } from './notice-types.js';
import type { Notice, NoticeInput, NoticeResult } from './notice-types.js';

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
    case 'reasonRequest':
      return state.reasonRequestedOn !== null;
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
 * notices once decided — each only once the case holds what it states (a receipt needs its due date).
 * Each can be built with {@link buildNotice} (given the facts it asks for).
 * @param state - the evaluated case
 * @returns the kinds, in the registry's order
 */
export function noticeKindsFor(state: CaseState): NoticeKind[] {
  if (state.receivedOn === null) return [];
  const parties = new Set(state.consultations.map((consultation) => consultation.party));
  const steps: Partial<Record<NoticeKind, boolean>> = {
    registrationReceipt: true,
    clarificationNotice: state.clarification !== null,
    thirdPartyConsultationLetter: parties.has('thirdParty'),
    agencyConsultationLetter: parties.has('agency'),
    extensionNotice: state.extension !== null,
    reasonRequestNotice: state.reasonRequestedOn !== null,
    deferralNotice: state.deferral !== null,
    feeNotice: state.fee !== null,
  };
  // Only what can be built now: a receipt whose due date is not known yet (a clarification asked for on
  // the day of receipt) is offered again once the date is known.
  return NOTICE_KINDS.filter(
    (kind) =>
      (steps[kind] === true || (state.outcome !== null && NOTICES[kind].outcome === state.outcome)) &&
      NOTICES[kind].requires.every((what) => has(state, what)) &&
      dateOf(state, NOTICES[kind].datedBy) !== null,
  );
}

/** The case's day a notice is dated by. */
function dateOf(state: CaseState, datedBy: NoticeDate): LocalDate | null {
  switch (datedBy) {
    case 'receivedOn':
      return state.receivedOn;
    case 'clarificationRequestedOn':
      return state.clarification?.requestedOn ?? null;
    case 'consultationStartedOn':
      return state.consultations[state.consultations.length - 1]?.startedOn ?? null;
    case 'extensionApprovedOn':
      return state.extension?.approvedOn ?? null;
    case 'reasonRequestedOn':
      return state.reasonRequestedOn;
    case 'deferralSetOn':
      return state.deferral?.setOn ?? null;
    case 'feeNoticeOn':
      return state.fee?.noticeOn ?? null;
    case 'decidedOn':
      return state.decision?.decidedOn ?? null;
    case 'concludedOn':
      return state.concludedOn;
    default:
      return datedBy satisfies never;
  }
}

/** The dates a notice of a kind states, each with whether it is provisional. */
function statedDates(kind: NoticeKind, state: CaseState): [LocalDate | null, boolean][] {
  const consultation = state.consultations[state.consultations.length - 1];
  switch (kind) {
    case 'registrationReceipt':
      return [[state.dueOn, state.dueOnProvisional]];
    case 'extensionNotice':
      return [[state.extension?.dueOn ?? null, state.extension?.dueOnProvisional ?? false]];
    case 'clarificationNotice':
    case 'clarificationLapsedNotice':
      return [[state.clarification?.dueOn ?? null, state.clarification?.dueOnProvisional ?? false]];
    case 'thirdPartyConsultationLetter':
    case 'agencyConsultationLetter':
      // The letter states the reply date only once the party's receipt is known.
      return consultation?.receivedOn == null ? [] : [[consultation.replyDueOn, consultation.replyDueOnProvisional]];
    case 'feeNotice':
    case 'feeLapsedNotice':
      return [[state.fee?.dueOn ?? null, state.fee?.dueOnProvisional ?? false]];
    default:
      return [];
  }
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';
const same = (a: LegalCitation, b: LegalCitation): boolean => formatCitation(a) === formatCitation(b);

/**
 * Builds a standard notice from a case's state and the facts a person supplies. Dates, deadlines,
 * amounts, the decision and its articles come from the state only, so a notice cannot state a wrong
 * deadline; it is dated by the day of the step it records. A deadline counted over provisional
 * calendar days carries the note 暂按法定节假日推算，以国务院公布的放假安排为准. A notice that decides
 * something ends with its remedy: 不予公开 goes first to the agency's 行政复议机关 (行政复议法第二十三条),
 * other answers name the 行政复议机关 (60 days) and the court (6 months, 行政诉讼法第四十六条).
 * @param kind - the notice kind
 * @param state - the evaluated case
 * @param input - the agency (with its 行政复议机关) and the kind's required facts
 * @returns the notice, or the issues that prevent it (missing facts, a case not at that step, an outcome that does not match)
 * @example
 * ```ts
 * const result = buildNotice('extensionNotice', state, { agency: { name: '某县人民政府办公室', reconsiderationBody: '某县人民政府' } });
 * if (result.success) console.log(renderNoticeText(result.notice));
 * ```
 */
export function buildNotice(kind: NoticeKind, state: CaseState, input: NoticeInput): NoticeResult {
  // Own keys only: `constructor` or `__proto__` is an unknown kind, not Object's.
  const definition =
    typeof kind === 'string' && Object.hasOwn(NOTICES, kind)
      ? (NOTICES as Partial<Record<string, NoticeDefinition>>)[kind]
      : undefined;
  if (definition === undefined)
    return { success: false, issues: [createIssue('notice.kind', { received: describeValue(kind) }, ['kind'])] };
  const issues: RequestIssue[] = [];
  for (const what of definition.requires) {
    if (!has(state, what)) issues.push(createIssue('notice.caseMissing', { what }, ['state', what]));
  }
  if (definition.outcome !== undefined && state.outcome !== null && state.outcome !== definition.outcome) {
    issues.push(
      createIssue('notice.outcome', { expected: definition.outcome, actual: state.outcome }, ['state', 'outcome']),
    );
  }
  if (blank(input.agency.name)) issues.push(createIssue('notice.input', { field: 'agency' }, ['input', 'agency']));
  if (definition.remedy !== null && blank(input.agency.reconsiderationBody)) {
    issues.push(
      createIssue('notice.input', { field: 'reconsiderationBody' }, ['input', 'agency', 'reconsiderationBody']),
    );
  }
  // What the decision recorded fills what the person does not supply.
  const decision = state.decision;
  const facts: NoticeInput = {
    ...input,
    ...(blank(input.reason) && decision?.reason != null ? { reason: decision.reason } : {}),
    ...(blank(input.howToObtain) && decision?.howToObtain != null ? { howToObtain: decision.howToObtain } : {}),
    ...(blank(input.obtainTime) && decision?.obtainTime != null ? { obtainTime: decision.obtainTime } : {}),
    ...(blank(input.responsibleAgency) && decision?.responsibleAgency != null
      ? {
          responsibleAgency: decision.responsibleAgency.name,
          responsibleAgencyContact: decision.responsibleAgency.contact,
        }
      : {}),
  };
  for (const field of definition.inputs) {
    if (field === 'responsibleAgency' || field === 'responsibleAgencyContact') continue;
    if (blank(facts[field])) issues.push(createIssue('notice.input', { field }, ['input', field]));
  }
  // 能够确定负责公开的行政机关的，告知其名称、联系方式: one without the other is not enough.
  if (blank(facts.responsibleAgency) !== blank(facts.responsibleAgencyContact)) {
    const field = blank(facts.responsibleAgency) ? 'responsibleAgency' : 'responsibleAgencyContact';
    if (definition.inputs.includes(field)) issues.push(createIssue('notice.input', { field }, ['input', field]));
  }
  const issuedOn = dateOf(state, definition.datedBy);
  if (issues.length === 0 && issuedOn === null)
    issues.push(createIssue('notice.caseMissing', { what: definition.datedBy }, ['state', definition.datedBy]));
  if (issues.length > 0 || issuedOn === null) return { success: false, issues };

  const consultation = state.consultations[state.consultations.length - 1];
  const outcomeCitations = state.outcome === null ? [] : OUTCOMES[state.outcome].citations;
  const decisionCitations = definition.outcome === undefined ? [] : state.citations;
  const extraCitations = decisionCitations.filter((c) => !outcomeCitations.some((o) => same(o, c)));
  const provisionalDates = statedDates(kind, state)
    .filter(([day, provisional]) => day !== null && provisional)
    .map(([day]) => date(day));
  const context: NoticeContext = {
    applicantName: state.applicant?.name ?? '',
    receivedOn: date(state.receivedOn),
    request: state.request?.description ?? '',
    dueOn: date(state.dueOn),
    extensionDueOn: date(state.extension?.dueOn),
    clarificationItems: state.clarification?.items ?? [],
    clarificationRequestedOn: date(state.clarification?.requestedOn),
    clarificationDueOn: date(state.clarification?.dueOn),
    extensionWorkdays: state.extension?.workdays ?? 0,
    consultationReplyDueOn: consultation?.receivedOn == null ? '' : date(consultation.replyDueOn),
    reasonRequestedOn: date(state.reasonRequestedOn),
    feeAmount: state.fee === null ? '' : state.fee.amount.toFixed(2).replace(/\.00$/, ''),
    feeMethod: state.fee?.method === 'perPage' ? '按量' : '按件',
    feeNoticeOn: date(state.fee?.noticeOn),
    feeDueOn: date(state.fee?.dueOn),
    deferralUntil: date(state.deferral?.until),
    deferralReason: state.deferral?.reason ?? '',
    disclosedParts: state.decision?.disclosedParts ?? [],
    withheldParts: state.decision?.withheldParts ?? [],
    citations: decisionCitations.length > 0 ? decisionCitations : definition.citations,
    extraCitations,
    howToObtain: facts.howToObtain ?? '',
    obtainTime: facts.obtainTime ?? '',
    reason: facts.reason ?? '',
    responsibleAgency: facts.responsibleAgency ?? '',
    responsibleAgencyContact: facts.responsibleAgencyContact ?? '',
    thirdPartyName: facts.thirdPartyName ?? '',
    informationToDisclose: facts.informationToDisclose ?? '',
    legalBasis: facts.legalBasis ?? '',
    channelForPetition: facts.channelForPetition ?? '',
  };
  const toParty =
    kind === 'thirdPartyConsultationLetter' ||
    kind === 'agencyConsultationLetter' ||
    kind === 'thirdPartyDisclosureNotice';
  const remedy =
    definition.remedy === null
      ? []
      : [
          remedyParagraph(definition.remedy, {
            subject: kind === 'feeNotice' ? '收费决定' : kind === 'thirdPartyDisclosureNotice' ? '决定' : '答复',
            reconsiderationBody: input.agency.reconsiderationBody ?? '',
            court: blank(input.agency.court) ? '有管辖权的人民法院' : (input.agency.court ?? ''),
          }),
        ];
  const remedyCitations =
    definition.remedy === null
      ? []
      : definition.remedy === 'general'
        ? [REMEDY_CITATIONS.reconsiderationPeriod, REMEDY_CITATIONS.litigationPeriod]
        : [
            REMEDY_CITATIONS.reconsiderationFirst,
            REMEDY_CITATIONS.reconsiderationPeriod,
            REMEDY_CITATIONS.litigationPeriod,
          ];
  const paragraphs = [
    ...NOTICE_PARAGRAPHS[kind](context),
    ...(provisionalDates.length > 0 ? [PROVISIONAL_NOTE(provisionalDates)] : []),
    ...remedy,
  ];
  const citations = [...definition.citations];
  for (const citation of [...extraCitations, ...remedyCitations])
    if (!citations.some((c) => same(c, citation))) citations.push(citation);
  return {
    success: true,
    notice: {
      kind,
      title: definition.title,
      ...(input.noticeNo === undefined ? {} : { noticeNo: input.noticeNo }),
      addressee: toParty ? context.thirdPartyName : context.applicantName,
      paragraphs,
      agency: input.agency,
      issuedOn,
      citations,
    },
  };
}

/**
 * The notice's contact line, the same in every format (text, HTML, DOCX): 联系方式：address，phone.
 * @param notice - a built notice
 * @returns the line, or `null` when the agency gives neither address nor phone
 */
export function noticeContactLine(notice: Notice): string | null {
  const contact = [notice.agency.address, notice.agency.phone].filter(
    (part): part is string => part !== undefined && part.trim() !== '',
  );
  return contact.length === 0 ? null : `联系方式：${contact.join('，')}`;
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
  const contact = noticeContactLine(notice);
  if (contact !== null) lines.push(`（${contact}）`);
  return `${lines.join('\n')}\n`;
}

const escape = escapeHtml;

/**
 * Renders a notice as an HTML fragment (printable; style it with the `gk-notice` classes).
 * @param notice - a built notice
 * @returns the HTML, every value escaped
 */
export function renderNoticeHtml(notice: Notice): string {
  const contact = noticeContactLine(notice);
  return [
    `<article class="gk-notice" lang="zh-CN" data-kind="${notice.kind}">`,
    `<h1 class="gk-notice-title">${escape(notice.title)}</h1>`,
    ...(notice.noticeNo === undefined ? [] : [`<p class="gk-notice-number">${escape(notice.noticeNo)}</p>`]),
    `<p class="gk-notice-addressee">${escape(notice.addressee)}：</p>`,
    ...notice.paragraphs.map((p) => `<p class="gk-notice-body">${escape(p)}</p>`),
    `<p class="gk-notice-signature">${escape(notice.agency.name)}<br>${formatChineseDate(notice.issuedOn)}</p>`,
    ...(contact === null ? [] : [`<p class="gk-notice-contact">${escape(contact)}</p>`]),
    '</article>',
  ].join('\n');
}
