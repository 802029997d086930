// 政务新媒体: the registry of an agency's accounts (微信公众号, 微博, 抖音 …) with each account's
// history — opened, renamed, its person responsible changed, suspended, resumed, merged, closed — the
// approval each step needs, and the checks an office runs on the registry: accounts not updated within
// a set period and accounts without a person responsible. What an account posts is reviewed as the
// portal's texts are (scanText and the shared lexicon of @gk/attribute-review).
import type { ReviewFinding, ScanOptions } from '@gk/attribute-review';
import { scanText } from '@gk/attribute-review';
import type { IssueUnion, LocalDate } from '@gk/core';
import { createIssue, daysBetween, isLocalDate } from '@gk/core';
import type { NewMediaIssueParams } from './issues.js';

/** The platforms an account runs on. */
export const NEW_MEDIA_PLATFORMS = [
  'wechat',
  'weibo',
  'douyin',
  'kuaishou',
  'toutiao',
  'app',
  'miniProgram',
  'other',
] as const;
/** One of {@link NEW_MEDIA_PLATFORMS}. */
export type NewMediaPlatform = (typeof NEW_MEDIA_PLATFORMS)[number];

/** The platforms' names as the registry prints them. */
export const NEW_MEDIA_PLATFORM_LABELS: Readonly<Record<NewMediaPlatform, string>> = {
  wechat: '微信公众号',
  weibo: '微博',
  douyin: '抖音',
  kuaishou: '快手',
  toutiao: '今日头条',
  app: '移动客户端',
  miniProgram: '小程序',
  other: '其他平台',
};

/** Where an account stands. */
export const NEW_MEDIA_STATUSES = ['operating', 'suspended', 'merged', 'closed'] as const;
/** One of {@link NEW_MEDIA_STATUSES}. */
export type NewMediaStatus = (typeof NEW_MEDIA_STATUSES)[number];

/** Who approved a step (the agency's head, the office it reports to) and the document, if any. */
export interface NewMediaApproval {
  readonly by: string;
  readonly documentNo?: string;
}

/** The person who answers for an account. */
export interface NewMediaResponsible {
  readonly name: string;
  readonly phone?: string;
}

/** What every step of an account's history has: its type and day. */
export interface NewMediaStep<T extends string> {
  readonly type: T;
  /** The day, `YYYY-MM-DD`. */
  readonly on: string;
}
/** A step that changes an account's standing, with the approval it needs. */
export interface NewMediaApprovedStep<T extends string> extends NewMediaStep<T> {
  readonly approval?: NewMediaApproval;
}

/** One step of an account's history. */
export type NewMediaEvent =
  | (NewMediaApprovedStep<'opened'> & {
      readonly platform: NewMediaPlatform;
      readonly name: string;
      readonly responsible?: NewMediaResponsible;
    })
  | (NewMediaApprovedStep<'renamed'> & { readonly name: string })
  | (NewMediaStep<'responsibleChanged'> & { readonly responsible: NewMediaResponsible | null })
  | NewMediaStep<'posted'>
  | (NewMediaApprovedStep<'suspended'> & { readonly reason: string })
  | NewMediaApprovedStep<'resumed'>
  | (NewMediaApprovedStep<'merged'> & { readonly into: string })
  | (NewMediaApprovedStep<'closed'> & { readonly reason: string });

/** One of the steps' types. */
export type NewMediaEventType = NewMediaEvent['type'];

/** The steps' names, as a registry's history reads them. */
export const NEW_MEDIA_EVENT_ZH: Readonly<Record<NewMediaEventType, string>> = {
  opened: '开设',
  renamed: '变更名称',
  responsibleChanged: '变更责任人',
  posted: '发布信息',
  suspended: '暂停运维',
  resumed: '恢复运维',
  merged: '整合',
  closed: '关停',
};

/** An issue of the registry: a step out of place, a missing approval, a stale account. */
export type NewMediaIssue = IssueUnion<NewMediaIssueParams>;

/** An account as its history leaves it. */
export interface NewMediaAccount {
  /** The account's id in the registry. */
  readonly id: string;
  /** The operating agency. */
  readonly agencyId: string;
  /** Where it runs (微信公众号, 微博, 抖音 …), or `null` before it is opened. */
  readonly platform: NewMediaPlatform | null;
  /** The account's name as shown on the platform, or `null` before it is opened. */
  readonly name: string | null;
  /** `operating`, `suspended`, `merged` or `closed` (`NewMediaStatus`). */
  readonly status: NewMediaStatus;
  /** The person responsible for it (name, telephone), or `null` before it is opened. */
  readonly responsible: NewMediaResponsible | null;
  /** The day it was opened, or `null`. */
  readonly openedOn: LocalDate | null;
  /** The last day it posted (or opened, when it never posted). */
  readonly lastUpdatedOn: LocalDate | null;
  /** The day it was closed, or `null`. */
  readonly closedOn: LocalDate | null;
  /** For a merged account, the account it was merged into. */
  readonly mergedInto: string | null;
  /** Each step as recorded, names and all, for the account's page. */
  readonly history: readonly NewMediaEvent[];
  /** Steps out of place and steps without their approval. */
  readonly issues: readonly NewMediaIssue[];
}

