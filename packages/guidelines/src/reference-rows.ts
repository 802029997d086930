import { REFERENCE_ROWS } from './data/reference-rows.js';
import { findPilotDomain } from './domains.js';
import type { ReferenceRow } from './reference-row.js';

/**
 * The reference rows of one pilot domain, matched by id, pilot name or later name.
 * @param domain - e.g. `compulsoryEducation`, 义务教育, 生态环境
 * @returns the rows, in source order; empty for an unknown domain
 */
export function referenceRowsOf(domain: string): readonly ReferenceRow[] {
  const wanted = findPilotDomain(domain);
  if (wanted === undefined) return [];
  return REFERENCE_ROWS.filter((row) => findPilotDomain(row.domain)?.id === wanted.id);
}
