import { formatCitation } from '@gk/core';
import type { LegalCitation } from '@gk/core';
import { evaluateCase, explainDeadline, formatRequestIssue } from '@gk/request-workflow';
import type { Context } from '../io.js';
import { readJson } from '../io.js';
import type { CalendarOptions } from './workdays.js';
import { calendarOf } from './workdays.js';

/** The options of `gk request deadline`. */
export interface DeadlineOptions extends CalendarOptions {
  readonly today: string;
  readonly json?: boolean;
}

/**
 * `gk request deadline <events.json>`: the answer's due date and every rule that shaped it, each
 * with its article; procedural findings and problems in the file follow.
 * @param ctx - the context
 * @param file - a JSON array of case events (or `{ "events": [...] }`)
 * @param options - `today`, `json`
 * @returns the exit code: 1 when the file has errors
 */
export function deadlineCommand(ctx: Context, file: string, options: DeadlineOptions): number {
  const input = readJson(ctx, file);
  const events =
    typeof input === 'object' && input !== null && !Array.isArray(input) && 'events' in input ? input.events : input;
  const state = evaluateCase(Array.isArray(events) ? events : [events], {
    calendar: calendarOf(ctx, options),
    today: options.today,
  });
  const errors = state.issues.filter((issue) => issue.severity === 'error').length;
  const at = (citation: LegalCitation): string =>
    ctx.locale === 'en'
      ? ` (${formatCitation(citation, { locale: 'en', short: true })})`
      : `（${formatCitation(citation, { short: true })}）`;
  const lines = explainDeadline(state, { locale: ctx.locale });
  const t = ctx.t.deadline;
  const findings = state.findings.map(
    (finding) => `${formatRequestIssue(finding, ctx.locale)}${finding.citation ? at(finding.citation) : ''}`,
  );
  const issues = state.issues.map((issue) => formatRequestIssue(issue, ctx.locale));
  if (options.json === true) {
    ctx.io.stdout.write(
      `${JSON.stringify(
        {
          receivedOn: state.receivedOn,
          originalDueOn: state.originalDueOn,
          pausedWorkdays: state.pausedWorkdays,
          extension: state.extension,
          deferral: state.deferral,
          dueOn: state.dueOn,
          dueOnProvisional: state.dueOnProvisional,
          workdaysLeft: state.workdaysLeft,
          overdue: state.overdue,
          rules: lines.map((line) => ({
            text: line.text,
            ...(line.citation ? { citation: formatCitation(line.citation, { locale: ctx.locale }) } : {}),
          })),
          findings,
          issues,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    for (const line of lines) ctx.io.stdout.write(`${line.text}${line.citation ? at(line.citation) : ''}\n`);
    if (findings.length > 0) ctx.io.stdout.write(`${t.findings}\n${findings.map((f) => `  ${f}`).join('\n')}\n`);
    if (issues.length > 0) ctx.io.stdout.write(`${t.inputIssues}\n${issues.map((f) => `  ${f}`).join('\n')}\n`);
  }
  return errors > 0 ? 1 : 0;
}
