import type { LocalDate } from '@gk/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CaseEvent,
  CaseState,
  ProcedureFinding,
  Notice,
  NoticeResult,
  Outcome,
  RequestIssue,
  ReceivedEvent,
} from './index.js';
import { buildNotice, evaluateCase, parseCaseEvents, safeParseCaseEvents } from './index.js';

declare const event: CaseEvent;
declare const state: CaseState;

describe('public types', () => {
  it('narrows a case event by its type to its own fields', () => {
    if (event.type === 'extensionApproved') {
      expectTypeOf(event.workdays).toEqualTypeOf<number>();
      expectTypeOf(event).not.toHaveProperty('outcome');
    }
    if (event.type === 'decided') expectTypeOf(event.outcome).toEqualTypeOf<Outcome>();
    if (event.type === 'received') expectTypeOf(event).toEqualTypeOf<ReceivedEvent>();
    if (event.type === 'feeNoticeIssued') expectTypeOf(event.method).toEqualTypeOf<'perItem' | 'perPage'>();
  });

  it('gives parse a list of events and safeParse a result to narrow', () => {
    expectTypeOf(parseCaseEvents([])).toEqualTypeOf<CaseEvent[]>();
    const result = safeParseCaseEvents([]);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<CaseEvent[]>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly RequestIssue[]>();
  });

  it('evaluates to a state whose dates are LocalDates and whose findings carry articles', () => {
    expectTypeOf(evaluateCase).returns.toEqualTypeOf<CaseState>();
    expectTypeOf(state.dueOn).toEqualTypeOf<LocalDate | null>();
    expectTypeOf(state.findings).toEqualTypeOf<readonly ProcedureFinding[]>();
  });

  it('builds a notice or says why not, never both', () => {
    const built = buildNotice('registrationReceipt', state, { agency: { name: '示范县人民政府办公室' } });
    expectTypeOf(built).toEqualTypeOf<NoticeResult>();
    if (built.success) expectTypeOf(built.notice).toEqualTypeOf<Notice>();
    else expectTypeOf(built.issues).toEqualTypeOf<readonly RequestIssue[]>();
    // @ts-expect-error a notice kind that does not exist
    buildNotice('noSuchNotice', state, { agency: { name: 'x' } });
  });
});
