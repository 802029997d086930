/** What starts a publication period. */
export type TriggerKind =
  /** 信息形成或者变更之日 (the default of 《政府信息公开条例》第二十六条). */
  | 'formedOrChanged'
  /** 制定或获取 / 制作或获取 (made or obtained). */
  | 'madeOrObtained'
  /** 批准 / 批复 (an approval, e.g. of a budget by the people's congress). */
  | 'approval'
  /** 决定作出 (a decision made, e.g. a penalty). */
  | 'decision'
  /** 收到 / 受理 (something received). */
  | 'receipt'
  /** 确定 (a result determined, e.g. an allocation). */
  | 'determination'
  /** Another event, named in `text`. */
  | 'event'
  /** No trigger written ("20个工作日"). */
  | 'unspecified';

/** The event a period counts from, as written and as classified. */
export interface Trigger {
  readonly kind: TriggerKind;
  /** The words naming the event, e.g. 信息形成或者变更之日起. */
  readonly text: string;
}

/** The unit of a period: 工作日, calendar 日, or 月. */
export type PeriodUnit = 'workday' | 'day' | 'month';

/** How often a periodic item must be published. */
export type Frequency = 'yearly' | 'halfYearly' | 'quarterly' | 'monthly';

/**
 * One clause of a time limit. A cell may hold several (执法决定…7个工作日内公开，其他…20个工作日内公开).
 * Every clause keeps the words it was read from in `text`.
 */
export type TimeLimitClause =
  /** Within n workdays, days or months of a trigger. */
  | {
      readonly kind: 'period';
      readonly amount: number;
      readonly unit: PeriodUnit;
      readonly trigger: Trigger;
      /** The information the clause applies to, where the cell names it (处罚决定). */
      readonly scope?: string;
      readonly text: string;
    }
  /** By a day each period (每年3月底前), or at least n times a period (半年至少更新1次). */
  | {
      readonly kind: 'periodic';
      readonly frequency: Frequency;
      /** For a yearly deadline: the month and the day (`'end'` for the month's last day). */
      readonly by?: { readonly month: number; readonly day: number | 'end' };
      /** For "至少n次": how many times each period. */
      readonly times?: number;
      readonly scope?: string;
      readonly text: string;
    }
  /** 实时公开: as it happens. */
  | { readonly kind: 'immediate'; readonly scope?: string; readonly text: string }
  /** 及时公开, 按进展情况及时公开: promptly, with no number of days. */
  | { readonly kind: 'prompt'; readonly condition?: string; readonly scope?: string; readonly text: string }
  /** 长期公开, 永久公开: kept published. */
  | { readonly kind: 'standing'; readonly note?: string; readonly scope?: string; readonly text: string }
  /** 随采购公告公开: together with another publication. */
  | { readonly kind: 'withEvent'; readonly event: string; readonly scope?: string; readonly text: string }
  /** 公示期不得少于7日: a minimum display period, not a deadline. */
  | {
      readonly kind: 'minimumDisplay';
      readonly amount: number;
      readonly unit: PeriodUnit;
      readonly scope?: string;
      readonly text: string;
    }
  /** 同上: the row above's time limit; resolved when parsed inside a catalogue. */
  | { readonly kind: 'sameAsAbove'; readonly text: string }
  /** Words no rule recognises: kept, never dropped, and warned about. */
  | { readonly kind: 'unrecognized'; readonly text: string };

/** The kind of a time-limit clause. */
export type TimeLimitClauseKind = TimeLimitClause['kind'];

/** A 公开时限 cell read into clauses, with the original text. */
export interface TimeLimit {
  /** The cell exactly as written. */
  readonly text: string;
  readonly clauses: readonly TimeLimitClause[];
  /** The cell ends "法律、法规对…另有规定的，从其规定": a period set by law prevails (条例第二十六条). */
  readonly otherLawsPrevail: boolean;
  /** Every clause was recognised (no `unrecognized` clause). */
  readonly recognized: boolean;
}

