import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of the chain's first link's predecessor. */
export const GENESIS: string = '0'.repeat(64);

/** SHA-256 of the previous link and the event's canonical form, hex. */
export function linkHash(previous: string, agencyId: string, caseId: string, version: number, event: unknown): string {
  return createHash('sha256')
    .update(`${previous}\n${canonicalJson({ agencyId, caseId, version, event })}`)
    .digest('hex');
}
