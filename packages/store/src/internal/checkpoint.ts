// Audit checkpoints: the audit log's state at a moment, signed with a key the database does not hold.
// The hash chain alone shows an event changed in place; it cannot show a case's last events cut off, a
// case deleted whole, or a case rewritten with every hash recomputed. A checkpoint kept outside the
// database (exported to a file, or only its root written in a register) shows all three.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createIssue } from '@gk/core';
import { StoreError } from '../errors.js';
import { canonicalJson } from './canonical.js';

/** The format of a checkpoint, so a later version can read an earlier one. */
export const CHECKPOINT_FORMAT = 'gk-checkpoint/1';
/** The shortest key accepted: 32 characters (or bytes) of secret. */
export const MIN_AUDIT_KEY_LENGTH = 32;
/** How much of each event's hash a checkpoint keeps: 64 bits locate a change, the signature proves it. */
const PREFIX = 16;

/** A case in a checkpoint: the start of each of its events' hashes, in version order. */
export interface CheckpointCase {
  readonly agencyId: string;
  readonly caseId: string;
  readonly hashes: readonly string[];
}

/**
 * The audit log at a moment, signed (HMAC-SHA256) with the audit key. `root` is the SHA-256 of every
 * event's full hash in order: 64 hex characters an office can also write in a paper register.
 */
export interface AuditCheckpoint {
  /** The checkpoint format's version. */
  readonly format: typeof CHECKPOINT_FORMAT;
  /** The instant it was made, ISO 8601 with an offset. */
  readonly createdAt: string;
  /** How many events the audit log held. */
  readonly events: number;
  /** The SHA-256 over every event's hash in (agency, case, version) order. */
  readonly root: string;
  /** Each case with its events' hashes, in order. */
  readonly cases: readonly CheckpointCase[];
  /** The HMAC-SHA256 of the checkpoint with the audit key: a changed checkpoint no longer verifies. */
  readonly mac: string;
}

/** An event's place and full hash, in (agency, case, version) order. */
export interface EventHead {
  readonly agencyId: string;
  readonly caseId: string;
  readonly version: number;
  readonly hash: string;
}

/** The audit key as bytes, refused when too short. */
export function auditKeyBytes(key: string | Uint8Array): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (bytes.length < MIN_AUDIT_KEY_LENGTH)
    throw new StoreError([createIssue('store.auditKey', { min: MIN_AUDIT_KEY_LENGTH }, [])]);
  return bytes;
}

const macOf = (key: Uint8Array, body: Omit<AuditCheckpoint, 'mac'>): string =>
  createHmac('sha256', key).update(canonicalJson(body)).digest('hex');

/** The SHA-256 of the events' full hashes, in order. */
export function rootOf(events: readonly EventHead[]): string {
  const hash = createHash('sha256');
  for (const e of events) hash.update(`${e.agencyId}\u0000${e.caseId}\u0000${String(e.version)}\u0000${e.hash}\n`);
  return hash.digest('hex');
}

/**
 * A signed checkpoint of the given events.
 * @param events - every event's place and hash, in (agency, case, version) order
 * @param key - the audit key
 * @param createdAt - the moment, ISO 8601
 */
export function signCheckpoint(
  events: readonly EventHead[],
  key: string | Uint8Array,
  createdAt: string,
): AuditCheckpoint {
  const cases: { agencyId: string; caseId: string; hashes: string[] }[] = [];
  for (const e of events) {
    const last = cases[cases.length - 1];
    if (last?.agencyId === e.agencyId && last.caseId === e.caseId) last.hashes.push(e.hash.slice(0, PREFIX));
    else cases.push({ agencyId: e.agencyId, caseId: e.caseId, hashes: [e.hash.slice(0, PREFIX)] });
  }
  const body = { format: CHECKPOINT_FORMAT, createdAt, events: events.length, root: rootOf(events), cases } as const;
  return { ...body, mac: macOf(auditKeyBytes(key), body) };
}

/** Whether a checkpoint's signature is the audit key's. */
export function checkpointSigned(checkpoint: AuditCheckpoint, key: string | Uint8Array): boolean {
  const { mac, ...body } = checkpoint;
  if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return false;
  const expected = Buffer.from(macOf(auditKeyBytes(key), body), 'hex');
  return timingSafeEqual(expected, Buffer.from(mac, 'hex'));
}

/** Where the database differs from a checkpoint, at the first place found. */
export type CheckpointDifference =
  | { readonly reason: 'caseDeleted'; readonly agencyId: string; readonly caseId: string }
  | {
      readonly reason: 'truncated' | 'rewritten';
      readonly agencyId: string;
      readonly caseId: string;
      readonly version: number;
    };

/**
 * The first place where the events differ from what a checkpoint recorded: a case gone, a case with
 * fewer events, or an event whose hash is not the one recorded. Events after the checkpoint are not
 * compared (the chain still covers them).
 * @param checkpoint - a checkpoint whose signature was checked
 * @param events - every event's place and hash, in (agency, case, version) order
 */
export function compareCheckpoint(
  checkpoint: AuditCheckpoint,
  events: readonly EventHead[],
): CheckpointDifference | null {
  const byCase = new Map<string, string[]>();
  for (const e of events) {
    const key = `${e.agencyId}\u0000${e.caseId}`;
    const list = byCase.get(key) ?? [];
    list[e.version - 1] = e.hash;
    byCase.set(key, list);
  }
  for (const recorded of checkpoint.cases) {
    const { agencyId, caseId } = recorded;
    const now = byCase.get(`${agencyId}\u0000${caseId}`);
    if (now === undefined) return { reason: 'caseDeleted', agencyId, caseId };
    for (const [index, prefix] of recorded.hashes.entries()) {
      const hash = now[index];
      if (hash === undefined) return { reason: 'truncated', agencyId, caseId, version: index + 1 };
      if (hash.slice(0, PREFIX) !== prefix) return { reason: 'rewritten', agencyId, caseId, version: index + 1 };
    }
  }
  return null;
}

/**
 * Reads a checkpoint from JSON (an exported file), checking its shape; the signature is checked apart.
 * @param value - the parsed JSON
 * @returns the checkpoint, or `null` when it is not one
 */
export function asCheckpoint(value: unknown): AuditCheckpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const hex = (s: unknown, n: number): boolean => typeof s === 'string' && s.length === n && /^[0-9a-f]+$/.test(s);
  if (
    v.format !== CHECKPOINT_FORMAT ||
    typeof v.createdAt !== 'string' ||
    typeof v.events !== 'number' ||
    !hex(v.root, 64) ||
    !hex(v.mac, 64) ||
    !Array.isArray(v.cases)
  )
    return null;
  for (const c of v.cases as unknown[]) {
    if (typeof c !== 'object' || c === null) return null;
    const entry = c as Record<string, unknown>;
    if (typeof entry.agencyId !== 'string' || typeof entry.caseId !== 'string' || !Array.isArray(entry.hashes))
      return null;
    if (!(entry.hashes as unknown[]).every((h) => hex(h, PREFIX))) return null;
  }
  return value as AuditCheckpoint;
}
