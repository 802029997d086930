// The catalogue: search across areas, and each area's items.
import { searchCatalogues } from '@gk/catalogue-schema';
import { notFoundPage } from '../../renderer.js';
import type { Env } from '../../context.js';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { CatalogueTable } from '../../components/public.js';
import { Poster, ShareBox } from '../../share.js';

/** The catalogue (mounted at `/catalogue`). */
export function catalogueRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', async (c) => {
    const { catalogues, problems } = await c.var.agency.catalogues();
    const q = (c.req.query('q') ?? '').slice(0, 100);
    const hits = q.trim() === '' ? [] : searchCatalogues(catalogues, q);
    return c.render(
      <>
        <h1>政府信息公开目录</h1>
        <p>目录按领域、一级事项、二级事项编排，列明每个事项的公开内容、时限、主体和渠道（第十二条第三款）。</p>
        <form method="get" action={c.var.agency.href('/catalogue')} role="search" class="stack narrow">
          <label for="q">
            检索事项
            <input type="search" id="q" name="q" value={q} />
          </label>
          <p>
            <button type="submit">检索</button>
          </p>
        </form>
        {problems.length === 0 ? null : (
          <div class="notice error">以下目录数据有误，暂不显示：{problems.join('；')}</div>
        )}
        {q.trim() === '' ? null : (
          <section aria-labelledby="results">
            <h2 id="results">
              “{q}”的检索结果：{hits.length} 项
            </h2>
            {hits.length === 0 ? (
              <p>没有找到相关事项，可以换个说法，或者直接申请公开。</p>
            ) : (
              <CatalogueTable items={hits} catalogues base={c.var.agency.base} />
            )}
          </section>
        )}
        <h2>按领域浏览</h2>
        <ul class="cards">
          {catalogues.map((cat) => (
            <li>
              <a href={c.var.agency.href(`/catalogue/${encodeURIComponent(cat.header.domain)}`)}>{cat.header.domain}</a>
              <p>
                {cat.items.length} 个事项 · {cat.header.version}
              </p>
            </li>
          ))}
        </ul>
      </>,
      { title: '公开目录' },
    );
  });

  /** The catalogue of the page's area (`/:domain`), or `undefined`. */
  const catalogueOf = async (c: Context<Env>) =>
    (await c.var.agency.catalogues()).catalogues.find((cat) => cat.header.domain === c.req.param('domain'));

  app.get('/:domain', async (c) => {
    const catalogue = await catalogueOf(c);
    if (catalogue === undefined) return notFoundPage(c, '没有这个领域的目录');
    // Each item's published information (主动公开), linked from its row.
    const published = new Map<string, number>();
    for (const state of await c.var.portal.data.store.publications.states(c.var.agency.id, { forCompliance: true })) {
      if (state.status !== 'published') continue;
      for (const key of state.metadata?.catalogueItemIds ?? []) published.set(key, (published.get(key) ?? 0) + 1);
    }
    return c.render(
      <>
        <h1>{catalogue.header.title}</h1>
        <p class="muted">
          版本 {catalogue.header.version} · 自 {catalogue.header.effectiveOn} 起施行
        </p>
        <CatalogueTable
          items={catalogue.items.map((item) => ({ catalogue, item }))}
          published={published}
          base={c.var.agency.base}
        />
        <ShareBox
          origin={c.var.portal.publicOrigin}
          path={c.var.agency.href(`/catalogue/${encodeURIComponent(catalogue.header.domain)}`)}
          poster={c.var.agency.href(`/catalogue/${encodeURIComponent(catalogue.header.domain)}/poster`)}
        />
      </>,
      { title: catalogue.header.domain },
    );
  });

  app.get('/:domain/poster', async (c) => {
    const catalogue = await catalogueOf(c);
    if (catalogue === undefined) return notFoundPage(c, '没有这个领域的目录');
    return c.render(
      <Poster
        title={catalogue.header.title}
        lines={[`公开事项 ${String(catalogue.items.length)} 项`, `版本 ${catalogue.header.version}`]}
        origin={c.var.portal.publicOrigin}
        path={c.var.agency.href(`/catalogue/${encodeURIComponent(catalogue.header.domain)}`)}
        publisher={catalogue.header.agency.name}
      />,
      { title: catalogue.header.title },
    );
  });

  return app;
}
