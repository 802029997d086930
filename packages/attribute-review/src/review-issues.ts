import type { IssueFormatter } from '@gk/core';
import { createIssueFormatter } from '@gk/core';
import type { AttributeIssueParams } from './attribute.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** Renders an attribute issue, zh-CN by default. */
export const formatAttributeIssue: IssueFormatter<AttributeIssueParams> = createIssueFormatter<AttributeIssueParams>({
  'zh-CN': zhCN,
  en,
});
