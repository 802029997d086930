// The database drivers are optional peers: a county on a PostgreSQL server installs `pg`, one on the
// embedded database installs `@electric-sql/pglite`, and neither installs the other. A driver that
// is missing is named, with the command that installs it.
import { StoreError } from './errors.js';

/** The drivers `openStore` loads, and the storage each serves. */
export type DriverPackage = '@electric-sql/pglite' | 'pg';

const missing = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
};

/**
 * Loads a driver, or fails with a `StoreError` (`store.driverMissing`) that names the package to
 * install when it is not installed. Any other failure is passed on as it is.
 * @param name - the package
 * @param load - imports it (`() => import('pg')`)
 */
export async function loadDriver<T>(name: DriverPackage, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!missing(error)) throw error;
    throw new StoreError([
      {
        code: 'store.driverMissing',
        path: [],
        params: { package: name, storage: name === 'pg' ? 'server' : 'embedded' },
        severity: 'error',
      },
    ]);
  }
}
