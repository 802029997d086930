// The office's view of decisions and participation: what the checks find in the 重大行政决策事项目录,
// the replies to 建议提案 and the meetings the public attended, each with its article or local rule.
import { formatCitation } from '@gk/core';
import {
  DEFAULT_DECISION_PUBLISH_DAYS,
  DEFAULT_MEETING_RECORD_DAYS,
  DEFAULT_REPLY_PUBLISH_DAYS,
} from '@gk/interpretation';
import type { Handler } from 'hono';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import { participationFindings, participationOf } from '../../participation.js';

/** The findings page (`/staff/office/participation`). */
export function participationOfficePage(): Handler<Env> {
  return async (c) => {
    const today = c.var.portal.today();
    const findings = participationFindings(await participationOf(c.var.portal.data.store), today);
    return c.render(
      <>
        <h1>决策公开与公众参与检查</h1>
        <p>
          截至 {today}，共 {String(findings.length)} 处需要处理。决策作出后 {String(DEFAULT_DECISION_PUBLISH_DAYS)}{' '}
          日内公布（第三十二条“及时公布”，本平台默认值）、复文答复后 {String(DEFAULT_REPLY_PUBLISH_DAYS)}{' '}
          日内公开、列席情况会后 {String(DEFAULT_MEETING_RECORD_DAYS)} 日内公开，均为可设置的本地做法。
        </p>
        <DataTable
          caption="需要处理"
          columns={['事项', '问题', '依据']}
          rows={findings.map((f) => [
            f.subject,
            f.message,
            f.citation === undefined ? (f.source ?? '—') : formatCitation(f.citation),
          ])}
        />
      </>,
      { title: '决策公开与公众参与检查' },
    );
  };
}
