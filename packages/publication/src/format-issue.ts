// The formatter of this package's issues: the issue types (issues.ts) wired to their messages.
import type { IssueFormatter, IssuePath, Locale } from '@gk/core';
import { createIssueFormatter, describeRecordPath } from '@gk/core';
import type { NewMediaIssueParams, OpenDayIssueParams, PublicationIssueParams } from './issues.js';
import { en } from './locales/en.js';
import { NEW_MEDIA_FIELDS_ZH, PUBLICATION_LABELS_ZH, zhCN } from './locales/zh-CN.js';

/**
 * Writes where an issue sits for a person: `第3条发布记录 公开属性`, `元数据 信息名称`.
 * @param path - the issue's path
 * @param locale - the locale
 * @returns the location, empty for the history as a whole
 */
export function describePublicationPath(path: IssuePath, locale: Locale): string {
  return describeRecordPath(path, locale, {
    record: { 'zh-CN': '发布记录', en: 'record' },
    labelsZh: PUBLICATION_LABELS_ZH,
    skip: ['metadata', 'changes'],
  });
}

/** Renders an issue or finding of `@gk/publication`, zh-CN by default, located for a person. */
export const formatPublicationIssue: IssueFormatter<PublicationIssueParams> =
  createIssueFormatter<PublicationIssueParams>({ 'zh-CN': zhCN, en }, { describePath: describePublicationPath });

/** Renders an issue of the 政务新媒体 registry, located by the account's record (`第2条账号记录 审批`). */
export const formatNewMediaIssue: IssueFormatter<NewMediaIssueParams> = createIssueFormatter<NewMediaIssueParams>(
  { 'zh-CN': zhCN, en },
  {
    describePath: (path, locale) =>
      describeRecordPath(path, locale, {
        record: { 'zh-CN': '账号记录', en: 'record' },
        labelsZh: NEW_MEDIA_FIELDS_ZH,
        skip: ['events'],
      }),
  },
);

/** Renders an issue of an open day or a registration; it names its field itself. */
export const formatOpenDayIssue: IssueFormatter<OpenDayIssueParams> = createIssueFormatter<OpenDayIssueParams>(
  { 'zh-CN': zhCN, en },
  { describePath: () => '' },
);
