// What the store holds of some agencies for their 考核, in three queries whatever their number: their
// published publications (without bodies), their cases' projections, and the events of their open
// cases, which are evaluated as of the assessment day.
import type { PublicationState } from '@gk/publication';
import type { CaseState } from '@gk/request-workflow';
import type { WorkdayCalendar } from '@gk/workdays';
import type { Db } from './db.js';
import { createIssue } from '@gk/core';
import { StoreError } from './errors.js';
import { dateArgument, idArgument } from './internal/arguments.js';
import type { EventRow } from './internal/event-rows.js';
import { selectOpenCaseEventRows } from './internal/event-rows.js';
import type { CaseRow } from './projections.js';
import { CASE_COLUMNS, stateAsOf, toSummary } from './projections.js';

/** The most agencies {@link Store.agencyRecords} reads in one call; read a province in chunks. */
export const MAX_AGENCIES_PER_READ = 200;

/** What {@link Store.agencyRecords} returns per agency: the records `gatherEvidence` (`@gk/assessment`) reads. */
export interface AgencyStoreRecords {
  /** The same published states: what `checkCatalogueCompliance` reads of them. */
  readonly complianceSubjects: PublicationState[];
  /**
   * Its published publications' states, with their review findings but without their bodies (an
   * empty body) and issues: what the statutory-category and interpretation checks read.
   */
  readonly publications: PublicationState[];
  /** Every case, a concluded one as last stored, an open one evaluated as of `today`. */
  readonly cases: { caseId: string; state: CaseState }[];
}

/** Appends `value` to the list under `key`. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** `Store.agencyRecords` over a database handle; documented there. */
export async function agencyRecords(
  db: Db,
  calendar: WorkdayCalendar,
  agencyIds: readonly string[],
  today: string,
): Promise<Map<string, AgencyStoreRecords>> {
  if (!Array.isArray(agencyIds) || agencyIds.length > MAX_AGENCIES_PER_READ)
    throw new StoreError([
      createIssue(
        'store.argument',
        {
          name: 'agencyIds',
          expected: `至多 ${String(MAX_AGENCIES_PER_READ)} 个机关的标识`,
          value: String(agencyIds?.length),
        },
        ['agencyIds'],
      ),
    ]);
  agencyIds.forEach((id, i) => idArgument(`agencyIds[${String(i)}]`, id));
  dateArgument('today', today);
  const ids: string[] = [...new Set<string>(agencyIds)];
  const publications = new Map<string, PublicationState[]>();
  const published = await db.query<{
    agency_id: string;
    facts: PublicationState;
    findings: PublicationState['findings'];
  }>(
    `SELECT agency_id, facts, summary->'findings' AS findings FROM gk_publications
     WHERE agency_id = ANY($1) AND status = 'published' ORDER BY agency_id, publication_id`,
    [ids],
  );
  for (const row of published) push(publications, row.agency_id, { ...row.facts, findings: row.findings, issues: [] });
  const open = new Map<string, EventRow[]>();
  for (const row of await selectOpenCaseEventRows(db, ids)) push(open, `${row.agency_id}\u0000${row.case_id}`, row);
  const cases = new Map<string, { caseId: string; state: CaseState }[]>();
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM gk_cases WHERE agency_id = ANY($1) ORDER BY agency_id, case_id`,
    [ids],
  );
  for (const row of rows) {
    const { agencyId, caseId, state } = toSummary(row);
    const events = open.get(`${agencyId}\u0000${caseId}`);
    // An open case is evaluated as of today, so that one past its time limit counts as overdue.
    push(cases, agencyId, { caseId, state: events === undefined ? state : stateAsOf(events, calendar, today) });
  }
  return new Map(
    ids.map((id) => {
      const states = publications.get(id) ?? [];
      return [id, { complianceSubjects: states, publications: states, cases: cases.get(id) ?? [] }];
    }),
  );
}
