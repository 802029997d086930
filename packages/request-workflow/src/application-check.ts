// Checking an application before it is filed: the contents 第二十九条 requires, then the structure
// a `received` event needs (the schemas of parse.ts).
import type { Application } from './events.js';
import type { RequestIssue } from './request-issues.js';
import { checkApplicant, checkRequest, isRecord } from './application.js';
import { safeParseApplication } from './parse.js';

/**
 * Checks an application before it is filed: first the contents 第二十九条 requires (name, identity,
 * contact, a description, the form), all at once and each with its article, then — when those are
 * complete — the structure a `received` event needs. Paths start at `applicant` or `request`.
 * @param application - the application as typed
 * @returns the errors; empty when the application can be filed
 * @example
 * ```ts
 * checkApplication({ applicant: { kind: 'naturalPerson', name: '张三' }, request: { description: '' } })
 *   .map((issue) => formatRequestIssue(issue));
 * // ['缺少申请人身份证明（…第二十九条第二款第（一）项）', '缺少申请人联系方式…', …]
 * ```
 */
export function checkApplication(application: Application): RequestIssue[] {
  const contents: RequestIssue[] = [];
  const value: Record<string, unknown> = isRecord(application) ? application : {};
  checkApplicant(value.applicant, ['applicant'], contents);
  checkRequest(value.request, ['request'], contents);
  const errors = contents.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return errors;
  const parsed = safeParseApplication(application);
  return parsed.success ? [] : [...parsed.issues];
}
