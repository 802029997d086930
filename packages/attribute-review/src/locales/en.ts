import type { MessageCatalogue } from '@gk/core';
import type { AttributeIssueParams } from '../attribute.js';
import type { ReviewFindingKind } from '../kinds.js';

/** `@gk/attribute-review` messages in English. */
export const en: MessageCatalogue<AttributeIssueParams> = {
  'attribute.missing': () => 'The draft proposes no disclosure attribute and must be returned (国办发〔2016〕80号)',
  'attribute.reasonMissing': (p) => `A ${p.attribute} attribute needs a reason tied to an article (国办发〔2016〕80号)`,
  'attribute.reasonNotForAttribute': (p) => `The ground "${p.ground}" cannot support ${p.attribute}`,
  'attribute.contentConflict': (p) =>
    p.content === 'stateSecret'
      ? `A document containing ${p.content} cannot be ${p.attribute} (Regulation Art. 14)`
      : p.content === 'personalData' || p.content === 'tradeSecret'
        ? `A document containing ${p.content} cannot be ${p.attribute}: information whose disclosure harms a third party's lawful rights is not disclosed (Regulation Art. 15); this agency's setting requires at least ${p.needed}`
        : `A document containing ${p.content} cannot be ${p.attribute}`,
  'attribute.withheldAttachment': (p) =>
    `A proactive document may not carry the ${p.attachmentAttribute} attachment "${p.attachment}"`,
  'attribute.looserThanForwarded': (p) =>
    `A forwarding document (${p.attribute}) may not be looser than the forwarded one (${p.forwarded})`,
  'attribute.jointWithoutLead': () => 'A joint document needs its lead agency, which decides the attribute',
  'attribute.normativeNotProactive': (p) =>
    `A normative document is published proactively (Regulation Art. 20(i)); ${p.attribute} needs an Art. 14 ground`,
};

/** Suggestions for each finding kind, in English. */
export const enSuggestions: Readonly<Record<ReviewFindingKind, string>> = {
  residentId: 'A resident ID number is personal data: remove or mask it before publishing (Regulation Art. 15)',
  mobile: 'A mobile number is personal data: remove or mask it before publishing (Regulation Art. 15)',
  bankCard: 'A bank card number is personal data: remove or mask it before publishing (Regulation Art. 15)',
  email: 'An e-mail address: remove or mask it if it is personal (Regulation Art. 15)',
  passport: 'A possible passport number: remove or mask it if it is personal (Regulation Art. 15)',
  classificationMark: 'A classification mark: classified information must never go online (Regulation Art. 14)',
  internalMark: 'Marked 内部资料: check the attribute before publishing (Regulation Art. 16)',
  sensitiveTerm: 'A lexicon term: check by hand before publishing',
};