const OTHER_LAWS = /[,;。.\s]*(?:法律|国家)[^;]*?另有规定的?[,]?从其规定[。.]?/;
const NUMBERING = /^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、)]\s*/;
const SUFFIX = /^(?:应当?|须)?(?:予以|及时|向社会)?(?:公开|公示|发布|更新|公布)?(?:\(.*\))?$/;
const UNITS: Readonly<Record<string, PeriodUnit>> = {
  个工作日: 'workday',
  工作日: 'workday',
  个月: 'month',
  日: 'day',
  天: 'day',
};

/** Folds full-width digits and punctuation to ASCII and drops the spaces around numbers. */
export function normalizeTimeLimitText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/．/g, '.')
    .replace(/\s*(\d+)\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function classifyTrigger(text: string): TriggerKind {
  if (text === '') return 'unspecified';
  if (/形成|变更/.test(text)) return 'formedOrChanged';
  if (/制定|制作|获取/.test(text)) return 'madeOrObtained';
  if (/收到|受理/.test(text)) return 'receipt';
  if (/批准|批复/.test(text)) return 'approval';
  if (/决定|作出/.test(text)) return 'decision';
  if (text.includes('确定')) return 'determination';
  return 'event';
}

function withScope<T extends object>(clause: T, scope: string | undefined): T & { readonly scope?: string } {
  return scope === undefined || scope === '' ? clause : { ...clause, scope };
}

const FREQUENCIES: Readonly<Record<string, Frequency>> = {
  年: 'yearly',
  每年: 'yearly',
  半年: 'halfYearly',
  每半年: 'halfYearly',
  季度: 'quarterly',
  每季度: 'quarterly',
  月: 'monthly',
  每月: 'monthly',
};

/** Reads one clause; `text` is the clause as written (for the result), `s` its normalised form. */
function parseClause(text: string, s: string): TimeLimitClause {
  let body = s
    .replace(NUMBERING, '')
    .replace(/[。.]+$/, '')
    .trim();
  let scope: string | undefined;
  const colon = /^([^:]{1,40}):(.+)$/.exec(body);
  if (colon?.[1] !== undefined && colon[2] !== undefined) {
    scope = colon[1].trim();
    body = colon[2].trim();
  }
  if (/^同上$/.test(body)) return { kind: 'sameAsAbove', text };
  if (/^实时(?:公开|更新|发布)?$/.test(body)) return withScope({ kind: 'immediate', text }, scope);
  const prompt = /^(.*?)及时(?:公开|更新|发布|公布)?$/.exec(body);
  if (prompt && !/\d/.test(body)) {
    const condition = prompt[1]?.trim() ?? '';
    return withScope({ kind: 'prompt', text, ...(condition === '' ? {} : { condition }) }, scope);
  }
  const standing = /^(?:长期|永久)(?:公开|有效|公示)?(?:\((.*)\))?$/.exec(body);
  if (standing) {
    const note = standing[1];
    return withScope({ kind: 'standing', text, ...(note === undefined ? {} : { note }) }, scope);
  }
  const withEvent = /^随(.+?)(?:一并|同步)?(?:公开|发布)$/.exec(body);
  if (withEvent?.[1] !== undefined) return withScope({ kind: 'withEvent', event: withEvent[1], text }, scope);
  const byDate = /^每(年|季度|半年|月)(\d{1,2})月(底|末|\d{1,2}日)(?:前|之前|以前)?(?:公开|更新|发布)?$/.exec(body);
  if (byDate?.[1] !== undefined && byDate[2] !== undefined && byDate[3] !== undefined) {
    const month = Number(byDate[2]);
    const day = byDate[3] === '底' || byDate[3] === '末' ? 'end' : Number.parseInt(byDate[3], 10);
    if (month >= 1 && month <= 12) {
      return withScope(
        { kind: 'periodic', frequency: FREQUENCIES[byDate[1]] ?? 'yearly', by: { month, day }, text },
        scope,
      );
    }
  }
  const atLeast = /^(每年|每半年|半年|每季度|季度|每月)(?:至少|不少于)(?:更新|公开|发布)?(\d+)次$/.exec(body);
  if (atLeast?.[1] !== undefined && atLeast[2] !== undefined) {
    const frequency = FREQUENCIES[atLeast[1]] ?? 'yearly';
    return withScope({ kind: 'periodic', frequency, times: Number(atLeast[2]), text }, scope);
  }
  const display = /^(.*?)公示期?(?:不得|不应|不)?少于(\d+)(个工作日|工作日|日|天)$/.exec(body);
  if (display?.[2] !== undefined && display[3] !== undefined) {
    const prefix = display[1]?.trim() ?? '';
    const displayScope = prefix === '' ? scope : prefix;
    return withScope(
      { kind: 'minimumDisplay', amount: Number(display[2]), unit: UNITS[display[3]] ?? 'day', text },
      displayScope,
    );
  }
  const period = /^(.*?)(\d+)(个工作日|工作日|个月|日|天)(?:内|以内)?(.*)$/.exec(body);
  if (period?.[2] !== undefined && period[3] !== undefined && SUFFIX.test((period[4] ?? '').trim())) {
    let prefix = (period[1] ?? '').trim();
    const scoped = /^(?:其中)?(.+?)(?:应当?|须|在)(?:自|从|于)?(.+)$/.exec(prefix);
    if (scoped?.[1] !== undefined && scoped[2] !== undefined && !/^(?:自|从)/.test(prefix)) {
      scope = scope ?? scoped[1].trim();
      prefix = scoped[2].trim();
    }
    const trigger: Trigger = { kind: classifyTrigger(prefix), text: prefix };
    return withScope(
      { kind: 'period', amount: Number(period[2]), unit: UNITS[period[3]] ?? 'day', trigger, text },
      scope,
    );
  }
  return { kind: 'unrecognized', text };
}

function splitClauses(normalized: string): string[] {
  const pieces: string[] = [];
  for (const part of normalized.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    if (parseClause(trimmed, trimmed).kind !== 'unrecognized') {
      pieces.push(trimmed);
      continue;
    }
    const smaller = trimmed
      .split(/,|\s+(?=\S)|(?<=[^\d])(?=\d+\.[^\d])/)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '');
    const allRecognized =
      smaller.length > 1 && smaller.every((piece) => parseClause(piece, piece).kind !== 'unrecognized');
    pieces.push(...(allRecognized ? smaller : [trimmed]));
  }
  return pieces;
}

