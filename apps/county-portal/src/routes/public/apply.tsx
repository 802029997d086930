// The online application (第二十九条): the form, its checks, and the receipt with the look-up code.
import {
  ANSWER_WORKDAYS,
  CLOCK_CITATIONS,
  RECEIPT_CITATIONS,
  DELIVERY_PREFERENCE_LABELS,
  DELIVERY_PREFERENCES,
  FIELD_LABELS_ZH,
  INFORMATION_FORMS,
  INFORMATION_FORM_LABELS,
  ORGANIZATION_CATEGORY_LABELS,
} from '@gk/request-workflow';
import type { Env } from '../../context.js';
import { provision, SubmitRow } from '../../components/common.js';
import { readForm } from '../../forms/read.js';
import { Hono } from 'hono';
import type { ApplyForm } from '../../forms/application.js';
import { applicationFrom, fieldErrors } from '../../forms/application.js';

const ApplyPage = ({
  values,
  errors,
  action,
}: {
  values: ApplyForm;
  errors: { field: string; message: string }[];
  /** Where the form posts: the agency's `/apply`. */
  action: string;
}) => {
  const v = (name: string) => (typeof values[name] === 'string' ? values[name] : '');
  const checked = (name: string, value: string) => {
    const current = values[name];
    return Array.isArray(current) ? current.includes(value) : current === value;
  };
  const errorFor = (id: string) => errors.filter((e) => e.field === id);
  const described = (id: string) => (errorFor(id).length > 0 ? `${id}-error` : undefined);
  const FieldError = ({ id }: { id: string }) =>
    errorFor(id).length === 0 ? null : (
      <span id={`${id}-error`} class="late">
        {errorFor(id)
          .map((e) => e.message)
          .join('；')}
      </span>
    );
  const organization = v('kind') === 'organization';
  return (
    <>
      <h1>政府信息公开申请</h1>
      <p>
        除主动公开的政府信息外，公民、法人或者其他组织可以向本机关申请获取政府信息。本表按《中华人民共和国政府信息公开条例》第二十九条列出申请应当包括的内容；提交后取得回执号和查询码，凭二者查询办理进度和答复期限。
      </p>
      {errors.length === 0 ? null : (
        <div class="notice error" role="alert">
          <h2 class="alert-heading">申请未提交，请修改以下 {errors.length} 处</h2>
          <ul>
            {errors.map((e) => (
              <li>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="stack" method="post" action={action} novalidate>
        <fieldset>
          <legend>申请人信息</legend>
          <div role="radiogroup" aria-labelledby="kind-label">
            <span id="kind-label" class="group-label">
              申请人类型
            </span>
            <br />
            <label class="choice" for="kind-naturalPerson">
              <input type="radio" id="kind-naturalPerson" name="kind" value="naturalPerson" checked={!organization} />
              公民
            </label>
            <label class="choice" for="kind-organization">
              <input type="radio" id="kind-organization" name="kind" value="organization" checked={organization} />
              法人或者其他组织
            </label>
          </div>
          <label for="name">
            姓名或者名称（必填）
            <input
              type="text"
              id="name"
              name="name"
              value={v('name')}
              autocomplete="name"
              aria-describedby={described('name')}
            />
          </label>
          <FieldError id="name" />
          <label for="residentId">
            身份证号码<span class="hint">公民填写；用于身份证明（第二十九条第二款第（一）项）</span>
            <input
              type="text"
              id="residentId"
              name="residentId"
              value={v('residentId')}
              aria-describedby={described('residentId')}
            />
          </label>
          <FieldError id="residentId" />
          <label for="category">
            组织类别<span class="hint">法人或者其他组织填写</span>
            <select id="category" name="category" aria-describedby={described('category')}>
              <option value="">请选择</option>
              {Object.entries(ORGANIZATION_CATEGORY_LABELS).map(([value, label]) => (
                <option value={value} selected={v('category') === value}>
                  {label['zh-CN']}
                </option>
              ))}
            </select>
          </label>
          <FieldError id="category" />
          <label for="uscc">
            统一社会信用代码<span class="hint">法人或者其他组织填写</span>
            <input type="text" id="uscc" name="uscc" value={v('uscc')} aria-describedby={described('uscc')} />
          </label>
          <FieldError id="uscc" />
          <label for="idDocumentType">
            其他身份证明的名称
            <span class="hint">无公民身份号码或统一社会信用代码时填写，例如护照、事业单位法人证书</span>
            <input type="text" id="idDocumentType" name="idDocumentType" value={v('idDocumentType')} />
          </label>
          <label for="idDocumentNumber">
            其他身份证明的号码
            <input type="text" id="idDocumentNumber" name="idDocumentNumber" value={v('idDocumentNumber')} />
          </label>
          <FieldError id="idDocumentType" />
          <label for="contactName">
            联系人<span class="hint">法人或者其他组织填写</span>
            <input type="text" id="contactName" name="contactName" value={v('contactName')} />
          </label>
          <label for="phone">
            联系电话<span class="hint">联系电话、电子邮箱、通信地址至少填写一项</span>
            <input
              type="tel"
              id="phone"
              name="phone"
              value={v('phone')}
              autocomplete="tel"
              aria-describedby={described('phone')}
            />
          </label>
          <FieldError id="phone" />
          <label for="email">
            电子邮箱
            <input type="email" id="email" name="email" value={v('email')} autocomplete="email" />
          </label>
          <label for="address">
            通信地址
            <input type="text" id="address" name="address" value={v('address')} autocomplete="street-address" />
          </label>
        </fieldset>
        <fieldset>
          <legend>所需政府信息</legend>
          <label for="description">
            所需信息的名称或者特征性描述（必填）
            <span class="hint">写明文件名称、文号，或者便于查询的其他特征（第二十九条第二款第（二）项）</span>
            <textarea id="description" name="description" aria-describedby={described('description')}>
              {v('description')}
            </textarea>
          </label>
          <FieldError id="description" />
          <label for="documentNumbers">
            文号<span class="hint">知道的话填写，多个用逗号分隔</span>
            <input type="text" id="documentNumbers" name="documentNumbers" value={v('documentNumbers')} />
          </label>
        </fieldset>
        <fieldset aria-describedby={described('forms-paper')}>
          <legend>信息的形式和获取方式（第二十九条第二款第（三）项）</legend>
          <div role="group" aria-labelledby="forms-label">
            <span id="forms-label" class="group-label">
              提供形式
            </span>
            <br />
            {Object.entries(INFORMATION_FORM_LABELS).map(([value, label]) => (
              <label class="choice" for={`forms-${value}`}>
                <input
                  type="checkbox"
                  id={`forms-${value}`}
                  name="forms"
                  value={value}
                  checked={checked('forms', value)}
                />
                {label['zh-CN']}
              </label>
            ))}
          </div>
          <div role="group" aria-labelledby="delivery-label">
            <span id="delivery-label" class="group-label">
              获取方式
            </span>
            <br />
            {Object.entries(DELIVERY_PREFERENCE_LABELS).map(([value, label]) => (
              <label class="choice" for={`delivery-${value}`}>
                <input
                  type="checkbox"
                  id={`delivery-${value}`}
                  name="deliveryPreferences"
                  value={value}
                  checked={checked('deliveryPreferences', value)}
                />
                {label['zh-CN']}
              </label>
            ))}
          </div>
          <FieldError id="forms-paper" />
        </fieldset>
        <SubmitRow>提交申请</SubmitRow>
      </form>
    </>
  );
};

const APPLY_TITLE = '依申请公开';

/** The online application (mounted at `/apply`). */
export function applyRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', (c) =>
    c.render(
      <ApplyPage
        action={c.var.agency.href('/apply')}
        values={{ kind: 'naturalPerson', forms: ['electronic'], deliveryPreferences: ['email'] }}
        errors={[]}
      />,
      { title: APPLY_TITLE },
    ),
  );

  app.post('/', async (c) => {
    // Over-long values are kept here (the body limit bounds them) so the form shows them again with the
    // request engine's limit beside the field, instead of losing what was typed.
    const form = await readForm(c, { labels: FIELD_LABELS_ZH, maxLength: 20_000 });
    const values: ApplyForm = {};
    if (typeof form === 'string')
      return c.render(
        <ApplyPage action={c.var.agency.href('/apply')} values={values} errors={[{ field: 'name', message: form }]} />,
        {
          title: APPLY_TITLE,
          status: 400,
        },
      );
    for (const name of [
      'kind',
      'name',
      'residentId',
      'category',
      'uscc',
      'idDocumentType',
      'idDocumentNumber',
      'contactName',
      'phone',
      'email',
      'address',
      'description',
      'documentNumbers',
    ])
      values[name] = form.text(name);
    // Only the choices the form offers, each once: anything else was not typed by a person.
    values.forms = INFORMATION_FORMS.filter((f) => form.list('forms').includes(f));
    values.deliveryPreferences = DELIVERY_PREFERENCES.filter((p) => form.list('deliveryPreferences').includes(p));
    const today = c.var.portal.today();
    const application = applicationFrom(values);
    const errors = fieldErrors(application);
    if (errors.length > 0)
      return c.render(<ApplyPage action={c.var.agency.href('/apply')} values={values} errors={errors} />, {
        title: APPLY_TITLE,
        status: 400,
      });
    const receipt = await c.var.portal.data.store.submitApplication(c.var.agency.id, application, today);
    return c.render(
      <>
        <h1>申请已提交</h1>
        <div class="notice ok" role="status">
          <p>
            回执号：
            <strong class="receipt" id="receipt-no">
              {receipt.receiptNo}
            </strong>
          </p>
          <p>
            查询码：
            <strong class="receipt" id="lookup-code">
              {receipt.code}
            </strong>
          </p>
          <p>请记下回执号和查询码：查询码只显示这一次，凭二者查询办理进度。</p>
        </div>
        <p>
          网上提交的申请，以本机关与申请人双方确认之日为收到申请之日（
          {provision(RECEIPT_CITATIONS.online)}）；登记后，答复期限为自收到申请之日起 {ANSWER_WORKDAYS} 个工作日（
          {provision(CLOCK_CITATIONS.answer)}）。
        </p>
        <p>
          <a href={c.var.agency.href('/lookup')}>查询办理进度</a>
        </p>
      </>,
      { title: '申请已提交' },
    );
  });

  return app;
}
