import type { AnnualReportInput } from '@gk/annual-report';
import { buildAnnualReport, renderReportHtml } from '@gk/annual-report';
import type { Catalogue, CatalogueItem } from '@gk/catalogue-schema';
import { itemName, searchCatalogues } from '@gk/catalogue-schema';
import { formatCitation } from '@gk/core';
import { buildDisclosureGuide } from '@gk/guidelines';
import { CONTENT_ELEMENTS, INTERPRETATION_FORMS, interpretationsOf } from '@gk/interpretation';
import type { Applicant, Application, DeliveryPreference, InformationForm } from '@gk/request-workflow';
import {
  CASE_STATUS_LABELS,
  checkApplication,
  DELIVERY_PREFERENCE_LABELS,
  DELIVERY_PREFERENCES,
  explainDeadline,
  FIELD_LABELS_ZH,
  formatRequestIssue,
  INFORMATION_FORMS,
  INFORMATION_FORM_LABELS,
  ORGANIZATION_CATEGORY_LABELS,
} from '@gk/request-workflow';
import type { Hono } from 'hono';
import { raw } from 'hono/html';
import type { Env, PortalContext } from './context.js';
import { AGENCY_ID } from './data.js';
import { Cite, DataTable, SubmitRow } from './components/common.js';
import { readForm } from './forms.js';
import { waitText } from './guards.js';
import { Layout } from './layout.js';
import { render } from './render.js';

const CatalogueTable = ({
  items,
  catalogues,
}: {
  items: readonly { catalogue: Catalogue; item: CatalogueItem }[];
  catalogues?: boolean;
}) => (
  <DataTable
    columns={[
      '公开事项',
      ...(catalogues === true ? ['领域'] : []),
      '公开内容（要素）',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
    ]}
    rows={items.map(({ catalogue, item }) => [
      itemName(item),
      ...(catalogues === true ? [catalogue.header.domain] : []),
      item.contentElements.join('；'),
      item.timeLimit.text,
      item.publisher,
      item.channels
        .filter((c) => c.requirement === 'required')
        .map((c) => c.name)
        .join('、'),
    ])}
  />
);

/** The application as typed, kept to fill the form again after an error. */
type ApplyForm = Record<string, string | string[]>;

