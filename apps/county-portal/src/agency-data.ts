// One agency's published data on the county platform: its profile, catalogues, policies,
// interpretations and clean-up reviews, read from the store under its agency id and parsed again.
import type { ProactiveInput2021 } from '@gk/annual-report';
import type { AgencyLevel } from '@gk/assessment';
import type { Catalogue, CatalogueDocument } from '@gk/catalogue-schema';
import { formatCatalogueIssue, safeParseCatalogue } from '@gk/catalogue-schema';
import { isLocalDate } from '@gk/core';
import type { DisclosureOffice } from '@gk/guidelines';
import type { Interpretation, InterpretationElement, Policy } from '@gk/interpretation';
import { upcastInterpretation } from '@gk/interpretation';
import type { CleanupReview } from '@gk/publication';
import { CLEANUP_RESULTS } from '@gk/publication';
import type { Store } from '@gk/store';

/**
 * An agency id on the platform: its six-digit division code, a hyphen and a short lower-case code
 * (`350299-gov`, `350299-jyj`). It is also the agency's address on the portal (`/350299-jyj/info`).
 */
export const AGENCY_ID_PATTERN = /^\d{6}-[a-z][a-z0-9-]{0,30}$/;

/** An agency's kind; a profile without one is the county government's (the platform's first agency). */
export const agencyLevel = (profile: Pick<AgencyProfile, 'level'>): AgencyLevel => profile.level ?? 'government';

/** The agency's profile: its office (第十二条) and the figures of its annual reports' proactive tables. */
export interface AgencyProfile {
  readonly name: string;
  readonly divisionCode: string;
  /** Government, department or township; a profile written before agencies had levels is the government's. */
  readonly level?: AgencyLevel;
  /** 统一社会信用代码. */
  readonly uscc?: string;
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

/** Reads a document set through the portal's cache (see `DOCUMENT_CACHE_MS`). */
export type CachedRead = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/** One agency's published data, read from the store under its id. */
export class AgencyData {
  /** The agency's id in the store. */
  readonly id: string;
  /** The agency's pages' address prefix: `''` for the county government, `/{id}` for the others. */
  readonly base: string;
  readonly #store: Store;
  readonly #cached: CachedRead;

  constructor(store: Store, id: string, base: string, cached: CachedRead) {
    this.#store = store;
    this.id = id;
    this.base = base;
    this.#cached = cached;
  }

  /** An address on this agency's pages: `href('/info')` is `/350299-jyj/info` for the 教育局. */
  href(path: string): string {
    return path === '/' && this.base !== '' ? this.base : `${this.base}${path}`;
  }

  /** The profile, or `undefined` when the agency has none (not on this platform). */
  profileIfAny(): Promise<AgencyProfile | undefined> {
    return this.#cached(`${this.id}:profile`, () =>
      this.#store.getDocument<AgencyProfile>({ agencyId: this.id, kind: 'agency', id: 'profile' }),
    );
  }

  async profile(): Promise<AgencyProfile> {
    const profile = await this.profileIfAny();
    if (profile === undefined) throw new Error('示范县数据尚未写入：请先运行 pnpm demo（首次启动会自动写入示范数据）');
    return profile;
  }

  /** The catalogues, each parsed again: a catalogue that no longer parses is reported, not shown. */
  catalogues(): Promise<{ catalogues: Catalogue[]; problems: string[] }> {
    return this.#cached(`${this.id}:catalogues`, async () => {
      const documents = await this.#store.documents<CatalogueDocument>(this.id, 'catalogue');
      const catalogues: Catalogue[] = [];
      const problems: string[] = [];
      for (const { id, body } of documents) {
        const parsed = safeParseCatalogue(body);
        if (parsed.success) catalogues.push(parsed.data);
        else problems.push(`${id}：${parsed.issues.map((issue) => formatCatalogueIssue(issue)).join('；')}`);
      }
      return { catalogues, problems };
    });
  }

  policies(): Promise<PolicyDocument[]> {
    return this.#cached(`${this.id}:policies`, async () =>
      (await this.#store.documents<PolicyDocument>(this.id, 'policy')).map((d) => d.body),
    );
  }

  interpretations(): Promise<InterpretationDocument[]> {
    return this.#cached(`${this.id}:interpretations`, async () =>
      (await this.#store.documents<InterpretationDocument>(this.id, 'interpretation')).map((d) => ({
        ...d.body,
        // Stored before 0.2, a material's 解读要素 were `contentElements`.
        interpretation: upcastInterpretation(d.body.interpretation),
      })),
    );
  }

  /** The clean-up reviews of normative documents (定期清理) recorded so far; malformed ones are left out. */
  async cleanupReviews(): Promise<CleanupReview[]> {
    const documents = await this.#store.documents<unknown>(this.id, 'cleanupReview');
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
}

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
