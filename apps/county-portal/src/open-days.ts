// The county's 政府开放日: each open day a document of the county, its registrations documents of their
// own (one per visitor, under the day's id and the receipt number), checked by @gk/publication.
import type { LocalDate } from '@gk/core';
import { addDays } from '@gk/core';
import type { OpenDay, OpenDayIssue, OpenDayRegistration, OpenDayVisitor } from '@gk/publication';
import { checkOpenDay, registerForOpenDay } from '@gk/publication';
import type { Store } from '@gk/store';
import openDaySeed from '../seed/open-days.json' with { type: 'json' };
import { COUNTY_AGENCY_ID } from './data.js';

const DAY_KIND = 'openDay';
const REGISTRATION_KIND = 'openDayRegistration';

/** An open day with its registrations and what the checks find as of today. */
export interface OpenDayEntry {
  readonly day: OpenDay;
  readonly registrations: readonly OpenDayRegistration[];
  readonly issues: readonly OpenDayIssue[];
}

/**
 * Every open day of the county, latest first, with its registrations and findings as of today.
 * @param store - the store
 * @param today - the day of the check
 */
export async function openDays(store: Store, today: LocalDate): Promise<OpenDayEntry[]> {
  const days = await store.documents<OpenDay>(COUNTY_AGENCY_ID, DAY_KIND);
  const registrations = await store.documents<OpenDayRegistration & { dayId: string }>(
    COUNTY_AGENCY_ID,
    REGISTRATION_KIND,
  );
  return days
    .map(({ body: day }) => {
      const own = registrations.filter((r) => r.body.dayId === day.id).map((r) => r.body);
      return { day, registrations: own, issues: checkOpenDay(day, own, { today }) };
    })
    .sort((a, b) => b.day.date.localeCompare(a.day.date));
}

// One registration at a time: the capacity is checked against what is stored (one portal process).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers a visitor for an open day, or says why not.
 * @param store - the store
 * @param dayId - the open day
 * @param visitor - name and phone as typed
 * @param today - the day of registration
 * @returns the registration, the refusal, or `undefined` for an unknown day
 */
export function register(
  store: Store,
  dayId: string,
  visitor: OpenDayVisitor,
  today: LocalDate,
): Promise<ReturnType<typeof registerForOpenDay> | undefined> {
  const run = async () => {
    const entry = (await openDays(store, today)).find((e) => e.day.id === dayId);
    if (entry === undefined) return undefined;
    const receiptNo = `KF${today.replaceAll('-', '')}-${String(entry.registrations.length + 1).padStart(4, '0')}`;
    const result = registerForOpenDay(entry.day, entry.registrations, visitor, { today, receiptNo });
    if (result.ok)
      await store.putDocument(
        { agencyId: COUNTY_AGENCY_ID, kind: REGISTRATION_KIND, id: `${dayId}:${receiptNo}` },
        { ...result.registration, dayId },
      );
    return result;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

type SeedDay = (typeof openDaySeed.openDays)[number] & {
  readonly record?: {
    readonly afterDays: number;
    readonly summary: string;
    readonly participants: number;
    readonly evaluation?: { readonly respondents: number; readonly satisfied: number };
  };
};

/**
 * Writes the demo county's open days, dated from `today`, unless there are some already.
 * @param store - the store
 * @param today - the day the demo is seeded
 * @returns the number written
 */
export async function seedOpenDays(store: Store, today: LocalDate): Promise<number> {
  if ((await store.documents(COUNTY_AGENCY_ID, DAY_KIND)).length > 0) return 0;
  const on = (days: number): LocalDate => addDays(today, days);
  for (const d of openDaySeed.openDays as readonly SeedDay[]) {
    const day: OpenDay = {
      id: d.id,
      agencyId: d.agencyId,
      theme: d.theme,
      date: on(d.inDays),
      place: d.place,
      capacity: d.capacity,
      registrationOpensOn: on(d.registrationFromDays),
      registrationClosesOn: on(d.registrationToDays),
      noticePublishedOn: on(d.noticeDays),
      record:
        d.record === undefined
          ? null
          : {
              publishedOn: on(d.inDays + d.record.afterDays),
              summary: d.record.summary,
              participants: d.record.participants,
              ...(d.record.evaluation === undefined ? {} : { evaluation: d.record.evaluation }),
            },
    };
    await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: DAY_KIND, id: d.id }, day);
  }
  return openDaySeed.openDays.length;
}
