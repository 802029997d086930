// Documents and parsing
export type {
  Audience,
  CatalogueDocument,
  CatalogueHeaderDocument,
  CatalogueItemDocument,
  CatalogueItemField,
  ChannelEntryDocument,
  DisclosureMode,
} from './document.js';
export {
  AUDIENCES,
  CATALOGUE_ITEM_FIELDS,
  catalogueDocumentSchema,
  DISCLOSURE_MODES,
  ELEMENTS_REQUIRED_BY_54,
} from './document.js';
export type {
  Basis,
  Catalogue,
  CatalogueHeader,
  CatalogueItem,
  CatalogueParseResult,
  ChannelEntry,
  TierEntry,
} from './catalogue.js';
export { itemName, parseCatalogue, safeParseCatalogue } from './catalogue.js';
export { CATALOGUE_SCHEMA_ID, catalogueJsonSchema } from './json-schema.js';

// Vocabularies
export type { ChannelId, ChannelRequirement, MarkedChannel } from './channels.js';
export { CHANNELS, CHANNEL_MARKS, channelIdOf, normalizeChannelName, splitChannelMark } from './channels.js';
export type { TierLevel } from './tiers.js';
export { tierLevelsOf } from './tiers.js';

// Time limits and due dates (also the entry `@gk/catalogue-schema/time-limits`, without zod)
export * from './entries/time-limits.js';

// Guidelines, conformance and versions
export type { Guideline, GuidelineItem } from './guideline.js';
export type {
  ConformanceFinding,
  ConformanceFindingKind,
  ConformanceOptions,
  ConformanceReport,
  ConformanceSummary,
} from './conformance.js';
export { checkConformance } from './conformance.js';
export type { CatalogueDiff, DiffOptions, FieldChange, ItemChange } from './diff.js';
export { diffCatalogues } from './diff.js';

// Issues and errors
export type {
  CatalogueIssue,
  CatalogueIssueParams,
  CatalogueLabels,
  CatalogueOwnIssueParams,
} from './catalogue-issues.js';
export { catalogueLabels, describeCataloguePath, formatCatalogueIssue } from './format-issue.js';
export { CatalogueError } from './error.js';
export type { ReportTexts } from './report-texts.js';
export { en as catalogueMessagesEn, enLabels, enReport } from './locales/en.js';
export { zhCN as catalogueMessagesZhCN, zhCNLabels, zhCNReport } from './locales/zh-CN.js';

// Search
export type { CatalogueSearchHit, CatalogueSearchOptions } from './search.js';
export { foldSearchText, searchCatalogues } from './search.js';
export { MAX_INDEXED_CHARACTERS, SEARCH_SYNONYMS, expandSynonyms, searchTerms } from './search-terms.js';

// 村（居）务公开 aligned with 政务公开
export type {
  VillageAlignment,
  VillageAlignmentOptions,
  VillageFinding,
  VillageFindingKind,
  VillageMatch,
  VillageTexts,
  VillageTopicId,
} from './village.js';
export { alignVillageCatalogue, VILLAGE_TOPICS } from './village.js';
