import type { IssuePath } from '@gk/core';
import { checkResidentId, checkUscc, createIssue, hasVisibleText } from '@gk/core';
import type { Applicant, RequestContent } from './events.js';
import { ORGANIZATION_CATEGORIES } from './events.js';
import type { RequestIssue } from './request-issues.js';

const CATEGORIES = new Set<string>(ORGANIZATION_CATEGORIES);

/** A string with a visible character (not blank, not only zero-width or bidirectional controls). */
export const isText: (value: unknown) => value is string = hasVisibleText;
/** A plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const hasDocument = (value: unknown): boolean => isRecord(value) && isText(value.type) && isText(value.number);

/**
 * Checks an applicant for the contents 第二十九条第二款第（一）项 requires: name, identity proof (a
 * person's 公民身份号码 or another document; an organisation's USCC or another document) and contact.
 */
export function checkApplicant(value: unknown, path: IssuePath, issues: RequestIssue[]): Applicant | null {
  if (!isRecord(value)) {
    issues.push(createIssue('applicant.missing', {}, path));
    return null;
  }
  if (value.kind !== 'naturalPerson' && value.kind !== 'organization')
    issues.push(createIssue('applicant.kind', {}, [...path, 'kind']));
  if (!isText(value.name)) issues.push(createIssue('applicant.name', {}, [...path, 'name']));
  if (value.kind === 'naturalPerson') {
    if (isText(value.residentId)) issues.push(...checkResidentId(value.residentId, { path: [...path, 'residentId'] }));
    else if (!hasDocument(value.idDocument))
      issues.push(createIssue('applicant.identity', {}, [...path, 'residentId']));
  }
  if (value.kind === 'organization') {
    if (typeof value.category !== 'string' || !CATEGORIES.has(value.category)) {
      issues.push(createIssue('applicant.category', {}, [...path, 'category']));
    }
    if (isText(value.uscc)) issues.push(...checkUscc(value.uscc, [...path, 'uscc']));
    else if (!hasDocument(value.idDocument)) issues.push(createIssue('applicant.identity', {}, [...path, 'uscc']));
  }
  if (!isText(value.phone) && !isText(value.email) && !isText(value.address)) {
    issues.push(createIssue('applicant.contact', {}, [...path, 'phone']));
  }
  return value as unknown as Applicant;
}

/** Checks a request for the contents 第二十九条第二款第（二）、（三）项 require. */
export function checkRequest(value: unknown, path: IssuePath, issues: RequestIssue[]): RequestContent | null {
  if (!isRecord(value)) {
    issues.push(createIssue('request.missing', {}, path));
    return null;
  }
  if (!isText(value.description)) issues.push(createIssue('request.description', {}, [...path, 'description']));
  const forms = value.forms;
  const preferences = value.deliveryPreferences;
  if (!(Array.isArray(forms) && forms.length > 0) && !(Array.isArray(preferences) && preferences.length > 0)) {
    issues.push(createIssue('request.form', {}, [...path, 'forms']));
  }
  return value as unknown as RequestContent;
}
