// Publications (主动公开) at scale: 1,000,000 on a PostgreSQL server and 100,000 on PGlite. Search
// p50/p95 for 20 realistic queries, a filtered listing, and the compliance of a county (26 domains,
// every item against its publications). Aims: search p95 < 50 ms on the server, compliance < 200 ms.
// Rows are made from 2,000 generated documents (through the package's own search vector), then
// multiplied inside the database with new ids, agencies and dates: the index is as big as real data.
// Run with `pnpm bench` (builds first); GK_BENCH_PUBLICATIONS changes the server's count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '@gk/catalogue-schema';
import { parseCatalogue } from '@gk/catalogue-schema';
import type { ComplianceSubject, PublicationEvent } from '@gk/publication';
import { checkCatalogueCompliance, evaluatePublication, searchVectorText } from '@gk/publication';
import type { Store } from '@gk/store';
import { openStore } from '@gk/store';
import { chinaCalendar } from '@gk/workdays';
import pg from 'pg';
import { withServerDatabase } from './server-database.ts';
import { PGlite } from '@electric-sql/pglite';
import { seededRandom } from './random.ts';

const random = seededRandom(17);

const SERVER_ROWS = Number(process.env.GK_BENCH_PUBLICATIONS ?? 1_000_000);
const PGLITE_ROWS = 100_000;
const TEMPLATES = 2_000;
const AGENCIES = 40;

const TOPICS = [
  '社会救助',
  '财政预决算',
  '义务教育',
  '公共资源配置',
  '城乡规划',
  '生态环境',
  '安全生产',
  '卫生健康',
  '就业创业',
  '乡村振兴',
];
const SUBJECTS = [
  '城乡最低生活保障标准',
  '特困人员救助供养',
  '义务教育阶段招生入学',
  '部门预算和“三公”经费',
  '政府采购项目',
  '棚户区改造项目',
  '行政处罚决定',
  '基本医疗保险待遇',
  '高标准农田建设',
  '安全生产专项整治',
  '事业单位公开招聘',
  '建设项目环境影响评价',
  '集体土地征收补偿',
  '国土空间总体规划',
  '居家养老服务补贴',
  '食品安全抽检',
  '防汛抗旱应急预案',
  '住房公积金缴存',
  '优化营商环境',
  '财政决算报告',
];
const ACTIONS = ['关于调整', '关于印发', '关于公布', '关于开展', '关于做好', '关于征求'];
const TAILS = ['的通知', '的公告', '实施方案', '工作方案', '的意见', '结果公示'];
const SENTENCES = [
  '各乡镇人民政府，县直各有关单位：',
  '为进一步做好相关工作，根据上级有关文件精神，结合本县实际，现将有关事项通知如下。',
  '本通知自印发之日起施行，由县有关部门负责解释。',
  '各单位要高度重视，明确责任分工，确保各项措施落到实处。',
  '对符合条件的对象，按规定程序审核审批后纳入保障范围，实行动态管理。',
  '资金由县财政统筹安排，专款专用，任何单位和个人不得截留、挤占、挪用。',
  '群众对公示内容有异议的，可在公示期内向县有关部门反映。',
  '请于每月5日前将工作进展情况报送县政府办公室。',
];

/** A generated document: title, topic, body, its search vector and its state. */
function templates(): { title: string; topic: string; search: string; summary: string }[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: TEMPLATES }, (_, i) => {
    const subject = pick(SUBJECTS);
    const title = `${pick(ACTIONS)}${subject}${pick(TAILS)}`;
    const body = Array.from({ length: 4 + Math.floor(random() * 8) }, () => pick(SENTENCES)).join('') + subject;
    const topic = TOPICS[i % TOPICS.length]!;
    const events: PublicationEvent[] = [
      {
        type: 'drafted',
        on: '2025-03-03',
        actor: { id: 'u', role: 'drafter' },
        indexNo: `T/2025-${String(i + 1).padStart(5, '0')}`,
        metadata: {
          title,
          publisher: '示范县人民政府办公室',
          createdOn: '2025-03-03',
          topic,
          kind: 'notice',
          audience: 'public',
          catalogueItemIds: [`d${String(i % 26)}-i${String(i % 20)}`],
          formedOn: '2025-03-03',
          channels: ['政府网站'],
          body,
        },
      },
      { type: 'attributeDetermined', on: '2025-03-03', actor: { id: 'u' }, attribute: 'proactive' },
      { type: 'reviewed', on: '2025-03-03', actor: { id: 'u' }, findings: [] },
      { type: 'approved', on: '2025-03-03', actor: { id: 'h', role: 'head' } },
      { type: 'published', on: '2025-03-10', actor: { id: 'h' } },
    ];
    const search = searchVectorText({ title, numbers: `示政办〔2025〕${String(i)}号`, body });
    return { title, topic, search, summary: JSON.stringify(evaluatePublication(events)) };
  });
}

