import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { createIssue } from '@gk/core';
import { StoreError } from '../errors.js';

/** A held lock on a PGlite data directory; `release` removes it. */
export interface DirectoryLock {
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

const lockPathOf = (dataDir: string): string => `${dataDir.replace(/[/\\]+$/, '')}.lock`;

function readHolder(path: string): Holder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, since: String(value.since ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote a lock still runs (on this host; a lock from another host is kept). */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory for this process: a lock file beside it (`<dataDir>.lock`) created
 * exclusively, holding the pid, host and start time. PGlite is one writing process per directory; a
 * second opener fails at once with a {@link StoreError} naming the holder. A lock left by a process that
 * no longer runs on this host is taken over.
 * @param dataDir - the PGlite data directory
 * @returns the lock
 * @throws {@link StoreError} `store.locked` when a live process holds it
 */
export function lockDataDir(dataDir: string): DirectoryLock {
  const path = lockPathOf(dataDir);
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          if (readHolder(path)?.pid === mine.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder !== undefined && alive(holder)) {
        throw new StoreError([
          createIssue(
            'store.locked',
            { dataDir, holder: `进程 ${String(holder.pid)}，主机 ${holder.host}，自 ${holder.since}` },
            [],
          ),
        ]);
      }
      // A stale lock (its process is gone) or one half written: remove it and try again.
      rmSync(path, { force: true });
    }
  }
  throw new StoreError([createIssue('store.locked', { dataDir, holder: '无法确定' }, [])]);
}
