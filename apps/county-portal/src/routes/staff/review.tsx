// Pre-publication review: paste a text, see the personal data and sensitive words found in it.
import type { ReviewFinding } from '@gk/attribute-review';
import { scanText } from '@gk/attribute-review';
import type { Env } from '../../context.js';
import type { Session } from '../../auth.js';
import { readForm } from '../../forms/read.js';
import { MAX_REVIEW_TEXT_LENGTH, REVIEW_TABLE_ROWS } from '../../middleware/limits.js';
import { DataTable, SubmitRow } from '../../components/common.js';
import type { HtmlContext } from '../../renderer.js';
import { Hono } from 'hono';
import { Csrf, Highlighted, problem } from '../../components/staff.js';

/** The pre-publication review page (mounted at `/staff/review`). */
export function reviewRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  const reviewPage = (c: HtmlContext, session: Session, text: string, findings?: readonly ReviewFinding[]) =>
    c.render(
      <>
        <h1>发布前审查</h1>
        <p>
          粘贴拟在门户发布的文字，检查身份证号、手机号、银行卡号、电子邮箱、护照号、密级和内部标识、敏感词（发布前保密审查与个人信息保护）。
        </p>
        <form class="stack" method="post" action="/staff/review">
          <Csrf session={session} />
          <label for="review-text">
            待发布文字
            <textarea id="review-text" name="text" class="tall">
              {text}
            </textarea>
          </label>
          <SubmitRow>审查</SubmitRow>
        </form>
        {findings === undefined ? null : findings.length === 0 ? (
          <div class="notice ok" role="status">
            未发现问题。
          </div>
        ) : (
          <section aria-labelledby="findings">
            <h2 id="findings">发现 {findings.length} 处</h2>
            <Highlighted text={text} findings={findings} />
            <DataTable
              columns={['内容', '程度', '建议']}
              rows={findings
                .slice(0, REVIEW_TABLE_ROWS)
                .map((f) => [f.text, f.severity === 'error' ? '必须处理' : '请核实', f.suggestion])}
            />
            {findings.length > REVIEW_TABLE_ROWS ? (
              <p class="muted">
                表中列出前 {REVIEW_TABLE_ROWS} 处，另有 {findings.length - REVIEW_TABLE_ROWS} 处未列出，均已在上文高亮。
              </p>
            ) : null}
          </section>
        )}
      </>,
      { title: '发布前审查' },
    );

  app.get('/', (c) => reviewPage(c, c.get('session'), ''));
  app.post('/', async (c) => {
    const form = await readForm(c, { longer: { text: MAX_REVIEW_TEXT_LENGTH }, labels: { text: '待审查的文字' } });
    if (typeof form === 'string') return problem(c, form, 413);
    const text = form.text('text');
    return reviewPage(c, c.get('session'), text, scanText(text));
  });
  return app;
}