const QUERIES = [
  '低保',
  '义务教育 招生',
  '三公经费',
  '政府采购',
  '棚改',
  '行政处罚',
  '医保',
  '高标准农田',
  '安全生产',
  '公开招聘',
  '环境影响评价',
  '征地补偿',
  '国土空间规划',
  '养老服务',
  '食品安全',
  '防汛',
  '公积金',
  '营商环境',
  '财政决算',
  '示政办〔2025〕17号',
];

/** One real append, so the migrations and the store are exercised as in use. */
async function prepare(store: Store): Promise<void> {
  await store.publications.append(
    { agencyId: 'a0', publicationId: 'first' },
    [
      {
        type: 'drafted',
        on: '2025-03-03',
        actor: { id: 'u' },
        indexNo: 'FIRST/2025-00001',
        metadata: {
          title: '首条信息',
          publisher: '示范县',
          createdOn: '2025-03-03',
          topic: '社会救助',
          kind: 'notice',
          audience: 'public',
          catalogueItemIds: [],
          formedOn: '2025-03-03',
          channels: [],
          body: '正文',
        },
      },
    ],
    0,
  );
}

type Exec = (sql: string, params?: unknown[]) => Promise<void>;

/** Fills the projection table with `rows` publications made from the templates, inside the database. */
async function fill(exec: Exec, rows: number): Promise<number> {
  await exec('CREATE TEMP TABLE bench_templates (k integer, title text, topic text, search tsvector, summary jsonb)');
  const list = templates();
  for (let i = 0; i < list.length; i += 200) {
    const chunk = list.slice(i, i + 200);
    const values = chunk.map(
      (_, j) =>
        `($${String(j * 5 + 1)}, $${String(j * 5 + 2)}, $${String(j * 5 + 3)}, $${String(j * 5 + 4)}::tsvector, $${String(j * 5 + 5)}::jsonb)`,
    );
    await exec(
      `INSERT INTO bench_templates VALUES ${values.join(', ')}`,
      chunk.flatMap((t, j) => [i + j, t.title, t.topic, t.search, t.summary]),
    );
  }
  const began = performance.now();
  await exec(
    `INSERT INTO gk_publications (agency_id, publication_id, version, index_no, status, title, topic, published_on, validity, catalogue_item_ids, search, summary, facts)
     SELECT 'a' || (g % ${String(AGENCIES)}), 'p' || g, 5, 'IDX/' || g, 'published', t.title, t.topic,
            DATE '2019-01-01' + (g % 2500), 'valid', ARRAY['d' || (g % 26) || '-i' || (g % 20)],
            t.search || array_to_tsvector(ARRAY['agency=a' || (g % ${String(AGENCIES)})]), t.summary,
            jsonb_set(t.summary, '{metadata,body}', '""') - 'findings' - 'issues'
     FROM generate_series(1, ${String(rows)}) AS g JOIN bench_templates t ON t.k = g % ${String(TEMPLATES)}`,
  );
  await exec('ANALYZE gk_publications');
  return (performance.now() - began) / 1000;
}

const percentile = (times: number[], p: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};

async function timed(run: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const began = performance.now();
    await run();
    times.push(performance.now() - began);
  }
  return times;
}

