// @gk/assessment — 监督考核: indicators from the evidence, scoring profiles as data, ranking, 通报.

// Indicators
export type { Indicator, IndicatorId } from './indicators.js';
export { ASSESSMENT_CITATIONS, INDICATOR_IDS, INDICATORS } from './indicators.js';

// Measuring an agency
export type {
  AgencyEvidence,
  AgencyLevel,
  AgencyMeasurements,
  AssessmentSettings,
  Evidence,
  Measurement,
  MeasureOptions,
} from './measure.js';
export { AGENCY_LEVELS, MAX_EVIDENCE, measureAgency, reportDueOn } from './measure.js';
export type { AgencyRecords, GatherEvidenceOptions } from './evidence.js';
export { gatherEvidence, STATUTORY_LEVEL } from './evidence.js';

// Scoring profiles
export type { IndicatorRule, ScoringMethod, ScoringProfile } from './profile.js';
export { DEFAULT_SCORING_PROFILE, parseScoringProfile, safeParseScoringProfile } from './profile.js';

// Scores, ranking, year on year
export type { AgencyScore, Assessment, IndicatorScore, ScoreChange } from './score.js';
export { compareYears, scoreAgencies } from './score.js';

// 通报
export type { Bulletin, BulletinOptions, BulletinProblem } from './bulletin.js';
export { buildBulletin, renderBulletinHtml } from './bulletin.js';

// Issues
export { AssessmentError } from './error.js';
export { formatAssessmentIssue } from './format-issue.js';
export type { AssessmentIssue, AssessmentIssueParams } from './issues.js';
