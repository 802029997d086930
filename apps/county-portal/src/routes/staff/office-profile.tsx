// The county's own 评分方案 on the office's desk: which profile scores the agencies, where it comes from,
// and the form that adopts another (a JSON file in the form `parseScoringProfile` checks).
import type { AssessmentIssue, ScoringMethod, ScoringProfile } from '@gk/assessment';
import { formatAssessmentIssue, INDICATORS, safeParseScoringProfile } from '@gk/assessment';
import { formatCitation } from '@gk/core';
import type { Context } from 'hono';
import { adoptScoringProfile } from '../../assessment.js';
import { DataTable } from '../../components/common.js';
import { Csrf, problem } from '../../components/staff.js';
import type { Env } from '../../context.js';

/** The largest profile accepted: 64 KB (a profile has a dozen indicators). */
const PROFILE_CHARS = 64 * 1024;

const methodText = (method: ScoringMethod): string =>
  method.kind === 'deduction'
    ? `每处扣 ${String(method.perDefect)} 分，扣完为止`
    : `达标率 ${String(method.full * 100)}% 及以上得满分，${String(method.zero * 100)}% 及以下不得分`;

/** The profile in use, its rules, and the form to adopt the county's own. */
export const ProfileSection = ({
  c,
  profile,
  problems,
}: {
  c: Context<Env>;
  profile: ScoringProfile;
  problems: readonly AssessmentIssue[];
}) => (
  <section>
    <h2>评分方案</h2>
    <p>
      《{profile.title}》（{profile.version}）：{profile.source.issuer}
      {`《${profile.source.document}》`}，{profile.source.adoptedOn} 通过。
    </p>
    {problems.length === 0 ? null : (
      <div class="notice error" role="alert">
        本县采用的评分方案已无法通过检查，暂按默认方案计分：
        {problems.map((issue) => formatAssessmentIssue(issue)).join('；')}
      </div>
    )}
    <DataTable
      caption="评分方法"
      columns={['指标', '分值', '计分方法', '依据']}
      rows={profile.indicators.map((rule) => [
        INDICATORS[rule.indicator].name,
        String(rule.weight),
        methodText(rule.method),
        INDICATORS[rule.indicator].citations.map((x) => formatCitation(x)).join('；'),
      ])}
    />
    <form method="post" action="/staff/office/profile" class="stack no-print">
      <Csrf session={c.get('session')} />
      <label for="profile">
        采用本县的评分方案<span class="hint">粘贴评分方案（JSON）；各项分值之和须等于总分，保存前逐项检查</span>
        <textarea id="profile" name="profile" class="tall" maxlength={PROFILE_CHARS} required />
      </label>
      <div>
        <button type="submit">检查并采用</button>
      </div>
    </form>
  </section>
);

/** Adopts the profile posted, or says what prevents it (POST `/staff/office/profile`). */
export async function adoptProfile(c: Context<Env>): Promise<Response> {
  const body = await c.req.parseBody();
  const text = typeof body.profile === 'string' ? body.profile : '';
  if (text.length > PROFILE_CHARS) return problem(c, '评分方案超过 64 KB，未采用');
  if (text.trim() === '') return problem(c, '请粘贴评分方案（JSON）');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(c, '评分方案不是有效的 JSON，请检查括号、引号和逗号；未采用');
  }
  const parsed = safeParseScoringProfile(json);
  if (!parsed.success)
    return problem(c, `评分方案未采用：${parsed.issues.map((issue) => formatAssessmentIssue(issue)).join('；')}`);
  await adoptScoringProfile(c.var.portal.data, parsed.data);
  return c.redirect('/staff/office', 303);
}
