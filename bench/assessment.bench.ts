// A province's 考核 and its yearly check of published reports:
// 1. in memory on one core, 100 counties × 40 agencies, each with a year of requests (24 cases) and publications (120 under a
//    three-item catalogue): each agency's evidence computed by the domain packages (evaluateCase,
//    evaluatePublication, checkCatalogueCompliance, checkStatutoryPublication), measured and scored
//    (measureAgency, scoreAgencies), and the bulletin built;
// 2. in memory, 1,000 published reports (HTML pages) imported (importReportText) and checked (checkReport,
//    checkReportText).
// 3. the same province in @gk/store on the PostgreSQL server (bash .ci/postgres.sh, or
//    GK_TEST_DATABASE_URL): every agency's records read back (store.agencyRecords), its evidence
//    gathered, measured and scored, as the portal's office desk does it (see province-store.ts), with
//    the rows laid out three ways: county by county, interleaved, interleaved then CLUSTERed.
// Prints medians over the rounds. Run with `pnpm bench`; GK_BENCH_COUNTIES sets the counties (100).
import type { AnnualReport } from '@gk/annual-report';
import { buildAnnualReport, checkReport, checkReportText, importReportText, renderReportHtml } from '@gk/annual-report';
import type { AgencyEvidence, AgencyMeasurements } from '@gk/assessment';
import { buildBulletin, DEFAULT_SCORING_PROFILE, gatherEvidence, measureAgency, scoreAgencies } from '@gk/assessment';
import type { Catalogue } from '@gk/catalogue-schema';
import { parseCatalogue } from '@gk/catalogue-schema';
import type { PublicationEvent } from '@gk/publication';
import { evaluatePublication } from '@gk/publication';
import type { CaseEvent } from '@gk/request-workflow';
import { evaluateCase, OUTCOME_CODES } from '@gk/request-workflow';
import { chinaCalendar } from '@gk/workdays';
import { provinceOnServer } from './province-store.ts';
import { seededRandom } from './random.ts';
import { withServerDatabase } from './server-database.ts';

const COUNTIES = Number(process.env.GK_BENCH_COUNTIES ?? 100);
const AGENCIES_PER_COUNTY = 40;
const CASES_PER_AGENCY = 24;
const PUBLICATIONS_PER_AGENCY = 120;
const REPORTS = 1_000;
const ROUNDS = 3;
const YEAR = 2025;
const TODAY = '2026-02-02';
const random = seededRandom(18);
const start = Date.UTC(YEAR, 0, 2);
const day = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const catalogue: Catalogue = parseCatalogue({
  formatVersion: '1',
  header: {
    title: '某县义务教育领域基层政务公开标准目录',
    jurisdiction: { divisionCode: '350213', name: '某县' },
    agency: { name: '某县教育局' },
    domain: '义务教育',
    version: '2025',
    effectiveOn: '2025-01-01',
  },
  items: [
    ['i1', '招生入学政策', '信息形成或者变更之日起20个工作日内'],
    ['i2', '部门预算', '每年3月底前'],
    ['i3', '工作动态', '及时公开'],
  ].map(([id, secondaryMatter, timeLimit]) => ({
    id,
    primaryMatter: '教育信息',
    secondaryMatter,
    contentElements: ['内容'],
    basis: '《中华人民共和国政府信息公开条例》第二十条',
    timeLimit,
    publisher: '某县教育局',
    channels: ['■政府网站'],
    audience: ['public'],
    mode: ['proactive'],
    tiers: ['县级'],
  })),
});

const clerk = { id: 'c', role: 'registrar' as const };
const head = { id: 'h', role: 'head' as const };
const drafter = { id: 'd', role: 'drafter' as const };

function caseEvents(): CaseEvent[] {
  const received = Math.floor(random() * 330);
  const events: CaseEvent[] = [
    {
      type: 'received',
      on: day(received),
      actor: clerk,
      channel: 'online',
      applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
      request: { description: '某项目的批准文件', forms: ['electronic'], deliveryPreferences: ['email'] },
    },
  ];
  if (random() < 0.9) {
    const outcome = pick(OUTCOME_CODES.filter((o) => o === 'disclosed' || o === 'unableToProvide.notHeld'));
    events.push(
      { type: 'decided', on: day(received + 5 + Math.floor(random() * 30)), actor: head, outcome },
      { type: 'delivered', on: day(received + 36), actor: clerk, method: 'electronic' },
    );
  }
  return events;
}

