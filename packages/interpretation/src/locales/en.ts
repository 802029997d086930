import type { MessageCatalogue } from '@gk/core';
import type { InterpretationIssueParams } from '../issues.js';

/** `@gk/interpretation` messages in English. */
export const en: MessageCatalogue<InterpretationIssueParams> = {
  'synchrony.approval': (p) =>
    `The interpretation must be approved with the policy; the approval records differ (policy: ${p.policyRecord ?? 'none'}; interpretation: ${p.interpretationRecord ?? 'none'})`,
  'synchrony.organisedLate': (p) =>
    `The interpretation was organised on ${p.organisedOn}, after the policy was approved on ${p.policyApprovedOn}`,
  'synchrony.notPublished': (p) =>
    `The policy was published on ${p.policyPublishedOn}; the interpretation is not published yet`,
  'synchrony.publishedLate': (p) =>
    `The interpretation was published on ${p.publishedOn}, ${String(p.workdaysLater)} workdays after the policy (${p.policyPublishedOn}); ${String(p.allowed)} allowed`,
  'synchrony.drafterInterprets': (p) =>
    `Whoever drafts interprets: ${p.expectedBody} should interpret, not ${p.interpretingBody}`,
  'interpretation.missing': (p) =>
    `The normative document "${p.policyTitle}" concerns the public and has no interpretation`,
  'interpretation.noMaterial': () => 'The interpretation has no material',
  'consultation.periodShort': (p) =>
    `The comment period is ${String(p.days)} days, shorter than ${String(p.minimum)}, with no reason given (Interim Regulations on Major Administrative Decision-Making Procedures, Art. 15)`,
  'consultation.decidedEarly': (p) =>
    `The decision was made on ${p.decidedOn}, before the comment period ended on ${p.endsOn}`,
  'consultation.feedbackMissing': (p) =>
    `The comment period ended on ${p.endsOn}; the feedback is not published (local practice following Guobanfa [2016] No. 80; a setting)`,
  'consultation.adoptionNotExplained': (p) =>
    `The decision was made on ${p.decidedOn} without feedback; a major decision of general concern or a technical one must explain how public comments were adopted when it is published (Major Decisions Regulation Art. 32)`,
  'consultation.reasonMissing': (p) =>
    `Comment ${String(p.comment + 1)} was not adopted and no reason is recorded; the decision body receives how the main comments were studied and adopted (Major Decisions Regulation Art. 29(ii); a reason for each is local practice, a setting)`,
  'consultation.materialsMissing': () => 'A consultation publishes the draft and its explanation (Art. 15)',
  'response.late': (p) => `${p.duty} took ${String(p.hours)} hours, over the ${String(p.limit)}-hour limit`,
  'response.missing': (p) => `${p.duty} was due by ${p.dueAt} and is not recorded`,
  'participation.duplicate': (p) => `The public-participation list repeats id "${p.id}"`,
  'participation.method': (p) => `Public-participation item "${p.id}" names no method`,
};
