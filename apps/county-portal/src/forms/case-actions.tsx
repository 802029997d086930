// The forms of a case's steps: their fields, and the event each form describes.
import type { LegalCitation, LocalDate } from '@gk/core';
import { addDays, cite, isLocalDate } from '@gk/core';
import type { AllowedAction, CaseEvent, Outcome } from '@gk/request-workflow';
import {
  ACTION_RULES,
  CONSULTATION_CITATIONS,
  CONSULTATION_REPLY_WORKDAYS,
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  FEE_LIMITS,
  FEE_PAYMENT_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
  NOTICES,
  OUTCOMES,
  processingFee,
} from '@gk/request-workflow';
import type { Session } from '../auth.js';
import type { Form } from './read.js';
import { provision } from '../components/common.js';
import type { AgencyChoice } from '../data.js';
import { ResponsibleAgencyFields, responsibleAgencyOf } from './responsible-agency.js';

/** The longest clarification period the form takes, in workdays (第三十条 asks for a reasonable one). */
export const CLARIFICATION_PERIOD_LIMIT = 60;

/** The articles a 部分公开 may cite for the part withheld. */
export const WITHHELD_ARTICLES: readonly {
  readonly key: string;
  readonly label: string;
  readonly citation: LegalCitation;
}[] = [
  { key: '14', label: '第十四条（国家秘密、法律禁止、三安全一稳定）', citation: cite('regulation', 14) },
  { key: '15', label: '第十五条（商业秘密、个人隐私）', citation: cite('regulation', 15) },
  { key: '16-1', label: '第十六条第一款（内部事务信息）', citation: cite('regulation', 16, 1) },
  { key: '16-2', label: '第十六条第二款（过程性信息、行政执法案卷）', citation: cite('regulation', 16, 2) },
];

