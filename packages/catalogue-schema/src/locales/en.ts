import type { MessageCatalogue } from '@gk/core';
import type { CatalogueLabels, CatalogueOwnIssueParams } from '../catalogue-issues.js';
import type { ReportTexts } from '../report-texts.js';

/** Field and place names in English (the format's property names). */
export const enLabels: CatalogueLabels = {
  fields: {},
  item: (n) => `item ${String(n)}`,
  entry: (n) => `#${String(n)}`,
  separator: ' ',
  values: {},
  list: (values) => values.join(', '),
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  channel: 'a channel text (e.g. "■政府网站") or a channel object',
  record: 'a map from field to text',
};

/** `@gk/catalogue-schema` messages in English. */
export const en: MessageCatalogue<CatalogueOwnIssueParams> = {
  'catalogue.required': (p) =>
    p.required54
      ? `${p.field} is missing: 国办发〔2019〕54号 requires every item's name, content, basis, time limit, publisher, mode, channels and audience`
      : `${p.field} is missing`,
  'catalogue.type': (p) => `${p.field} must be ${EXPECTED[p.expected] ?? p.expected}`,
  'catalogue.enum': (p) => `${p.field} "${p.received}" is not allowed; use one of: ${p.allowed.join(', ')}`,
  'catalogue.unknownField': (p) => `Unknown field "${p.field}"; put the source table's other columns in extra`,
  'catalogue.format': (p) => `${p.field} "${p.input}" is malformed`,
  'catalogue.recommended': (p) => `${p.field} is recommended`,
  'catalogue.channelUnknown': (p) => `Channel "${p.name}" is not one of the thirteen common channels; kept as written`,
  'catalogue.channelDuplicate': (p) => `Channel "${p.name}" is listed twice`,
  'catalogue.channelMarkUnknown': (p) =>
    `Channel "${p.name}" has a mark "${p.mark}" of unknown meaning (■ required, □ optional); taken as unspecified`,
  'catalogue.timeLimitUnrecognized': (p) =>
    `Time limit "${p.text}" is not recognised; kept as written, no due date can be computed`,
  'catalogue.sameAsAboveFirst': (p) => `${p.field} says 同上 ("as above") but there is no item above`,
  'catalogue.tierUnknown': (p) => `Tier "${p.label}" names no prefecture, county, township or village level`,
  'catalogue.instancesWithoutFields': () => `Instance rows are given but instanceFields are not declared`,
  'catalogue.instanceFieldUndeclared': (p) => `An instance row uses the undeclared field "${p.field}"`,
  'catalogue.instanceFieldMissing': (p) => `An instance row lacks the field "${p.field}"`,
  'catalogue.basisNoReference': (p) => `Basis "${p.text}" names no law or document in 《》`,
  'catalogue.duplicateItem': (p) => `Item "${p.name}" repeats item ${String(p.firstItem)}`,
  'catalogue.duplicateId': (p) => `Id "${p.id}" repeats item ${String(p.firstItem)}`,
  'catalogue.specificGroupsUnnamed': () => `The audience includes specific groups but does not name them`,
  'timeLimit.clauseRequired': (p) => `The time limit has ${String(p.count)} dated clauses; say which applies (clause)`,
  'timeLimit.clauseIndex': (p) => `The time limit has no clause ${String(p.index + 1)} (it has ${String(p.count)})`,
  'timeLimit.sameAsAbove': () => `The time limit is 同上 ("as above"); parse it inside its catalogue to date it`,
};

/** Change-log and conformance wording in English. */
export const enReport: ReportTexts = {
  itemAdded: (name) => `Added: ${name}`,
  itemRemoved: (name) => `Removed: ${name}`,
  fieldChanged: (name, field, before, after) => `Changed: ${name}, ${field} from "${before}" to "${after}"`,
  headerChanged: (field, before, after) => `Header: ${field} from "${before}" to "${after}"`,
  missing: (name) => `Guideline item missing: ${name}`,
  notApplicable: (name, reason) => `Marked not applicable: ${name} (reason: ${reason})`,
  notApplicableWithoutReason: (name) => `Marked not applicable without a reason: ${name}`,
  added: (name) => `Added by the county: ${name}`,
  requiredChannelDropped: (name, channel) => `${name}: the guideline's required channel "${channel}" is missing`,
  requiredChannelOptional: (name, channel) =>
    `${name}: the guideline's required channel "${channel}" was made optional`,
  timeLimitLonger: (name, guideline, catalogue) =>
    `${name}: time limit "${catalogue}" is longer than the guideline's "${guideline}"`,
  timeLimitNotComparable: (name, guideline, catalogue) =>
    `${name}: time limit "${catalogue}" cannot be compared with the guideline's "${guideline}"; check by hand`,
  proactiveToOnRequest: (name) => `${name}: the guideline requires proactive disclosure; the catalogue has on request`,
  audienceNarrowed: (name) =>
    `${name}: the guideline's audience is the public; the catalogue narrows it to specific groups`,
  contentElementMissing: (name, element) => `${name}: the guideline's content element "${element}" is missing`,
  empty: '(empty)',
};
