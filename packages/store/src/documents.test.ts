// updateDocument: one writer at a time for a document, in one process and across two on one server.
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import type { Store } from './store.js';
import { BACKENDS, openStoreFor, serverBackend } from './test-support/backends.js';

interface Places {
  readonly taken: readonly number[];
}

/** Takes a place if one is left (capacity 29): the read and the write are one step. */
const take = (store: Store, n: number) =>
  store.updateDocument<Places>({ agencyId: 'a', kind: 'places', id: 'day-1' }, (current) => {
    const taken = current?.taken ?? [];
    return taken.length >= 29 ? undefined : { taken: [...taken, n] };
  });

describe.each(BACKENDS)('updateDocument on $name', ({ make }) => {
  const db = openStoreFor(make);

  it('gives 40 simultaneous takers exactly the 29 places, none lost', async () => {
    await Promise.all(Array.from({ length: 40 }, async (_, n) => take(db.store, n)));
    const places = await db.store.getDocument<Places>({ agencyId: 'a', kind: 'places', id: 'day-1' });
    expect(places?.taken).toHaveLength(29);
    expect(new Set(places?.taken).size).toBe(29);
  });

  it('writes nothing when the update says so, and refuses a NUL byte', async () => {
    const ref = { agencyId: 'a', kind: 'note', id: 'n' };
    expect(await db.store.updateDocument(ref, () => undefined)).toBeUndefined();
    expect(await db.store.getDocument(ref)).toBeUndefined();
    await expect(db.store.updateDocument(ref, () => ({ text: 'a\u0000b' }))).rejects.toBeInstanceOf(StoreError);
    await expect(db.store.updateDocument({ ...ref, id: ' ' }, () => ({}))).rejects.toThrow('文档标识缺少“id”');
  });
});

describe('updateDocument across two processes’ connections to one server', () => {
  it('keeps the count when two stores take places at the same time', async () => {
    const backend = await serverBackend();
    const [first, second] = [await backend.open(), await backend.open()];
    try {
      await Promise.all(Array.from({ length: 40 }, async (_, n) => take(n % 2 === 0 ? first : second, n)));
      const places = await first.getDocument<Places>({ agencyId: 'a', kind: 'places', id: 'day-1' });
      expect(places?.taken).toHaveLength(29);
      expect(new Set(places?.taken).size).toBe(29);
    } finally {
      await first.close();
      await second.close();
      await backend.dispose();
    }
  }, 60_000);
});
