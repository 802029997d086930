import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/** A row of a query result. */
export type Row = Record<string, unknown>;

/** The little the store needs of a database connection: queries, and transactions on one connection. */
export interface Db {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs SQL of several statements, without parameters. */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** A PGlite database as a {@link Db}. */
export function pgliteDb(db: PGlite): Db {
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Omit<Db, 'transaction' | 'close' | 'kind'> => ({
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) =>
      db.transaction(async (tx) => {
        const inner: Db = { kind: 'pglite', ...wrap(tx), transaction: (w) => w(inner), close: () => Promise.resolve() };
        return work(inner);
      }),
    close: () => db.close(),
  };
}

function clientDb(client: PoolClient): Db {
  const db: Db = {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    transaction: (work) => work(db),
    close: () => Promise.resolve(),
  };
  return db;
}

/** A PostgreSQL server (or a compatible engine) through a `pg` pool, as a {@link Db}. */
export function poolDb(pool: Pool): Db {
  // An idle connection the server closes (a restart, an administrator) must not crash the process:
  // the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(clientDb(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
