import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import agencySeed from '../seed/agency.json' with { type: 'json' };

const STYLE = `
:root { --red: #b3261e; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
a { color: #0b57d0; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site { background: var(--red); color: #fff; padding: .8rem 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; }
header.site .brand { font-size: 1.35rem; font-weight: 700; color: #fff; text-decoration: none; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
header.site nav a { color: #fff; }
header.staff { background: #24292f; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; padding: 1rem 1.5rem; text-align: center; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .75rem; border-left: 4px solid var(--red); padding-left: .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .4rem .55rem; text-align: left; vertical-align: top; }
thead th, th[scope="row"] { background: var(--bg); }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; }
.cards a { font-weight: 600; font-size: 1.05rem; }
.cards p { margin: .35rem 0 0; color: var(--muted); font-size: .92rem; }
form.stack { display: grid; gap: .9rem; max-width: 44rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem 1rem; display: grid; gap: .75rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; font-weight: 600; }
.hint { display: block; font-weight: 400; color: var(--muted); font-size: .88rem; }
input[type="text"], input[type="password"], input[type="email"], input[type="tel"], input[type="date"], input[type="number"], input[type="search"], select, textarea {
  display: block; width: 100%; margin-top: .25rem; padding: .45rem .55rem; font: inherit; border: 1px solid #8c959f; border-radius: 4px; }
textarea { min-height: 6rem; }
.choice { font-weight: 400; display: inline-flex; gap: .35rem; align-items: center; margin-right: 1.25rem; }
button, .button { font: inherit; padding: .45rem 1.1rem; border-radius: 4px; border: 1px solid #1f2328; background: #fff; color: #1f2328; cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--red); border-color: var(--red); color: #fff; }
.notice { border: 1px solid var(--line); border-left: 4px solid #0b57d0; background: #f3f8ff; padding: .75rem 1rem; margin: 1rem 0; }
.error { border-left-color: var(--red); background: #fff5f5; }
.ok { border-left-color: #1a7f37; background: #f2fbf4; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .85rem; border: 1px solid currentColor; }
.late { color: var(--red); font-weight: 600; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
@media (max-width: 48rem) { .side-by-side { grid-template-columns: 1fr; } }
.side-by-side section { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; }
mark { background: #ffe08a; padding: 0 .1rem; }
mark.error { background: #ffc7c2; }
.review-text { white-space: pre-wrap; border: 1px solid var(--line); padding: .75rem 1rem; background: var(--bg); }
.actions { display: grid; gap: 1rem; }
.actions details { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
.actions summary { font-weight: 600; cursor: pointer; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.receipt { font-size: 1.25rem; font-family: ui-monospace, monospace; letter-spacing: .08em; }
@media print { header, footer, nav, .no-print { display: none !important; } main { max-width: none; padding: 0; } }
`;

const PUBLIC_NAV: readonly (readonly [string, string])[] = [
  ['/guide', '公开指南'],
  ['/catalogue', '公开目录'],
  ['/policies', '政策解读'],
  ['/apply', '依申请公开'],
  ['/lookup', '办理查询'],
  ['/report', '年度报告'],
];
const STAFF_NAV: readonly (readonly [string, string])[] = [
  ['/staff', '今日待办'],
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
      <style>{raw(STYLE)}</style>
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
            <form method="post" action="/staff/logout" style="margin-left:auto">
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