/** The most steps read of one account. */
export const MAX_NEW_MEDIA_EVENTS = 2_000;

/** Which statuses each step may follow. */
const ALLOWED_FROM: Readonly<Record<NewMediaEventType, readonly NewMediaStatus[]>> = {
  opened: [],
  renamed: ['operating', 'suspended'],
  responsibleChanged: ['operating', 'suspended'],
  posted: ['operating'],
  suspended: ['operating'],
  resumed: ['suspended'],
  merged: ['operating', 'suspended'],
  closed: ['operating', 'suspended'],
};
const NEEDS_APPROVAL: ReadonlySet<NewMediaEventType> = new Set([
  'opened',
  'renamed',
  'suspended',
  'resumed',
  'merged',
  'closed',
]);

/**
 * An account's standing from its history. Each step that opens, merges (整合), renames (变更) or closes
 * (关停) an account needs an approval — the 宁夏 plan's 开设、整合、变更、关停流程 (seed 003); who
 * approves is local practice. A step without one, or out of place (a post on a closed account), is
 * reported and the step still recorded, never dropped.
 * @param id - the account's id in the registry
 * @param agencyId - the operating agency
 * @param events - its steps, oldest first
 */
export function evaluateNewMediaAccount(
  id: string,
  agencyId: string,
  events: readonly NewMediaEvent[],
): NewMediaAccount {
  const issues: NewMediaIssue[] = [];
  const list: readonly NewMediaEvent[] = Array.isArray(events)
    ? (events as readonly NewMediaEvent[]).slice(0, MAX_NEW_MEDIA_EVENTS)
    : [];
  if (!Array.isArray(events)) issues.push(createIssue('newMedia.notList', {}, ['events']));
  else if (events.length > MAX_NEW_MEDIA_EVENTS)
    issues.push(createIssue('newMedia.tooMany', { limit: MAX_NEW_MEDIA_EVENTS }, ['events']));
  let state: Omit<NewMediaAccount, 'history' | 'issues' | 'id' | 'agencyId'> = {
    platform: null,
    name: null,
    status: 'operating',
    responsible: null,
    openedOn: null,
    lastUpdatedOn: null,
    closedOn: null,
    mergedInto: null,
  };
  let opened = false;
  let previousOn: string | null = null;
  for (const [i, event] of list.entries() as Iterable<[number, NewMediaEvent | null]>) {
    const path = ['events', i];
    if (
      typeof event !== 'object' ||
      event === null ||
      !Object.hasOwn(ALLOWED_FROM, event.type) ||
      !isLocalDate(event.on)
    ) {
      const type: unknown = (event as { type?: unknown } | null)?.type;
      issues.push(createIssue('newMedia.step', { type: typeof type === 'string' ? type.slice(0, 40) : '' }, path));
      continue;
    }
    if (previousOn !== null && event.on < previousOn)
      issues.push(createIssue('newMedia.outOfOrder', { previousOn }, [...path, 'on'], 'warning'));
    previousOn = event.on;
    const placeOk = event.type === 'opened' ? !opened : opened && ALLOWED_FROM[event.type].includes(state.status);
    if (!placeOk)
      issues.push(
        createIssue('newMedia.stepOutOfPlace', { type: event.type, status: opened ? state.status : 'notOpened' }, path),
      );
    const approver: unknown = (event as NewMediaApprovedStep<string>).approval?.by;
    if (NEEDS_APPROVAL.has(event.type) && (typeof approver !== 'string' || approver.trim() === ''))
      issues.push(createIssue('newMedia.approvalMissing', { type: event.type }, [...path, 'approval']));
    const bad = badField(event);
    if (bad !== undefined) issues.push(createIssue('newMedia.field', { field: bad }, [...path, bad]));
    if (!placeOk || bad !== undefined) continue;
    state = apply(state, event);
    if (event.type === 'opened') opened = true;
  }
  if (!opened) issues.push(createIssue('newMedia.notOpened', {}, ['events']));
  return { id, agencyId, ...state, history: list, issues };
}

/** The most characters of an account's name, a reason or a person's name. */
const MAX_TEXT = 200;
const isText = (value: unknown): boolean =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;

