// The county's 政务新媒体: every account of its agencies that is running or suspended, with its
// platform and operating agency, so that a visitor can tell an official account from an imitation.
import { NEW_MEDIA_PLATFORM_LABELS, NEW_MEDIA_STATUS_ZH } from '@gk/publication';
import type { Handler } from 'hono';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import { newMediaRegistry } from '../../new-media.js';

/** The public list of accounts (`/new-media`). */
export function newMediaPage(): Handler<Env> {
  return async (c) => {
    const { data, today } = c.var.portal;
    const { accounts } = await newMediaRegistry(data, today());
    const names = await data.agencyNames();
    const listed = accounts.filter((a) => a.status === 'operating' || a.status === 'suspended');
    return c.render(
      <>
        <h1>政务新媒体</h1>
        <p>
          本县各单位开设的政务微信公众号、微博、抖音等账号。以下为正在运维的账号；已整合、关停的账号不再发布信息，
          请以本表为准识别官方账号。
        </p>
        <DataTable
          caption={`账号（${String(listed.length)} 个）`}
          columns={['账号名称', '平台', '主办单位', '状态', '开设日期']}
          rows={listed.map((a) => [
            a.name ?? a.id,
            a.platform === null ? '—' : NEW_MEDIA_PLATFORM_LABELS[a.platform],
            names.get(a.agencyId) ?? a.agencyId,
            NEW_MEDIA_STATUS_ZH[a.status] ?? a.status,
            a.openedOn ?? '—',
          ])}
        />
      </>,
      { title: '政务新媒体' },
    );
  };
}
