// The desk: today's queues, the inbox of online applications, registering one as a case.
import { missingInterpretations } from '@gk/interpretation';
import { ACTION_RULES, CASE_STATUS_LABELS, formatRequestIssue } from '@gk/request-workflow';
import { StoreError } from '@gk/store';
import type { Env } from '../../context.js';
import { DataTable } from '../../components/common.js';
import { Hono } from 'hono';
import {
  CalendarBanner,
  Csrf,
  forbidden,
  problem,
  provisionalCount,
  QueueTable,
  roleNames,
} from '../../components/staff.js';

/** Today's queues and the inbox (mounted at `/staff/`). */
export function deskRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', async (c) => {
    const session = c.get('session');
    const today = c.var.portal.today();
    const { store } = c.var.portal.data;
    const filter = { agencyId: c.var.agency.id };
    const [overdue, dueSoon, inbox, ...paused] = await Promise.all([
      store.overdue({ today, ...filter }),
      store.dueSoon({ today, withinWorkdays: 5, ...filter }),
      store.pendingSubmissions(c.var.agency.id),
      store.cases({ ...filter, status: 'awaitingClarification' }),
      store.cases({ ...filter, status: 'consulting' }),
      store.cases({ ...filter, status: 'awaitingFee' }),
    ]);
    const open = (await store.cases(filter)).filter((row) => row.concludedOn === null);
    // Open cases whose answer period should be running but has no due date: never dropped from view.
    const undated = open.filter((row) => row.dueOn === null && row.status !== 'awaitingClarification');
    const policies = await c.var.agency.policies();
    const unexplained = missingInterpretations(
      policies.map((p) => p.policy),
      (await c.var.agency.interpretations()).map((i) => i.interpretation),
    ).map((issue) => policies[Number(issue.path[1])]);
    return c.render(
      <>
        <h1>今日待办</h1>
        <p class="muted">今天是 {today}。期限按国务院办公厅公布的放假安排计算工作日（第三十三条）。</p>
        <CalendarBanner calendar={c.var.portal.calendar()} today={today} provisionalCases={provisionalCount(open)} />
        <h2>网上申请待登记</h2>
        {inbox.length === 0 ? (
          <p>没有待登记的网上申请。</p>
        ) : (
          <DataTable
            caption={`网上申请（${String(inbox.length)} 件），登记之日为收到申请之日（第三十一条第（三）项）`}
            columns={['回执号', '提交日期', '申请人', '申请内容', '操作']}
            rows={inbox.map((s) => [
              s.receiptNo,
              s.submittedOn,
              s.application?.applicant.name ?? '—',
              s.application?.request.description ?? '—',
              ACTION_RULES.received.roles.includes(session.role) ? (
                <form method="post" action={`/staff/inbox/${encodeURIComponent(s.receiptNo)}/register`}>
                  <Csrf session={session} />
                  <button type="submit" aria-label={`登记 ${s.receiptNo}`}>
                    登记
                  </button>
                </form>
              ) : (
                <span class="muted">由{roleNames(ACTION_RULES.received.roles)}登记</span>
              ),
            ])}
          />
        )}
        <h2>期限</h2>
        <QueueTable caption="已逾期" rows={overdue} today={today} empty="没有逾期的案件" />
        <QueueTable caption="5 个工作日内到期" rows={dueSoon} today={today} empty="没有即将到期的案件" />
        <QueueTable
          caption="期限暂停（补正、征求意见、缴费）"
          rows={paused.flat()}
          today={today}
          empty="没有暂停的案件"
        />
        {undated.length === 0 ? null : (
          <section aria-labelledby="undated">
            <h2 id="undated">期限无法计算的案件</h2>
            <p>以下案件应当计算答复期限，但现有数据算不出到期日，请逐件核对并人工掌握期限：</p>
            <DataTable
              columns={['案件', '申请内容', '状态', '原因']}
              rows={undated.map((row) => [
                <a href={`/staff/cases/${encodeURIComponent(row.caseId)}`}>{row.caseId}</a>,
                row.state.request?.description ?? '—',
                CASE_STATUS_LABELS[row.status]['zh-CN'],
                row.state.issues.length === 0
                  ? '案件记录不完整'
                  : row.state.issues.map((issue) => formatRequestIssue(issue)).join('；'),
              ])}
            />
          </section>
        )}
        <h2>全部在办案件</h2>
        <QueueTable caption="在办" rows={open} today={today} empty="没有在办案件" />
        {unexplained.length === 0 ? null : (
          <section aria-labelledby="unexplained">
            <h2 id="unexplained">政策解读提醒（仅工作人员可见）</h2>
            <p>以下规范性文件尚无解读；按“谁起草、谁解读”，解读应与文件同步发布：</p>
            <ul>
              {unexplained.map((p) => (
                <li>
                  {p?.policy.title ?? '—'} <span class="muted">{p?.docNo ?? ''}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </>,
      { title: '今日待办' },
    );
  });

  app.post('/inbox/:receiptNo/register', async (c) => {
    const session = c.get('session');
    if (!ACTION_RULES.received.roles.includes(session.role))
      return forbidden(c, `登记申请需由${roleNames(ACTION_RULES.received.roles)}办理`);
    try {
      const ref = await c.var.portal.data.store.registerSubmission(c.var.agency.id, c.req.param('receiptNo'), {
        on: c.var.portal.today(),
        actor: { id: session.username, role: session.role, name: session.name },
      });
      return c.redirect(`/staff/cases/${encodeURIComponent(ref.caseId)}?done=received`, 303);
    } catch (error) {
      if (error instanceof StoreError) return problem(c, error.message);
      throw error;
    }
  });

  return app;
}
