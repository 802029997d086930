// The home page: what the portal offers, and the latest policies and catalogue areas.
import { agencyLevel } from '../../agency-data.js';
import type { Env } from '../../context.js';
import type { Handler } from 'hono';

/** The home page. */
export function homePage(): Handler<Env> {
  return async (c) => {
    const profile = await c.var.agency.profile();
    const { catalogues } = await c.var.agency.catalogues();
    const policies = await c.var.agency.policies();
    const year = Number(c.var.portal.today().slice(0, 4));
    return c.render(
      <>
        <h1>{profile.name}政府信息公开</h1>
        <p>
          本专栏按《中华人民共和国政府信息公开条例》第十二条、第二十四条设置，集中发布本县主动公开的政府信息，并受理政府信息公开申请。
        </p>
        <form method="get" action={c.var.agency.href('/catalogue')} role="search" class="stack narrow">
          <label for="home-q">
            检索公开目录
            <input type="search" id="home-q" name="q" placeholder="例如：义务教育 招生" />
          </label>
          <p>
            <button type="submit">检索</button>
          </p>
        </form>
        <h2>政府信息公开专栏</h2>
        <ul class="cards">
          <li>
            <a href={c.var.agency.href('/guide')}>政府信息公开指南</a>
            <p>信息分类、编排体系、获取方式和工作机构（第十二条）</p>
          </li>
          <li>
            <a href={c.var.agency.href('/catalogue')}>政府信息公开目录</a>
            <p>
              {catalogues.length} 个领域、{catalogues.reduce((n, cat) => n + cat.items.length, 0)} 个公开事项
            </p>
          </li>
          <li>
            <a href={c.var.agency.href('/info')}>主动公开的政府信息</a>
            <p>按目录发布的信息，可检索；另有法定主动公开内容、规范性文件</p>
          </li>
          <li>
            <a href={c.var.agency.href('/info/rules')}>政府信息公开制度</a>
            <p>本机关的保密审查、发布协调等工作制度</p>
          </li>
          <li>
            <a href={c.var.agency.href('/policies')}>政策文件与解读</a>
            <p>{policies.length} 件规范性文件，解读与文件并列</p>
          </li>
          <li>
            <a href={c.var.agency.href('/apply')}>依申请公开</a>
            <p>网上提交申请，取得回执号和查询码</p>
          </li>
          <li>
            <a href={c.var.agency.href('/lookup')}>办理进度查询</a>
            <p>凭回执号和查询码查询状态和答复期限</p>
          </li>
          <li>
            <a href={c.var.agency.href('/report')}>政府信息公开工作年度报告</a>
            <p>{year} 年度报告（按案件实时统计）</p>
          </li>
          {agencyLevel(profile) === 'township' ? (
            <li>
              <a href={c.var.agency.href('/villages')}>村（居）务公开</a>
              <p>所辖村（居）的公开事项清单，及与本级目录的比对</p>
            </li>
          ) : null}
        </ul>
        <h2>最新政策文件</h2>
        <ul>
          {policies.map((p) => (
            <li>
              <a href={c.var.agency.href(`/policies/${encodeURIComponent(p.policy.id)}`)}>{p.policy.title}</a>{' '}
              <span class="muted">
                {p.docNo} · {p.policy.publishedOn ?? ''}
              </span>
            </li>
          ))}
        </ul>
      </>,
      { title: '首页' },
    );
  };
}
