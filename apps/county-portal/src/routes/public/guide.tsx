// The disclosure guide (政府信息公开指南, 第十二条).
import { formatCitation } from '@gk/core';
import { buildDisclosureGuide } from '@gk/guidelines';
import type { Env } from '../../context.js';
import { displayModeOf } from '../../display-mode.js';
import type { Handler } from 'hono';

/** The guide page. */
export function guidePage(): Handler<Env> {
  return async (c) => {
    const profile = await c.var.agency.profile();
    const { catalogues } = await c.var.agency.catalogues();
    const guide = buildDisclosureGuide({
      agency: profile.name,
      office: profile.office,
      catalogues,
      revisedOn: profile.guideRevisedOn,
    });
    return c.render(
      <>
        <h1>{guide.title}</h1>
        <p class="muted">
          修订日期：{guide.revisedOn} · 依据 {formatCitation(guide.citation)}
        </p>
        {displayModeOf(c) === 'kiosk' ? (
          <p class="no-print">
            <button type="button" class="primary" data-print="">
              打印本指南
            </button>
          </p>
        ) : null}
        {guide.sections.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.title}</h2>
            {section.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
            <p class="muted">依据：{section.citations.map((cit) => formatCitation(cit)).join('、')}</p>
          </section>
        ))}
      </>,
      { title: '公开指南' },
    );
  };
}
