// The 政务公开办's desk (监督考核): every agency of the county scored and ranked, each score's evidence,
// the 通报 (HTML and Word) and the county's rolled-up annual report. Only the supervising office sees it.
import { renderReportHtml } from '@gk/annual-report';
import type { Assessment } from '@gk/assessment';
import { ASSESSMENT_CITATIONS, compareYears, INDICATORS, renderBulletinHtml } from '@gk/assessment';
import { formatCitation } from '@gk/core';
import { bulletinToDocx } from '@gk/office';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import {
  archiveAssessment,
  archivedAssessment,
  assessCounty,
  BULLETIN_FIX_WORKDAYS,
  countyBulletin,
  countyReport,
  countyScoringProfile,
} from '../../assessment.js';
import { newMediaOfficePage } from './office-new-media.js';
import { participationOfficePage } from './office-participation.js';
import { newMediaAccountRoutes } from './office-new-media-account.js';
import { openDaysOfficePage } from './office-open-days.js';
import { adoptProfile, ProfileSection } from './office-profile.js';
import { DataTable } from '../../components/common.js';
import { Csrf, forbidden } from '../../components/staff.js';
import type { Env } from '../../context.js';
import { notFoundPage } from '../../renderer.js';

const scoreText = (score: number | null): string => (score === null ? '不参与评分' : score.toFixed(2));

/** The year asked (`?year=`), this year by default; `undefined` for one that cannot be assessed. */
function yearOf(c: Context<Env>): number | undefined {
  const thisYear = Number(c.var.portal.today().slice(0, 4));
  const asked = c.req.query('year');
  if (asked === undefined) return thisYear;
  const year = /^\d{4}$/.test(asked) ? Number(asked) : Number.NaN;
  return year >= 2008 && year <= thisYear ? year : undefined;
}

async function assessed(c: Context<Env>, year: number): Promise<Assessment> {
  const { data, today, calendar } = c.var.portal;
  const { profile } = await countyScoringProfile(data);
  return assessCounty(data, { year, today: today(), calendar: calendar(), profile });
}

