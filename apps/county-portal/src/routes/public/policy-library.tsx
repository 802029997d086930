// 政策库 and 政策包: the county's policies with whom they are for and how long they apply; the package that
// fits one enterprise or resident, each policy with why; a QR code and an A4 poster for each.
import type {
  EnterpriseSize,
  IndustrySection,
  PolicyLibraryEntry,
  PolicyProfile,
  ResidentSituation,
} from '@gk/publication';
import {
  buildPolicyPackage,
  ENTERPRISE_SIZE_ZH,
  ENTERPRISE_SIZES,
  INDUSTRY_SECTIONS,
  RESIDENT_SITUATIONS,
} from '@gk/publication';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DataTable, SubmitRow } from '../../components/common.js';
import type { Env } from '../../context.js';
import { policyLibrary } from '../../policy-library.js';
import { notFoundPage } from '../../renderer.js';
import { Poster, ShareBox } from '../../share.js';

const INDUSTRIES = Object.keys(INDUSTRY_SECTIONS) as IndustrySection[];
const SITUATIONS = Object.keys(RESIDENT_SITUATIONS) as ResidentSituation[];

/** Whom an entry is for, in words. */
function audienceOf(entry: PolicyLibraryEntry): string {
  const parts: string[] = [];
  const e = entry.targets.enterprises;
  if (e !== undefined) {
    const industries = e.industries?.map((i) => INDUSTRY_SECTIONS[i]).join('、') ?? '各行业';
    const sizes = e.sizes?.map((s) => ENTERPRISE_SIZE_ZH[s]).join('、') ?? '各类规模';
    parts.push(`企业：${industries}，${sizes}`);
  }
  const r = entry.targets.residents;
  if (r !== undefined) parts.push(`居民：${r.situations?.map((s) => RESIDENT_SITUATIONS[s]).join('、') ?? '全体居民'}`);
  return parts.join('；');
}

const validityOf = (entry: PolicyLibraryEntry): string =>
  `${entry.validFrom ?? entry.publishedOn} 起${entry.validUntil === undefined ? '，现行有效' : `，至 ${entry.validUntil}`}`;

/** The profile a package page's query describes, or `undefined` when it names none (or a wrong one). */
function profileOf(c: Context<Env>): PolicyProfile | undefined {
  const kind = c.req.query('kind');
  if (kind === 'enterprise') {
    const industry = INDUSTRIES.find((i) => i === c.req.query('industry'));
    const size = ENTERPRISE_SIZES.find((s) => s === c.req.query('size'));
    return industry === undefined || size === undefined ? undefined : { kind, industry, size };
  }
  if (kind === 'resident') {
    const asked = c.req.queries('situation') ?? [];
    const situations = SITUATIONS.filter((s) => asked.includes(s));
    return situations.length === 0 ? undefined : { kind, situations };
  }
  return undefined;
}

const profileTitle = (profile: PolicyProfile): string =>
  profile.kind === 'enterprise'
    ? `${INDUSTRY_SECTIONS[profile.industry]}${ENTERPRISE_SIZE_ZH[profile.size]}企业政策包`
    : `${profile.situations.map((s) => RESIDENT_SITUATIONS[s]).join('、')}政策包`;

/** The query of a package's page, in a fixed order: the same profile always has the same address. */
const profileQuery = (profile: PolicyProfile): string =>
  profile.kind === 'enterprise'
    ? `kind=enterprise&industry=${profile.industry}&size=${profile.size}`
    : `kind=resident&${profile.situations.map((s) => `situation=${s}`).join('&')}`;

const PackageForm = ({ profile }: { profile: PolicyProfile | undefined }) => (
  <form class="stack" method="get" action="/policy-library/package">
    <fieldset>
      <legend>我是</legend>
      <label for="kind-enterprise">
        <input
          type="radio"
          id="kind-enterprise"
          name="kind"
          value="enterprise"
          checked={profile?.kind !== 'resident'}
        />{' '}
        企业（市场主体）
      </label>
      <label for="kind-resident">
        <input type="radio" id="kind-resident" name="kind" value="resident" checked={profile?.kind === 'resident'} />{' '}
        居民
      </label>
    </fieldset>
    <label for="industry">
      企业所属行业（国民经济行业分类门类）
      <select id="industry" name="industry">
        {INDUSTRIES.map((i) => (
          <option value={i} selected={profile?.kind === 'enterprise' && profile.industry === i}>
            {i} {INDUSTRY_SECTIONS[i]}
          </option>
        ))}
      </select>
    </label>
    <label for="size">
      企业规模
      <select id="size" name="size">
        {ENTERPRISE_SIZES.map((s: EnterpriseSize) => (
          <option value={s} selected={profile?.kind === 'enterprise' && profile.size === s}>
            {ENTERPRISE_SIZE_ZH[s]}
          </option>
        ))}
      </select>
    </label>
    <fieldset>
      <legend>居民的情况（可多选）</legend>
      {SITUATIONS.map((s) => (
        <label for={`situation-${s}`}>
          <input
            type="checkbox"
            id={`situation-${s}`}
            name="situation"
            value={s}
            checked={profile?.kind === 'resident' && profile.situations.includes(s)}
          />{' '}
          {RESIDENT_SITUATIONS[s]}
        </label>
      ))}
    </fieldset>
    <SubmitRow>生成政策包</SubmitRow>
  </form>
);

