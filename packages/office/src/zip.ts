// Reading an Office file's ZIP container without trusting it: the central directory is read first, every
// declared size is checked against the limits before anything is inflated, and an entry is inflated with
// a hard output limit, so a zip bomb that lies about its sizes stops at the limit instead of eating memory.
import { inflateRawSync } from 'node:zlib';

/** One file in a ZIP container, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size it declares once inflated; {@link readZipEntry} holds it to that. */
  readonly size: number;
  readonly headerOffset: number;
}

/** Why a container cannot be read. */
export type ZipProblem =
  | { readonly kind: 'notZip' }
  | { readonly kind: 'zip64' }
  | { readonly kind: 'tooManyEntries'; readonly limit: number }
  | { readonly kind: 'method'; readonly name: string }
  | { readonly kind: 'entryTooLarge'; readonly name: string; readonly limit: number }
  | { readonly kind: 'sizeMismatch'; readonly name: string };

/** A refused container or entry. */
export class ZipLimitError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super(problem.kind);
    this.name = 'ZipLimitError';
    this.problem = problem;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end-of-directory record is 22 bytes plus a comment of at most 65 535. */
const EOCD_SEARCH = 22 + 0xffff;

/**
 * The entries a ZIP container's central directory declares, without inflating anything.
 * @param bytes - the container
 * @param maxEntries - the most entries accepted
 * @throws {@link ZipLimitError} for something that is not a ZIP, a ZIP64 container, or too many entries
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipLimitError({ kind: 'notZip' });
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipLimitError({ kind: 'zip64' });
  if (count > maxEntries) throw new ZipLimitError({ kind: 'tooManyEntries', limit: maxEntries });
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipLimitError({ kind: 'notZip' });
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const headerOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff)
      throw new ZipLimitError({ kind: 'zip64' });
    if (at + 46 + nameLength > bytes.length) throw new ZipLimitError({ kind: 'notZip' });
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      headerOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's bytes, inflated with a hard limit: never more than the entry declares, and never more
 * than `maxBytes`.
 * @param bytes - the container
 * @param entry - an entry from {@link zipEntries}
 * @param maxBytes - the most bytes the entry may inflate to
 * @throws {@link ZipLimitError} when the entry is larger than declared or than allowed
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.size > maxBytes) throw new ZipLimitError({ kind: 'entryTooLarge', name: entry.name, limit: maxBytes });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipLimitError({ kind: 'notZip' });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipLimitError({ kind: 'notZip' });
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipLimitError({ kind: 'sizeMismatch', name: entry.name });
    return data;
  }
  if (entry.method !== 8) throw new ZipLimitError({ kind: 'method', name: entry.name });
  let out: Uint8Array;
  try {
    // One byte more than declared: an entry that inflates past its declared size is caught at once.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
  } catch {
    throw new ZipLimitError({ kind: 'sizeMismatch', name: entry.name });
  }
  if (out.length !== entry.size) throw new ZipLimitError({ kind: 'sizeMismatch', name: entry.name });
  return out;
}
