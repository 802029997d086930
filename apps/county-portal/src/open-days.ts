// The county's 政府开放日: each open day a document of the county, its registrations one document per
// day (written under the store's lock), checked by @gk/publication.
import type { LocalDate } from '@gk/core';
import { addDays } from '@gk/core';
import type { OpenDay, OpenDayIssue, OpenDayRegistration, OpenDayVisitor } from '@gk/publication';
import { checkOpenDay, registerForOpenDay } from '@gk/publication';
import type { Store } from '@gk/store';
import openDaySeed from '../seed/open-days.json' with { type: 'json' };
import { COUNTY_AGENCY_ID } from './data.js';

const DAY_KIND = 'openDay';
/** Registrations one document each, as written before they were kept by day (read, never written). */
const REGISTRATION_KIND = 'openDayRegistration';
/** A day's registrations in one document. */
const DAY_REGISTRATIONS_KIND = 'openDayRegistrations';

/** An open day with its registrations and what the checks find as of today. */
export interface OpenDayEntry {
  readonly day: OpenDay;
  readonly registrations: readonly OpenDayRegistration[];
  readonly issues: readonly OpenDayIssue[];
}

/** A day's registrations, kept together so that one writer at a time takes a place (`Store.updateDocument`). */
interface DayRegistrations {
  readonly registrations: readonly OpenDayRegistration[];
}

/**
 * Every open day of the county, latest first, with its registrations and findings as of today.
 * Registrations written one document each (before they were kept by day) are read too.
 * @param store - the store
 * @param today - the day of the check
 */
export async function openDays(store: Store, today: LocalDate): Promise<OpenDayEntry[]> {
  const [days, single, byDay] = await Promise.all([
    store.documents<OpenDay>(COUNTY_AGENCY_ID, DAY_KIND),
    store.documents<OpenDayRegistration & { dayId: string }>(COUNTY_AGENCY_ID, REGISTRATION_KIND),
    store.documents<DayRegistrations>(COUNTY_AGENCY_ID, DAY_REGISTRATIONS_KIND),
  ]);
  return days
    .map(({ body: day }) => {
      const own = [
        ...single.filter((r) => r.body.dayId === day.id).map((r) => r.body),
        ...(byDay.find((d) => d.id === day.id)?.body.registrations ?? []),
      ];
      return { day, registrations: own, issues: checkOpenDay(day, own, { today }) };
    })
    .sort((a, b) => b.day.date.localeCompare(a.day.date));
}

/**
 * Registers a visitor for an open day, or says why not. The day's registrations are read and written
 * under the store's lock on them: two portal processes on one database never give out the same place
 * or receipt number, and never take more places than the day has.
 * @param store - the store
 * @param dayId - the open day
 * @param visitor - name and phone as typed
 * @param today - the day of registration
 * @returns the registration, the refusal, or `undefined` for an unknown day
 */
export async function register(
  store: Store,
  dayId: string,
  visitor: OpenDayVisitor,
  today: LocalDate,
): Promise<ReturnType<typeof registerForOpenDay> | undefined> {
  const entry = (await openDays(store, today)).find((e) => e.day.id === dayId);
  if (entry === undefined) return undefined;
  const earlier = (await store.documents<OpenDayRegistration & { dayId: string }>(COUNTY_AGENCY_ID, REGISTRATION_KIND))
    .filter((r) => r.body.dayId === dayId)
    .map((r) => r.body);
  let result: ReturnType<typeof registerForOpenDay> | undefined;
  await store.updateDocument<DayRegistrations>(
    { agencyId: COUNTY_AGENCY_ID, kind: DAY_REGISTRATIONS_KIND, id: dayId },
    (current) => {
      const taken = [...earlier, ...(current?.registrations ?? [])];
      const receiptNo = `KF${today.replaceAll('-', '')}-${String(taken.length + 1).padStart(4, '0')}`;
      result = registerForOpenDay(entry.day, taken, visitor, { today, receiptNo });
      return result.ok ? { registrations: [...(current?.registrations ?? []), result.registration] } : undefined;
    },
  );
  return result;
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
