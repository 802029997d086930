// evaluatePublication: a publication's state as a fold of its events, with the findings a reviewer of
// the procedure would make, each with the article or document it applies.
import type { AttributeReason, DisclosureAttribute } from '@gk/attribute-review';
import { GROUND_CITATIONS } from '@gk/attribute-review';
import type { IssuePath, LegalCitation, LocalDate } from '@gk/core';
import { cite, createIssue } from '@gk/core';
import type {
  PublicationEvent,
  PublicationEventType,
  PublicationMetadata,
  PublicationRole,
  Validity,
} from './events.js';
import type { PublicationFinding, PublicationFindingParams, PublicationIssue } from './issues.js';
import { MAX_PUBLICATION_EVENTS, safeParsePublicationEvent } from './parse.js';

/** Where a publication stands. */
export type PublicationStatus =
  | 'notDrafted'
  | 'drafted'
  /** 依申请公开 or 不予公开: it stops here, with its reasons. */
  | 'notForPublication'
  | 'determined'
  | 'reviewed'
  | 'approved'
  | 'published'
  | 'withdrawn';

/** A version as the public saw it: the first publication, then each update. */
export interface PublishedVersion {
  /** 1 for the first publication. */
  readonly version: number;
  readonly publishedOn: LocalDate;
  /** The day the information was formed or changed: its time limit counts from here. */
  readonly formedOn: LocalDate;
  /** 变更说明, for an update. */
  readonly note?: string;
}

/** A publication as its events leave it. */
export interface PublicationState {
  /** Where the publication stands: `drafted`, `notForPublication`, `determined`, `reviewed`, `approved`, `published` … (`PublicationStatus`). */
  readonly status: PublicationStatus;
  /** 索引号, from the draft (see `nextIndexNo`). */
  readonly indexNo: string | null;
  /** The current metadata, with every update applied. */
  readonly metadata: PublicationMetadata | null;
  /** The disclosure attribute determined at the source (主动公开, 依申请公开, 不予公开), or `null` before. */
  readonly attribute: DisclosureAttribute | null;
  /** The reasons for 依申请公开 or 不予公开, each tied to its article. */
  readonly attributeReasons: readonly AttributeReason[];
  /** Review findings neither fixed nor kept with a reason. */
  readonly unsettledFindings: number;
  /** The day the pre-publication review (第十七条) was recorded. */
  readonly reviewedOn: LocalDate | null;
  /** The day publication was approved. */
  readonly approvedOn: LocalDate | null;
  /** The first publication day. */
  readonly publishedOn: LocalDate | null;
  /** Each published version: its day, its metadata and its change note. */
  readonly versions: readonly PublishedVersion[];
  /** 有效性: in force, expired or repealed, since when, and the document that repealed it. */
  readonly validity: { readonly state: Validity; readonly since: LocalDate | null; readonly repealedBy?: string };
  /** The withdrawal (撤回) and its reason, kept on file, or `null`. */
  readonly withdrawn: { readonly on: LocalDate; readonly reason: string } | null;
  /** The policy interpretations (政策解读) published with it. */
  readonly interpretationIds: readonly string[];
  /** Why a policy document needing interpretation has none (国办发〔2016〕80号), or `null`. */
  readonly noInterpretationReason: string | null;
  /** Procedural findings, each with the article or document it applies. */
  readonly findings: readonly PublicationFinding[];
  /** Problems of the events themselves (unknown types, missing fields), by event. */
  readonly issues: readonly PublicationIssue[];
}

/** Local practice, as settings with documented defaults. */
export interface PublicationSettings {
  /** The roles that may approve publication: the head (负责人) by default. */
  readonly approverRoles?: readonly PublicationRole[];
}

/** Options of {@link evaluatePublication}. */
export interface EvaluatePublicationOptions {
  readonly settings?: PublicationSettings;
}

/** The articles and documents the findings apply. */
export const PUBLICATION_CITATIONS: {
  /** 公开为常态、不公开为例外: the exceptions of 第十四条至第十六条. */
  readonly notProactive: LegalCitation;
  /** 发布前审查 (保密审查). */
  readonly review: LegalCitation;
  /** 及时公开: 20 workdays from the day the information is formed or changed. */
  readonly timeliness: LegalCitation;
} = {
  notProactive: cite('regulation', 13),
  review: cite('regulation', 17),
  timeliness: cite('regulation', 26),
};

