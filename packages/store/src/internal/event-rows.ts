// The event log's one read query, shared by every reader (append, read, projections, verification).
import type { CaseEvent } from '@gk/request-workflow';
import { upcastCaseEvent } from '@gk/request-workflow';
import type { Db } from '../db.js';
import type { CaseRef } from '../store-types.js';
import { mergePersonalData } from './personal-data.js';

/** A row of the event log joined with its personal data. */
export interface EventRow extends Record<string, unknown> {
  agency_id: string;
  case_id: string;
  version: number;
  payload: CaseEvent;
  prev_hash: string;
  hash: string;
  personal: Record<string, unknown> | null;
}

const EVENT_ROWS = `SELECT e.agency_id, e.case_id, e.version, e.payload, e.prev_hash, e.hash, p.data AS personal
     FROM gk_events e LEFT JOIN gk_personal_data p USING (agency_id, case_id, version)`;

/**
 * Events as stored (masked) with their personal data and hashes: one case's, or every case's, in
 * (agency, case, version) order. The one query every reader of the log uses.
 */
export function selectEventRows(db: Db, ref?: CaseRef): Promise<EventRow[]> {
  return db.query<EventRow>(
    `${EVENT_ROWS} ${ref === undefined ? '' : 'WHERE e.agency_id = $1 AND e.case_id = $2'}
     ORDER BY e.agency_id, e.case_id, e.version`,
    ref === undefined ? [] : [ref.agencyId, ref.caseId],
  );
}

/** The same rows for every open (not concluded) case of some agencies, in (agency, case, version) order. */
export function selectOpenCaseEventRows(db: Db, agencyIds: readonly string[]): Promise<EventRow[]> {
  return db.query<EventRow>(
    `${EVENT_ROWS} WHERE e.agency_id = ANY($1)
       AND (e.agency_id, e.case_id) IN (SELECT agency_id, case_id FROM gk_cases WHERE agency_id = ANY($1) AND concluded_on IS NULL)
     ORDER BY e.agency_id, e.case_id, e.version`,
    [agencyIds],
  );
}

/**
 * A row's event as it is read: its personal data merged back, values stored in their spelling before
 * 0.2 in today's. The row itself is untouched, so the audit chain is verified on what was written.
 * @param row - the row
 * @returns the event
 */
export function eventOf(row: EventRow): CaseEvent {
  return upcastCaseEvent(mergePersonalData(row.payload, row.personal)).value;
}

/**
 * A row's event as it is read without its personal data (masked), in today's spellings.
 * @param row - the row
 * @returns the masked event
 */
export function maskedEventOf(row: EventRow): CaseEvent {
  return upcastCaseEvent(row.payload).value;
}
