// 村（居）务公开: a township's villages with their lists, and where each differs from the township's
// catalogues for the same matter ("相同事项的公开内容对应一致") or lacks a topic the plans name.
import { itemName, VILLAGE_TOPICS } from '@gk/catalogue-schema';
import { Hono } from 'hono';
import { agencyLevel } from '../../agency-data.js';
import { DataTable } from '../../components/common.js';
import type { Env } from '../../context.js';
import { notFoundPage } from '../../renderer.js';
import { villagesOf } from '../../villages.js';

const TOPIC_NAMES = new Map<string, string>(VILLAGE_TOPICS.map((topic) => [topic.id, topic.name]));

/** A township's villages (mounted at `/villages` of every agency; only townships have any). */
export function villageRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const notTownship = '本单位不是乡镇（街道），没有下辖的村（居）';

  app.get('/', async (c) => {
    if (agencyLevel(await c.var.agency.profile()) !== 'township') return notFoundPage(c, notTownship);
    const { villages, problems } = await villagesOf(c.var.portal.data.store, c.var.agency);
    const name = (await c.var.agency.profile()).name;
    return c.render(
      <>
        <h1>村（居）务公开</h1>
        <p>
          {name}所辖村（居）的公开事项清单。与本级目录中相同的事项，公开内容、公开时限应当对应一致；
          村（居）应当通过公示栏、村村通广播、微信群等村（居）民看得到的渠道公开，并重点公开脱贫攻坚、乡村振兴、村级财务、惠农政策、养老服务、社会救助等内容。
        </p>
        {problems.length === 0 ? null : (
          <div class="notice error" role="alert">
            {problems.join('；')}
          </div>
        )}
        <DataTable
          caption={`所辖村（居）（${String(villages.length)} 个）`}
          columns={['村（居）', '公开事项', '与本级目录对应', '内容或时限不一致', '自治事项', '缺少的重点内容']}
          rows={villages.map((v) => [
            <a href={c.var.agency.href(`/villages/${v.id}`)}>{v.name}</a>,
            String(v.alignment.summary.items),
            String(v.alignment.summary.matched),
            String(v.alignment.summary.differing),
            String(v.alignment.summary.own),
            v.alignment.summary.topicsMissing.map((id) => TOPIC_NAMES.get(id) ?? id).join('、') || '无',
          ])}
        />
      </>,
      { title: '村（居）务公开' },
    );
  });

  app.get('/:villageId', async (c) => {
    if (agencyLevel(await c.var.agency.profile()) !== 'township') return notFoundPage(c, notTownship);
    const { villages } = await villagesOf(c.var.portal.data.store, c.var.agency);
    const village = villages.find((v) => v.id === c.req.param('villageId'));
    if (village === undefined) return notFoundPage(c, '本乡镇（街道）没有这个村（居）');
    const { catalogue, alignment } = village;
    const warnings = alignment.findings.filter((f) => f.severity === 'warning');
    return c.render(
      <>
        <p>
          <a href={c.var.agency.href('/villages')}>返回村（居）务公开</a>
        </p>
        <h1>{catalogue.header.title}</h1>
        <p class="muted">
          {catalogue.header.agency.name} · {catalogue.header.version} · {catalogue.header.effectiveOn} 起施行
        </p>
        <DataTable
          caption={`公开事项（${String(catalogue.items.length)} 项）`}
          columns={['事项', '公开内容', '公开时限', '公开渠道']}
          rows={catalogue.items.map((item) => [
            itemName(item),
            item.contentElements.join('、'),
            item.timeLimit.text,
            item.channels.map((ch) => ch.name).join('、'),
          ])}
        />
        <h2>与本级目录的比对</h2>
        {warnings.length === 0 ? (
          <p>相同事项的公开内容、时限与本级目录一致，重点内容齐全。</p>
        ) : (
          <DataTable
            caption={`需要调整（${String(warnings.length)} 处）`}
            columns={['事项', '问题', '本级目录中的对应事项']}
            rows={warnings.map((f) => [
              f.name,
              f.message,
              f.upper === undefined ? '—' : `${f.upper.catalogue}：${f.upper.name}`,
            ])}
          />
        )}
        <p class="muted">
          本级目录中没有对应事项的 {String(alignment.summary.own)} 项属于村（居）自治范围，由村（居）民委员会依法公开。
        </p>
      </>,
      { title: village.name },
    );
  });
  return app;
}
