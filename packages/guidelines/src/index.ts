// Pilot domains
export type { PilotDomain } from './domains.js';
export { PILOT_DOMAINS, findPilotDomain } from './domains.js';

// Reference rows from county catalogues
export type { ReferenceRow } from './reference-row.js';
export { REFERENCE_ROWS } from './data/reference-rows.js';
export { catalogueItemFromRow, referenceRowsOf } from './reference-rows.js';

// The statutory baseline (《政府信息公开条例》第二十条、第二十一条)
export type {
  CoveredCategory,
  StatutoryBaseline,
  StatutoryCategory,
  StatutoryCoverage,
  StatutoryLevel,
  StatutoryPartition,
} from './statutory.js';
export {
  ARTICLE_20_CATEGORIES,
  ARTICLE_21_COUNTY_CATEGORIES,
  ARTICLE_21_TOWNSHIP_CATEGORIES,
  checkStatutoryCoverage,
  partitionStatutory,
  statutoryBaseline,
} from './statutory.js';

// The disclosure guide (《政府信息公开条例》第十二条)
export type {
  DisclosureGuide,
  DisclosureGuideInput,
  DisclosureGuideSection,
  DisclosureOffice,
  DisclosureOfficeField,
} from './disclosure-guide.js';
export { buildDisclosureGuide } from './disclosure-guide.js';
