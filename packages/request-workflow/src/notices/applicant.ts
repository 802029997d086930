// The notices an applicant may read online: theirs, and a decision's only once it is delivered.
import type { CaseState } from '../case-state.js';
import { noticeKindsFor, noticeKindsForOutcome } from './build.js';
import type { NoticeKind } from './kinds.js';
import { NOTICES } from './registry.js';

/**
 * The notices an applicant may read and download online: those addressed to them that the case has
 * reached (never a consultation letter), and a decision's notice only once the case is concluded —
 * before delivery a decision can still be corrected — and, where the outcome has several answers, only
 * the one the delivery records.
 * @param state - the evaluated case
 * @returns the kinds, in the registry's order
 */
export function applicantNoticeKinds(state: CaseState): NoticeKind[] {
  const delivered = state.delivery?.notice ?? null;
  return noticeKindsFor(state).filter((kind) => {
    const answers = NOTICES[kind].outcome;
    if (NOTICES[kind].addressee !== 'applicant') return false;
    if (answers === undefined) return true;
    if (state.concludedOn === null) return false;
    // Of an outcome's several answers, only the one delivered; a sole answer is the one.
    return delivered === null ? noticeKindsForOutcome(answers).length === 1 : delivered === kind;
  });
}