function applicationFrom(form: ApplyForm): Application {
  const text = (name: string): string | undefined => {
    const value = form[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const list = (name: string): string[] => {
    const value = form[name];
    return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  };
  const documentType = text('idDocumentType');
  const documentNumber = text('idDocumentNumber');
  const idDocument =
    documentType === undefined && documentNumber === undefined
      ? {}
      : { idDocument: { type: documentType ?? '', number: documentNumber ?? '' } };
  const contact = {
    ...(text('phone') === undefined ? {} : { phone: text('phone') }),
    ...(text('email') === undefined ? {} : { email: text('email') }),
    ...(text('address') === undefined ? {} : { address: text('address') }),
  };
  const applicant = (
    text('kind') === 'organization'
      ? {
          kind: 'organization',
          name: text('name') ?? '',
          category: text('category') ?? '',
          ...(text('uscc') === undefined ? {} : { uscc: text('uscc')?.toUpperCase() }),
          ...idDocument,
          ...(text('contactName') === undefined ? {} : { contactName: text('contactName') }),
          ...contact,
        }
      : {
          kind: 'naturalPerson',
          name: text('name') ?? '',
          ...(text('residentId') === undefined ? {} : { residentId: text('residentId')?.toUpperCase() }),
          ...idDocument,
          ...contact,
        }
  ) as Applicant;
  const documentNumbers = (text('documentNumbers') ?? '')
    .split(/[\n,，;；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    applicant,
    request: {
      description: text('description') ?? '',
      ...(documentNumbers.length === 0 ? {} : { documentNumbers }),
      forms: list('forms') as InformationForm[],
      deliveryPreferences: list('deliveryPreferences') as DeliveryPreference[],
    },
  };
}

const FIELD_OF: Readonly<Record<string, string>> = {
  name: 'name',
  residentId: 'residentId',
  uscc: 'uscc',
  category: 'category',
  phone: 'phone',
  email: 'email',
  address: 'address',
  description: 'description',
  idDocument: 'idDocumentType',
  forms: 'forms-paper',
  deliveryPreferences: 'forms-paper',
  kind: 'kind-naturalPerson',
  contactName: 'contactName',
  documentNumbers: 'documentNumbers',
  number: 'idDocumentNumber',
};

/** The request engine's verdict on an application, each message placed beside its field. */
function fieldErrors(application: Application): { field: string; message: string }[] {
  return checkApplication(application).map((issue) => {
    const key = [...issue.path].reverse().find((part) => typeof part === 'string' && Object.hasOwn(FIELD_OF, part));
    return { field: FIELD_OF[String(key)] ?? 'name', message: formatRequestIssue({ ...issue, path: [] }) };
  });
}

const ApplyPage = ({ values, errors }: { values: ApplyForm; errors: { field: string; message: string }[] }) => {
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
    <Layout title="依申请公开">
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
      <form class="stack" method="post" action="/apply" novalidate>
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
    </Layout>
  );
};

const StatusFacts = ({
  status,
}: {
  status: NonNullable<Awaited<ReturnType<PortalContext['data']['store']['lookupSubmission']>>>;
}) => {
  const state = status.case?.state;
  return (
    <dl class="facts">
      <dt>回执号</dt>
      <dd>{status.receiptNo}</dd>
      <dt>提交日期</dt>
      <dd>{status.submittedOn}</dd>
      <dt>办理状态</dt>
      <dd>{state === undefined ? '已提交，等待登记' : CASE_STATUS_LABELS[state.status]['zh-CN']}</dd>
      {state === undefined ? null : (
        <>
          <dt>期限</dt>
          <dd>
            {/* The same explanation the staff desk and the CLI print, each rule with its article. */}
            <ul>
              {explainDeadline(state)
                .filter((line) => line.kind !== 'provisional')
                .map((line) => (
                  <li>
                    {line.text} {line.citation === undefined ? null : <Cite citations={[line.citation]} />}
                  </li>
                ))}
            </ul>
            {state.concludedOn === null && state.dueOnProvisional === true ? (
              <p class="muted" id="provisional-note">
                该日期所在年度的国务院放假安排尚未公布，暂按法定节假日推算，以国务院公布的放假安排为准。
              </p>
            ) : null}
          </dd>
          {state.clarification !== null && state.clarification.receivedOn === null ? (
            <>
              <dt>需要补正</dt>
              <dd>
                {state.clarification.items.join('；')}（补正期限 {state.clarification.dueOn ?? '—'}）
              </dd>
            </>
          ) : null}
        </>
      )}
    </dl>
  );
};

/** The public side: guide, catalogue, policies, application, look-up, annual report. */
export function publicRoutes(app: Hono<Env>, ctx: PortalContext): void {
  const { data } = ctx;

  app.get('/', async (c) => {
    const profile = await data.profile();
    const { catalogues } = await data.catalogues();
    const policies = await data.policies();
    const year = Number(ctx.today().slice(0, 4));
    return render(
      c,
      <Layout title="首页">
        <h1>{profile.name}政府信息公开</h1>
        <p>
          本专栏按《中华人民共和国政府信息公开条例》第十二条、第二十四条设置，集中发布本县主动公开的政府信息，并受理政府信息公开申请。
        </p>
        <form method="get" action="/catalogue" role="search" class="stack narrow">
          <label for="home-q">
            检索公开目录
            <input type="search" id="home-q" name="q" placeholder="例如：义务教育 招生" />
          </label>
          <p>
            <button type="submit">检索</button>
          </p>
        </form>
        <h2>政府信息公开专栏</h2>
        <ul class="cards">
          <li>
            <a href="/guide">政府信息公开指南</a>
            <p>信息分类、编排体系、获取方式和工作机构（第十二条）</p>
          </li>
          <li>
            <a href="/catalogue">政府信息公开目录</a>
            <p>
              {catalogues.length} 个领域、{catalogues.reduce((n, cat) => n + cat.items.length, 0)} 个公开事项
            </p>
          </li>
          <li>
            <a href="/policies">政策文件与解读</a>
            <p>{policies.length} 件规范性文件，解读与文件并列</p>
          </li>
          <li>
            <a href="/apply">依申请公开</a>
            <p>网上提交申请，取得回执号和查询码</p>
          </li>
          <li>
            <a href="/lookup">办理进度查询</a>
            <p>凭回执号和查询码查询状态和答复期限</p>
          </li>
          <li>
            <a href="/report">政府信息公开工作年度报告</a>
            <p>{year} 年度报告（按案件实时统计）</p>
          </li>
        </ul>
        <h2>最新政策文件</h2>
        <ul>
          {policies.map((p) => (
            <li>
              <a href={`/policies/${encodeURIComponent(p.policy.id)}`}>{p.policy.title}</a>{' '}
              <span class="muted">
                {p.docNo} · {p.policy.publishedOn ?? ''}
              </span>
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });

  app.get('/guide', async (c) => {
    const profile = await data.profile();
    const { catalogues } = await data.catalogues();
    const guide = buildDisclosureGuide({
      agency: profile.name,
      office: profile.office,
      catalogues,
      revisedOn: profile.guideRevisedOn,
    });
    return render(
      c,
      <Layout title="公开指南">
        <h1>{guide.title}</h1>
        <p class="muted">
          修订日期：{guide.revisedOn} · 依据 {formatCitation(guide.citation)}
        </p>
        {guide.sections.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.title}</h2>
            {section.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
            <p class="muted">依据：{section.citations.map((cit) => formatCitation(cit)).join('、')}</p>
          </section>
        ))}
      </Layout>,
    );
  });

  app.get('/catalogue', async (c) => {
    const { catalogues, problems } = await data.catalogues();
    const q = (c.req.query('q') ?? '').slice(0, 100);
    const hits = q.trim() === '' ? [] : searchCatalogues(catalogues, q);
    return render(
      c,
      <Layout title="公开目录">
        <h1>政府信息公开目录</h1>
        <p>目录按领域、一级事项、二级事项编排，列明每个事项的公开内容、时限、主体和渠道（第十二条第三款）。</p>
        <form method="get" action="/catalogue" role="search" class="stack narrow">
          <label for="q">
            检索事项
            <input type="search" id="q" name="q" value={q} />
          </label>
          <p>
            <button type="submit">检索</button>
          </p>
        </form>
        {problems.length === 0 ? null : (
          <div class="notice error">以下目录数据有误，暂不显示：{problems.join('；')}</div>
        )}
        {q.trim() === '' ? null : (
          <section aria-labelledby="results">
            <h2 id="results">
              “{q}”的检索结果：{hits.length} 项
            </h2>
            {hits.length === 0 ? (
              <p>没有找到相关事项，可以换个说法，或者直接申请公开。</p>
            ) : (
              <CatalogueTable items={hits} catalogues />
            )}
          </section>
        )}
        <h2>按领域浏览</h2>
        <ul class="cards">
          {catalogues.map((cat) => (
            <li>
              <a href={`/catalogue/${encodeURIComponent(cat.header.domain)}`}>{cat.header.domain}</a>
              <p>
                {cat.items.length} 个事项 · {cat.header.version}
              </p>
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });

  app.get('/catalogue/:domain', async (c) => {
    const { catalogues } = await data.catalogues();
    const catalogue = catalogues.find((cat) => cat.header.domain === c.req.param('domain'));
    if (catalogue === undefined) return ctx.notFound(c, '没有这个领域的目录');
    return render(
      c,
      <Layout title={catalogue.header.domain}>
        <h1>{catalogue.header.title}</h1>
        <p class="muted">
          版本 {catalogue.header.version} · 自 {catalogue.header.effectiveOn} 起施行
        </p>
        <CatalogueTable items={catalogue.items.map((item) => ({ catalogue, item }))} />
      </Layout>,
    );
  });

  app.get('/policies', async (c) => {
    const policies = await data.policies();
    const interpretations = (await data.interpretations()).map((i) => i.interpretation);
    return render(
      c,
      <Layout title="政策解读">
        <h1>政策文件与解读</h1>
        <DataTable
          caption="规范性文件"
          columns={['文件', '文号', '发布日期', '解读']}
          rows={policies.map((p) => [
            <a href={`/policies/${encodeURIComponent(p.policy.id)}`}>{p.policy.title}</a>,
            p.docNo,
            p.policy.publishedOn ?? '—',
            interpretationsOf(p.policy.id, interpretations).length === 0
              ? '—'
              : `${String(interpretationsOf(p.policy.id, interpretations).length)} 篇`,
          ])}
        />
      </Layout>,
    );
  });

  app.get('/policies/:id', async (c) => {
    const policies = await data.policies();
    const entry = policies.find((p) => p.policy.id === c.req.param('id'));
    if (entry === undefined) return ctx.notFound(c, '没有这件政策文件');
    const documents = await data.interpretations();
    const mine = interpretationsOf(
      entry.policy.id,
      documents.map((d) => d.interpretation),
    );
    const sectionsOf = (id: string) => documents.find((d) => d.interpretation.id === id)?.sections ?? [];
    return render(
      c,
      <Layout title={entry.policy.title}>
        <h1>{entry.policy.title}</h1>
        <p class="muted">
          {entry.docNo} · {entry.policy.draftingBody} · 发布日期 {entry.policy.publishedOn ?? '—'}
        </p>
        <div class="side-by-side">
          <section aria-labelledby="policy-text">
            <h2 id="policy-text">政策原文</h2>
            {entry.text.map((p) => (
              <p>{p}</p>
            ))}
          </section>
          <section aria-labelledby="policy-interpretation">
            <h2 id="policy-interpretation">政策解读</h2>
            {mine.length === 0 ? (
              <p>暂无解读。</p>
            ) : (
              mine.map((interpretation) => {
                return (
                  <article>
                    {interpretation.materials.map((m) => (
                      <h3>
                        {m.title} <span class="badge">{INTERPRETATION_FORMS[m.form]}</span>
                      </h3>
                    ))}
                    <p class="muted">
                      解读机关：{interpretation.interpretingBody} · 发布日期 {interpretation.publishedOn ?? '—'}
                    </p>
                    {sectionsOf(interpretation.id).map((s) => (
                      <>
                        <h4>{CONTENT_ELEMENTS[s.element]}</h4>
                        <p>{s.text}</p>
                      </>
                    ))}
                  </article>
                );
              })
            )}
          </section>
        </div>
      </Layout>,
    );
  });

  app.get('/apply', (c) =>
    render(
      c,
      <ApplyPage
        values={{ kind: 'naturalPerson', forms: ['electronic'], deliveryPreferences: ['email'] }}
        errors={[]}
      />,
    ),
  );

  app.post('/apply', async (c) => {
    // Over-long values are kept here (the body limit bounds them) so the form shows them again with the
    // request engine's limit beside the field, instead of losing what was typed.
    const form = await readForm(c, { labels: FIELD_LABELS_ZH, maxLength: 20_000 });
    const values: ApplyForm = {};
    if (typeof form === 'string')
      return render(c, <ApplyPage values={values} errors={[{ field: 'name', message: form }]} />, 400);
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
    const today = ctx.today();
    const application = applicationFrom(values);
    const errors = fieldErrors(application);
    if (errors.length > 0) return render(c, <ApplyPage values={values} errors={errors} />, 400);
    const receipt = await data.store.submitApplication(AGENCY_ID, application, today);
    return render(
      c,
      <Layout title="申请已提交">
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
          网上提交的申请，以本机关与申请人双方确认之日为收到申请之日（第三十一条第（三）项）；登记后，答复期限为自收到申请之日起
          20 个工作日（第三十三条第二款）。
        </p>
        <p>
          <a href="/lookup">查询办理进度</a>
        </p>
      </Layout>,
    );
  });

  const LookupForm = ({ receiptNo, message }: { receiptNo: string; message?: string }) => (
    <form class="stack" method="post" action="/lookup">
      {message === undefined ? null : (
        <div class="notice error" role="alert">
          {message}
        </div>
      )}
      <label for="receiptNo">
        回执号
        <input type="text" id="receiptNo" name="receiptNo" value={receiptNo} inputmode="numeric" autocomplete="off" />
      </label>
      <label for="code">
        查询码
        <input type="text" id="code" name="code" autocomplete="off" />
      </label>
      <SubmitRow>查询</SubmitRow>
    </form>
  );

  app.get('/lookup', (c) =>
    render(
      c,
      <Layout title="办理查询">
        <h1>办理进度查询</h1>
        <LookupForm receiptNo="" />
      </Layout>,
    ),
  );

  app.post('/lookup', async (c) => {
    const lookupPage = (receiptNo: string, message: string, status: 400 | 404 | 429) =>
      render(
        c,
        <Layout title="办理查询">
          <h1>办理进度查询</h1>
          <LookupForm receiptNo={receiptNo} message={message} />
        </Layout>,
        status,
      );
    const form = await readForm(c, { maxLength: 40 });
    if (typeof form === 'string') return lookupPage('', '回执号或查询码过长，请核对后重试。', 400);
    const receiptNo = form.text('receiptNo');
    const code = form.text('code');
    // Wrong guesses are limited per address; a paused address is answered without any work.
    const address = ctx.clientAddress(c);
    const wait = ctx.limiters.lookup.wait(address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return lookupPage(receiptNo, `查询失败次数过多，请 ${waitText(wait)}后再试。`, 429);
    }
    const status =
      receiptNo === '' || code === '' ? undefined : await data.store.lookupSubmission(AGENCY_ID, receiptNo, code);
    if (status === undefined) {
      const locked = ctx.limiters.lookup.fail(address);
      return lookupPage(
        receiptNo,
        locked > 0
          ? `回执号或查询码不正确。失败次数过多，请 ${waitText(locked)}后再试。`
          : '回执号或查询码不正确，请核对后重试。',
        404,
      );
    }
    return render(
      c,
      <Layout title="办理查询">
        <h1>办理进度</h1>
        <StatusFacts status={status} />
        <p>
          <a href="/lookup">查询其他申请</a>
        </p>
      </Layout>,
    );
  });

  app.get('/report', async (c) => {
    const profile = await data.profile();
    const thisYear = Number(ctx.today().slice(0, 4));
    const years = Object.keys(profile.proactive)
      .filter((y) => Number(y) <= thisYear)
      .sort()
      .reverse();
    const asked = c.req.query('year');
    const year = asked === undefined ? Number(years[0]) : /^\d{4}$/.test(asked) ? Number(asked) : Number.NaN;
    const proactive = profile.proactive[String(year)];
    if (proactive === undefined || year > thisYear) {
      return ctx.notFound(
        c,
        years.length === 0
          ? '本机关尚未录入年度报告所需的主动公开数据，暂无年度报告。'
          : `没有${asked === undefined ? '' : `“${asked.slice(0, 20)}”`}年度的报告。可以查看的年度：${years.join('、')}。`,
      );
    }
    const input: AnnualReportInput = {
      format: '2021',
      year,
      issuer: profile.name,
      cases: await data.store.reportCases(year, { agencyId: AGENCY_ID }),
      appeals: [],
      proactive,
    };
    const report = buildAnnualReport(input);
    return render(
      c,
      <Layout title={`${String(year)}年度报告`}>
        <nav aria-label="年度" class="no-print">
          年度：
          {years.map((y) => (
            <>
              {y === String(year) ? (
                <strong aria-current="page">{y}</strong>
              ) : (
                <a href={`/report?year=${y}`}>{y}</a>
              )}{' '}
            </>
          ))}
        </nav>
        {year === thisYear ? (
          <p class="notice">本年度尚未结束：表三按截至今天的案件实时统计，正式报告按第四十九条规定的期限发布。</p>
        ) : null}
        {raw(renderReportHtml(report))}
      </Layout>,
    );
  });
}
