// What the portal keeps in the store's documents, and how it reads them back through the packages.
import type { Catalogue, CatalogueDocument } from '@gk/catalogue-schema';
import { safeParseCatalogue, formatCatalogueIssue } from '@gk/catalogue-schema';
import type { DisclosureOffice } from '@gk/guidelines';
import type { ContentElement, Interpretation, Policy } from '@gk/interpretation';
import type { ProactiveInput2021 } from '@gk/annual-report';
import type { Store } from '@gk/store';
import agencySeed from '../seed/agency.json' with { type: 'json' };

/** The demo county's agency id in the store, from its seed profile. */
export const AGENCY_ID: string = agencySeed.agencyId;

/** The agency's profile: its office (第十二条) and the figures of its annual reports' proactive tables. */
export interface AgencyProfile {
  readonly name: string;
  readonly divisionCode: string;
  readonly office: DisclosureOffice;
  readonly guideRevisedOn: string;
  readonly proactive: Readonly<Record<string, ProactiveInput2021>>;
}

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
  readonly sections: readonly { readonly element: ContentElement; readonly text: string }[];
}

/** The county's published data, read from the store. */
export class PortalData {
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  get store(): Store {
    return this.#store;
  }

  async profile(): Promise<AgencyProfile> {
    const profile = await this.#store.getDocument<AgencyProfile>({
      agencyId: AGENCY_ID,
      kind: 'agency',
      id: 'profile',
    });
    if (profile === undefined) throw new Error('示范县数据尚未写入：请先运行 pnpm demo（首次启动会自动写入示范数据）');
    return profile;
  }

  async staff(username: string): Promise<StaffAccount | undefined> {
    if (!/^[a-z0-9_-]{1,32}$/.test(username)) return undefined;
    return this.#store.getDocument<StaffAccount>({ agencyId: AGENCY_ID, kind: 'staff', id: username });
  }

  /** The catalogues, each parsed again: a catalogue that no longer parses is reported, not shown. */
  async catalogues(): Promise<{ catalogues: Catalogue[]; problems: string[] }> {
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

  async policies(): Promise<PolicyDocument[]> {
    return (await this.#store.documents<PolicyDocument>(AGENCY_ID, 'policy')).map((d) => d.body);
  }

  async interpretations(): Promise<InterpretationDocument[]> {
    return (await this.#store.documents<InterpretationDocument>(AGENCY_ID, 'interpretation')).map((d) => d.body);
  }
}