const R80 = { law: 'openGovernmentRules2016' } as const;

const ROLE_NAMES: Readonly<Record<PublicationRole, string>> = {
  drafter: '拟稿人',
  reviewer: '审查人',
  head: '负责人',
  publisher: '信息发布员',
  system: '系统',
};

interface Draft {
  status: PublicationStatus;
  indexNo: string | null;
  metadata: PublicationMetadata | null;
  attribute: DisclosureAttribute | null;
  attributeReasons: readonly AttributeReason[];
  unsettledFindings: number;
  reviewedOn: LocalDate | null;
  approvedOn: LocalDate | null;
  publishedOn: LocalDate | null;
  versions: PublishedVersion[];
  validity: { state: Validity; since: LocalDate | null; repealedBy?: string };
  withdrawn: { on: LocalDate; reason: string } | null;
  interpretationIds: readonly string[];
  noInterpretationReason: string | null;
  previousOn: LocalDate | null;
}

type Find = <C extends keyof PublicationFindingParams>(
  code: C,
  params: PublicationFindingParams[C],
  path: IssuePath,
  rule?: { citation?: LegalCitation; reference?: typeof R80 },
) => void;

/** The status before publication, from what has happened so far. */
function preStatus(d: Draft): PublicationStatus {
  if (d.attribute !== null && d.attribute !== 'proactive') return 'notForPublication';
  if (d.approvedOn !== null) return 'approved';
  if (d.reviewedOn !== null) return 'reviewed';
  if (d.attribute !== null) return 'determined';
  return 'drafted';
}

function publish(d: Draft, event: Extract<PublicationEvent, { type: 'published' }>, path: IssuePath, find: Find): void {
  const on = event.on as LocalDate;
  if (d.publishedOn !== null) {
    find('finding.publishedRepeated', {}, path);
    return;
  }
  if (d.attribute === null) find('finding.publishedWithoutDetermination', {}, path, { reference: R80 });
  else if (d.attribute !== 'proactive') {
    const grounds = d.attributeReasons.flatMap((reason) => GROUND_CITATIONS[reason.ground]);
    find('finding.notProactive', { attribute: d.attribute }, path, {
      citation: grounds[0] ?? PUBLICATION_CITATIONS.notProactive,
    });
  }
  if (d.reviewedOn === null)
    find('finding.publishedWithoutReview', {}, path, { citation: PUBLICATION_CITATIONS.review });
  else if (d.unsettledFindings > 0)
    find('finding.reviewUnsettled', { count: d.unsettledFindings }, path, { citation: PUBLICATION_CITATIONS.review });
  if (d.approvedOn === null) find('finding.publishedWithoutApproval', {}, path);
  const metadata = d.metadata;
  const interpretationIds = event.interpretationIds ?? [];
  const policy = metadata?.needsInterpretation === true;
  if (policy && interpretationIds.length === 0 && event.noInterpretationReason === undefined)
    find('finding.interpretationMissing', {}, path, { reference: R80 });
  if (metadata !== null && on < metadata.formedOn)
    find('finding.publishedBeforeFormed', { formedOn: metadata.formedOn }, path);
  d.publishedOn = on;
  d.interpretationIds = interpretationIds;
  d.noInterpretationReason = event.noInterpretationReason ?? null;
  d.versions.push({ version: 1, publishedOn: on, formedOn: (metadata?.formedOn ?? on) as LocalDate });
  d.status = 'published';
}

