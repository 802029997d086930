import { describe, expect, it } from 'vitest';
import { loadDriver } from './drivers.js';
import { StoreError } from './errors.js';

const notInstalled = (code: string) => () => Promise.reject(Object.assign(new Error(`Cannot find package`), { code }));

describe('the optional database drivers', () => {
  it('names the driver to install when it is missing, for ESM and CommonJS alike', async () => {
    for (const code of ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']) {
      const error = await loadDriver('pg', notInstalled(code)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).message).toBe('连接 PostgreSQL 服务器需要安装 pg：npm install pg（或 pnpm add pg）');
    }
    const embedded = await loadDriver('@electric-sql/pglite', notInstalled('ERR_MODULE_NOT_FOUND')).catch(
      (e: unknown) => e as StoreError,
    );
    expect(embedded.format('en')).toBe(
      'The embedded database (PGlite) needs @electric-sql/pglite installed: npm install @electric-sql/pglite (or pnpm add @electric-sql/pglite)',
    );
  });

  it('passes any other failure on as it is, and a driver that loads', async () => {
    const broken = new Error('native binding failed');
    await expect(loadDriver('pg', () => Promise.reject(broken))).rejects.toBe(broken);
    await expect(loadDriver('pg', () => import('pg'))).resolves.toHaveProperty('default.Pool');
  });
});
