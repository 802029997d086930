// Policies and their interpretations.
import { INTERPRETATION_ELEMENTS, INTERPRETATION_FORMS, interpretationsOf } from '@gk/interpretation';
import { notFoundPage } from '../../renderer.js';
import type { Env } from '../../context.js';
import { DataTable } from '../../components/common.js';
import { Hono } from 'hono';
import { Poster, ShareBox } from '../../share.js';

/** Policies and interpretations (mounted at `/policies`). */
export function policyRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', async (c) => {
    const policies = await c.var.agency.policies();
    const interpretations = (await c.var.agency.interpretations()).map((i) => i.interpretation);
    return c.render(
      <>
        <h1>政策文件与解读</h1>
        <DataTable
          caption="规范性文件"
          columns={['文件', '文号', '发布日期', '解读']}
          rows={policies.map((p) => [
            <a href={c.var.agency.href(`/policies/${encodeURIComponent(p.policy.id)}`)}>{p.policy.title}</a>,
            p.docNo,
            p.policy.publishedOn ?? '—',
            interpretationsOf(p.policy.id, interpretations).length === 0
              ? '—'
              : `${String(interpretationsOf(p.policy.id, interpretations).length)} 篇`,
          ])}
        />
      </>,
      { title: '政策解读' },
    );
  });

  app.get('/:id', async (c) => {
    const policies = await c.var.agency.policies();
    const entry = policies.find((p) => p.policy.id === c.req.param('id'));
    if (entry === undefined) return notFoundPage(c, '没有这件政策文件');
    const documents = await c.var.agency.interpretations();
    const mine = interpretationsOf(
      entry.policy.id,
      documents.map((d) => d.interpretation),
    );
    const sectionsOf = (id: string) => documents.find((d) => d.interpretation.id === id)?.sections ?? [];
    return c.render(
      <>
        <h1>{entry.policy.title}</h1>
        <p class="muted">
          {entry.docNo} · {entry.policy.draftingBody} · 发布日期 {entry.policy.publishedOn ?? '—'}
        </p>
        <div class="side-by-side">
          <section aria-labelledby="policy-text">
            <h2 id="policy-text">政策原文</h2>
            {entry.text.map((p) => (
              <p>{p}</p>
            ))}
          </section>
          <section aria-labelledby="policy-interpretation">
            <h2 id="policy-interpretation">政策解读</h2>
            {mine.length === 0 ? (
              <p>暂无解读。</p>
            ) : (
              mine.map((interpretation) => {
                return (
                  <article>
                    {interpretation.materials.map((m) => (
                      <h3>
                        {m.title} <span class="badge">{INTERPRETATION_FORMS[m.form]}</span>
                      </h3>
                    ))}
                    <p class="muted">
                      解读机关：{interpretation.interpretingBody} · 发布日期 {interpretation.publishedOn ?? '—'}
                    </p>
                    {sectionsOf(interpretation.id).map((s) => (
                      <>
                        <h4>{INTERPRETATION_ELEMENTS[s.element]}</h4>
                        <p>{s.text}</p>
                      </>
                    ))}
                  </article>
                );
              })
            )}
          </section>
        </div>
        <ShareBox
          origin={c.var.portal.publicOrigin}
          path={c.var.agency.href(`/policies/${encodeURIComponent(entry.policy.id)}`)}
          poster={c.var.agency.href(`/policies/${encodeURIComponent(entry.policy.id)}/poster`)}
        />
      </>,
      { title: entry.policy.title },
    );
  });

  app.get('/:id/poster', async (c) => {
    const entry = (await c.var.agency.policies()).find((p) => p.policy.id === c.req.param('id'));
    if (entry === undefined) return notFoundPage(c, '没有这件政策文件');
    return c.render(
      <Poster
        title={entry.policy.title}
        lines={[entry.docNo, '扫码查看全文及政策解读']}
        origin={c.var.portal.publicOrigin}
        path={c.var.agency.href(`/policies/${encodeURIComponent(entry.policy.id)}`)}
        publisher={(await c.var.agency.profile()).name}
      />,
      { title: entry.policy.title },
    );
  });

  return app;
}
