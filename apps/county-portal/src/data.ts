// The county platform's data in the store: its agencies (the county government, its departments and
// townships), staff accounts, and the calendar the 政务公开办 keeps; each agency's own documents are
// read through `AgencyData`.
import type { ActorRole } from '@gk/request-workflow';
import type { Store } from '@gk/store';
import type { HolidayNotice, WorkdayCalendar } from '@gk/workdays';
import { chinaCalendar, safeParseHolidayNotice } from '@gk/workdays';
import agencySeed from '../seed/agency.json' with { type: 'json' };
import type { AgencyProfile } from './agency-data.js';
import { AGENCY_ID_PATTERN, AgencyData } from './agency-data.js';

export type { AgencyProfile, InterpretationDocument, PolicyDocument, ProactiveFigures } from './agency-data.js';
export { AGENCY_ID_PATTERN, AgencyData, agencyLevel, DISCLOSURE_RULES_TOPIC, indexNoSettings } from './agency-data.js';

/**
 * The county government's agency id: its pages are the portal's root (`/info`), its namespace keeps the
 * county's list of agencies, the staff accounts and the holiday notices.
 */
export const COUNTY_AGENCY_ID: string = agencySeed.agencyId;

/** A staff account: the agency it belongs to, its role in the request workflow, and the office's right. */
export interface StaffAccount {
  readonly username: string;
  readonly name: string;
  readonly role: Extract<ActorRole, 'registrar' | 'handler' | 'head'>;
  readonly passwordHash: string;
  /** The agency the account works for; the county government when absent (accounts before 0.3). */
  readonly agencyId?: string;
  /**
   * The county's 政务公开办 (`supervisingOffice`): the account sees every agency of the county on the
   * supervision desk (scores, evidence, 通报), besides its own agency's work.
   */
  readonly supervisingOffice?: boolean;
}

/** An agency of the county, as the overview lists it. */
export interface AgencyEntry {
  readonly agencyId: string;
  readonly profile: AgencyProfile;
  readonly data: AgencyData;
}

/** An agency an applicant can be referred to: its id, name, and its disclosure office's contact. */
export interface AgencyChoice {
  readonly id: string;
  readonly name: string;
  readonly contact: string;
}