/** The policy library (mounted at `/policy-library`). */
export function policyLibraryRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const county = async (c: Context<Env>) => (await c.var.portal.data.county.profile()).name;

  app.get('/', async (c) => {
    const library = await policyLibrary(c.var.portal.data.store);
    return c.render(
      <>
        <h1>政策库</h1>
        <p>
          本县各单位制发的惠企、惠民政策集中在此公布。<a href="/policy-library/package">按企业或居民的情况生成政策包</a>
          ，逐条说明适用的理由。
        </p>
        <DataTable
          caption={`政策（${String(library.length)} 件）`}
          columns={['政策', '发布单位', '面向', '有效期']}
          rows={library.map((e) => [
            <a href={`/policy-library/${encodeURIComponent(e.id)}`}>{e.title}</a>,
            e.agency,
            audienceOf(e),
            validityOf(e),
          ])}
        />
      </>,
      { title: '政策库' },
    );
  });

  app.get('/package', async (c) => {
    const profile = profileOf(c);
    const asked = c.req.query('kind') !== undefined;
    const library = await policyLibrary(c.var.portal.data.store);
    const today = c.var.portal.today();
    const found = profile === undefined ? undefined : buildPolicyPackage(library, profile, { today });
    const path = profile === undefined ? '' : `/policy-library/package?${profileQuery(profile)}`;
    return c.render(
      <>
        <h1>{profile === undefined ? '政策包' : profileTitle(profile)}</h1>
        {asked && profile === undefined ? (
          <div class="notice error" role="alert">
            请选择企业的行业和规模，或至少勾选一项居民的情况。
          </div>
        ) : null}
        <PackageForm profile={profile} />
        {found === undefined || profile === undefined ? null : (
          <>
            <h2>适用的政策（{String(found.policies.length)} 件）</h2>
            {found.policies.length === 0 ? <p>政策库中暂无适用的政策。</p> : null}
            <ol>
              {found.policies.map((p) => (
                <li>
                  <a href={`/policy-library/${encodeURIComponent(p.entry.id)}`}>{p.entry.title}</a>
                  {p.entry.docNo === undefined ? null : <span class="muted">（{p.entry.docNo}）</span>}
                  <p>{p.entry.summary}</p>
                  <p class="muted">适用理由：{p.reasons.join('；')}</p>
                </li>
              ))}
            </ol>
            {found.expired === 0 ? null : (
              <p class="muted">另有 {String(found.expired)} 件适用的政策已过有效期，未列入。</p>
            )}
            <ShareBox
              origin={c.var.portal.publicOrigin}
              path={path}
              poster={`/policy-library/package/poster?${profileQuery(profile)}`}
            />
          </>
        )}
      </>,
      { title: profile === undefined ? '政策包' : profileTitle(profile) },
    );
  });

  app.get('/package/poster', async (c) => {
    const profile = profileOf(c);
    if (profile === undefined) return notFoundPage(c, '没有这个政策包');
    const found = buildPolicyPackage(await policyLibrary(c.var.portal.data.store), profile, {
      today: c.var.portal.today(),
    });
    return c.render(
      <Poster
        title={profileTitle(profile)}
        lines={[
          `适用的政策 ${String(found.policies.length)} 件`,
          ...found.policies.slice(0, 6).map((p) => p.entry.title),
        ]}
        origin={c.var.portal.publicOrigin}
        path={`/policy-library/package?${profileQuery(profile)}`}
        publisher={`${await county(c)}政策库`}
      />,
      { title: profileTitle(profile) },
    );
  });

  app.get('/:id', async (c) => {
    const entry = (await policyLibrary(c.var.portal.data.store)).find((e) => e.id === c.req.param('id'));
    if (entry === undefined) return notFoundPage(c, '政策库中没有这件政策');
    const path = `/policy-library/${encodeURIComponent(entry.id)}`;
    const full = await c.var.portal.data.county.policies();
    const hasText = full.some((p) => p.policy.id === entry.id);
    return c.render(
      <>
        <h1>{entry.title}</h1>
        <dl class="facts">
          {entry.docNo === undefined ? null : (
            <>
              <dt>文号</dt>
              <dd>{entry.docNo}</dd>
            </>
          )}
          <dt>发布单位</dt>
          <dd>{entry.agency}</dd>
          <dt>发布日期</dt>
          <dd>{entry.publishedOn}</dd>
          <dt>有效期</dt>
          <dd>{validityOf(entry)}</dd>
          <dt>面向</dt>
          <dd>{audienceOf(entry)}</dd>
          <dt>主要内容</dt>
          <dd>{entry.summary}</dd>
          <dt>政策解读</dt>
          <dd>{entry.interpreted ? '已发布' : '未发布'}</dd>
        </dl>
        {hasText ? (
          <p>
            <a href={`/policies/${encodeURIComponent(entry.id)}`}>查看全文及解读</a>
          </p>
        ) : null}
        <ShareBox origin={c.var.portal.publicOrigin} path={path} poster={`${path}/poster`} />
      </>,
      { title: entry.title },
    );
  });

  app.get('/:id/poster', async (c) => {
    const entry = (await policyLibrary(c.var.portal.data.store)).find((e) => e.id === c.req.param('id'));
    if (entry === undefined) return notFoundPage(c, '政策库中没有这件政策');
    return c.render(
      <Poster
        title={entry.title}
        lines={[entry.docNo ?? '', entry.summary, `面向${audienceOf(entry)}`].filter((line) => line !== '')}
        origin={c.var.portal.publicOrigin}
        path={`/policy-library/${encodeURIComponent(entry.id)}`}
        publisher={`${entry.agency} · ${await county(c)}政策库`}
      />,
      { title: entry.title },
    );
  });
  return app;
}
