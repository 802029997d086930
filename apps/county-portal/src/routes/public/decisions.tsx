// 决策公开与公众参与: the year's 重大行政决策事项目录 with how the public was heard on each decision, the
// replies to 建议提案 of public interest with the year's summary, and the meetings the public attended.
import { ATTENDEE_CATEGORY_ZH, DECISION_CATEGORY_ZH, PROPOSAL_KIND_ZH, summarizeProposals } from '@gk/interpretation';
import type { AttendeeCategory, MajorDecision } from '@gk/interpretation';
import type { Handler } from 'hono';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import type { Participation } from '../../participation.js';
import { participationOf } from '../../participation.js';

/** How the public was heard on a decision, in words. */
function heardOn(d: MajorDecision, p: Participation): string {
  if (d.notDisclosed !== undefined) return `依法不公开（${d.notDisclosed.reason}）`;
  const ways: string[] = [];
  const c = p.consultations.find((one) => one.id === d.consultationId);
  if (c !== undefined)
    ways.push(
      `公开征求意见 ${c.publishedOn} 至 ${c.endsOn}${c.feedback === undefined ? '' : `，${c.feedback.publishedOn} 公布采纳情况：${c.feedback.summary}`}`,
    );
  if (d.hearing !== undefined) ways.push(`听证会 ${d.hearing.heldOn}`);
  ways.push(...(d.otherParticipation ?? []));
  return ways.join('；') || '—';
}

/** The public page (`/decisions`). */
export function decisionsPage(): Handler<Env> {
  return async (c) => {
    const p = await participationOf(c.var.portal.data.store);
    const summary = summarizeProposals(p.replies);
    const published = p.replies.filter((r) => r.publishedOn !== undefined);
    return c.render(
      <>
        <h1>决策公开与公众参与</h1>
        <h2>{String(p.catalogue.year)}年度重大行政决策事项目录</h2>
        <p class="muted">
          {p.catalogue.body}
          {p.catalogue.publishedOn === undefined ? ' · 尚未公布' : ` · ${p.catalogue.publishedOn} 公布`} ·
          依据《重大行政决策程序暂行条例》第三条
        </p>
        <DataTable
          caption={`决策事项（${String(p.catalogue.decisions.length)} 项）`}
          columns={['决策事项', '类别', '承办单位', '公众参与', '决策与公布']}
          rows={p.catalogue.decisions.map((d) => [
            d.title,
            DECISION_CATEGORY_ZH[d.category],
            d.sponsor,
            heardOn(d, p),
            d.decidedOn === undefined
              ? '尚未决策'
              : `${d.decidedOn} 决策${d.publishedOn === undefined ? '，尚未公布' : `，${d.publishedOn} 公布`}`,
          ])}
        />
        <h2>建议提案办理</h2>
        <p>
          本年度办理人大代表建议 {String(summary.suggestions)} 件、政协委员提案 {String(summary.proposals)} 件，已答复{' '}
          {String(summary.replied)} 件；其中解决采纳 {String(summary.byResult.A)} 件，正在解决或列入计划{' '}
          {String(summary.byResult.B)} 件，留作参考 {String(summary.byResult.C)}{' '}
          件。涉及公共利益、群众广泛关注的复文公开如下。
        </p>
        <DataTable
          caption={`公开的复文（${String(published.length)} 件）`}
          columns={['建议提案', '标题', '主办单位', '答复日期', '公开日期']}
          rows={published.map((r) => [
            `${PROPOSAL_KIND_ZH[r.kind]}${r.number}`,
            r.title,
            r.handledBy,
            r.repliedOn ?? '—',
            r.publishedOn ?? '—',
          ])}
        />
        <h2>列席政府会议</h2>
        <DataTable
          caption={`会议（${String(p.meetings.length)} 次）`}
          columns={['会议', '日期', '议题', '列席人员', '公开日期']}
          rows={p.meetings.map((m) => [
            m.meeting,
            m.heldOn,
            m.topics.join('、'),
            // In the categories' order (利益相关方、群众代表、专家、媒体), whatever order the record keeps.
            (Object.keys(ATTENDEE_CATEGORY_ZH) as AttendeeCategory[])
              .filter((category) => (m.attendees[category] ?? 0) > 0)
              .map((category) => `${ATTENDEE_CATEGORY_ZH[category]} ${String(m.attendees[category] ?? 0)} 人`)
              .join('、') || '无',
            m.recordPublishedOn ?? '尚未公开',
          ])}
        />
      </>,
      { title: '决策公开与公众参与' },
    );
  };
}
