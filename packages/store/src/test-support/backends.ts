// Test support: the two engines every store test runs on — embedded PGlite and a PostgreSQL server —
// each giving a fresh database and a way to run raw SQL against it (to tamper, as an attacker would).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../store.js';
import { openStore } from '../store.js';

/** A fresh database on one engine. */
export interface Backend {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** Where the database is, for a second connection or a child process. */
  readonly location: { readonly dataDir: string } | { readonly connectionString: string };
  open(): Promise<Store>;
  /** Runs SQL outside the store's API; the store must be closed first on PGlite. */
  raw(sql: string): Promise<void>;
  dispose(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.GK_TEST_DATABASE_URL;
  if (url === undefined || url === '')
    throw new Error('GK_TEST_DATABASE_URL is not set: the global setup starts a server (bash .ci/postgres.sh)');
  return url;
}

let counter = 0;

/** A new PGlite database in a temporary directory. */
export function pgliteBackend(): Backend {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-store-'));
  return {
    name: 'PGlite',
    location: { dataDir },
    open: () => openStore({ dataDir }),
    async raw(sql) {
      const db = await PGlite.create({ dataDir });
      try {
        await db.exec(sql);
      } finally {
        await db.close();
      }
    },
    dispose: () => Promise.resolve(),
  };
}

/** A new database on the test PostgreSQL server. */
export async function serverBackend(): Promise<Backend> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  const name = `gk_test_${String(process.pid)}_${String(Date.now())}_${String(counter++)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  return {
    name: 'PostgreSQL',
    location: { connectionString },
    open: () => openStore({ connectionString }),
    async raw(sql) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async dispose() {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Both engines, for `describe.each`. */
export const BACKENDS: readonly { readonly name: 'PGlite' | 'PostgreSQL'; readonly make: () => Promise<Backend> }[] = [
  { name: 'PGlite', make: () => Promise.resolve(pgliteBackend()) },
  { name: 'PostgreSQL', make: serverBackend },
];

/** A store open on a fresh database for a `describe` block; `store` may be replaced (reopened) by a test. */
export interface OpenStore {
  backend: Backend;
  store: Store;
}

/**
 * Opens a store on a fresh database before the block's tests and closes and disposes of it after.
 * @param make - the engine, from {@link BACKENDS}
 * @returns the backend and its store, set once the block starts
 */
export function openStoreFor(make: () => Promise<Backend>): OpenStore {
  const opened = {} as OpenStore;
  beforeAll(async () => {
    opened.backend = await make();
    opened.store = await opened.backend.open();
  }, 60_000);
  afterAll(async () => {
    await opened.store.close();
    await opened.backend.dispose();
  });
  return opened;
}
