// The office's view of the county's 政府开放日: each day with what the checks find (notice lead time,
// capacity, record published in time) and the list of registered visitors, for staff only.
import { DEFAULT_OPEN_DAY_SETTINGS, formatOpenDayIssue } from '@gk/publication';
import type { Handler } from 'hono';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import { openDays } from '../../open-days.js';

/** The open days page (`/staff/office/open-days`). */
export function openDaysOfficePage(): Handler<Env> {
  return async (c) => {
    const { data, today } = c.var.portal;
    const entries = await openDays(data.store, today());
    const { noticeLeadDays, recordDays } = DEFAULT_OPEN_DAY_SETTINGS;
    return c.render(
      <>
        <h1>政府开放日报名和活动记录</h1>
        <p>
          通知应在开放日前 {noticeLeadDays} 天发布，活动记录和评议情况应在活动后 {recordDays}{' '}
          天内公开（本平台默认值，可按本地规定设置）。报名人的姓名和电话仅供活动联系，不对外公开。
        </p>
        {entries.map(({ day, registrations, issues }) => (
          <section>
            <h2>
              {day.date} {day.theme}
            </h2>
            <p>{issues.length === 0 ? '没有需要处理的问题。' : issues.map((i) => formatOpenDayIssue(i)).join('；')}</p>
            <DataTable
              caption={`报名（${String(registrations.length)} / ${String(day.capacity)} 人）`}
              columns={['回执号', '姓名', '联系电话', '报名日期']}
              rows={registrations.map((r) => [r.receiptNo, r.name, r.phone, r.registeredOn])}
            />
          </section>
        ))}
      </>,
      { title: '政府开放日报名和活动记录' },
    );
  };
}
