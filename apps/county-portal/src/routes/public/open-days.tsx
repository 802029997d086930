// 政府开放日 on the public side: the calendar of open days, registration with a receipt, and each past
// day's published record and evaluation. Visitors' names and phones are never shown.
import type { OpenDay } from '@gk/publication';
import { formatOpenDayIssue } from '@gk/publication';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Env } from '../../context.js';
import { readForm } from '../../forms/read.js';
import type { OpenDayEntry } from '../../open-days.js';
import { openDays, register } from '../../open-days.js';

const TITLE = '政府开放日';

const DayHeading = ({ day, names }: { day: OpenDay; names: ReadonlyMap<string, string> }) => (
  <>
    <h2 id={day.id}>{day.theme}</h2>
    <p>
      {day.date} · {day.place} · 主办：{names.get(day.agencyId) ?? day.agencyId} · 名额 {day.capacity} 人
    </p>
  </>
);

const RegistrationForm = ({ entry, error }: { entry: OpenDayEntry; error?: string }) => (
  <form method="post" action={`/open-days/${entry.day.id}`}>
    <p>
      报名时间：{entry.day.registrationOpensOn} 至 {entry.day.registrationClosesOn}，已报名 {entry.registrations.length}{' '}
      人。
    </p>
    {error === undefined ? null : (
      <div class="notice error" role="alert">
        <p>{error}</p>
      </div>
    )}
    <p>
      <label for={`name-${entry.day.id}`}>姓名</label>
      <input id={`name-${entry.day.id}`} name="name" required maxlength={50} autocomplete="name" />
    </p>
    <p>
      <label for={`phone-${entry.day.id}`}>联系电话</label>
      <input id={`phone-${entry.day.id}`} name="phone" required maxlength={20} inputmode="tel" autocomplete="tel" />
    </p>
    <p>
      <button class="primary" type="submit">
        报名
      </button>
    </p>
  </form>
);

/** The open days' pages (mounted at `/open-days`). */
export function openDayRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const page = async (c: Context<Env>, error?: { dayId: string; message: string }) => {
    const { data, today } = c.var.portal;
    const entries = await openDays(data.store, today());
    const names = await data.agencyNames();
    const upcoming = entries.filter((e) => e.day.date >= today()).reverse();
    const past = entries.filter((e) => e.day.date < today());
    return c.render(
      <>
        <h1>{TITLE}</h1>
        <p>
          本县各单位定期举办政府开放日，邀请市民走进机关、了解政府运行、评议政务公开。报名只需姓名和联系电话，仅用于活动联系，不对外公开。
        </p>
        <h2>即将举办</h2>
        {upcoming.length === 0 ? <p>暂无。</p> : null}
        {upcoming.map((entry) => (
          <section>
            <DayHeading day={entry.day} names={names} />
            <RegistrationForm entry={entry} {...(error?.dayId === entry.day.id ? { error: error.message } : {})} />
          </section>
        ))}
        <h2>往期活动</h2>
        {past.length === 0 ? <p>暂无。</p> : null}
        {past.map(({ day }) => (
          <section>
            <DayHeading day={day} names={names} />
            {day.record === null ? (
              <p>活动记录尚未公开。</p>
            ) : (
              <>
                <p>
                  参加 {day.record.participants} 人。{day.record.summary}
                </p>
                {day.record.evaluation === undefined ? null : (
                  <p>
                    评议：收回 {day.record.evaluation.respondents} 份，满意 {day.record.evaluation.satisfied} 份。
                  </p>
                )}
                <p class="muted">活动记录公开于 {day.record.publishedOn}。</p>
              </>
            )}
          </section>
        ))}
      </>,
      { title: TITLE, ...(error === undefined ? {} : { status: 400 }) },
    );
  };

  app.get('/', (c) => page(c));

  app.post('/:id', async (c) => {
    const dayId = c.req.param('id');
    const form = await readForm(c, { labels: { name: '姓名', phone: '联系电话' }, maxLength: 100 });
    if (typeof form === 'string') return page(c, { dayId, message: form });
    const { store } = c.var.portal.data;
    const result = await register(
      store,
      dayId,
      { name: form.text('name'), phone: form.text('phone') },
      c.var.portal.today(),
    );
    if (result === undefined) return c.notFound();
    if (!result.ok) return page(c, { dayId, message: formatOpenDayIssue(result.issue) });
    return c.render(
      <>
        <h1>报名成功</h1>
        <div class="notice ok" role="status">
          <p>
            回执号：<strong class="receipt">{result.registration.receiptNo}</strong>
          </p>
        </div>
        <p>请在活动当天凭回执号签到。</p>
        <p>
          <a href="/open-days">返回政府开放日</a>
        </p>
      </>,
      { title: '报名成功' },
    );
  });
  return app;
}
