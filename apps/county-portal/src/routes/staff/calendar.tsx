// The working-day calendar: the notices in use, adding a year's holiday notice, and what it changes.
import type { ActorRole } from '@gk/request-workflow';
import {
  formatWorkdaysIssue,
  noticeChanges,
  provisionalYear,
  safeParseHolidayNotice,
  WorkdaysError,
} from '@gk/workdays';
import type { Env } from '../../context.js';
import type { Session } from '../../auth.js';
import { DataTable, SubmitRow } from '../../components/common.js';
import type { HtmlContext } from '../../renderer.js';
import { Hono } from 'hono';
import { CalendarBanner, Csrf, forbidden, roleNames } from '../../components/staff.js';

/** The calendar page (mounted at `/staff/calendar`). */
export function calendarRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  /** The format of a notice file, shown to the person who adds one (dates only illustrate the form). */
  const NOTICE_EXAMPLE = JSON.stringify(
    {
      year: 2027,
      sources: [
        {
          title: '国务院办公厅关于2027年部分节假日安排的通知',
          docNo: '国办发明电〔2026〕…号',
          date: '2026-11-…',
          url: 'https://www.gov.cn/…',
        },
      ],
      holidays: [
        { name: '元旦', off: [['2027-01-01', '2027-01-03']], makeUpWorkdays: [] },
        { name: '春节', off: [['2027-02-05', '2027-02-12']], makeUpWorkdays: ['2027-01-31'] },
      ],
    },
    null,
    2,
  );
  /** Who adds a holiday notice to the calendar: the head of the disclosure office. */
  const CALENDAR_ROLES: readonly ActorRole[] = ['head'];
  /** The largest notice file the page reads. */
  const NOTICE_BYTES = 64 * 1024;

  const calendarPage = async (
    c: HtmlContext,
    session: Session,
    view: {
      message?: string;
      problems?: readonly string[];
      preview?: { text: string; rows: readonly string[][] };
    } = {},
  ) => {
    const calendar = c.var.portal.calendar();
    const today = c.var.portal.today();
    const { noticesEnd, provisionalFrom, last } = calendar.coverage;
    const added = await c.var.portal.data.holidayNotices();
    const nextYear = provisionalFrom === null ? undefined : provisionalYear(Number(provisionalFrom.slice(0, 4)));
    const mayAdd = CALENDAR_ROLES.includes(session.role);
    return c.render(
      <>
        <h1>工作日历</h1>
        {view.message === undefined ? null : (
          <div class="notice ok" role="status">
            {view.message}
          </div>
        )}
        <CalendarBanner calendar={calendar} today={today} provisionalCases={0} />
        <dl class="facts">
          <dt>放假安排通知收录到</dt>
          <dd>{noticesEnd}</dd>
          <dt>暂定日期</dt>
          <dd>
            {provisionalFrom === null
              ? '无'
              : `${provisionalFrom} 至 ${last}：按《全国年节及纪念日放假办法》第二条的法定节日和第六条的补假推算，不含调休上班日`}
          </dd>
          <dt>本平台加入的通知</dt>
          <dd>
            {added.length === 0
              ? '无（使用软件自带的 2008—2026 年通知）'
              : added.map((n) => `${String(n.year)} 年（${n.sources[0]?.title ?? ''}）`).join('；')}
          </dd>
        </dl>
        {nextYear === undefined ? null : (
          <section aria-labelledby="provisional-days">
            <h2 id="provisional-days">{nextYear.year} 年的暂定节假日</h2>
            <DataTable
              columns={['节日', '放假（第二条）', '补假（第六条）']}
              rows={nextYear.holidays.map((h) => [
                h.name,
                h.days.join('、'),
                h.compensatoryDays.length === 0 ? '—' : h.compensatoryDays.join('、'),
              ])}
            />
          </section>
        )}
        <h2>加入新年度的放假安排通知</h2>
        {!mayAdd ? (
          <p>放假安排通知由{roleNames(CALENDAR_ROLES)}加入。</p>
        ) : (
          <>
            <p>
              国务院办公厅公布下一年度的部分节假日安排后，把通知中的放假和调休上班日期整理成下面格式的文件（或直接粘贴），先预览将改变的日期，确认后加入。加入后全部案件的期限按新通知重新计算。
            </p>
            <details>
              <summary>通知文件的格式（示例中的日期只是格式示意）</summary>
              <pre>{NOTICE_EXAMPLE}</pre>
            </details>
            {view.problems === undefined || view.problems.length === 0 ? null : (
              <div class="notice error" role="alert">
                <strong>通知未加入，请修改以下 {view.problems.length} 处：</strong>
                <ul>
                  {view.problems.map((p) => (
                    <li>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            {view.preview === undefined ? (
              <form class="stack" method="post" action="/staff/calendar" enctype="multipart/form-data">
                <Csrf session={session} />
                <input type="hidden" name="step" value="preview" />
                <label for="notice-file">
                  通知文件（JSON，不超过 64 KB）
                  <input type="file" id="notice-file" name="file" accept="application/json,.json" />
                </label>
                <label for="notice-text">
                  或粘贴通知内容
                  <textarea id="notice-text" name="notice" />
                </label>
                <SubmitRow>预览</SubmitRow>
              </form>
            ) : (
              <section aria-labelledby="preview">
                <h3 id="preview">加入后改变的日期（{view.preview.rows.length} 天）</h3>
                {view.preview.rows.length === 0 ? (
                  <p>与现有日历相比没有改变的日期。</p>
                ) : (
                  <DataTable columns={['日期', '现在', '加入后']} rows={view.preview.rows} />
                )}
                <form class="stack" method="post" action="/staff/calendar">
                  <Csrf session={session} />
                  <input type="hidden" name="step" value="save" />
                  <input type="hidden" name="notice" value={view.preview.text} />
                  <p>
                    <button class="primary" type="submit">
                      确认加入工作日历
                    </button>{' '}
                    <a href="/staff/calendar">取消</a>
                  </p>
                </form>
              </section>
            )}
          </>
        )}
      </>,
      { title: '工作日历' },
    );
  };

  app.get('/', (c) => calendarPage(c, c.get('session')));
  app.post('/', async (c) => {
    const session = c.get('session');
    if (!CALENDAR_ROLES.includes(session.role)) return forbidden(c, `放假安排通知需由${roleNames(CALENDAR_ROLES)}加入`);
    const body = await c.req.parseBody();
    const file = body.file;
    let text = typeof body.notice === 'string' ? body.notice : '';
    if (file instanceof File && file.size > 0) {
      if (file.size > NOTICE_BYTES)
        return calendarPage(c, session, { problems: ['通知文件超过 64 KB，不像一份年度通知'] });
      text = await file.text();
    }
    if (text.length > NOTICE_BYTES)
      return calendarPage(c, session, { problems: ['通知内容超过 64 KB，不像一份年度通知'] });
    if (text.trim() === '') return calendarPage(c, session, { problems: ['请选择通知文件或粘贴通知内容'] });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return calendarPage(c, session, { problems: ['通知内容不是有效的 JSON，请检查括号、引号和逗号'] });
    }
    const parsed = safeParseHolidayNotice(json);
    if (!parsed.success)
      return calendarPage(c, session, { problems: parsed.issues.map((issue) => formatWorkdaysIssue(issue)) });
    try {
      if (body.step === 'save') {
        await c.var.portal.data.addHolidayNotice(parsed.data);
        return calendarPage(c, session, {
          message: `已加入 ${String(parsed.data.year)} 年放假安排通知，全部案件的期限已按新通知重新计算。`,
        });
      }
      const changes = noticeChanges(parsed.data, { calendar: c.var.portal.calendar() });
      return calendarPage(c, session, {
        preview: {
          text: JSON.stringify(parsed.data),
          rows: changes.map((change) => [change.date, change.before?.label ?? '（原无数据）', change.after.label]),
        },
      });
    } catch (error) {
      if (error instanceof WorkdaysError) return calendarPage(c, session, { problems: [error.format('zh-CN')] });
      throw error;
    }
  });
  return app;
}
