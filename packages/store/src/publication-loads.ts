// What compliance checks and counts load of an agency's publications: the states (with or without
// bodies) and the narrow rows a county-wide compliance check reads.
import type { ComplianceSubject, PublicationState, PublishedVersion } from '@gk/publication';
import type { Db } from './db.js';
import { idArgument } from './internal/arguments.js';

/** What {@link PublicationStore.states} loads. */
export interface PublicationStatesOptions {
  /**
   * Only published ones, without their bodies, review findings and issues (an empty body, empty
   * lists): for pages and counts that do not print the text, loaded about twice as fast. `false` by
   * default.
   */
  readonly forCompliance?: boolean;
}

/** `Store.complianceSubjects` over a database handle; documented there. */
export async function complianceSubjects(db: Db, agencyId: string): Promise<ComplianceSubject[]> {
  idArgument('agencyId', agencyId);
  const rows = await db.query<{ index_no: string | null; items: string[]; versions: PublishedVersion[] }>(
    `SELECT index_no, catalogue_item_ids AS items, facts->'versions' AS versions FROM gk_publications
     WHERE agency_id = $1 AND status = 'published' ORDER BY publication_id`,
    [agencyId],
  );
  return rows.map((row) => ({
    status: 'published',
    indexNo: row.index_no,
    versions: row.versions,
    metadata: { catalogueItemIds: row.items },
  }));
}

/** The publications' states of an agency, every status, for compliance checks. */
export async function publicationStates(
  db: Db,
  agencyId: string,
  options: PublicationStatesOptions = {},
): Promise<PublicationState[]> {
  idArgument('agencyId', agencyId);
  const sql =
    options.forCompliance === true
      ? `SELECT facts AS summary FROM gk_publications WHERE agency_id = $1 AND status = 'published' ORDER BY publication_id`
      : 'SELECT summary FROM gk_publications WHERE agency_id = $1 ORDER BY publication_id';
  const rows = await db.query<{ summary: PublicationState }>(sql, [agencyId]);
  return options.forCompliance === true
    ? rows.map((row) => ({ ...row.summary, findings: [], issues: [] }))
    : rows.map((row) => row.summary);
}
