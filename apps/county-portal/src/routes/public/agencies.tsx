// The county overview: every agency on the platform — the government, its departments and its
// townships (街道) — with the way to its own disclosure pages.
import type { Handler } from 'hono';
import type { AgencyLevel } from '@gk/assessment';
import type { Env } from '../../context.js';
import { agencyLevel } from '../../data.js';

/** How the overview heads each kind of agency. */
export const AGENCY_LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  government: '县人民政府',
  department: '县政府工作部门',
  township: '乡镇人民政府、街道办事处',
};

/** The county overview page (`/agencies`). */
export function agenciesPage(): Handler<Env> {
  return async (c) => {
    const agencies = await c.var.portal.data.agencies();
    const levels: AgencyLevel[] = ['government', 'department', 'township'];
    return c.render(
      <>
        <h1>部门和乡镇（街道）政府信息公开</h1>
        <p>
          县人民政府、县政府各工作部门和各乡镇人民政府、街道办事处分别设置政府信息公开专栏，发布本机关的公开指南、公开目录和主动公开的政府信息，并受理本机关的政府信息公开申请（《中华人民共和国政府信息公开条例》第十条、第十二条）。
        </p>
        {levels.map((level) => {
          const listed = agencies.filter((a) => agencyLevel(a.profile) === level);
          return listed.length === 0 ? null : (
            <section>
              <h2>{AGENCY_LEVEL_LABELS[level]}</h2>
              <ul class="cards">
                {listed.map((a) => (
                  <li>
                    <a href={a.data.href('/')}>{a.profile.name}</a>
                    <p>
                      {a.profile.office.name}
                      {a.profile.office.phone === undefined ? '' : ` · 电话：${a.profile.office.phone}`}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </>,
      { title: '部门和乡镇（街道）' },
    );
  };
}