function publication(agency: number, n: number): PublicationEvent[] {
  const formed = Math.floor(random() * 330);
  const published = formed + Math.floor(random() * 35);
  const events: PublicationEvent[] = [
    {
      type: 'drafted',
      on: day(formed),
      actor: drafter,
      indexNo: `A${String(agency)}/${String(YEAR)}-${String(n).padStart(5, '0')}`,
      metadata: {
        title: `关于义务教育工作的通知（${String(n)}）`,
        publisher: '某县教育局',
        createdOn: day(formed),
        topic: '义务教育',
        kind: 'notice',
        audience: 'public',
        catalogueItemIds: [pick(['i1', 'i2', 'i3'])],
        formedOn: day(formed),
        channels: ['政府网站'],
        body: '正文。',
      },
    },
    { type: 'attributeDetermined', on: day(formed), actor: drafter, attribute: 'proactive' },
    { type: 'reviewed', on: day(published), actor: head, findings: [] },
    { type: 'approved', on: day(published), actor: head },
    { type: 'published', on: day(published), actor: head },
  ];
  return events;
}

// The raw data, generated once: each agency's case events and publication states.
const agencies = Array.from({ length: COUNTIES * AGENCIES_PER_COUNTY }, (_, a) => ({
  agencyId: `${String(100000 + Math.floor(a / AGENCIES_PER_COUNTY))}-a${String(a % AGENCIES_PER_COUNTY)}`,
  cases: Array.from({ length: CASES_PER_AGENCY }, (_, c) => ({
    caseId: `${String(YEAR)}-${String(c)}`,
    events: caseEvents(),
  })),
  publicationEvents: Array.from({ length: PUBLICATIONS_PER_AGENCY }, (_, n) => publication(a, n + 1)),
})).map((a) => ({ ...a, publications: a.publicationEvents.map((events) => evaluatePublication(events)) }));

const publishedCount = agencies.reduce((n, a) => n + a.publications.filter((p) => p.status === 'published').length, 0);
const answeredCount = agencies.reduce(
  (n, a) =>
    n +
    a.cases.filter((c) => evaluateCase(c.events, { calendar: chinaCalendar, today: TODAY }).answeredOn !== null).length,
  0,
);
const median = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

const evidenceTimes: number[] = [];
const scoreTimes: number[] = [];
let ranked = 0;
for (let round = 0; round <= ROUNDS; round++) {
  let began = performance.now();
  const evidence: AgencyEvidence[] = agencies.map((a) =>
    gatherEvidence(
      {
        agencyId: a.agencyId,
        name: a.agencyId,
        level: 'department',
        catalogues: [catalogue],
        complianceSubjects: a.publications,
        publications: a.publications,
        cases: a.cases.map(({ caseId, events }) => ({
          caseId,
          state: evaluateCase(events, { calendar: chinaCalendar, today: TODAY }),
        })),
      },
      { today: TODAY, calendar: chinaCalendar },
    ),
  );
  const evidenceMs = performance.now() - began;
  began = performance.now();
  const measured: AgencyMeasurements[] = evidence.map((e) => measureAgency(e, { year: YEAR, today: TODAY }));
  const assessment = scoreAgencies(measured, DEFAULT_SCORING_PROFILE);
  const bulletin = buildBulletin(assessment, { issuer: '某省人民政府办公厅', issuedOn: TODAY, fixBy: '2026-03-02' });
  const scoreMs = performance.now() - began;
  ranked = bulletin.ranking.length;
  if (round > 0) {
    evidenceTimes.push(evidenceMs);
    scoreTimes.push(scoreMs);
  }
}
const agencyCount = COUNTIES * AGENCIES_PER_COUNTY;
console.log(
  `assessment: ${String(COUNTIES)} counties × ${String(AGENCIES_PER_COUNTY)} agencies (${agencyCount.toLocaleString('en-US')}; ` +
    `${(agencyCount * CASES_PER_AGENCY).toLocaleString('en-US')} cases, ${(agencyCount * PUBLICATIONS_PER_AGENCY).toLocaleString('en-US')} publications): ` +
    `evidence median ${median(evidenceTimes).toFixed(0)} ms, measure + score + bulletin median ${median(scoreTimes).toFixed(0)} ms, ` +
    `total ${(median(evidenceTimes) + median(scoreTimes)).toFixed(0)} ms on one core; ranked ${String(ranked)}; ` +
    `valid data: ${publishedCount.toLocaleString('en-US')} published, ${answeredCount.toLocaleString('en-US')} cases answered`,
);

