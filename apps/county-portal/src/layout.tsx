import { STYLESHEET_PATH } from './stylesheet.js';
import type { Child, FC } from 'hono/jsx';
import agencySeed from '../seed/agency.json' with { type: 'json' };

const PUBLIC_NAV: readonly (readonly [string, string])[] = [
  ['/guide', '公开指南'],
  ['/catalogue', '公开目录'],
  ['/info', '主动公开'],
  ['/policies', '政策解读'],
  ['/apply', '依申请公开'],
  ['/lookup', '办理查询'],
  ['/report', '年度报告'],
];
const STAFF_NAV: readonly (readonly [string, string])[] = [
  ['/staff', '今日待办'],
  ['/staff/publications', '信息发布'],
  ['/staff/review', '发布前审查'],
  ['/staff/calendar', '工作日历'],
  ['/', '公开专栏'],
];

const NavList = ({ links }: { links: readonly (readonly [string, string])[] }) => (
  <ul>
    {links.map(([href, text]) => (
      <li>
        <a href={href}>{text}</a>
      </li>
    ))}
  </ul>
);

/** The page frame: skip link, header with navigation, main, footer. */
export const Layout: FC<{
  title: string;
  children?: Child;
  staff?: { name: string; roleLabel: string; csrf: string } | undefined;
  side?: 'public' | 'staff';
}> = ({ title, children, staff, side = 'public' }) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} - 示范县政府信息公开`}</title>
      <link rel="stylesheet" href={STYLESHEET_PATH} />
    </head>
    <body>
      <a class="skip" href="#main">
        跳到正文
      </a>
      {side === 'public' ? (
        <header class="site">
          <a class="brand" href="/">
            示范县政府信息公开专栏
          </a>
          <nav aria-label="主导航">
            <NavList links={PUBLIC_NAV} />
          </nav>
        </header>
      ) : (
        <header class="site staff">
          <a class="brand" href="/staff">
            依申请公开工作台
          </a>
          <nav aria-label="工作台导航">
            <NavList links={STAFF_NAV} />
          </nav>
          {staff === undefined ? null : (
            <form method="post" action="/staff/logout" class="logout">
              <span>
                {staff.name}（{staff.roleLabel}）
              </span>{' '}
              <input type="hidden" name="_csrf" value={staff.csrf} />
              <button type="submit">退出</button>
            </form>
          )}
        </header>
      )}
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer>
        {agencySeed.name}主办 · {agencySeed.office.name}承办 · 地址：{agencySeed.office.address} · 电话：
        {agencySeed.office.phone}
      </footer>
    </body>
  </html>
);