/** The first field a step needs that it lacks or holds malformed. */
function badField(event: NewMediaEvent): string | undefined {
  const responsibleOk = (r: NewMediaResponsible | null | undefined): boolean =>
    r === undefined || r === null || (typeof r === 'object' && isText(r.name));
  switch (event.type) {
    case 'opened':
      if (!(NEW_MEDIA_PLATFORMS as readonly string[]).includes(event.platform)) return 'platform';
      if (!isText(event.name)) return 'name';
      return responsibleOk(event.responsible) ? undefined : 'responsible';
    case 'renamed':
      return isText(event.name) ? undefined : 'name';
    case 'responsibleChanged':
      return responsibleOk(event.responsible) ? undefined : 'responsible';
    case 'merged':
      return isText(event.into) ? undefined : 'into';
    case 'suspended':
    case 'closed':
      return isText(event.reason) ? undefined : 'reason';
    default:
      return undefined;
  }
}

function apply(
  state: Omit<NewMediaAccount, 'history' | 'issues' | 'id' | 'agencyId'>,
  event: NewMediaEvent,
): Omit<NewMediaAccount, 'history' | 'issues' | 'id' | 'agencyId'> {
  // Checked by the caller (isLocalDate).
  const on = event.on as LocalDate;
  switch (event.type) {
    case 'opened':
      return {
        ...state,
        platform: event.platform,
        name: event.name,
        responsible: event.responsible ?? null,
        openedOn: on,
        lastUpdatedOn: on,
      };
    case 'renamed':
      return { ...state, name: event.name };
    case 'responsibleChanged':
      return { ...state, responsible: event.responsible };
    case 'posted':
      return { ...state, lastUpdatedOn: on };
    case 'suspended':
      return { ...state, status: 'suspended' };
    case 'resumed':
      return { ...state, status: 'operating' };
    case 'merged':
      return { ...state, status: 'merged', mergedInto: event.into, closedOn: on };
    case 'closed':
      return { ...state, status: 'closed', closedOn: on };
  }
}

/** Local practice for {@link checkNewMediaRegistry}. */
export interface NewMediaSettings {
  /**
   * Days an operating account may go without posting: 14 by default, after the State Council's
   * inspection indicators for government new media (国办秘函〔2019〕19号), which fail an account not
   * updated for two weeks. 市中区's plan (seed 004) asks that accounts left unmaintained be closed.
   */
  readonly staleDays?: number;
}

/** Options of {@link checkNewMediaRegistry}. */
export interface NewMediaCheckOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
  readonly settings?: NewMediaSettings;
}

/** The default of {@link NewMediaSettings.staleDays}. */
export const DEFAULT_STALE_DAYS = 14;

/**
 * Checks a registry as of today: each operating account not updated within the set period
 * (`newMedia.stale`, with the advice to update it or close it) and each open account without a person
 * responsible (`newMedia.noResponsible`); the accounts' own issues are kept on the accounts.
 * @param accounts - the registry ({@link evaluateNewMediaAccount} of each)
 * @param options - today and the period
 * @returns the findings, each with the account's id as its path
 */
export function checkNewMediaRegistry(
  accounts: readonly NewMediaAccount[],
  options: NewMediaCheckOptions,
): NewMediaIssue[] {
  const today = options.today;
  if (!isLocalDate(today)) return [createIssue('newMedia.today', { value: String(today) }, ['today'])];
  const limit = options.settings?.staleDays ?? DEFAULT_STALE_DAYS;
  const found: NewMediaIssue[] = [];
  for (const account of accounts) {
    if (account.status === 'closed' || account.status === 'merged') continue;
    if (account.responsible === null || account.responsible.name.trim() === '')
      found.push(createIssue('newMedia.noResponsible', { name: account.name ?? account.id }, [account.id]));
    if (account.status === 'operating' && account.lastUpdatedOn !== null) {
      const days = daysBetween(account.lastUpdatedOn, today);
      if (days > limit)
        found.push(
          createIssue(
            'newMedia.stale',
            { name: account.name ?? account.id, lastUpdatedOn: account.lastUpdatedOn, days, limit },
            [account.id],
          ),
        );
    }
  }
  return found;
}

/**
 * Reviews a text before an account posts it, as the portal's texts are reviewed: `scanText` with the
 * shared lexicon (personal data, secrecy marks, sensitive terms …).
 * @param text - the post
 * @param options - what `scanText` takes
 * @returns the findings, where they are in the text
 */
export function reviewNewMediaPost(text: string, options: ScanOptions = {}): ReviewFinding[] {
  return scanText(text, options);
}