/** A county's 26 domain catalogues of 20 items each, with a mix of time limits. */
function county(): Catalogue[] {
  const limits = ['信息形成或者变更之日起20个工作日内', '每年3月底前', '半年至少更新1次', '及时公开', '长期公开'];
  return Array.from({ length: 26 }, (_, d) =>
    parseCatalogue({
      formatVersion: '1',
      header: {
        title: `领域${String(d)}`,
        jurisdiction: { divisionCode: '350213', name: '示范县' },
        agency: { name: '示范县' },
        domain: `领域${String(d)}`,
        version: '1',
        effectiveOn: '2025-01-01',
      },
      items: Array.from({ length: 20 }, (_, i) => ({
        id: `d${String(d)}-i${String(i)}`,
        primaryMatter: '事项',
        secondaryMatter: `事项${String(i)}`,
        contentElements: ['内容'],
        basis: '《中华人民共和国政府信息公开条例》',
        timeLimit: limits[i % limits.length]!,
        publisher: '示范县',
        channels: ['■政府网站'],
        audience: ['public' as const],
        mode: ['proactive' as const],
      })),
    }),
  );
}

async function measure(name: string, store: Store, rows: number, fillSeconds: number): Promise<void> {
  const search: number[] = [];
  let found = 0;
  for (const query of QUERIES) {
    await store.publications.search(query, { agencyId: 'a1', limit: 20 }); // warm
    search.push(
      ...(await timed(async () => {
        found += (await store.publications.search(query, { agencyId: 'a1', limit: 20 })).length;
      }, 5)),
    );
  }
  const listing = await timed(
    () => store.publications.list({ agencyId: 'a3', year: 2024, topic: '社会救助', limit: 20 }),
    50,
  );
  // A county's compliance: load its states (one agency: rows / AGENCIES), then the pure check.
  const states: readonly ComplianceSubject[] = await store.publications.complianceSubjects('a5');
  const catalogues = county();
  const compliance = await timed(
    () =>
      Promise.resolve(checkCatalogueCompliance(catalogues, states, { today: '2026-05-10', calendar: chinaCalendar })),
    10,
  );
  const load = await timed(() => store.publications.complianceSubjects('a5'), 3);
  const loadStates = await timed(() => store.publications.states('a5', { forCompliance: true }), 3);
  const loadWhole = await timed(() => store.publications.states('a5'), 3);
  console.log(
    `${name.padEnd(10)} ${rows.toLocaleString('en-US')} publications (filled in ${fillSeconds.toFixed(0)} s); ` +
      `search p50 ${percentile(search, 50).toFixed(1)} ms, p95 ${percentile(search, 95).toFixed(1)} ms (${String(QUERIES.length)} queries × 5, ${String(found)} hits); ` +
      `filtered listing p50 ${percentile(listing, 50).toFixed(1)} ms, p95 ${percentile(listing, 95).toFixed(1)} ms; ` +
      `compliance of 26 domains × 20 items against ${states.length.toLocaleString('en-US')} publications: median ${percentile(compliance, 50).toFixed(1)} ms (+ loading them: median ${percentile(load, 50).toFixed(0)} ms; as states without bodies ${percentile(loadStates, 50).toFixed(0)} ms, whole states ${percentile(loadWhole, 50).toFixed(0)} ms)`,
  );
}

const dataDir = mkdtempSync(join(tmpdir(), 'gk-bench-pub-'));
{
  // PGlite is one connection, held by the store: fill through a raw handle while the store is closed.
  const store = await openStore({ dataDir });
  await prepare(store);
  await store.close();
  const db = await PGlite.create({ dataDir });
  const fillSeconds = await fill(async (sql, params) => void (await db.query(sql, params ?? [])), PGLITE_ROWS);
  await db.close();
  const reopened = await openStore({ dataDir });
  await measure('PGlite', reopened, PGLITE_ROWS, fillSeconds);
  await reopened.close();
}
rmSync(dataDir, { recursive: true, force: true });

await withServerDatabase('gk_bench_pub', async (url) => {
  const store = await openStore({ connectionString: url });
  await prepare(store);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const fillSeconds = await fill(async (sql, params) => void (await client.query(sql, params)), SERVER_ROWS);
  await measure('PostgreSQL', store, SERVER_ROWS, fillSeconds);
  await client.end();
  await store.close();
});
