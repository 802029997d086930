// An agency's evidence from what a platform holds of it: its catalogues, its publications and its
// cases, checked by the domain packages (checkCatalogueCompliance, checkStatutoryPublication) the
// same way wherever the records come from (a store, a benchmark, a vendor's own database).
import type { Catalogue } from '@gk/catalogue-schema';
import type { ComplianceOptions, ComplianceSubject, PublicationState, StatutoryPublication } from '@gk/publication';
import { checkCatalogueCompliance, checkStatutoryPublication } from '@gk/publication';
import type { CaseState } from '@gk/request-workflow';
import type { AgencyEvidence, AgencyLevel } from './measure.js';

/**
 * Which list of the Regulation an agency publishes under: 第二十条 for every agency, with 第二十一条's
 * county-government list for the government and its township list for a township.
 */
export const STATUTORY_LEVEL: Readonly<Record<AgencyLevel, StatutoryPublication['level']>> = {
  government: 'county',
  department: 'agency',
  township: 'township',
};

/** What a platform holds of one agency, as {@link gatherEvidence} reads it. */
export interface AgencyRecords {
  readonly agencyId: string;
  readonly name: string;
  readonly level: AgencyLevel;
  /** Its catalogues (the items its publications are checked against). */
  readonly catalogues: readonly Catalogue[];
  /** Its published publications as `checkCatalogueCompliance` reads them. */
  readonly complianceSubjects: readonly ComplianceSubject[];
  /** Its publications' states (with their review findings, for the interpretation indicator). */
  readonly publications: readonly PublicationState[];
  /** Its cases' states, an open one evaluated as of the assessment day. */
  readonly cases: readonly { readonly caseId: string; readonly state: CaseState }[];
}

/** Options of {@link gatherEvidence}. */
export interface GatherEvidenceOptions extends ComplianceOptions {
  /** The assessment day, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

/**
 * The evidence of one agency from its records: catalogue compliance as of `today`, the statutory
 * categories of its list ({@link STATUTORY_LEVEL}), its cases and publications. The parts a platform
 * does not record (conformance, appeals, the report, consultations) are left out, so they are not
 * measured; add them to the result where you have them.
 * @param records - the agency and what the platform holds of it
 * @param options - the assessment day and the calendar
 */
export function gatherEvidence(records: AgencyRecords, options: GatherEvidenceOptions): AgencyEvidence {
  return {
    agencyId: records.agencyId,
    name: records.name,
    level: records.level,
    compliance: checkCatalogueCompliance(records.catalogues, records.complianceSubjects, {
      today: options.today,
      calendar: options.calendar,
    }),
    statutory: checkStatutoryPublication(records.publications, STATUTORY_LEVEL[records.level]),
    cases: records.cases,
    publications: records.publications,
  };
}
