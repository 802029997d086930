// The staff desk's shared pieces: queue tables, banners, badges, and the refusal pages.
import type { ReviewFinding } from '@gk/attribute-review';
import type { LocalDate } from '@gk/core';
import { daysBetween } from '@gk/core';
import type { ActorRole } from '@gk/request-workflow';
import { ACTOR_ROLE_LABELS, CASE_STATUS_LABELS } from '@gk/request-workflow';
import type { CaseSummary } from '@gk/store';
import type { WorkdayCalendar } from '@gk/workdays';
import type { Session } from '../auth.js';
import { DataTable } from '../components/common.js';
import type { HtmlContext } from '../renderer.js';

/** 登记员或承办人, for the roles that may take a step. */
export const roleNames = (roles: readonly ActorRole[]): string =>
  roles.map((r) => ACTOR_ROLE_LABELS[r]['zh-CN']).join('或');

export const Csrf = ({ session }: { session: Session }) => <input type="hidden" name="_csrf" value={session.csrf} />;

export const QueueTable = ({
  caption,
  rows,
  today,
  empty,
}: {
  caption: string;
  rows: readonly CaseSummary[];
  today: LocalDate;
  empty: string;
}) =>
  rows.length === 0 ? (
    <p>
      <strong>{caption}</strong>：{empty}
    </p>
  ) : (
    <DataTable
      caption={`${caption}（${String(rows.length)} 件）`}
      columns={['案件', '申请内容', '状态', '收到申请之日', '答复期限']}
      rows={rows.map((row) => [
        <a href={`/staff/cases/${encodeURIComponent(row.caseId)}`}>{row.caseId}</a>,
        row.state.request?.description ?? '—',
        CASE_STATUS_LABELS[row.status]['zh-CN'],
        row.receivedOn ?? '—',
        <>
          {row.dueOn !== null && row.dueOn < today ? (
            <span class="late">{row.dueOn}（已逾期）</span>
          ) : (
            (row.dueOn ?? '—')
          )}
          {row.state.dueOnProvisional === true ? <span class="badge">暂定</span> : null}
        </>,
      ])}
    />
  );

/** Open cases whose dates rest on provisional calendar days. */
export const provisionalCount = (rows: readonly CaseSummary[]): number =>
  rows.filter((row) => row.concludedOn === null && row.state.provisional === true).length;

/**
 * The staff's reminder about the calendar: shown when open cases have provisional dates, or when the
 * published notices end within 60 days.
 */
export const CalendarBanner = ({
  calendar,
  today,
  provisionalCases,
}: {
  calendar: WorkdayCalendar;
  today: LocalDate;
  provisionalCases: number;
}) => {
  const { noticesEnd } = calendar.coverage;
  const daysLeft = daysBetween(today, noticesEnd);
  if (provisionalCases === 0 && daysLeft > 60) return null;
  return (
    <div class="notice" role="status" id="calendar-banner">
      <strong>工作日历提示</strong>
      <p>
        国务院放假安排通知目前收录到 {noticesEnd}
        {daysLeft < 0 ? '，今天已在此之后' : `，距今还有 ${String(daysLeft)} 天`}
        。此后的日期暂按《全国年节及纪念日放假办法》规定的法定节假日和补假推算，标为“暂定”，不含调休上班日。
      </p>
      {provisionalCases === 0 ? null : (
        <p>
          有 {provisionalCases}{' '}
          件在办案件的期限含暂定日期；告知书会注明“暂按法定节假日推算，以国务院公布的放假安排为准”。
        </p>
      )}
      <p>
        新年度的放假安排通知公布后，请负责人在<a href="/staff/calendar">工作日历</a>页面加入，期限会按通知重新计算。
      </p>
    </div>
  );
};

/** 暂定 beside a date counted over provisional calendar days. */
export const Provisional = ({ when }: { when: boolean }) =>
  when ? (
    <span class="badge" title="暂按法定节假日推算，以国务院公布的放假安排为准">
      暂定
    </span>
  ) : null;

/** Highlights review findings in the text; every piece goes through JSX, so it is escaped. */
export function Highlighted({ text, findings }: { text: string; findings: readonly ReviewFinding[] }) {
  const parts = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={f.severity === 'error' ? 'error' : undefined} title={f.suggestion}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <div class="review-text">{parts}</div>;
}

/** The page for a step the member of staff may not take. */
export const forbidden = (c: HtmlContext, message: string) =>
  c.render(
    <>
      <h1>无权操作</h1>
      <p>{message}</p>
    </>,
    { title: '无权操作', status: 403 },
  );
/** The page for a request that could not be completed, with the reason. */
export const problem = (c: HtmlContext, message: string, status: 400 | 409 | 413 = 400) =>
  c.render(
    <>
      <h1>未能完成</h1>
      <div class="notice error" role="alert">
        {message}
      </div>
      <p>
        <a href="/staff/">返回今日待办</a>
      </p>
    </>,
    { title: '未能完成', status },
  );