/** Applies one well-formed event. */
function apply(d: Draft, event: PublicationEvent, path: IssuePath, find: Find, settings: PublicationSettings): void {
  const on = event.on as LocalDate;
  const published = d.publishedOn !== null;
  switch (event.type) {
    case 'drafted':
      return;
    case 'attributeDetermined':
      d.attribute = event.attribute;
      d.attributeReasons = event.reasons ?? [];
      break;
    case 'reviewed':
      d.reviewedOn = on;
      d.unsettledFindings = event.findings.filter(
        (f) => f.resolution === 'accepted' && (f.reason === undefined || f.reason.trim() === ''),
      ).length;
      break;
    case 'approved': {
      const allowed = settings.approverRoles ?? ['head'];
      const role = event.actor.role;
      if (role === undefined || !allowed.includes(role))
        find(
          'finding.approverRole',
          { role: role ?? 'unknown', allowed: allowed.map((r) => ROLE_NAMES[r]).join('或') },
          [...path, 'actor'],
        );
      d.approvedOn = on;
      break;
    }
    case 'published':
      publish(d, event, path, find);
      return;
    case 'updated':
    case 'validityChanged':
      if (!published) {
        find('finding.changedBeforePublication', { type: event.type }, path);
        return;
      }
      if (event.type === 'validityChanged') {
        d.validity = {
          state: event.validity,
          since: event.effectiveOn as LocalDate,
          ...(event.repealedBy === undefined ? {} : { repealedBy: event.repealedBy }),
        };
        return;
      }
      d.metadata = d.metadata === null ? null : { ...d.metadata, ...event.changes };
      d.versions.push({
        version: d.versions.length + 1,
        publishedOn: on,
        formedOn: (event.changes.formedOn ?? on) as LocalDate,
        note: event.note,
      });
      return;
    case 'withdrawn':
      d.withdrawn = { on, reason: event.reason };
      d.status = 'withdrawn';
      return;
    default:
      return event satisfies never;
  }
  if (!published) d.status = preStatus(d);
}

/**
 * Folds a publication's events into its state: the record and its versions, the attribute (依申请公开
 * and 不予公开 stop before publication), the review (条例第十七条), the approval, the publication with
 * its interpretation (国办发〔2016〕80号), updates, validity and withdrawal. Malformed events are
 * `issues` and skipped; procedural problems are `findings` with their article or document. Time limits
 * against the catalogue are {@link checkTimeliness}'s job. It never throws on event data.
 * @param events - the events, in the order they were recorded
 * @param options - local settings
 * @returns the state
 */
export function evaluatePublication(
  events: readonly PublicationEvent[],
  options: EvaluatePublicationOptions = {},
): PublicationState {
  const issues: PublicationIssue[] = [];
  const findings: PublicationFinding[] = [];
  const find: Find = (code, params, path, rule = {}) => {
    const issue = createIssue(code, params, path);
    findings.push({ ...issue, ...rule } as PublicationFinding);
  };
  const list: readonly unknown[] = Array.isArray(events) ? events : [];
  if (!Array.isArray(events)) issues.push(createIssue('events.notList', {}, ['events']));
  if (list.length > MAX_PUBLICATION_EVENTS)
    issues.push(createIssue('events.tooMany', { limit: MAX_PUBLICATION_EVENTS }, ['events']));
  const d: Draft = {
    status: 'notDrafted',
    indexNo: null,
    metadata: null,
    attribute: null,
    attributeReasons: [],
    unsettledFindings: 0,
    reviewedOn: null,
    approvedOn: null,
    publishedOn: null,
    versions: [],
    validity: { state: 'valid', since: null },
    withdrawn: null,
    interpretationIds: [],
    noInterpretationReason: null,
    previousOn: null,
  };
  const settings = options.settings ?? {};
  for (const [index, raw] of list.slice(0, MAX_PUBLICATION_EVENTS).entries()) {
    const path: IssuePath = ['events', index];
    const parsed = safeParsePublicationEvent(raw, path);
    if (!parsed.success) {
      issues.push(...parsed.issues);
      continue;
    }
    const event = parsed.data;
    const on = event.on as LocalDate;
    if (d.previousOn !== null && on < d.previousOn) find('finding.outOfOrder', { previousOn: d.previousOn }, path);
    if (d.previousOn === null || on > d.previousOn) d.previousOn = on;
    if (event.type === 'drafted') {
      if (d.metadata !== null) find('finding.draftedRepeated', {}, path);
      else {
        d.indexNo = event.indexNo;
        d.metadata = event.metadata;
        d.status = 'drafted';
      }
      continue;
    }
    if (d.metadata === null) {
      find('finding.beforeDraft', { type: event.type }, path);
      continue;
    }
    if (d.withdrawn !== null) {
      find('finding.afterWithdrawal', { type: event.type satisfies PublicationEventType }, path);
      continue;
    }
    apply(d, event, path, find, settings);
  }
  if (d.metadata === null) issues.push(createIssue('drafted.missing', {}, ['events']));
  const { previousOn: _previousOn, ...state } = d;
  return { ...state, findings, issues };
}
