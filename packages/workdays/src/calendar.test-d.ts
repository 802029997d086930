import type { LocalDate } from '@gk/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { DayKind, WorkdaysIssue } from './index.js';
import { chinaCalendar, WorkdaysError } from './index.js';

describe('types', () => {
  it('returns branded LocalDate values from date arithmetic', () => {
    expectTypeOf(chinaCalendar.addWorkdays('2025-01-02', 1)).toEqualTypeOf<LocalDate>();
    expectTypeOf(chinaCalendar.coverage.first).toEqualTypeOf<LocalDate>();
    expectTypeOf(chinaCalendar.describeDay('2025-01-02').kind).toEqualTypeOf<DayKind>();
  });

  it('narrows issues by code to their params', () => {
    const issue = new WorkdaysError([]).issues[0];
    expectTypeOf(issue).toEqualTypeOf<WorkdaysIssue | undefined>();
    if (issue?.code === 'workdays.outsideCoverage') {
      expectTypeOf(issue.params).toEqualTypeOf<{
        readonly date: string;
        readonly first: string;
        readonly last: string;
      }>();
    }
    if (issue?.code === 'date.nonexistent') expectTypeOf(issue.params.daysInMonth).toBeNumber();
  });
});