/** The form fields of each step, beyond its date. */
export function ActionFields({
  action,
  agencies = [],
}: {
  action: AllowedAction;
  /** The county's other agencies, to name the one that holds the information. */
  agencies?: readonly AgencyChoice[];
}) {
  const { type } = action;
  const id = (name: string) => `${type}-${name}`;
  switch (type) {
    case 'clarificationRequested':
      return (
        <>
          <label for={id('items')}>
            需要补正的事项（每行一项）
            <textarea id={id('items')} name="items" required />
          </label>
          <label for={id('periodWorkdays')}>
            补正期限（工作日）
            <input
              type="number"
              id={id('periodWorkdays')}
              name="periodWorkdays"
              value="15"
              min="1"
              max={String(CLARIFICATION_PERIOD_LIMIT)}
            />
          </label>
        </>
      );
    case 'consultationStarted':
      return (
        <>
          <label for={id('party')}>
            征求对象
            <select id={id('party')} name="party">
              <option value="thirdParty">第三方（{provision(CONSULTATION_CITATIONS.thirdParty)}）</option>
              <option value="agency">其他机关（{provision(CONSULTATION_CITATIONS.agency)}）</option>
            </select>
          </label>
          <label for={id('partyName')}>
            名称
            <input type="text" id={id('partyName')} name="partyName" maxlength={200} />
          </label>
          <label for={id('receivedOn')}>
            对方收到征求意见书之日
            <span class="hint">已知时填写；对方 {CONSULTATION_REPLY_WORKDAYS} 个工作日的答复期限自收到之日起算</span>
            <input type="date" id={id('receivedOn')} name="receivedOn" />
          </label>
        </>
      );
    case 'consultationEnded':
      return (
        <label for={id('reply')}>
          答复意见
          <select id={id('reply')} name="reply">
            <option value="consent">同意公开</option>
            <option value="objection">不同意公开</option>
            <option value="none">期限届满未答复</option>
          </select>
        </label>
      );
    case 'extensionApproved':
      return (
        <label for={id('workdays')}>
          延长工作日数（最长 {MAX_EXTENSION_WORKDAYS} 个）
          <input
            type="number"
            id={id('workdays')}
            name="workdays"
            value={String(MAX_EXTENSION_WORKDAYS)}
            min="1"
            max={String(MAX_EXTENSION_WORKDAYS)}
          />
        </label>
      );
    case 'deferralSet':
      return (
        <>
          <label for={id('until')}>
            延迟答复至
            <input type="date" id={id('until')} name="until" required />
          </label>
          <label for={id('reason')}>
            理由
            <input type="text" id={id('reason')} name="reason" required />
          </label>
        </>
      );
    case 'feeNoticeIssued':
      return (
        <>
          <label for={id('method')}>
            计收方式
            <select id={id('method')} name="method">
              <option value="perPage">按量计收（页）</option>
              <option value="perItem">按件计收（本月件数）</option>
            </select>
          </label>
          <label for={id('count')}>
            页数或件数
            <input type="number" id={id('count')} name="count" min="1" required />
          </label>
          <label for={id('earlier')}>
            按件计收时：本月此前已申请件数
            <input type="number" id={id('earlier')} name="earlier" min="0" value="0" />
          </label>
          <label for={id('receivedOn')}>
            申请人收到收费通知之日
            <span class="hint">已知时填写；缴费期限自收到通知次日起 {FEE_PAYMENT_WORKDAYS} 个工作日</span>
            <input type="date" id={id('receivedOn')} name="receivedOn" />
          </label>
        </>
      );
    case 'decided':
      return (
        <>
          <label for={id('outcome')}>
            办理结果{ACTION_RULES.decided.citation === null ? '' : `（${provision(ACTION_RULES.decided.citation)}）`}
            <select id={id('outcome')} name="outcome">
              {(action.outcomes ?? []).map((code) => (
                <option value={code}>{OUTCOMES[code].reportLabel}</option>
              ))}
            </select>
          </label>
          <label for={id('reason')}>
            理由<span class="hint">不予公开、部分公开、非本机关负责公开等须说明理由</span>
            <textarea id={id('reason')} name="reason" maxlength={2000} />
          </label>
          <fieldset>
            <legend>予以公开、部分公开：提供方式</legend>
            <label for={id('howToObtain')}>
              获取方式、途径<span class="hint">不填则按申请人选择的获取方式写入告知书</span>
              <input type="text" id={id('howToObtain')} name="howToObtain" maxlength={500} />
            </label>
            <label for={id('obtainTime')}>
              获取时间<span class="hint">第三十六条第（二）项；例如“随本答复书一并提供”</span>
              <input type="text" id={id('obtainTime')} name="obtainTime" maxlength={200} />
            </label>
          </fieldset>
          <fieldset>
            <legend>部分公开（{OUTCOMES.partiallyDisclosed.citations.map(provision).join('、')}）</legend>
            <label for={id('disclosedParts')}>
              提供的内容（每行一项，部分公开时必填）
              <textarea id={id('disclosedParts')} name="disclosedParts" maxlength={4000} />
            </label>
            <label for={id('withheldParts')}>
              不予公开的内容（每行一项）
              <textarea id={id('withheldParts')} name="withheldParts" maxlength={4000} />
            </label>
            <div role="group" aria-labelledby={id('articles-label')}>
              <span id={id('articles-label')} class="group-label">
                不予公开部分的依据
              </span>
              <br />
              {WITHHELD_ARTICLES.map((article) => (
                <label class="choice" for={id(`article-${article.key}`)}>
                  <input type="checkbox" id={id(`article-${article.key}`)} name="articles" value={article.key} />
                  {article.label}
                </label>
              ))}
            </div>
          </fieldset>
          <ResponsibleAgencyFields id={id} agencies={agencies} />
        </>
      );
    case 'delivered':
      return (
        <>
          <label for={id('method')}>
            送达方式
            <select id={id('method')} name="method">
              {DELIVERY_METHODS.map((method) => (
                <option value={method}>
                  {DELIVERY_METHOD_LABELS[method]['zh-CN']}
                  {method === 'electronic' ? '（申请人在网上查询页面查看和下载）' : ''}
                </option>
              ))}
            </select>
          </label>
          {(action.notices?.length ?? 0) > 1 ? (
            <label for={id('notice')}>
              送达的答复书
              <select id={id('notice')} name="notice" required>
                {action.notices?.map((kind) => (
                  <option value={kind}>{NOTICES[kind].title}</option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      );
    case 'withdrawn':
      return (
        <label for={id('reason')}>
          撤回说明
          <input type="text" id={id('reason')} name="reason" />
        </label>
      );
    default:
      return null;
  }
}

/** Builds the event a step's form describes; a wrong value gives a message instead. */
export function eventFrom(
  action: AllowedAction,
  read: Form,
  session: Session,
  days: { readonly earliest: LocalDate; readonly today: LocalDate },
  agencies: readonly AgencyChoice[] = [],
): CaseEvent | string {
  const { type } = action;
  const form = read.fields;
  const on = form.on ?? '';
  if (!isLocalDate(on)) return `日期“${on}”不是有效的日期，请按“年-月-日”填写，例如 2027-01-04`;
  // A step happens between the case's receipt and today: no 1900-01-01, no step recorded ahead of time.
  if (on < days.earliest || on > days.today)
    return `日期应在 ${days.earliest} 至 ${days.today} 之间（不早于收到申请之日，不晚于今天），实际为 ${on}`;
  const optionalDate = (name: string, label: string): { ok: true; value?: string } | { ok: false; message: string } => {
    const value = form[name] ?? '';
    if (value === '') return { ok: true };
    if (!isLocalDate(value)) return { ok: false, message: `${label}“${value}”不是有效的日期` };
    if (value < on || value > days.today)
      return { ok: false, message: `${label}应在 ${on} 至 ${days.today} 之间，实际为 ${value}` };
    return { ok: true, value };
  };
  const inRange = (name: string, label: string, min: number, max: number): number | string => {
    const value = Number(form[name]);
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : `${label}应为 ${String(min)} 至 ${String(max)} 之间的整数，实际为“${(form[name] ?? '').slice(0, 20)}”`;
  };
  const lines = (name: string): string[] =>
    (form[name] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .slice(0, 50);
  const actor = { id: session.username, role: session.role, name: session.name };
  const base = { on, actor };
  const whole = (name: string): number => Number(form[name]);
  switch (type) {
    case 'clarificationRequested': {
      const items = (form.items ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (items.length === 0) return '请写明需要补正的事项（第三十条：一次性告知）';
      if (items.length > 50) return '补正事项最多 50 项';
      const periodWorkdays = inRange('periodWorkdays', '补正期限（工作日）', 1, CLARIFICATION_PERIOD_LIMIT);
      if (typeof periodWorkdays === 'string') return periodWorkdays;
      return { type, ...base, items, periodWorkdays };
    }
    case 'consultationStarted': {
      const receivedOn = optionalDate('receivedOn', '对方收到征求意见书之日');
      if (!receivedOn.ok) return receivedOn.message;
      return {
        type,
        ...base,
        party: form.party === 'agency' ? 'agency' : 'thirdParty',
        ...(form.partyName ? { partyName: form.partyName } : {}),
        ...(receivedOn.value === undefined ? {} : { receivedOn: receivedOn.value }),
      };
    }
    case 'consultationEnded':
      return {
        type,
        ...base,
        reply: form.reply === 'objection' ? 'objection' : form.reply === 'none' ? 'none' : 'consent',
      };
    case 'extensionApproved': {
      const workdays = inRange('workdays', '延长的工作日数', 1, MAX_EXTENSION_WORKDAYS);
      if (typeof workdays === 'string') return workdays;
      return { type, ...base, workdays, approver: actor };
    }
    case 'deferralSet': {
      const until = form.until ?? '';
      const latest = addDays(on, 366);
      if (!isLocalDate(until) || until <= on || until > latest)
        return `延迟答复期限应为 ${on} 之后、${latest} 之前的日期，实际为“${until.slice(0, 20)}”`;
      return { type, ...base, until, reason: form.reason ?? '' };
    }
    case 'feeNoticeIssued': {
      const method = form.method === 'perItem' ? 'perItem' : 'perPage';
      const count = whole('count');
      const countLimit = method === 'perPage' ? FEE_LIMITS.pages : FEE_LIMITS.items;
      if (!Number.isInteger(count) || count < 1 || count > countLimit)
        return `${method === 'perPage' ? '页数' : '件数'}应为 1 至 ${String(countLimit)} 之间的整数`;
      const earlier = Number(form.earlier ?? '0');
      if (!Number.isInteger(earlier) || earlier < 0 || earlier > FEE_LIMITS.items)
        return `本月此前已申请件数应为 0 至 ${String(FEE_LIMITS.items)} 之间的整数`;
      const receivedOn = optionalDate('receivedOn', '申请人收到收费通知之日');
      if (!receivedOn.ok) return receivedOn.message;
      const fee = processingFee(
        method === 'perPage' ? { method, pages: count } : { method, items: count, itemsEarlierThisMonth: earlier },
      );
      return {
        type,
        ...base,
        amount: fee.amount,
        method,
        ...(receivedOn.value === undefined ? {} : { receivedOn: receivedOn.value }),
      };
    }
    case 'decided': {
      const outcome = (form.outcome ?? '') as Outcome;
      if (!Object.hasOwn(OUTCOMES, outcome)) return '请选择办理结果';
      const disclosedParts = lines('disclosedParts');
      const withheldParts = lines('withheldParts');
      const reason = form.reason ?? '';
      if (outcome === 'partiallyDisclosed') {
        const missing = [
          ...(disclosedParts.length === 0 ? ['提供的内容'] : []),
          ...(reason === '' ? ['不予公开部分的理由'] : []),
        ];
        if (missing.length > 0)
          return `部分公开须写明${missing.join('和')}（《中华人民共和国政府信息公开条例》第三十七条），未记录`;
      }
      const responsible = responsibleAgencyOf(form, outcome, agencies);
      if (typeof responsible === 'string') return responsible;
      const citations = WITHHELD_ARTICLES.filter((a) => read.list('articles').includes(a.key)).map((a) => a.citation);
      return {
        type,
        ...base,
        outcome,
        ...(reason === '' ? {} : { reason }),
        ...(disclosedParts.length === 0 ? {} : { disclosedParts }),
        ...(withheldParts.length === 0 ? {} : { withheldParts }),
        ...(citations.length === 0 ? {} : { citations }),
        ...(form.howToObtain ? { howToObtain: form.howToObtain } : {}),
        ...(form.obtainTime ? { obtainTime: form.obtainTime } : {}),
        ...(responsible === null ? {} : { responsibleAgency: responsible }),
      };
    }
    case 'delivered': {
      // Where the outcome has several answers, the one delivered is named: the applicant sees that one online.
      const answers = action.notices ?? [];
      const notice = answers.find((kind) => kind === form.notice);
      if (answers.length > 1 && notice === undefined)
        return `请选择送达的答复书：${answers.map((kind) => NOTICES[kind].title).join('或')}`;
      const method = DELIVERY_METHODS.find((m) => m === form.method) ?? 'electronic';
      return { type, ...base, method, ...(notice === undefined ? {} : { notice }) };
    }
    case 'withdrawn':
      return { type, ...base, ...(form.reason ? { reason: form.reason } : {}) };
    case 'received':
      return '登记请在今日待办的“网上申请待登记”中进行';
    case 'answerOpened':
      return '申请人在网上查看答复时由平台自动记录，工作人员不能代为登记';
    case 'clarificationReceived':
    case 'clarificationLapsed':
    case 'reasonRequested':
    case 'feePaid':
    case 'feeLapsed':
    case 'archived':
      return { type, ...base };
  }
}
