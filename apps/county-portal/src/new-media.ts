// The county's 政务新媒体 registry: each account's history kept as a document of the county, evaluated
// by @gk/publication (evaluateNewMediaAccount) and checked as of today (checkNewMediaRegistry).
import type { LocalDate } from '@gk/core';
import { addDays } from '@gk/core';
import type { NewMediaAccount, NewMediaEvent, NewMediaIssue, NewMediaPlatform } from '@gk/publication';
import { checkNewMediaRegistry, evaluateNewMediaAccount } from '@gk/publication';
import type { Store } from '@gk/store';
import newMediaSeed from '../seed/new-media.json' with { type: 'json' };
import type { PortalData } from './data.js';
import { COUNTY_AGENCY_ID } from './data.js';

/** The kind of the county's documents that hold one account each. */
export const NEW_MEDIA_KIND = 'newMediaAccount';

/** An account as stored: the operating agency and the steps of its history. */
export interface StoredNewMediaAccount {
  readonly agencyId: string;
  readonly events: readonly NewMediaEvent[];
}

/** The registry as the pages show it: the accounts, and the office's findings as of today. */
export interface NewMediaRegistry {
  readonly accounts: readonly NewMediaAccount[];
  readonly findings: readonly NewMediaIssue[];
}

/**
 * The registry, by account id, checked as of today with the county's
 * period (14 days by default, see `DEFAULT_STALE_DAYS`).
 * @param data - the portal's data
 * @param today - the day of the check
 */
export async function newMediaRegistry(data: PortalData, today: LocalDate): Promise<NewMediaRegistry> {
  const stored = await data.store.documents<StoredNewMediaAccount>(COUNTY_AGENCY_ID, NEW_MEDIA_KIND);
  const accounts = stored.map((d) => evaluateNewMediaAccount(d.id, d.body.agencyId, d.body.events));
  return { accounts, findings: checkNewMediaRegistry(accounts, { today }) };
}

type SeedAccount = (typeof newMediaSeed.accounts)[number] & {
  readonly responsible?: { readonly name: string; readonly phone?: string };
  readonly merged?: { readonly daysAgo: number; readonly into: string };
};

/**
 * Writes the demo county's accounts, dated back from `today`, unless the registry has some already.
 * @param store - the store
 * @param today - the day the demo is seeded
 * @returns the number of accounts written
 */
export async function seedNewMedia(store: Store, today: LocalDate): Promise<number> {
  if ((await store.documents(COUNTY_AGENCY_ID, NEW_MEDIA_KIND)).length > 0) return 0;
  const ago = (days: number): LocalDate => addDays(today, -days);
  for (const a of newMediaSeed.accounts as readonly SeedAccount[]) {
    const approval = { by: `${a.agencyId === COUNTY_AGENCY_ID ? '示范县人民政府办公室' : '本单位'}主要负责人` };
    const events: NewMediaEvent[] = [
      {
        type: 'opened',
        on: ago(a.openedDaysAgo),
        approval,
        platform: a.platform as NewMediaPlatform,
        name: a.name,
        ...(a.responsible === undefined ? {} : { responsible: a.responsible }),
      },
      ...a.postedDaysAgo.map((days): NewMediaEvent => ({ type: 'posted', on: ago(days) })),
    ];
    if (a.merged !== undefined)
      events.push({ type: 'merged', on: ago(a.merged.daysAgo), approval, into: a.merged.into });
    const body: StoredNewMediaAccount = { agencyId: a.agencyId, events };
    await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: NEW_MEDIA_KIND, id: a.id }, body);
  }
  return newMediaSeed.accounts.length;
}
