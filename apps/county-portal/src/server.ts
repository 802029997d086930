// Opening the store, seeding, serving: the edge of the portal.
import type { LocalDate } from '@gk/core';
import { localDateFromInstant } from '@gk/core';
import type { Store } from '@gk/store';
import { openStore, StoreError } from '@gk/store';
import type { WorkdayCalendar } from '@gk/workdays';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createPortal } from './app.js';
import { PortalData } from './data.js';
import { seed } from './seed.js';

/** Options of {@link startPortal}. */
export interface StartOptions {
  /** `{ memory: true }`, `{ dataDir }` or `{ connectionString }`. */
  readonly location: Parameters<typeof openStore>[0];
  /** A hot standby the public pages read from (`DATABASE_READ_URL`); the primary otherwise. */
  readonly readLocation?: { readonly connectionString: string };
  /** A fixed date (tests, screenshots); the clock in Asia/Shanghai otherwise. */
  readonly today?: LocalDate;
  /** 0 picks a free port. */
  readonly port: number;
  readonly hostname?: string;
  /** The origin people reach the portal at; the address it listens on by default. */
  readonly publicOrigin?: string;
  /** The audit key: when given, a signed checkpoint is taken on start and then daily. */
  readonly auditKey?: string;
}

/** A running portal. */
export interface RunningPortal {
  readonly url: string;
  readonly store: Store;
  readonly seedSummary: string;
  /** The root of the checkpoint taken on start, when an audit key was given. */
  readonly checkpointRoot?: string;
  close(): Promise<void>;
}

/**
 * Opens the hot standby read only, waiting up to 10 s for it to replay the primary's migrations
 * (`store.standbyBehind`) — a standby started with the primary lags it by a moment.
 */
async function openStandby(location: { readonly connectionString: string }, calendar: WorkdayCalendar): Promise<Store> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openStore(location, { readOnly: true, calendar });
    } catch (error) {
      const behind = error instanceof StoreError && error.issues.some((i) => i.code === 'store.standbyBehind');
      if (!behind || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Opens the store, seeds it when empty, and serves the portal. */
export async function startPortal(options: StartOptions): Promise<RunningPortal> {
  const today = (): LocalDate => options.today ?? localDateFromInstant(new Date().toISOString());
  const store = await openStore(options.location);
  const data = new PortalData(store);
  const { summary } = await seed(store, today());
  // The calendar with the notices the office has added; projections are rebuilt with it on every start,
  // so due dates follow the calendar and the rules of this version.
  const calendar = await data.calendar();
  await store.useCalendar(calendar);
  // The standby is read only: opened without migrations, with the same calendar in memory.
  const readStore = options.readLocation === undefined ? undefined : await openStandby(options.readLocation, calendar);
  const readData = readStore === undefined ? undefined : new PortalData(readStore);
  const { auditKey } = options;
  const checkpoint = auditKey === undefined ? undefined : await store.checkpoint(auditKey);
  const daily =
    auditKey === undefined
      ? undefined
      : setInterval(() => void store.checkpoint(auditKey).catch(() => undefined), 24 * 3600 * 1000);
  daily?.unref();
  const hostname = options.hostname ?? '127.0.0.1';
  // The portal needs its public origin, which defaults to the address known once the port is bound;
  // nothing reaches the server before that address is printed.
  const portal: { app?: ReturnType<typeof createPortal> } = {};
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        fetch: (request, env) =>
          portal.app === undefined ? new Response(null, { status: 503 }) : portal.app.fetch(request, env),
        port: options.port,
        hostname,
      },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${String(port)}`;
  portal.app = createPortal({
    data,
    ...(readData === undefined ? {} : { readData }),
    today,
    publicOrigin: options.publicOrigin ?? url,
  });
  return {
    url,
    store,
    seedSummary: summary,
    ...(checkpoint === undefined ? {} : { checkpointRoot: checkpoint.root }),
    close: async () => {
      clearInterval(daily);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await readStore?.close();
    },
  };
}