/**
 * Reads a 公开时限 cell into structured clauses, keeping the original text. Recognises the
 * wordings counties write: periods in 工作日, 日 or 月 from a trigger (信息形成或者变更之日起20个工作日内,
 * 本级人民代表大会或其常务委员会批准后20日内), periodic limits (每年3月底前, 半年至少更新1次), 实时公开,
 * 及时公开, 长期公开, minimum display periods, 随…公开, 同上, several clauses in one cell, and the closing
 * "法律、法规…另有规定的，从其规定". Anything else becomes an `unrecognized` clause: never dropped.
 * @param text - the cell as written
 * @returns the time limit; `recognized` is false when any clause was not understood
 * @example
 * ```ts
 * parseTimeLimit('信息形成或者变更之日起20个工作日内').clauses[0];
 * // { kind: 'period', amount: 20, unit: 'workday', trigger: { kind: 'formedOrChanged', text: '信息形成或者变更之日起' }, … }
 * ```
 */
export function parseTimeLimit(text: string): TimeLimit {
  let normalized = normalizeTimeLimitText(text);
  const otherLawsPrevail = OTHER_LAWS.test(normalized);
  if (otherLawsPrevail) normalized = normalized.replace(OTHER_LAWS, '').trim();
  const pieces = normalized === '' ? [] : splitClauses(normalized);
  const clauses = pieces.map((piece) => parseClause(piece, piece));
  if (clauses.length === 0 && !otherLawsPrevail) clauses.push({ kind: 'unrecognized', text });
  return Object.freeze({
    text,
    clauses: Object.freeze(clauses),
    otherLawsPrevail,
    recognized: clauses.every((clause) => clause.kind !== 'unrecognized'),
  });
}
