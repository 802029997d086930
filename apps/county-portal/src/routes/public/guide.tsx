// The disclosure guide (政府信息公开指南, 第十二条).
import { formatCitation } from '@gk/core';
import { buildDisclosureGuide } from '@gk/guidelines';
import type { Env, PortalContext } from '../../context.js';
import { Layout } from '../../layout.js';
import { render } from '../../render.js';
import type { Handler } from 'hono';

/** The guide page. */
export function guidePage(ctx: PortalContext): Handler<Env> {
  const { data } = ctx;
  return async (c) => {
    const profile = await data.profile();
    const { catalogues } = await data.catalogues();
    const guide = buildDisclosureGuide({
      agency: profile.name,
      office: profile.office,
      catalogues,
      revisedOn: profile.guideRevisedOn,
    });
    return render(
      c,
      <Layout title="公开指南">
        <h1>{guide.title}</h1>
        <p class="muted">
          修订日期：{guide.revisedOn} · 依据 {formatCitation(guide.citation)}
        </p>
        {guide.sections.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.title}</h2>
            {section.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
            <p class="muted">依据：{section.citations.map((cit) => formatCitation(cit)).join('、')}</p>
          </section>
        ))}
      </Layout>,
    );
  };
}
