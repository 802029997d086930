import type { CoreIssue } from './core-issues.js';
import { toChineseNumeral } from './chinese-numeral.js';
import { CoreError } from './error.js';
import type { Locale } from './issue.js';
import { createIssue } from './issue.js';
import type { LawId } from './laws.js';
import { LAWS, isLawId } from './laws.js';

/**
 * A reference to the provision a rule applies: law, article, and optionally paragraph (款)
 * and item (项). Carried as data by every rule with a legal effect.
 */
export interface LegalCitation {
  readonly law: LawId;
  readonly article: number;
  readonly paragraph?: number;
  readonly item?: number;
}

/** Options of {@link formatCitation}. */
export interface FormatCitationOptions {
  /** `zh-CN` (default) writes 《…》第三十三条第二款; `en` writes Art. 33(2). */
  readonly locale?: Locale;
  /** Use the short title (《政府信息公开条例》) instead of the full one. */
  readonly short?: boolean;
  /** Leave the law out, for a provision of a law already named: `第三十三条第二款` (en: `Art. 33(2)`). */
  readonly provisionOnly?: boolean;
}

/**
 * Builds a citation, checking its numbers.
 * @param law - the law's id in the registry
 * @param article - the article number
 * @param paragraph - the paragraph (款), if any
 * @param item - the item (项), if any
 * @returns a frozen citation
 * @throws {@link CoreError} for an unknown law or a number that is not a positive whole number
 * @example
 * ```ts
 * cite('regulation', 33, 2); // { law: 'regulation', article: 33, paragraph: 2 }
 * ```
 */
export function cite(law: LawId, article: number, paragraph?: number, item?: number): LegalCitation {
  const issues: CoreIssue[] = [];
  if (!isLawId(law)) issues.push(createIssue('citation.law', { law: String(law) }, ['law']));
  const numbers = { article, paragraph, item };
  for (const field of ['article', 'paragraph', 'item'] as const) {
    const value = numbers[field];
    if (value !== undefined && !(Number.isInteger(value) && value > 0 && value < 10_000)) {
      issues.push(createIssue('citation.number', { field, value }, [field]));
    }
  }
  if (issues.length > 0) throw new CoreError(issues);
  return Object.freeze({
    law,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  });
}

/**
 * Writes a citation as documents do: `《中华人民共和国政府信息公开条例》第三十三条第二款`,
 * `第三十六条第（三）项`; documents cited by number add it: `《…》（国办函〔2020〕109号）第四条`.
 * @param citation - the citation
 * @param options - locale and short title
 * @returns the citation as text
 * @example
 * ```ts
 * formatCitation(cite('regulation', 33, 2)); // '《中华人民共和国政府信息公开条例》第三十三条第二款'
 * formatCitation(cite('regulation', 33, 2), { locale: 'en' });
 * // "Regulations of the People's Republic of China on Open Government Information, Art. 33(2)"
 * formatCitation(cite('regulation', 31, undefined, 3), { provisionOnly: true }); // '第三十一条第（三）项'
 * ```
 */
export function formatCitation(citation: LegalCitation, options: FormatCitationOptions = {}): string {
  const law = LAWS[citation.law];
  if (options.locale === 'en') {
    const para = citation.paragraph === undefined ? '' : `(${String(citation.paragraph)})`;
    const item = citation.item === undefined ? '' : `, item ${String(citation.item)}`;
    const docNo = law.citeWithDocNo && 'docNo' in law ? ` (${law.docNo})` : '';
    const provision = `Art. ${String(citation.article)}${para}${item}`;
    return options.provisionOnly === true ? provision : `${law.englishTitle}${docNo}, ${provision}`;
  }
  const title = options.provisionOnly === true ? '' : options.short === true ? law.shortTitle : law.title;
  const docNo = options.provisionOnly !== true && law.citeWithDocNo && 'docNo' in law ? `（${law.docNo}）` : '';
  const para = citation.paragraph === undefined ? '' : `第${toChineseNumeral(citation.paragraph)}款`;
  const item = citation.item === undefined ? '' : `第（${toChineseNumeral(citation.item)}）项`;
  return `${title}${docNo}第${toChineseNumeral(citation.article)}条${para}${item}`;
}

/** A reference to a document (or one of its parts) that is not divided into articles, such as a 通知 or 实施细则. */
export interface DocumentReference {
  readonly law: LawId;
  /** The part cited, as the document numbers it, e.g. 一（一）. */
  readonly part?: string;
}

/**
 * Writes a document reference: `《…》（国办发〔2016〕80号）` followed by the part, if any.
 * @param reference - the document and part
 * @param options - locale and short title
 * @returns the reference as text
 */
export function formatDocumentReference(reference: DocumentReference, options: FormatCitationOptions = {}): string {
  const law = LAWS[reference.law];
  const docNo = 'docNo' in law ? law.docNo : undefined;
  if (options.locale === 'en') {
    return `${law.englishTitle}${docNo === undefined ? '' : ` (${docNo})`}${reference.part === undefined ? '' : `, part ${reference.part}`}`;
  }
  const title = options.short === true ? law.shortTitle : law.title;
  return `${title}${docNo === undefined ? '' : `（${docNo}）`}${reference.part ?? ''}`;
}
