// The county's 考核 as the platform can measure it: for each agency, what the store holds — its
// catalogues and publications (timeliness, completeness, periodic updates, the statutory categories,
// interpretations) and its requests (answered on time, procedural findings) — measured and scored by
// @gk/assessment; the 通报 and the county's rolled-up annual report built from the same data.
import type { AnnualReport } from '@gk/annual-report';
import { rollUpReports } from '@gk/annual-report';
import type { Assessment, AssessmentIssue, Bulletin, ScoringProfile } from '@gk/assessment';
import {
  buildBulletin,
  DEFAULT_SCORING_PROFILE,
  gatherEvidence,
  measureAgency,
  safeParseScoringProfile,
  scoreAgencies,
} from '@gk/assessment';
import type { LocalDate } from '@gk/core';
import { MAX_AGENCIES_PER_READ } from '@gk/store';
import type { WorkdayCalendar } from '@gk/workdays';
import { agencyReport } from './annual-report.js';
import type { PortalData } from './data.js';
import { agencyLevel, COUNTY_AGENCY_ID } from './data.js';

/**
 * Workdays the agencies have to report what they fixed after a 通报. No national rule sets it: 20 is
 * this portal's default, a local practice to set (`fixWorkdays`).
 */
export const BULLETIN_FIX_WORKDAYS = 20;

/** Options of {@link assessCounty}. */
export interface CountyAssessmentOptions {
  readonly year: number;
  readonly today: LocalDate;
  readonly calendar: WorkdayCalendar;
  /** The scoring profile: {@link DEFAULT_SCORING_PROFILE} unless the county adopts its own. */
  readonly profile?: ScoringProfile;
}

/**
 * Measures and scores every agency of the county for a year, as of `today`: each agency's records read
 * from the store (`agencyRecords`, a chunk of agencies at a time), its evidence gathered with its
 * catalogues; the parts the platform does not record are left out.
 * @param data - the portal's data
 * @param options - the year, today, the calendar and the profile
 * @returns the assessment, best first
 */
export async function assessCounty(data: PortalData, options: CountyAssessmentOptions): Promise<Assessment> {
  const agencies = await data.agencies();
  const measured = [];
  for (let from = 0; from < agencies.length; from += MAX_AGENCIES_PER_READ) {
    const chunk = agencies.slice(from, from + MAX_AGENCIES_PER_READ);
    const records = await data.store.agencyRecords(
      chunk.map((entry) => entry.agencyId),
      { today: options.today },
    );
    for (const entry of chunk) {
      const { catalogues } = await entry.data.catalogues();
      const own = records.get(entry.agencyId) ?? { complianceSubjects: [], publications: [], cases: [] };
      const evidence = gatherEvidence(
        { agencyId: entry.agencyId, name: entry.profile.name, level: agencyLevel(entry.profile), catalogues, ...own },
        options,
      );
      measured.push(measureAgency(evidence, { year: options.year, today: options.today }));
    }
  }
  return scoreAgencies(measured, options.profile ?? DEFAULT_SCORING_PROFILE);
}

/**
 * The 通报 of an assessment, issued today by the county's office, with the deadline
 * {@link BULLETIN_FIX_WORKDAYS} workdays ahead.
 * @param assessment - the scores
 * @param issuer - the office issuing it
 * @param options - today and the calendar; `fixWorkdays` to change the deadline
 */
export function countyBulletin(
  assessment: Assessment,
  issuer: string,
  options: { readonly today: LocalDate; readonly calendar: WorkdayCalendar; readonly fixWorkdays?: number },
): Bulletin {
  return buildBulletin(assessment, {
    issuer,
    issuedOn: options.today,
    fixBy: options.calendar.addWorkdays(options.today, options.fixWorkdays ?? BULLETIN_FIX_WORKDAYS),
  });
}

/**
 * The county's overview report for a year: every agency's report summed cell by cell
 * (`rollUpReports`), or `undefined` when no agency has figures for the year.
 * @param data - the portal's data
 * @param year - the year
 * @param issuer - who publishes the overview
 */
export async function countyReport(data: PortalData, year: number, issuer: string): Promise<AnnualReport | undefined> {
  const reports: AnnualReport[] = [];
  for (const entry of await data.agencies()) {
    const report = await agencyReport(data.store, entry.agencyId, entry.profile, year);
    if (report !== undefined) reports.push(report);
  }
  return reports.length === 0 ? undefined : rollUpReports(reports, issuer);
}

/** A year's assessment as the office archived it, for the next year's 同比. */
export interface ArchivedAssessment {
  readonly archivedOn: LocalDate;
  readonly assessment: Assessment;
}

const archiveRef = (year: number) => ({ agencyId: COUNTY_AGENCY_ID, kind: 'assessment', id: String(year) });

/**
 * Archives a year's assessment as it stands today (a later archive of the same year replaces it).
 * @param data - the portal's data
 * @param assessment - the scores
 * @param today - the day of archiving
 */
export async function archiveAssessment(data: PortalData, assessment: Assessment, today: LocalDate): Promise<void> {
  const archived: ArchivedAssessment = { archivedOn: today, assessment };
  await data.store.putDocument(archiveRef(assessment.year), archived);
}

/**
 * The archived assessment of a year, or `undefined` when none was archived (or what is stored is not
 * one: an archive is read again, never trusted).
 * @param data - the portal's data
 * @param year - the year
 */
export async function archivedAssessment(data: PortalData, year: number): Promise<ArchivedAssessment | undefined> {
  const stored = await data.store.getDocument<Partial<ArchivedAssessment>>(archiveRef(year));
  const scores: unknown = stored?.assessment?.scores;
  if (stored?.archivedOn === undefined || stored.assessment?.year !== year || !Array.isArray(scores)) return undefined;
  const valid = (scores as unknown[]).every((s) => {
    const { agencyId, score } = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    return typeof agencyId === 'string' && (score === null || typeof score === 'number');
  });
  return valid ? (stored as ArchivedAssessment) : undefined;
}

const PROFILE_REF = { agencyId: COUNTY_AGENCY_ID, kind: 'county', id: 'scoring-profile' };

/**
 * The county's scoring profile: the one its office adopted, checked again on every read, or
 * {@link DEFAULT_SCORING_PROFILE} when none was adopted — or when the stored one no longer passes the
 * checks, with the issues that say why.
 * @param data - the portal's data
 */
export async function countyScoringProfile(
  data: PortalData,
): Promise<{ readonly profile: ScoringProfile; readonly problems: readonly AssessmentIssue[] }> {
  const stored = await data.store.getDocument(PROFILE_REF);
  if (stored === undefined) return { profile: DEFAULT_SCORING_PROFILE, problems: [] };
  const parsed = safeParseScoringProfile(stored);
  return parsed.success
    ? { profile: parsed.data, problems: [] }
    : { profile: DEFAULT_SCORING_PROFILE, problems: parsed.issues };
}

/**
 * Adopts a scoring profile for the county (checked by `safeParseScoringProfile` first).
 * @param data - the portal's data
 * @param profile - the checked profile
 */
export async function adoptScoringProfile(data: PortalData, profile: ScoringProfile): Promise<void> {
  await data.store.putDocument(PROFILE_REF, profile);
}
