// 主动公开的政府信息: the list with search and filters, and each publication's page with the metadata
// table disclosure pages show above the text (条例第二十三条、第二十四条: 检索、查阅).
import type { PublicationState, TextSegment } from '@gk/publication';
import {
  CLEANUP_RESULT_LABELS,
  checkStatutoryPublication,
  normativeLibrary,
  PUBLICATION_LABELS_ZH,
} from '@gk/publication';
import type { PublicationHit, PublicationSummary } from '@gk/store';
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { DataTable } from '../../components/common.js';
import { isRecordId, queryText } from '../../forms/read.js';
import type { Env } from '../../context.js';
import type { AgencyLevel } from '@gk/assessment';
import { STATUTORY_LEVEL } from '@gk/assessment';
import { agencyLevel, DISCLOSURE_RULES_TOPIC } from '../../data.js';
import { notFoundPage } from '../../renderer.js';

const VALIDITY: Readonly<Record<PublicationState['validity']['state'], string>> = {
  valid: '有效',
  expired: '失效',
  repealed: '废止',
};

const Marked = ({ segments }: { segments: readonly TextSegment[] }) => (
  <>{segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>
);

const link = (base: string, summary: PublicationSummary, title: Child) => (
  <a href={`${base}/info/${encodeURIComponent(summary.publicationId)}`}>{title}</a>
);

/** What the statutory page lists, by the kind of agency whose page it is. */
const STATUTORY_INTRO: Readonly<Record<AgencyLevel, string>> = {
  government:
    '《中华人民共和国政府信息公开条例》第二十条、第二十一条规定县级人民政府应当主动公开的政府信息，以及本县已经公开的内容。',
  department:
    '《中华人民共和国政府信息公开条例》第二十条规定行政机关应当主动公开的政府信息，以及本机关已经公开的内容。',
  township:
    '《中华人民共和国政府信息公开条例》第二十条、第二十一条规定乡（镇）人民政府应当主动公开的政府信息，以及本机关已经公开的内容。',
};

/** The publications (mounted at `/info`). */
export function infoRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', async (c) => {
    const { store } = c.var.portal.data;
    const q = queryText(c.req.query('q'), 100);
    const topic = queryText(c.req.query('topic'), 50);
    const yearText = queryText(c.req.query('year'), 20);
    const item = queryText(c.req.query('item'), 100);
    const yearOk = /^\d{4}$/.test(yearText) && Number(yearText) >= 1900;
    const year = yearOk ? Number(yearText) : undefined;
    const yearProblem =
      yearText !== '' && !yearOk ? `年度“${yearText}”无效，应为四位数字的年份（如 2026），已按全部年度显示。` : null;
    const filter = {
      agencyId: c.var.agency.id,
      limit: 50,
      ...(topic === '' ? {} : { topic }),
      ...(year === undefined ? {} : { year }),
      ...(isRecordId(item) ? { catalogueItemId: item } : {}),
    };
    const hits: PublicationHit[] | null = q.trim() === '' ? null : await store.publications.search(q, filter);
    const listed = hits === null ? await store.publications.list(filter) : [];
    const topics = [
      ...new Set(
        (await store.publications.list({ agencyId: c.var.agency.id, limit: 500 })).map(
          (s) => s.state.metadata?.topic ?? '',
        ),
      ),
    ]
      .filter((t) => t !== '')
      .sort();
    return c.render(
      <>
        <h1>主动公开的政府信息</h1>
        <p>按《中华人民共和国政府信息公开条例》第二十三条、第二十四条集中发布，可检索、查阅、下载。</p>
        <p>
          <a href={c.var.agency.href('/info/statutory')}>法定主动公开内容</a> ·{' '}
          <a href={c.var.agency.href('/info/normative')}>规范性文件</a> ·{' '}
          <a href={c.var.agency.href('/info/rules')}>政府信息公开制度</a> ·{' '}
          <a href={c.var.agency.href('/catalogue')}>按目录事项查看</a>
        </p>
        <form method="get" action={c.var.agency.href('/info')} role="search" class="stack narrow">
          <label for="info-q">
            检索
            <input type="search" id="info-q" name="q" value={q} placeholder="标题、文号或正文，例如：低保" />
          </label>
          <label for="info-topic">
            主题分类
            <select id="info-topic" name="topic">
              <option value="">全部</option>
              {topics.map((t) => (
                <option value={t} selected={t === topic}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label for="info-year">
            年度
            <input
              type="text"
              inputmode="numeric"
              id="info-year"
              name="year"
              value={year === undefined ? '' : String(year)}
            />
          </label>
          {item === '' ? null : <input type="hidden" name="item" value={item} />}
          {yearProblem === null ? null : (
            <div class="notice error" role="alert">
              {yearProblem}
            </div>
          )}
          <p>
            <button type="submit">检索</button>
          </p>
        </form>
        {hits === null ? (
          <DataTable
            caption={`共 ${String(listed.length)} 条`}
            columns={['信息名称', '索引号', '发布日期', '主题分类']}
            rows={listed.map((s) => [
              link(c.var.agency.base, s, s.state.metadata?.title ?? ''),
              s.state.indexNo ?? '',
              s.state.publishedOn ?? '',
              s.state.metadata?.topic ?? '',
            ])}
          />
        ) : (
          <section aria-labelledby="info-results">
            <h2 id="info-results">
              “{q}”的检索结果：{hits.length} 条
            </h2>
            {hits.length === 0 ? <p>没有找到，可以换个说法，或者申请公开。</p> : null}
            <ol class="results">
              {hits.map((hit) => (
                <li>
                  <h3>{link(c.var.agency.base, hit.summary, <Marked segments={hit.title} />)}</h3>
                  <p>
                    <Marked segments={hit.snippet} />
                  </p>
                  <p class="muted">
                    {hit.summary.state.indexNo} · {hit.summary.state.publishedOn}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}
      </>,
      { title: '主动公开' },
    );
  });

  app.get('/statutory', async (c) => {
    const { store } = c.var.portal.data;
    const states = await store.publications.states(c.var.agency.id, { forCompliance: true });
    const level = agencyLevel(await c.var.agency.profile());
    const result = checkStatutoryPublication(states, STATUTORY_LEVEL[level]);
    const titleOf = new Map(states.map((s) => [s.indexNo ?? '', s.metadata?.title ?? '']));
    return c.render(
      <>
        <h1>法定主动公开内容</h1>
        <p>{STATUTORY_INTRO[level]}</p>
        <DataTable
          columns={['类别', '依据', '已公开的信息']}
          rows={[
            ...result.published.map((p) => [
              p.category.secondaryMatter,
              p.category.basis,
              <ul>
                {p.indexNos.map((no) => (
                  <li>{titleOf.get(no) ?? no}</li>
                ))}
              </ul>,
            ]),
            ...result.gaps.map((g) => [g.secondaryMatter, g.basis, '暂无']),
          ]}
        />
        <p class="muted">
          第二十条第（十五）项“法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息”无法按内容判断，未列入统计。
        </p>
      </>,
      { title: '法定主动公开内容' },
    );
  });

  app.get('/normative', async (c) => {
    const { store } = c.var.portal.data;
    const summaries = await store.publications.list({ agencyId: c.var.agency.id, limit: 500 });
    const idOf = new Map(summaries.map((s) => [s.state.indexNo ?? '', s.publicationId]));
    const reviews = await c.var.agency.cleanupReviews();
    const library = normativeLibrary(
      summaries.map((s) => s.state),
      reviews,
      { today: c.var.portal.today() },
    );
    return c.render(
      <>
        <h1>规范性文件</h1>
        <p>本县发布的规范性文件及其有效性。规范性文件实行定期清理，清理结果向社会公布。</p>
        <DataTable
          columns={['文件名称', '文号', '发布日期', '有效性', '最近一次清理']}
          rows={library.map((d) => [
            <a href={c.var.agency.href(`/info/${encodeURIComponent(idOf.get(d.indexNo) ?? '')}`)}>{d.title}</a>,
            d.documentNo ?? '—',
            d.publishedOn,
            `${VALIDITY[d.validity]}${d.invalidSince === null ? '' : `（自 ${d.invalidSince}）`}`,
            d.lastReview === null ? '—' : `${d.lastReview.reviewedOn}：${CLEANUP_RESULT_LABELS[d.lastReview.result]}`,
          ])}
        />
      </>,
      { title: '规范性文件' },
    );
  });

  app.get('/rules', async (c) => {
    const rules = await c.var.portal.data.store.publications.list({
      agencyId: c.var.agency.id,
      topic: DISCLOSURE_RULES_TOPIC,
      limit: 200,
    });
    return c.render(
      <>
        <h1>政府信息公开制度</h1>
        <p>本机关制定的政府信息公开工作制度，如保密审查、发布协调、依申请公开办理等。</p>
        {rules.length === 0 ? (
          <p>暂无。</p>
        ) : (
          <DataTable
            columns={['制度名称', '索引号', '发布日期', '有效性']}
            rows={rules.map((s) => [
              link(c.var.agency.base, s, s.state.metadata?.title ?? ''),
              s.state.indexNo ?? '',
              s.state.publishedOn ?? '',
              VALIDITY[s.state.validity.state],
            ])}
          />
        )}
      </>,
      { title: '政府信息公开制度' },
    );
  });

  app.get('/:id', async (c) => {
    if (!isRecordId(c.req.param('id'))) return notFoundPage(c, '没有这条信息');
    const summary = await c.var.portal.data.store.publications.get({
      agencyId: c.var.agency.id,
      publicationId: c.req.param('id'),
    });
    const state = summary?.state;
    if (
      summary === undefined ||
      state === undefined ||
      state.metadata === null ||
      (state.status !== 'published' && state.status !== 'withdrawn')
    )
      return notFoundPage(c, '没有这条信息');
    const m = state.metadata;
    const interpretations = (await c.var.agency.interpretations()).filter((i) =>
      state.interpretationIds.includes(i.interpretation.id),
    );
    return c.render(
      <>
        <h1>{m.title}</h1>
        <table class="facts-table">
          <caption>信息属性</caption>
          <tbody>
            {[
              ['索引号', state.indexNo ?? ''],
              ['信息名称', m.title],
              ['发布机构', m.publisher],
              ['文号', m.documentNo ?? '—'],
              ['生成日期', m.createdOn],
              ['发布日期', state.publishedOn ?? ''],
              ['主题分类', m.topic],
              [
                '有效性',
                `${VALIDITY[state.validity.state]}${state.validity.since === null ? '' : `（自 ${state.validity.since}）`}`,
              ],
            ].map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {state.withdrawn === null ? (
          <div class="side-by-side">
            <section aria-labelledby="info-text">
              <h2 id="info-text">正文</h2>
              {m.body.split('\n').map((line) => (
                <p>{line}</p>
              ))}
              {state.versions.length > 1 ? (
                <p class="muted">
                  已更新 {state.versions.length - 1} 次，最近一次 {state.versions.at(-1)?.publishedOn}：
                  {state.versions.at(-1)?.note}
                </p>
              ) : null}
            </section>
            {interpretations.length === 0 ? null : (
              <section aria-labelledby="info-interpretation">
                <h2 id="info-interpretation">政策解读</h2>
                <ul>
                  {interpretations.map((i) => (
                    <li>
                      <a href={c.var.agency.href(`/policies/${encodeURIComponent(i.interpretation.policyId)}`)}>
                        {i.interpretation.materials[0]?.title ?? '解读'}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        ) : (
          <div class="notice error" role="status">
            本信息已于 {state.withdrawn.on} 撤回。撤回理由：{state.withdrawn.reason}
          </div>
        )}
        <p class="muted">
          {PUBLICATION_LABELS_ZH.published}：{m.channels.join('、')}
        </p>
      </>,
      { title: m.title },
    );
  });
  return app;
}
