import type { MessageCatalogue } from '@gk/core';
import type { AssessmentIssueParams } from '../issues.js';

/** `@gk/assessment` messages in English. */
export const en: MessageCatalogue<AssessmentIssueParams> = {
  'assessment.today': (p) => `The assessment day "${p.value}" is invalid: expected a YYYY-MM-DD date.`,
  'assessment.year': (p) => `The assessment year "${p.value}" is invalid: expected a four-digit year.`,
  'assessment.townshipReportDue': () => "The township report's due month and day do not form a valid date.",
  'assessment.sameAgency': (p) => `The agency "${p.agencyId}" appears more than once; each agency is ranked once.`,
  'profile.shape': (p) => `The scoring profile's "${p.field}" is invalid: ${p.message}.`,
  'profile.unknownIndicator': (p) => `The scoring profile names an unknown indicator "${p.indicator}".`,
  'profile.duplicateIndicator': (p) => `The scoring profile names the indicator "${p.indicator}" twice.`,
  'profile.weights': (p) => `The profile's weights add up to ${String(p.sum)}, not its total of ${String(p.total)}.`,
  'profile.range': (p) =>
    `The indicator "${p.indicator}" needs a full-marks line above its zero line, both between 0 and 1.`,
  'profile.performanceWeight': (p) =>
    `Disclosure weighs ${String(p.value * 100)}% of the performance assessment, below the required ${String(p.minimum * 100)}%.`,
};
