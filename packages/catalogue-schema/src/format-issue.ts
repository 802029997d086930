// The formatter of this package's issues: the issue types (catalogue-issues.ts) wired to their messages.
import type { IssueFormatter, IssuePath, Locale } from '@gk/core';
import { coreMessagesEn, coreMessagesZhCN, createIssueFormatter } from '@gk/core';
import type { CatalogueIssueParams, CatalogueLabels } from './catalogue-issues.js';
import { en, enLabels } from './locales/en.js';
import { zhCN, zhCNLabels } from './locales/zh-CN.js';

const LABELS: Readonly<Record<Locale, CatalogueLabels>> = { 'zh-CN': zhCNLabels, en: enLabels };

/**
 * Writes a catalogue path for a person: `['items', 11, 'timeLimit']` → `第12项 公开时限` (en: `item 12 timeLimit`).
 * @param path - the issue's path
 * @param locale - the locale
 * @returns the path in words
 */
export function describeCataloguePath(path: IssuePath, locale: Locale = 'zh-CN'): string {
  const labels = LABELS[locale];
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      parts.push(path[i - 1] === 'items' ? labels.item(part + 1) : labels.entry(part + 1));
    } else if (!(part === 'items' && typeof path[i + 1] === 'number')) {
      parts.push(labels.fields[part] ?? part);
    }
  });
  return parts.join(labels.separator);
}

/** Renders a `@gk/catalogue-schema` issue with a readable location, zh-CN by default. */
export const formatCatalogueIssue: IssueFormatter<CatalogueIssueParams> = createIssueFormatter<CatalogueIssueParams>(
  { 'zh-CN': { ...coreMessagesZhCN, ...zhCN }, en: { ...coreMessagesEn, ...en } },
  { describePath: describeCataloguePath },
);

/** The labels of a locale, for messages that name fields. */
export function catalogueLabels(locale: Locale): CatalogueLabels {
  return LABELS[locale];
}
