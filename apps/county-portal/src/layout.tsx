import type { DisplayMode } from './display-mode.js';
import { PRINT_SCRIPT_PATH, STYLESHEET_PATH } from './stylesheet.js';
import type { Child, FC } from 'hono/jsx';
import agencySeed from '../seed/agency.json' with { type: 'json' };

/** The agency whose pages these are, as the frame shows it; the county government's seed when unknown. */
export interface LayoutAgency {
  readonly name: string;
  /** Its pages' address prefix (`AgencyData.base`). */
  readonly base: string;
  readonly office: { readonly name: string; readonly address?: string; readonly phone?: string };
}

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
];
/** The supervision desk, in the navigation of the county's 政务公开办 only. */
const OFFICE_NAV: readonly [string, string] = ['/staff/office', '监督考核'];

/** The county's pages, after each agency's own: the overview of agencies and the 政务新媒体 list. */
const COUNTY_NAV: readonly (readonly [string, string])[] = [
  ['/agencies', '部门和乡镇'],
  ['/new-media', '政务新媒体'],
  ['/open-days', '政府开放日'],
  ['/policy-library', '政策库'],
  ['/decisions', '决策公开'],
];

/** The navigation of the elderly-friendly and kiosk modes: the few pages most visitors come for. */
const SIMPLE_NAV: readonly (readonly [string, string])[] = [
  ['/guide', '公开指南'],
  ['/info', '主动公开'],
  ['/apply', '依申请公开'],
  ['/lookup', '办理查询'],
];

/** The switch between the standard and the elderly-friendly display, back to the same page. */
const DisplaySwitch = ({ display, path }: { display: DisplayMode; path: string }) =>
  display === 'kiosk' ? (
    <button type="button" class="print-button" data-print="">
      打印本页
    </button>
  ) : (
    <a
      class="display-switch"
      href={`/display/${display === 'elder' ? 'standard' : 'elder'}?next=${encodeURIComponent(path)}`}
    >
      {display === 'elder' ? '标准模式' : '长者模式（大字）'}
    </a>
  );

const FALLBACK_AGENCY: LayoutAgency = { name: agencySeed.name, base: '', office: agencySeed.office };

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
  staff?: { name: string; roleLabel: string; csrf: string; supervisingOffice: boolean } | undefined;
  side?: 'public' | 'staff';
  agency?: LayoutAgency | undefined;
  /** How the public pages are shown (the visitor's choice, or the kiosk). */
  display?: DisplayMode;
  /** The page's path, for the display switch to come back to. */
  path?: string;
}> = ({ title, children, staff, side = 'public', agency = FALLBACK_AGENCY, display = 'standard', path = '/' }) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} - ${agency.name}政府信息公开`}</title>
      <link rel="stylesheet" href={STYLESHEET_PATH} />
      {display === 'kiosk' ? <script src={PRINT_SCRIPT_PATH} defer /> : null}
    </head>
    <body class={side === 'public' && display !== 'standard' ? display : undefined}>
      <a class="skip" href="#main">
        跳到正文
      </a>
      {side === 'public' ? (
        <header class="site">
          <a class="brand" href={agency.base === '' ? '/' : agency.base}>
            {agency.name}政府信息公开专栏
          </a>
          <nav aria-label="主导航">
            <NavList
              links={
                display === 'standard'
                  ? [...PUBLIC_NAV.map(([href, text]) => [`${agency.base}${href}`, text] as const), ...COUNTY_NAV]
                  : SIMPLE_NAV.map(([href, text]) => [`${agency.base}${href}`, text] as const)
              }
            />
          </nav>
          <DisplaySwitch display={display} path={path} />
        </header>
      ) : (
        <header class="site staff">
          <a class="brand" href="/staff">
            依申请公开工作台
          </a>
          <nav aria-label="工作台导航">
            <NavList
              links={[
                ...STAFF_NAV,
                ...(staff?.supervisingOffice === true ? [OFFICE_NAV] : []),
                [agency.base === '' ? '/' : agency.base, '公开专栏'],
              ]}
            />
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
        {[
          `${agency.name}主办`,
          `${agency.office.name}承办`,
          ...(agency.office.address === undefined ? [] : [`地址：${agency.office.address}`]),
          ...(agency.office.phone === undefined ? [] : [`电话：${agency.office.phone}`]),
        ].join(' · ')}
      </footer>
    </body>
  </html>
);
