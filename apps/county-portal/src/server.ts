// Opening the store, seeding, serving: the edge of the portal.
import type { LocalDate } from '@gk/core';
import { localDateFromInstant } from '@gk/core';
import type { Store } from '@gk/store';
import { openStore } from '@gk/store';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createPortal } from './app.js';
import { PortalData } from './data.js';
import { seed } from './seed.js';

/** Options of {@link startPortal}. */
export interface StartOptions {
  /** `{ memory: true }`, `{ dataDir }` or `{ connectionString }`. */
  readonly location: Parameters<typeof openStore>[0];
  /** A fixed date (tests, screenshots); the clock in Asia/Shanghai otherwise. */
  readonly today?: LocalDate;
  /** 0 picks a free port. */
  readonly port: number;
  readonly hostname?: string;
}

/** A running portal. */
export interface RunningPortal {
  readonly url: string;
  readonly store: Store;
  readonly seedSummary: string;
  close(): Promise<void>;
}

/** Opens the store, seeds it when empty, and serves the portal. */
export async function startPortal(options: StartOptions): Promise<RunningPortal> {
  const today = (): LocalDate => options.today ?? localDateFromInstant(new Date().toISOString());
  const store = await openStore(options.location);
  const data = new PortalData(store);
  const { summary } = await seed(store, today());
  // The calendar with the notices the office has added; projections are rebuilt with it on every start,
  // so due dates follow the calendar and the rules of this version.
  await store.useCalendar(await data.calendar());
  const app = createPortal({ data, today });
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${String(port)}`,
    store,
    seedSummary: summary,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
