// The office's view of the county's 政务新媒体 registry: every account with its standing, person
// responsible and last update, and what the checks found — an account not updated within the period
// (to update or to close, seed 004), an account without a person responsible, a step without approval.
import {
  DEFAULT_STALE_DAYS,
  formatNewMediaIssue,
  NEW_MEDIA_PLATFORM_LABELS,
  NEW_MEDIA_STATUS_ZH,
} from '@gk/publication';
import type { Handler } from 'hono';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import { newMediaRegistry } from '../../new-media.js';

/** The registry page (`/staff/office/new-media`). */
export function newMediaOfficePage(): Handler<Env> {
  return async (c) => {
    const { data, today } = c.var.portal;
    const { accounts, findings } = await newMediaRegistry(data, today());
    const names = await data.agencyNames();
    const problems = (id: string): string[] => [
      ...findings.filter((f) => f.path[0] === id).map((f) => formatNewMediaIssue({ ...f, path: [] })),
      ...(accounts.find((a) => a.id === id)?.issues ?? []).map((i) => formatNewMediaIssue(i)),
    ];
    const flagged = accounts.filter((a) => problems(a.id).length > 0).length;
    return c.render(
      <>
        <h1>政务新媒体账号管理</h1>
        <p>
          截至 {today()}，全县登记 {accounts.length} 个账号，{flagged} 个需要处理。正在运维的账号超过{' '}
          {DEFAULT_STALE_DAYS}{' '}
          天未更新的列出（国办秘函〔2019〕19号的政务新媒体检查指标以两周无更新为单项否决；本平台默认 14
          天，可按本地规定设置）， 长期无人维护的应清理关闭；没有责任人、开设整合变更关停未记录审批的一并列出。
        </p>
        <DataTable
          caption="账号"
          columns={['账号名称', '平台', '主办单位', '状态', '责任人', '最近更新', '需要处理']}
          rows={accounts.map((a) => [
            <a href={`/staff/office/new-media/${encodeURIComponent(a.id)}`}>{a.name ?? a.id}</a>,
            a.platform === null ? '—' : NEW_MEDIA_PLATFORM_LABELS[a.platform],
            names.get(a.agencyId) ?? a.agencyId,
            `${NEW_MEDIA_STATUS_ZH[a.status] ?? a.status}${a.closedOn === null ? '' : `（${a.closedOn}）`}`,
            a.responsible?.name ?? '未明确',
            a.lastUpdatedOn ?? '—',
            problems(a.id).join('；') || '无',
          ])}
        />
      </>,
      { title: '政务新媒体账号管理' },
    );
  };
}
