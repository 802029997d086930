// What the portal keeps in the store's documents, and how it reads them back through the packages.
import type { Catalogue, CatalogueDocument } from '@gk/catalogue-schema';
import { safeParseCatalogue, formatCatalogueIssue } from '@gk/catalogue-schema';
import type { DisclosureOffice } from '@gk/guidelines';
import type { InterpretationElement, Interpretation, Policy } from '@gk/interpretation';
import { upcastInterpretation } from '@gk/interpretation';
import type { CleanupReview } from '@gk/publication';
import { CLEANUP_RESULTS } from '@gk/publication';
import { isLocalDate } from '@gk/core';
import type { ProactiveInput2021 } from '@gk/annual-report';
import type { Store } from '@gk/store';
import type { HolidayNotice, WorkdayCalendar } from '@gk/workdays';
import { chinaCalendar, safeParseHolidayNotice } from '@gk/workdays';
import agencySeed from '../seed/agency.json' with { type: 'json' };

/** The demo county's agency id in the store, from its seed profile. */
export const AGENCY_ID: string = agencySeed.agencyId;

/** The agency's profile: its office (第十二条) and the figures of its annual reports' proactive tables. */
export interface AgencyProfile {
  readonly name: string;
  readonly divisionCode: string;
  readonly office: DisclosureOffice;
  /** The agency's 行政复议机关, named in every notice's remedy clause (never guessed). */
  readonly reconsiderationBody?: string;
  /** The court for 行政诉讼 the notices name; 有管辖权的人民法院 when absent. */
  readonly court?: string;
  readonly guideRevisedOn: string;
  /**
   * How the agency numbers its publications (索引号): its code (commonly its 统一社会信用代码) and a
   * pattern (`DEFAULT_INDEX_PATTERN` of `@gk/publication` when absent). Without it, the division code
   * stands in for the agency code.
   */
  readonly indexNo?: { readonly agencyCode: string; readonly pattern?: string; readonly category?: string };
  /** The figures of 表二 by year, as entered. */
  readonly proactive: Readonly<Record<string, ProactiveFigures>>;
}

/**
 * 表二's figures as the agency enters them. Without `normativeDocuments`, the report counts the
 * normative documents published on this platform (`normativeDocumentCounts`); enter them for years
 * whose documents are not all here.
 */
export type ProactiveFigures = Omit<ProactiveInput2021, 'normativeDocuments'> & {
  readonly normativeDocuments?: ProactiveInput2021['normativeDocuments'];
};

/** A staff account. */
export interface StaffAccount {
  readonly username: string;
  readonly name: string;
  readonly role: 'registrar' | 'handler' | 'head';
  readonly passwordHash: string;
}

/** A policy with its number and text. */
export interface PolicyDocument {
  readonly policy: Policy;
  readonly docNo: string;
  readonly text: readonly string[];
}

/** An interpretation with the text of each content element. */
export interface InterpretationDocument {
  readonly interpretation: Interpretation;
  readonly sections: readonly { readonly element: InterpretationElement; readonly text: string }[];
}

/**
 * How long the published documents (profile, catalogues, policies, interpretations) are kept parsed in
 * memory: pages read them on every request, and parsing 17 catalogues each time was most of a page's
 * cost. A change another process makes shows within this time; this process's own writes at once.
 */
export const DOCUMENT_CACHE_MS = 10_000;

/** The county's published data, read from the store. */
export class PortalData {
  readonly #store: Store;
  readonly #now: () => number;
  readonly #cache = new Map<string, { readonly until: number; readonly value: Promise<unknown> }>();
  constructor(store: Store, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
  }

  /** A published document set, read once per {@link DOCUMENT_CACHE_MS}; a failed read is not kept. */
  #cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.#cache.get(key);
    if (hit !== undefined && hit.until > this.#now()) return hit.value as Promise<T>;
    const value = load();
    this.#cache.set(key, { until: this.#now() + DOCUMENT_CACHE_MS, value });
    value.catch(() => this.#cache.delete(key));
    return value;
  }

  get store(): Store {
    return this.#store;
  }

  async profile(): Promise<AgencyProfile> {
    const profile = await this.#cached('profile', () =>
      this.#store.getDocument<AgencyProfile>({ agencyId: AGENCY_ID, kind: 'agency', id: 'profile' }),
    );
    if (profile === undefined) throw new Error('示范县数据尚未写入：请先运行 pnpm demo（首次启动会自动写入示范数据）');
    return profile;
  }

