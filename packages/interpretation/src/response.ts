import type { DocumentReference } from '@gk/core';
import { createIssue } from '@gk/core';
import type { InterpretationIssue } from './issues.js';

/** The level of an incident: 特别重大、重大突发事件 (`especiallyMajor`, `major`), or other 政务舆情. */
export type IncidentLevel = 'especiallyMajor' | 'major' | 'other';

/** A duty of 回应关切. */
export type ResponseDuty = 'authoritativeInformation' | 'pressConference' | 'response';

/** A 政务舆情 incident: its level, when it was first known, and what was done when. */
export interface OpinionIncident {
  readonly id: string;
  readonly title: string;
  readonly level: IncidentLevel;
  /** The instant the incident was first known, ISO 8601 with an offset. */
  readonly firstKnownAt: string;
  /** What was done: each duty with its instant. */
  readonly actions: readonly { readonly duty: ResponseDuty; readonly at: string }[];
}

/** The result for one duty. */
export interface DutyCompliance {
  readonly duty: ResponseDuty;
  /** Hours allowed from the first-known instant. */
  readonly limitHours: number;
  /** The instant it is due, ISO 8601 in UTC. */
  readonly dueAt: string;
  /** The first instant it was done, as recorded; `null` if not yet. */
  readonly doneAt: string | null;
  /** Hours from first known to done, to one decimal; `null` if not done. */
  readonly hoursTaken: number | null;
  /** `met`, `late`, `missed` (due passed, not done) or `pending` (not due yet, not done). */
  readonly status: 'met' | 'late' | 'missed' | 'pending';
  /** The rule. */
  readonly reference: DocumentReference;
}

const R80: DocumentReference = { law: 'openGovernmentRules2016' };
const R61: DocumentReference = { law: 'opinionResponse2016' };

/** The duties of each level, with their hours and rules. */
export const RESPONSE_DUTIES: Readonly<
  Record<
    IncidentLevel,
    readonly { readonly duty: ResponseDuty; readonly hours: number; readonly reference: DocumentReference }[]
  >
> = {
  especiallyMajor: [
    { duty: 'authoritativeInformation', hours: 5, reference: R80 },
    { duty: 'pressConference', hours: 24, reference: R80 },
  ],
  major: [
    { duty: 'authoritativeInformation', hours: 5, reference: R80 },
    { duty: 'pressConference', hours: 24, reference: R80 },
  ],
  other: [{ duty: 'response', hours: 48, reference: R61 }],
};

const HOUR = 3_600_000;

/**
 * Checks an incident's response against its clocks: for 特别重大、重大突发事件, authoritative
 * information within 5 hours and a press conference within 24 hours (国办发〔2016〕80号); for other
 * 政务舆情, a response within 48 hours (国办发〔2016〕61号). Hours run from the first-known instant.
 * @param incident - the incident and its actions
 * @param now - the current instant (ISO 8601 with an offset), to tell pending from missed
 * @returns one result per duty, and the issues for late or missed duties
 */
export function checkResponse(
  incident: OpinionIncident,
  now: string,
): { readonly duties: readonly DutyCompliance[]; readonly issues: readonly InterpretationIssue[] } {
  const known = Date.parse(incident.firstKnownAt);
  const current = Date.parse(now);
  const issues: InterpretationIssue[] = [];
  const duties = (RESPONSE_DUTIES[incident.level] ?? []).map(({ duty, hours, reference }): DutyCompliance => {
    const due = known + hours * HOUR;
    const done = incident.actions
      .filter((action) => action.duty === duty && !Number.isNaN(Date.parse(action.at)))
      .map((action) => Date.parse(action.at))
      .sort((a, b) => a - b)[0];
    const dueAt = Number.isNaN(due) ? '' : new Date(due).toISOString();
    const taken = done === undefined ? null : Math.round(((done - known) / HOUR) * 10) / 10;
    const status: DutyCompliance['status'] =
      done !== undefined ? (done <= due ? 'met' : 'late') : current > due ? 'missed' : 'pending';
    if (status === 'late' && taken !== null)
      issues.push({
        ...createIssue('response.late', { duty, hours: taken, limit: hours }, ['actions']),
        reference,
      });
    if (status === 'missed')
      issues.push({
        ...createIssue('response.missing', { duty, dueAt }, ['actions']),
        reference,
      });
    return {
      duty,
      limitHours: hours,
      dueAt,
      doneAt: done === undefined ? null : new Date(done).toISOString(),
      hoursTaken: taken,
      status,
      reference,
    };
  });
  return { duties, issues };
}