/** The office's desk (mounted at `/staff/office`). */
export function officeRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.use(async (c, next) => {
    if (c.get('session').supervisingOffice !== true) return forbidden(c, '监督考核页面只对本县政务公开办开放。');
    const year = yearOf(c);
    if (year === undefined)
      return notFoundPage(
        c,
        `没有“${(c.req.query('year') ?? '').slice(0, 20)}”年度的考核：请选择 2008 年至今年之间的年度。`,
      );
    await next();
  });

  app.get('/', async (c) => {
    const year = yearOf(c) ?? 0;
    const assessment = await assessed(c, year);
    const { profile } = assessment;
    const q = `?year=${String(year)}`;
    const previous = await archivedAssessment(c.var.portal.data, year - 1);
    const changes = new Map(
      (previous === undefined ? [] : compareYears(assessment, previous.assessment)).map((ch) => [ch.agencyId, ch]),
    );
    const archived = await archivedAssessment(c.var.portal.data, year);
    const changeText = (agencyId: string): string => {
      const change = changes.get(agencyId)?.change;
      return change === undefined || change === null ? '—' : `${change > 0 ? '+' : ''}${change.toFixed(2)}`;
    };
    return c.render(
      <>
        <h1>{year}年度政务公开工作考核</h1>
        <p>
          依据{formatCitation(ASSESSMENT_CITATIONS.assessment)}
          、第四十七条，按《{profile.title}》（{`${profile.version}，满分 ${String(profile.total)} 分`}）计分，截至{' '}
          {c.var.portal.today()}
          。各项指标由本平台记录的目录、发布和申请办理数据计算；不适用的指标不计分，得分按适用指标的权重折算。
        </p>
        <p class="no-print">
          <a href={`/staff/office/bulletin.docx${q}`}>下载通报（Word）</a> ·{' '}
          <a href={`/staff/office/bulletin.html${q}`}>通报（网页）</a> ·{' '}
          <a href={`/staff/office/report${q}`}>全县年度报告汇总</a> ·{' '}
          <a href="/staff/office/new-media">政务新媒体账号</a> · <a href="/staff/office/open-days">政府开放日报名</a> ·{' '}
          <a href="/staff/office/participation">决策公开与公众参与</a>
        </p>
        <DataTable
          caption={`排名（${String(assessment.scores.length)} 个单位）`}
          columns={['名次', '单位', '得分', '同比', '扣分指标']}
          rows={assessment.scores.map((s) => [
            <span class="nowrap">{s.rank === null ? '—' : String(s.rank)}</span>,
            <a href={`/staff/office/agencies/${s.agencyId}${q}`}>{s.name}</a>,
            <span class="nowrap">{scoreText(s.score)}</span>,
            <span class="nowrap">{changeText(s.agencyId)}</span>,
            s.breakdown
              .filter((b) => b.applicable && b.points < b.weight)
              .map((b) => INDICATORS[b.indicator].name)
              .join('、') || '无',
          ])}
        />
        <p>
          {previous === undefined
            ? `${String(year - 1)}年度的考核结果未存档，没有同比。`
            : `同比：与 ${previous.archivedOn} 存档的${String(year - 1)}年度结果相比。`}
          {archived === undefined ? '' : `本年度结果已于 ${archived.archivedOn} 存档。`}
        </p>
        <form method="post" action={`/staff/office/archive${q}`} class="no-print">
          <Csrf session={c.get('session')} />
          <button type="submit">存档{year}年度考核结果（供下一年度同比）</button>
        </form>
        <ProfileSection c={c} {...await countyScoringProfile(c.var.portal.data)} />
        <p class="muted">
          通报的整改期限为发布之日起 {BULLETIN_FIX_WORKDAYS} 个工作日（本平台默认值，可按本地规定设置）。
        </p>
      </>,
      { title: '监督考核' },
    );
  });

  app.post('/profile', adoptProfile);
  app.get('/new-media', newMediaOfficePage());
  app.route('/new-media', newMediaAccountRoutes());
  app.get('/participation', participationOfficePage());
  app.get('/open-days', openDaysOfficePage());

  app.post('/archive', async (c) => {
    const year = yearOf(c) ?? 0;
    await archiveAssessment(c.var.portal.data, await assessed(c, year), c.var.portal.today());
    return c.redirect(`/staff/office?year=${String(year)}`, 303);
  });

  app.get('/agencies/:agencyId', async (c) => {
    const year = yearOf(c) ?? 0;
    const assessment = await assessed(c, year);
    const score = assessment.scores.find((s) => s.agencyId === c.req.param('agencyId'));
    if (score === undefined) return notFoundPage(c, '本县没有这个单位');
    return c.render(
      <>
        <p class="no-print">
          <a href={`/staff/office?year=${String(year)}`}>返回排名</a>
        </p>
        <h1>
          {score.name}：{year}年度考核
        </h1>
        <p>
          得分 {scoreText(score.score)}，名次 {score.rank === null ? '—' : String(score.rank)}；适用指标权重{' '}
          {score.applicableWeight}，得分 {score.earned.toFixed(2)}，折算到满分 {assessment.profile.total} 分。
        </p>
        {score.breakdown.map((b) => {
          const indicator = INDICATORS[b.indicator];
          const m = b.measurement;
          return (
            <section>
              <h2>
                {indicator.name}：{b.applicable ? `${b.points.toFixed(2)} / ${String(b.weight)}` : '不适用'}
              </h2>
              <p>
                {m === null
                  ? '本平台没有记录这项指标所需的数据。'
                  : m.total === 0 && m.defects === 0
                    ? '本年度没有可计的对象。'
                    : `共 ${String(m.total)}${indicator.unit}，符合要求 ${String(m.met)}，问题 ${String(m.defects)} 处。`}
              </p>
              {m === null || m.evidence.length === 0 ? null : (
                <DataTable
                  caption="问题实例"
                  columns={['对象', '问题', '依据']}
                  rows={m.evidence.map((e) => [
                    e.subject,
                    e.text,
                    e.citation === undefined ? '' : formatCitation(e.citation),
                  ])}
                />
              )}
            </section>
          );
        })}
      </>,
      { title: `${score.name}考核` },
    );
  });

  app.get('/bulletin.html', async (c) => {
    const assessment = await assessed(c, yearOf(c) ?? 0);
    const bulletin = countyBulletin(assessment, await issuerOf(c), {
      today: c.var.portal.today(),
      calendar: c.var.portal.calendar(),
    });
    return c.html(renderBulletinHtml(bulletin));
  });

  app.get('/bulletin.docx', async (c) => {
    const year = yearOf(c) ?? 0;
    const assessment = await assessed(c, year);
    const bulletin = countyBulletin(assessment, await issuerOf(c), {
      today: c.var.portal.today(),
      calendar: c.var.portal.calendar(),
    });
    const bytes = await bulletinToDocx(bulletin);
    const name = encodeURIComponent(`${String(year)}年度政务公开工作考核通报.docx`);
    return c.body(bytes.slice().buffer, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="bulletin-${String(year)}.docx"; filename*=UTF-8''${name}`,
    });
  });

  app.get('/report', async (c) => {
    const year = yearOf(c) ?? 0;
    const county = await c.var.portal.data.profile();
    const report = await countyReport(c.var.portal.data, year, county.name);
    if (report === undefined) return notFoundPage(c, `各单位都没有${String(year)}年度的报告数据。`);
    return c.render(
      <>
        <p class="no-print">
          <a href={`/staff/office?year=${String(year)}`}>返回排名</a>
        </p>
        <p class="notice">全县汇总：各单位年度报告逐格相加（表三按各单位的申请办理数据统计，表四本平台未记录）。</p>
        {raw(renderReportHtml(report))}
      </>,
      { title: `${String(year)}年度报告汇总` },
    );
  });
  return app;
}

/** The bulletin's issuer: the county government's disclosure office. */
async function issuerOf(c: Context<Env>): Promise<string> {
  return (await c.var.portal.data.profile()).office.name;
}