  async staff(username: string): Promise<StaffAccount | undefined> {
    if (!/^[a-z0-9_-]{1,32}$/.test(username)) return undefined;
    return this.#store.getDocument<StaffAccount>({ agencyId: AGENCY_ID, kind: 'staff', id: username });
  }

  /** The catalogues, each parsed again: a catalogue that no longer parses is reported, not shown. */
  catalogues(): Promise<{ catalogues: Catalogue[]; problems: string[] }> {
    return this.#cached('catalogues', () => this.#readCatalogues());
  }

  async #readCatalogues(): Promise<{ catalogues: Catalogue[]; problems: string[] }> {
    const documents = await this.#store.documents<CatalogueDocument>(AGENCY_ID, 'catalogue');
    const catalogues: Catalogue[] = [];
    const problems: string[] = [];
    for (const { id, body } of documents) {
      const parsed = safeParseCatalogue(body);
      if (parsed.success) catalogues.push(parsed.data);
      else problems.push(`${id}：${parsed.issues.map((issue) => formatCatalogueIssue(issue)).join('；')}`);
    }
    return { catalogues, problems };
  }

  policies(): Promise<PolicyDocument[]> {
    return this.#cached('policies', async () =>
      (await this.#store.documents<PolicyDocument>(AGENCY_ID, 'policy')).map((d) => d.body),
    );
  }

  interpretations(): Promise<InterpretationDocument[]> {
    return this.#cached('interpretations', async () =>
      (await this.#store.documents<InterpretationDocument>(AGENCY_ID, 'interpretation')).map((d) => ({
        ...d.body,
        // Stored before 0.2, a material's 解读要素 were `contentElements`.
        interpretation: upcastInterpretation(d.body.interpretation),
      })),
    );
  }

  /** The clean-up reviews of normative documents (定期清理) recorded so far; malformed ones are left out. */
  async cleanupReviews(): Promise<CleanupReview[]> {
    const documents = await this.#store.documents<unknown>(AGENCY_ID, 'cleanupReview');
    return documents
      .map((d) => d.body)
      .filter(
        (body): body is CleanupReview =>
          typeof body === 'object' &&
          body !== null &&
          typeof (body as CleanupReview).indexNo === 'string' &&
          isLocalDate((body as CleanupReview).reviewedOn) &&
          (CLEANUP_RESULTS as readonly string[]).includes((body as CleanupReview).result),
      );
  }

  /** The State Council holiday notices the office has added, oldest year first, each checked again. */
  async holidayNotices(): Promise<HolidayNotice[]> {
    const documents = await this.#store.documents<unknown>(AGENCY_ID, HOLIDAY_NOTICE_KIND);
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
    await this.#store.putDocument({ agencyId: AGENCY_ID, kind: HOLIDAY_NOTICE_KIND, id: String(notice.year) }, notice);
    await this.#store.useCalendar(next);
    return next;
  }
}

/** The store document kind of an added holiday notice. */
export const HOLIDAY_NOTICE_KIND = 'holidayNotice';

/** The topic (主题分类) under which the agency publishes its own disclosure rules (公开制度). */
export const DISCLOSURE_RULES_TOPIC = '政府信息公开制度';

/**
 * The agency's 索引号 settings: its code and pattern from the profile, the division code and
 * `DEFAULT_INDEX_PATTERN` when the profile has none.
 * @param profile - the agency's profile
 * @returns the options `nextIndexNo` takes, less the year
 */
export function indexNoSettings(profile: AgencyProfile): {
  readonly agencyCode: string;
  readonly pattern?: string;
  readonly category?: string;
} {
  const settings = profile.indexNo;
  return {
    agencyCode: settings?.agencyCode ?? profile.divisionCode,
    ...(settings?.pattern === undefined ? {} : { pattern: settings.pattern }),
    ...(settings?.category === undefined ? {} : { category: settings.category }),
  };
}
