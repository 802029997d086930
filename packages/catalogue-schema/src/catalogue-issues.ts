import type { CoreIssueParams, IssueUnion } from '@gk/core';

/** The params of each issue code `@gk/catalogue-schema` adds. */
export interface CatalogueOwnIssueParams {
  /** A field the format requires is missing or empty. `required54` marks the elements 国办发〔2019〕54号 requires. */
  'catalogue.required': { readonly field: string; readonly required54: boolean };
  /** A value has the wrong type. */
  'catalogue.type': { readonly field: string; readonly expected: string };
  /** A value is not one of the allowed ones. */
  'catalogue.enum': { readonly field: string; readonly allowed: readonly string[]; readonly received: string };
  /** A property the format does not know (extra columns belong in `extra`). */
  'catalogue.unknownField': { readonly field: string };
  /** A text does not have the required form. */
  'catalogue.format': { readonly field: string; readonly input: string };
  /** A recommended field is missing. */
  'catalogue.recommended': { readonly field: string };
  /** A channel outside the vocabulary of thirteen: kept as written. */
  'catalogue.channelUnknown': { readonly name: string };
  /** A channel listed twice in one item. */
  'catalogue.channelDuplicate': { readonly name: string };
  /** A channel mark with no known meaning (▲, ◆, √): kept, requirement unspecified. */
  'catalogue.channelMarkUnknown': { readonly name: string; readonly mark: string };
  /** A time limit no rule recognises: kept as written. */
  'catalogue.timeLimitUnrecognized': { readonly text: string };
  /** 同上 in the first item, with no row above. */
  'catalogue.sameAsAboveFirst': { readonly field: string };
  /** A 公开层级 label naming no known level. */
  'catalogue.tierUnknown': { readonly label: string };
  /** Instance rows without declared instance fields. */
  'catalogue.instancesWithoutFields': Readonly<Record<never, never>>;
  /** An instance row uses a field the item does not declare. */
  'catalogue.instanceFieldUndeclared': { readonly field: string };
  /** An instance row lacks a declared field. */
  'catalogue.instanceFieldMissing': { readonly field: string };
  /** A 公开依据 that names no document in 《》. */
  'catalogue.basisNoReference': { readonly text: string };
  /** Two items with the same 一级/二级/三级事项. */
  'catalogue.duplicateItem': { readonly name: string; readonly firstItem: number };
  /** Two items with the same id. */
  'catalogue.duplicateId': { readonly id: string; readonly firstItem: number };
  /** 特定群体 is ticked but not named. */
  'catalogue.specificGroupsUnnamed': Readonly<Record<never, never>>;
  /** A time limit with several dated clauses needs the caller to say which applies. */
  'timeLimit.clauseRequired': { readonly count: number };
  /** A clause index that does not exist. */
  'timeLimit.clauseIndex': { readonly index: number; readonly count: number };
  /** 同上 outside a catalogue cannot be dated. */
  'timeLimit.sameAsAbove': Readonly<Record<never, never>>;
}

/** The params of every issue `@gk/catalogue-schema` reports (its own and `@gk/core`'s). */
export type CatalogueIssueParams = CoreIssueParams & CatalogueOwnIssueParams;

/** Every issue `@gk/catalogue-schema` reports. */
export type CatalogueIssue = IssueUnion<CatalogueIssueParams>;

/** How a locale names the catalogue's fields and the places in it. */
export interface CatalogueLabels {
  /** Field labels by property name: `timeLimit` → 公开时限. */
  readonly fields: Readonly<Record<string, string>>;
  /** The n-th item (1-based): 第12项. */
  readonly item: (n: number) => string;
  /** The n-th entry of a list (1-based): 第3个. */
  readonly entry: (n: number) => string;
  /** The separator between path parts. */
  readonly separator: string;
  /** Words for enumerated values (`public` → 全社会, `proactive` → 主动). */
  readonly values: Readonly<Record<string, string>>;
  /** Joins a list of values for display. */
  readonly list: (values: readonly string[]) => string;
}
