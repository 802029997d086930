// The annual report (第四十九条、第五十条), built from the cases and, for 表二's 规范性文件 line, the publications.
import { renderReportHtml } from '@gk/annual-report';
import { raw } from 'hono/html';
import { agencyReport } from '../../annual-report.js';
import { notFoundPage } from '../../renderer.js';
import type { Env } from '../../context.js';
import type { Handler } from 'hono';

/** The annual report page. */
export function reportPage(): Handler<Env> {
  return async (c) => {
    const profile = await c.var.agency.profile();
    const thisYear = Number(c.var.portal.today().slice(0, 4));
    const years = Object.keys(profile.proactive)
      .filter((y) => Number(y) <= thisYear)
      .sort()
      .reverse();
    const asked = c.req.query('year');
    const year = asked === undefined ? Number(years[0]) : /^\d{4}$/.test(asked) ? Number(asked) : Number.NaN;
    const proactive = profile.proactive[String(year)];
    if (proactive === undefined || year > thisYear) {
      return notFoundPage(
        c,
        years.length === 0
          ? '本机关尚未录入年度报告所需的主动公开数据，暂无年度报告。'
          : `没有${asked === undefined ? '' : `“${asked.slice(0, 20)}”`}年度的报告。可以查看的年度：${years.join('、')}。`,
      );
    }
    const report = await agencyReport(c.var.portal.data.store, c.var.agency.id, profile, year);
    if (report === undefined) return notFoundPage(c, `没有“${String(year)}”年度的报告。`);
    return c.render(
      <>
        <nav aria-label="年度" class="no-print">
          年度：
          {years.map((y) => (
            <>
              {y === String(year) ? (
                <strong aria-current="page">{y}</strong>
              ) : (
                <a href={c.var.agency.href(`/report?year=${y}`)}>{y}</a>
              )}{' '}
            </>
          ))}
        </nav>
        {year === thisYear ? (
          <p class="notice">本年度尚未结束：表三按截至今天的案件实时统计，正式报告按第四十九条规定的期限发布。</p>
        ) : null}
        {raw(renderReportHtml(report))}
        {proactive.normativeDocuments === undefined ? (
          <p class="muted">
            表二“规范性文件”一行按本平台发布的规范性文件统计（本年制发按成文日期，现行有效截至12月31日）；其余各行为本机关录入的数据。
          </p>
        ) : null}
      </>,
      { title: `${String(year)}年度报告` },
    );
  };
}
