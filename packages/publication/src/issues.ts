import type { DocumentReference, IssueUnion, LegalCitation } from '@gk/core';

/** Malformed input: events, a record, an index number. */
export interface PublicationInputIssueParams {
  /** A publication's records must be a list; they cannot be read */
  'events.notList': Readonly<Record<never, never>>;
  /** A publication is read with at most {limit} records */
  'events.tooMany': { readonly limit: number };
  /** This record cannot be read (wrong format) */
  'event.notObject': Readonly<Record<never, never>>;
  /** Unknown step "{received}" */
  'event.type': { readonly received: string };
  /** The record's "{field}" is missing or invalid */
  'event.field': { readonly field: string };
  /** "{field}" takes at most {limit} characters */
  'event.tooLong': { readonly field: string; readonly limit: number };
  /** "{field}" takes at most {limit} entries */
  'event.tooManyItems': { readonly field: string; readonly limit: number };
  /** There is no draft record, so the index number and content are unknown */
  'drafted.missing': Readonly<Record<never, never>>;
  /** The index number pattern "{pattern}" is invalid: it needs {agencyCode}, {year} and {sequence} or {sequence:digits}, may have {category}, and fixed characters otherwise */
  'indexNo.pattern': { readonly pattern: string };
  /** The index number "{indexNo}" does not follow the agency's pattern "{pattern}" */
  'indexNo.format': { readonly indexNo: string; readonly pattern: string };
  /** The index number's {part} ("{value}") is invalid */
  'indexNo.part': { readonly part: string; readonly value: string };
  /** The index number "{indexNo}" is already used; index numbers are never reused */
  'indexNo.duplicate': { readonly indexNo: string };
  /** This year's index sequence is used up (at most {limit}) */
  'indexNo.exhausted': { readonly limit: number };
}

/** What a reviewer of the procedure would flag, each with the rule it applies. */
export interface PublicationFindingParams {
  /** This record is dated before the previous one ({previousOn}) */
  'finding.outOfOrder': { readonly previousOn: string };
  /** A "{type}" record comes before the draft */
  'finding.beforeDraft': { readonly type: string };
  /** A repeated draft record was ignored */
  'finding.draftedRepeated': Readonly<Record<never, never>>;
  /** The information was withdrawn, yet a "{type}" record follows */
  'finding.afterWithdrawal': { readonly type: string };
  /** The attribute is {attribute}; it must not be published proactively (Regulation Arts. 13–16) */
  'finding.notProactive': { readonly attribute: string };
  /** Published without a disclosure attribute (documents get theirs when drafted){R80} */
  'finding.publishedWithoutDetermination': Readonly<Record<never, never>>;
  /** Published without a pre-publication review (Regulation Art. 17) */
  'finding.publishedWithoutReview': Readonly<Record<never, never>>;
  /** {count} review finding(s) were neither fixed nor kept with a reason (Regulation Art. 17) */
  'finding.reviewUnsettled': { readonly count: number };
  /** Published without approval */
  'finding.publishedWithoutApproval': Readonly<Record<never, never>>;
  /** Approved by the {role}; approval is for the {allowed} */
  'finding.approverRole': { readonly role: string; readonly allowed: string };
  /** A policy was published without its interpretation and without a recorded reason{R80} */
  'finding.interpretationMissing': Readonly<Record<never, never>>;
  /** A repeated publication record: a new version is an update */
  'finding.publishedRepeated': Readonly<Record<never, never>>;
  /** The information is not published yet, so it cannot be "{type}" */
  'finding.changedBeforePublication': { readonly type: string };
  /** Published before the information was formed ({formedOn}) */
  'finding.publishedBeforeFormed': { readonly formedOn: string };
}

/** The 政务新媒体 registry: an account's history and the office's checks. */
export interface NewMediaIssueParams {
  /** An account's records must be a list; they cannot be read */
  'newMedia.notList': Readonly<Record<never, never>>;
  /** An account is read with at most {limit} records */
  'newMedia.tooMany': { readonly limit: number };
  /** A step that cannot be read: unknown type or no valid date. */
  'newMedia.step': { readonly type: string };
  /** This record is dated before the previous one ({previousOn}) */
  'newMedia.outOfOrder': { readonly previousOn: string };
  /** A field the step needs is missing, blank, too long or not one of its values. */
  'newMedia.field': { readonly field: string };
  /** A step the account's standing does not allow (`status` is `notOpened` before it was opened). */
  'newMedia.stepOutOfPlace': { readonly type: string; readonly status: string };
  /** "{type}" has no approval recorded (opening, merging, changing and closing an account follow an approval procedure) */
  'newMedia.approvalMissing': { readonly type: string };
  /** There is no opening record, so the account's platform and name are unknown */
  'newMedia.notOpened': Readonly<Record<never, never>>;
  /** "today" must be a YYYY-MM-DD date, not "{value}" */
  'newMedia.today': { readonly value: string };
  /** "{name}" has no person responsible */
  'newMedia.noResponsible': { readonly name: string };
  /** "{name}" has not been updated for {days} days since {lastUpdatedOn} (more than {limit}): update it, or close an account nobody maintains */
  'newMedia.stale': {
    readonly name: string;
    readonly lastUpdatedOn: string;
    readonly days: number;
    readonly limit: number;
  };
}

/** 政府开放日: a plan, its duties, a registration. */
export interface OpenDayIssueParams {
  /** The open day's {field} must be a YYYY-MM-DD date, not "{value}" */
  'openDay.date': { readonly field: string; readonly value: string };
  /** The open day's capacity must be a whole number from 1 to {max}, not "{value}" */
  'openDay.capacity': { readonly value: string; readonly max: number };
  /** Registration ({opensOn} to {closesOn}) must close before the open day ({date}) and open no later than it closes */
  'openDay.window': { readonly opensOn: string; readonly closesOn: string; readonly date: string };
  /** The open day's notice is due by {dueOn} ({days} days ahead) */
  'openDay.noticeLate': { readonly dueOn: string; readonly days: number };
  /** {count} registered, more than the {capacity} places */
  'openDay.overCapacity': { readonly count: number; readonly capacity: number };
  /** The open day's record and evaluation are due by {dueOn} (within {days} days after it) */
  'openDay.recordLate': { readonly dueOn: string; readonly days: number };
  /** Please give your name (at most 50 characters) */
  'openDay.name': Readonly<Record<never, never>>;
  /** Please give a valid phone number (a mobile number, or a landline with its area code) */
  'openDay.phone': Readonly<Record<never, never>>;
  /** Registration is not open: it runs from {opensOn} to {closesOn} */
  'openDay.closed': { readonly opensOn: string; readonly closesOn: string };
  /** All {capacity} places are taken */
  'openDay.full': { readonly capacity: number };
  /** This phone number is already registered */
  'openDay.duplicate': Readonly<Record<never, never>>;
}

/** Every issue and finding `@gk/publication` reports, with `@gk/core`'s. */
export type PublicationIssueParams = PublicationInputIssueParams &
  PublicationFindingParams &
  NewMediaIssueParams &
  OpenDayIssueParams;

/** A malformed-input issue. */
export type PublicationIssue = IssueUnion<PublicationInputIssueParams>;

/** A finding about a publication's procedure, with the article or document it applies. */
export type PublicationFinding = IssueUnion<PublicationFindingParams> & {
  readonly citation?: LegalCitation;
  readonly reference?: DocumentReference;
};
