import type { AuditCheckpoint, AuditVerification, Store } from '@gk/store';
import { asCheckpoint, openStore, StoreError } from '@gk/store';
import type { Context } from '../io.js';
import { CliError, readJson, readText, writeOutput } from '../io.js';

/** Where the store is and the audit key, as `gk store` takes them. */
export interface StoreOptions {
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly keyFile?: string;
}

/** The options of `gk store checkpoint`. */
export interface CheckpointOptions extends StoreOptions {
  readonly out?: string;
  readonly force?: boolean;
}

/** The options of `gk store verify`. */
export interface VerifyOptions extends StoreOptions {
  readonly checkpoint?: string;
  readonly json?: boolean;
}

/** The audit key: from `--key-file`, else from `GK_AUDIT_KEY`. */
function auditKey(ctx: Context, options: StoreOptions): string {
  const key = options.keyFile === undefined ? ctx.io.env?.GK_AUDIT_KEY : readText(ctx, options.keyFile).trim();
  if (key === undefined || key === '') throw new CliError(ctx.t.auditKeyMissing);
  return key;
}

async function withStore<T>(ctx: Context, options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const url = options.databaseUrl ?? ctx.io.env?.DATABASE_URL;
  if (options.dataDir === undefined && (url === undefined || url === '')) throw new CliError(ctx.t.storeMissing);
  let store: Store;
  try {
    store = await openStore(
      options.dataDir !== undefined ? { dataDir: options.dataDir } : { connectionString: url ?? '' },
    );
  } catch (error) {
    throw new CliError(error instanceof StoreError ? error.format(ctx.locale) : ctx.t.storeUnopenable(String(error)));
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.format(ctx.locale));
    throw error;
  } finally {
    await store.close();
  }
}

/**
 * `gk store checkpoint`: signs a checkpoint of the audit log with the audit key, keeps it in the
 * database and writes it to `--out` (keep that file outside the database) or standard output.
 * @returns the exit code
 */
export async function checkpointCommand(ctx: Context, options: CheckpointOptions): Promise<number> {
  const key = auditKey(ctx, options);
  const checkpoint = await withStore(ctx, options, (store) => store.checkpoint(key));
  const json = `${JSON.stringify(checkpoint, null, 2)}\n`;
  if (options.out === undefined) ctx.io.stdout.write(json);
  else {
    writeOutput(ctx, options.out, json, options.force === true);
    ctx.io.stderr.write(`${ctx.t.written(options.out)}\n`);
  }
  ctx.io.stderr.write(`${ctx.t.checkpointTaken(checkpoint.events, checkpoint.root)}\n`);
  return 0;
}

/**
 * `gk store verify`: checks the audit log against a signed checkpoint (`--checkpoint <file>`, or the
 * latest in the database) and the hash chain.
 * @returns 0 when intact, 1 when tampering is found
 */
export async function verifyCommand(ctx: Context, options: VerifyOptions): Promise<number> {
  const key = auditKey(ctx, options);
  let checkpoint: AuditCheckpoint | undefined;
  if (options.checkpoint !== undefined) {
    const parsed = asCheckpoint(readJson(ctx, options.checkpoint));
    if (parsed === null) throw new CliError(ctx.t.checkpointInvalid(options.checkpoint));
    checkpoint = parsed;
  }
  const result: AuditVerification = await withStore(ctx, options, (store) => store.verifyAudit(key, checkpoint));
  ctx.io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${ctx.t.audit(result)}\n`);
  return result.ok ? 0 : 1;
}