/** How to reach an agency's disclosure office, as a notice states it: office, address, telephone. */
export function contactOf(profile: AgencyProfile): string {
  const { office } = profile;
  const parts = [
    office.address === undefined ? '' : `地址：${office.address}`,
    office.phone === undefined ? '' : `电话：${office.phone}`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? office.name : `${office.name}，${parts.join('，')}`;
}

/** The store document that lists the county's agencies, in the order the overview shows them. */
export const AGENCY_REGISTRY_REF: { readonly kind: string; readonly id: string } = { kind: 'county', id: 'agencies' };

/** The body of the agency registry document. */
export interface AgencyRegistry {
  readonly agencyIds: readonly string[];
}

/** The most agencies a county's registry may list (a county has tens; a typo must not make it read thousands). */
export const MAX_AGENCIES = 500;

/**
 * How long the published documents (profile, catalogues, policies, interpretations) are kept parsed in
 * memory: pages read them on every request, and parsing 17 catalogues each time was most of a page's
 * cost. A change another process makes shows within this time; this process's own writes at once.
 */
export const DOCUMENT_CACHE_MS = 10_000;

/** The county platform's data, read from the store. */
export class PortalData {
  readonly #store: Store;
  readonly #now: () => number;
  readonly #cache = new Map<string, { readonly until: number; readonly value: Promise<unknown> }>();
  readonly #agencies = new Map<string, AgencyData>();
  constructor(store: Store, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
  }

  /** A published document set, read once per {@link DOCUMENT_CACHE_MS}; a failed read is not kept. */
  readonly #cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = this.#cache.get(key);
    if (hit !== undefined && hit.until > this.#now()) return hit.value as Promise<T>;
    const value = load();
    this.#cache.set(key, { until: this.#now() + DOCUMENT_CACHE_MS, value });
    value.catch(() => this.#cache.delete(key));
    return value;
  };

  get store(): Store {
    return this.#store;
  }

  /** The county government's data. */
  get county(): AgencyData {
    return this.agency(COUNTY_AGENCY_ID);
  }

  /**
   * One agency's data (its pages at `/{agencyId}/…`, the county government's at the root).
   * @param agencyId - an id matching {@link AGENCY_ID_PATTERN}
   */
  agency(agencyId: string): AgencyData {
    let data = this.#agencies.get(agencyId);
    if (data === undefined) {
      if (!AGENCY_ID_PATTERN.test(agencyId)) throw new RangeError(`单位标识“${agencyId.slice(0, 40)}”的格式不对`);
      data = new AgencyData(this.#store, agencyId, agencyId === COUNTY_AGENCY_ID ? '' : `/${agencyId}`, this.#cached);
      if (this.#agencies.size < MAX_AGENCIES * 2) this.#agencies.set(agencyId, data);
    }
    return data;
  }

  /** The ids the county's registry lists (the county government alone when there is no registry). */
  agencyIds(): Promise<readonly string[]> {
    return this.#cached('county:agencies', async () => {
      const registry = await this.#store.getDocument<AgencyRegistry>({
        agencyId: COUNTY_AGENCY_ID,
        ...AGENCY_REGISTRY_REF,
      });
      const ids = Array.isArray(registry?.agencyIds)
        ? registry.agencyIds.filter((id): id is string => typeof id === 'string' && AGENCY_ID_PATTERN.test(id))
        : [];
      const listed = [COUNTY_AGENCY_ID, ...ids.filter((id) => id !== COUNTY_AGENCY_ID)];
      return [...new Set(listed)].slice(0, MAX_AGENCIES);
    });
  }

  /** The county's agencies that have a profile, in the registry's order. */
  async agencies(): Promise<AgencyEntry[]> {
    const entries: AgencyEntry[] = [];
    for (const agencyId of await this.agencyIds()) {
      const data = this.agency(agencyId);
      const profile = await data.profileIfAny();
      if (profile !== undefined) entries.push({ agencyId, profile, data });
    }
    return entries;
  }

  /** The county's agencies' names by id, for pages that list things of several agencies. */
  async agencyNames(): Promise<Map<string, string>> {
    return new Map((await this.agencies()).map((a) => [a.agencyId, a.profile.name]));
  }

  /**
   * The county's other agencies, for naming the one that holds the information (第三十六条第（五）项):
   * each with its name and how to reach its disclosure office.
   * @param exceptId - the agency asking
   */
  async otherAgencies(exceptId: string): Promise<AgencyChoice[]> {
    return (await this.agencies())
      .filter((a) => a.agencyId !== exceptId)
      .map((a) => ({ id: a.agencyId, name: a.profile.name, contact: contactOf(a.profile) }));
  }

  /** An agency of the county by its id: `undefined` when the id is not in the registry or has no profile. */
  async findAgency(agencyId: string): Promise<AgencyEntry | undefined> {
    if (!AGENCY_ID_PATTERN.test(agencyId) || !(await this.agencyIds()).includes(agencyId)) return undefined;
    const data = this.agency(agencyId);
    const profile = await data.profileIfAny();
    return profile === undefined ? undefined : { agencyId, profile, data };
  }

  /** The county government's profile. */
  profile(): Promise<AgencyProfile> {
    return this.county.profile();
  }

  /** A staff account of any agency of the county (accounts live in the county's namespace). */
  async staff(username: string): Promise<StaffAccount | undefined> {
    if (!/^[a-z0-9_-]{1,32}$/.test(username)) return undefined;
    return this.#store.getDocument<StaffAccount>({ agencyId: COUNTY_AGENCY_ID, kind: 'staff', id: username });
  }

  /** The State Council holiday notices the office has added, oldest year first, each checked again. */
  async holidayNotices(): Promise<HolidayNotice[]> {
    const documents = await this.#store.documents<unknown>(COUNTY_AGENCY_ID, HOLIDAY_NOTICE_KIND);
    const notices: HolidayNotice[] = [];
    for (const { body } of documents) {
      const parsed = safeParseHolidayNotice(body);
      if (parsed.success) notices.push(parsed.data);
    }
    return notices.sort((a, b) => a.year - b.year);
  }

  /**
   * The working-day calendar: the package's notices and provisional days, with every notice the office
   * has added (a notice that no longer fits is left out, not guessed around).
   */
  async calendar(): Promise<WorkdayCalendar> {
    let calendar = chinaCalendar;
    for (const notice of await this.holidayNotices()) {
      try {
        calendar = calendar.withYear(notice);
      } catch {
        // A stored notice that does not adjoin the calendar stays out; the calendar page lists it.
      }
    }
    return calendar;
  }

  /**
   * Keeps a checked holiday notice and switches the store's projections to the new calendar.
   * @param notice - the notice, from `safeParseHolidayNotice`
   * @returns the calendar now in use
   */
  async addHolidayNotice(notice: HolidayNotice): Promise<WorkdayCalendar> {
    const next = (await this.calendar()).withYear(notice);
    await this.#store.putDocument(
      { agencyId: COUNTY_AGENCY_ID, kind: HOLIDAY_NOTICE_KIND, id: String(notice.year) },
      notice,
    );
    await this.#store.useCalendar(next);
    return next;
  }
}

/** The store document kind of an added holiday notice. */
export const HOLIDAY_NOTICE_KIND = 'holidayNotice';
