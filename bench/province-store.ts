// A province's agencies in @gk/store on the PostgreSQL server, and their 考核 read back from it.
// The first county is written through the store's API (events, hash chains, projections); the other
// counties are copies of its rows under their own agency ids (INSERT … SELECT), which the assessment
// reads exactly as it reads the first county's, laid out county by county or interleaved. Their hash
// chains are not valid for the new ids: the benchmark measures reading, not auditing.
import type { Assessment, AgencyMeasurements } from '@gk/assessment';
import { buildBulletin, DEFAULT_SCORING_PROFILE, gatherEvidence, measureAgency, scoreAgencies } from '@gk/assessment';
import type { Catalogue } from '@gk/catalogue-schema';
import type { PublicationEvent } from '@gk/publication';
import type { CaseEvent } from '@gk/request-workflow';
import type { Store } from '@gk/store';
import { openStore } from '@gk/store';
import { chinaCalendar } from '@gk/workdays';
import pg from 'pg';

/** One agency of the first county, as written through the API. */
export interface TemplateAgency {
  /** `NNNNNN-aK`: a six-digit county code, then the agency's code within it. */
  readonly agencyId: string;
  readonly cases: readonly { readonly caseId: string; readonly events: readonly CaseEvent[] }[];
  readonly publications: readonly (readonly PublicationEvent[])[];
}

/** What the province looks like and the day of its assessment. */
export interface ProvinceOptions {
  readonly counties: number;
  /** The six-digit code of the first county; county n has `firstCounty + n`. */
  readonly firstCounty: number;
  readonly catalogue: Catalogue;
  readonly year: number;
  readonly today: string;
  /** Counties read at the same time (each on its own connection of the pool). */
  readonly concurrency: number;
  /**
   * How the copies lie in the tables: county after county (each county's rows together, as a table
   * partitioned by agency keeps them); row by row across counties (as a year of writes from every
   * county at once leaves them: one agency's rows on as many pages as it has rows); or interleaved,
   * then `CLUSTER`ed by primary key (as docs/store.md advises before a province-wide assessment).
   */
  readonly layout: 'county' | 'interleaved' | 'clustered';
}

const TABLES = ['gk_events', 'gk_personal_data', 'gk_cases', 'gk_publication_events', 'gk_publications'];

/** Writes the first county through the API, four writers at a time. */
async function writeTemplate(store: Store, template: readonly TemplateAgency[]): Promise<void> {
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let i = next++; i < template.length; i = next++) {
      const agency = template[i]!;
      for (const { caseId, events } of agency.cases)
        await store.append({ agencyId: agency.agencyId, caseId }, events, 0);
      for (const [n, events] of agency.publications.entries())
        await store.publications.append({ agencyId: agency.agencyId, publicationId: `p${String(n + 1)}` }, events, 0);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
}

/** Copies the first county's rows to counties 1 … counties − 1, table by table, then analyses. */
async function copyCounties(url: string, options: ProvinceOptions): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const table of TABLES) {
      const { rows } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      const columns = rows.map((r) => r.column_name);
      const select = columns.map((c) => (c === 'agency_id' ? `($1::int + g)::text || substr(agency_id, 7)` : c));
      await client.query(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select.join(', ')}
         FROM generate_series(1, $2::int - 1) AS g, ${table} WHERE agency_id LIKE $3
         ORDER BY ${options.layout === 'county' ? `g, ${table}.ctid` : `${table}.ctid, g`}`,
        [options.firstCounty, options.counties, `${String(options.firstCounty)}-%`],
      );
    }
    if (options.layout === 'clustered')
      for (const table of ['gk_events', 'gk_cases', 'gk_publications'])
        await client.query(`CLUSTER ${table} USING ${table}_pkey`);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Reads every agency's records from the store, a county per call, and scores the province. */
async function assessFromStore(
  store: Store,
  counties: readonly (readonly string[])[],
  options: ProvinceOptions,
): Promise<{ assessment: Assessment; readMs: number; scoreMs: number }> {
  let began = performance.now();
  const measured: AgencyMeasurements[][] = new Array<AgencyMeasurements[]>(counties.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let c = next++; c < counties.length; c = next++) {
      const agencyIds = counties[c]!;
      const records = await store.agencyRecords(agencyIds, { today: options.today });
      measured[c] = agencyIds.map((agencyId) => {
        const own = records.get(agencyId);
        if (own === undefined) throw new Error(`no records for ${agencyId}`);
        const evidence = gatherEvidence(
          { agencyId, name: agencyId, level: 'department', catalogues: [options.catalogue], ...own },
          { today: options.today, calendar: chinaCalendar },
        );
        return measureAgency(evidence, { year: options.year, today: options.today });
      });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, reader));
  const readMs = performance.now() - began;
  began = performance.now();
  const assessment = scoreAgencies(measured.flat(), DEFAULT_SCORING_PROFILE);
  buildBulletin(assessment, { issuer: '某省人民政府办公厅', issuedOn: options.today, fixBy: '2026-03-02' });
  return { assessment, readMs, scoreMs: performance.now() - began };
}

/** What {@link provinceOnServer} measured. */
export interface ProvinceTimes {
  readonly agencies: number;
  readonly writeSeconds: number;
  readonly copySeconds: number;
  /** Each round's read + evidence + measure, and score + bulletin, in ms. */
  readonly rounds: readonly { readonly readMs: number; readonly scoreMs: number }[];
  readonly ranked: number;
}

/**
 * Fills a fresh database with the province and times its assessment from the store.
 * @param url - the database (empty)
 * @param template - the first county's agencies
 * @param options - the province, the day, the concurrency
 * @param rounds - timed rounds after one warm-up
 */
export async function provinceOnServer(
  url: string,
  template: readonly TemplateAgency[],
  options: ProvinceOptions,
  rounds: number,
): Promise<ProvinceTimes> {
  const store = await openStore({ connectionString: url, maxConnections: options.concurrency + 1 });
  try {
    let began = performance.now();
    await writeTemplate(store, template);
    const writeSeconds = (performance.now() - began) / 1000;
    began = performance.now();
    await copyCounties(url, options);
    const copySeconds = (performance.now() - began) / 1000;
    const counties = Array.from({ length: options.counties }, (_, c) =>
      template.map((a) => `${String(options.firstCounty + c)}${a.agencyId.slice(6)}`),
    );
    const times: { readMs: number; scoreMs: number }[] = [];
    let ranked = 0;
    for (let round = 0; round <= rounds; round++) {
      const { assessment, readMs, scoreMs } = await assessFromStore(store, counties, options);
      ranked = assessment.scores.length;
      if (round > 0) times.push({ readMs, scoreMs });
    }
    return { agencies: counties.flat().length, writeSeconds, copySeconds, rounds: times, ranked };
  } finally {
    await store.close();
  }
}