// 1,000 published report pages, different in their numbers, imported and checked.
const pages: string[] = Array.from({ length: REPORTS }, (_, r) => {
  const report: AnnualReport = buildAnnualReport({
    format: '2021',
    year: YEAR,
    issuer: `某县第${String(r + 1)}局`,
    cases: Array.from({ length: 5 + Math.floor(random() * 40) }, () => ({
      receivedOn: day(Math.floor(random() * 300)),
      concludedOn: random() < 0.9 ? day(320) : null,
      outcome: random() < 0.9 ? pick(OUTCOME_CODES) : null,
      applicant: { kind: 'naturalPerson' as const },
    })).map((c) => (c.concludedOn === null ? { ...c, outcome: null } : c)),
    appeals: [],
    proactive: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 1, repealed: 0, inForce: 4 },
      licensingDecisions: Math.floor(random() * 500),
      penaltyDecisions: Math.floor(random() * 50),
      enforcementDecisions: 0,
      feesTenThousandYuan: 0,
    },
  });
  return renderReportHtml(report);
});
const importTimes: number[] = [];
let issues = 0;
for (let round = 0; round <= ROUNDS; round++) {
  const began = performance.now();
  issues = 0;
  for (const page of pages) {
    const imported = importReportText(page);
    if (!imported.success) throw new Error('a generated page did not import');
    issues += imported.issues.length + checkReport(imported.report).length + checkReportText(imported.report).length;
  }
  if (round > 0) importTimes.push(performance.now() - began);
}
const bytes = pages.reduce((n, p) => n + p.length, 0);
console.log(
  `report import: ${REPORTS.toLocaleString('en-US')} HTML pages (${(bytes / 1e6).toFixed(1)} M characters) imported and checked, ` +
    `median ${median(importTimes).toFixed(0)} ms on one core (rounds: ${importTimes.map((t) => t.toFixed(0)).join(', ')} ms); issues: ${String(issues)}`,
);

// The same province read from the store on the PostgreSQL server: the first county written through the
// API, the others copied under their own ids.
// Only the first county is kept: the in-memory province would otherwise weigh on the collector.
const template = agencies.slice(0, AGENCIES_PER_COUNTY).map((a) => ({
  agencyId: a.agencyId,
  cases: a.cases,
  publications: a.publicationEvents,
}));
agencies.length = 0;
const READERS = 8;
const LAYOUTS = {
  county: 'rows county by county',
  interleaved: 'rows interleaved across counties',
  clustered: 'interleaved, then CLUSTERed by primary key',
};
for (const layout of ['county', 'interleaved', 'clustered'] as const)
  await withServerDatabase('gk_bench_province', async (url) => {
    const times = await provinceOnServer(
      url,
      template,
      {
        counties: COUNTIES,
        firstCounty: 100000,
        catalogue,
        year: YEAR,
        today: TODAY,
        concurrency: READERS,
        layout,
      },
      ROUNDS,
    );
    const read = median(times.rounds.map((r) => r.readMs));
    const score = median(times.rounds.map((r) => r.scoreMs));
    console.log(
      `assessment from PostgreSQL, ${LAYOUTS[layout]}: ` +
        `${times.agencies.toLocaleString('en-US')} agencies (first county written through the API in ` +
        `${times.writeSeconds.toFixed(0)} s, the others copied in ${times.copySeconds.toFixed(0)} s): read + evidence + measure median ` +
        `${read.toFixed(0)} ms (a county per call, ${String(READERS)} at a time), score + bulletin median ${score.toFixed(0)} ms, total ${(read + score).toFixed(0)} ms ` +
        `(rounds: ${times.rounds.map((r) => (r.readMs + r.scoreMs).toFixed(0)).join(', ')} ms); ranked ${String(times.ranked)}`,
    );
  });
