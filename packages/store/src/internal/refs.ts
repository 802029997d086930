// Checks of the references and filters every store call takes, and small helpers they share.
import { createIssue } from '@gk/core';
import type { CaseState } from '@gk/request-workflow';
import { StoreError } from '../errors.js';
import type { AgencyFilter, CaseRef } from '../store-types.js';
import { idArgument } from './arguments.js';
import { splitApplicant } from './personal-data.js';

/** Refuses a case reference without a valid agency and case id. */
export function checkRef(ref: CaseRef): void {
  if (typeof ref !== 'object' || ref === null)
    throw new StoreError([createIssue('store.caseRef', { field: 'agencyId' }, ['agencyId'])]);
  for (const field of ['agencyId', 'caseId'] as const) {
    if (typeof ref[field] !== 'string' || ref[field].trim() === '')
      throw new StoreError([createIssue('store.caseRef', { field }, [field])]);
    idArgument(field, ref[field]);
  }
}

/** Refuses a filter that is not an object or names an invalid agency id. */
export function checkFilter(filter: AgencyFilter): void {
  if (typeof filter !== 'object' || filter === null) idArgument('filter', filter);
  else if (filter.agencyId !== undefined) idArgument('agencyId', filter.agencyId);
}

/** Whether a database error is a unique-key violation (a concurrent writer got there first). */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';

/** The state's applicant with personal data masked. */
export function maskedApplicant(state: CaseState): CaseState['applicant'] {
  return state.applicant === null ? null : splitApplicant(state.applicant).masked;
}
