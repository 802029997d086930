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
  /** 随采购公告公开, 在召开听证会时公开: together with another publication, or when an event happens. */
  | { readonly kind: 'withEvent'; readonly event: string; readonly scope?: string; readonly text: string }
  /** 提前一周, 会议召开前3个工作日: published at least n workdays, days or months before an event. */
  | {
      readonly kind: 'leadTime';
      readonly amount: number;
      readonly unit: PeriodUnit;
      /** The event the lead counts back from, as written (会议召开); empty when the cell names none. */
      readonly event: string;
      readonly scope?: string;
      readonly text: string;
    }
  /** 公示期不得少于7日, 公示7个工作日, 审核后公示7日: a minimum display period, never a deadline. */
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
const PUBLISH = '(?:公开|公示|发布|更新|公布)';
/** What may follow a period: 予以公开, 在政府网站公开, 通过公示栏公布, and a doubled 内公开 from a careless edit. */
const SUFFIX = new RegExp(
  String.raw`^(?:(?:应当?|须|并|予以|及时|向社会|(?:在|通过|于)[^,;:]{1,30}?(?=${PUBLISH}))*(?:内)?${PUBLISH})*(?:\(.*\))?$`,
);
const NUMBER = '(\\d+|[一二两三四五六七八九十]+)';
const UNIT = '(个工作日|工作日|个月|日|天|周|年)';
const UNITS: Readonly<Record<string, PeriodUnit>> = {
  个工作日: 'workday',
  工作日: 'workday',
  个月: 'month',
  日: 'day',
  天: 'day',
};
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 20, 七, 十五, 二十 → a number; anything else → NaN. */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (match === null || text === '') return Number.NaN;
  const [, tens, ten, ones] = match;
  if (ten === undefined)
    return tens !== undefined && ones === undefined ? (CHINESE_DIGITS[tens] ?? Number.NaN) : Number.NaN;
  return (
    (tens === undefined ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 + (ones === undefined ? 0 : (CHINESE_DIGITS[ones] ?? 0))
  );
}

/** An amount and unit as a period: 周 is 7 days, 年 is 12 months. */
function amountOf(number: string, unit: string): { amount: number; unit: PeriodUnit } | undefined {
  const n = numberOf(number);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  if (unit === '周') return { amount: n * 7, unit: 'day' };
  if (unit === '年') return { amount: n * 12, unit: 'month' };
  const mapped = UNITS[unit];
  return mapped === undefined ? undefined : { amount: n, unit: mapped };
}

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
    .replace(/(后|起|之日|之后)\s*,\s*(?=\d)/, '$1')
    .trim();
  let scope: string | undefined;
  const colon = /^([^:]{1,40}):(.+)$/.exec(body);
  if (colon?.[1] !== undefined && colon[2] !== undefined) {
    scope = colon[1].trim();
    body = colon[2].trim();
  }
  if (/^同上$/.test(body)) return { kind: 'sameAsAbove', text };
  if (/^实时(?:公开|更新|发布)?$/.test(body)) return withScope({ kind: 'immediate', text }, scope);
  const prompt = /^(.*?)(?:及时|随时)(?:公开|更新|发布|公布)?$/.exec(body);
  if (prompt && !/\d/.test(body)) {
    const condition = prompt[1]?.trim() ?? '';
    return withScope({ kind: 'prompt', text, ...(condition === '' ? {} : { condition }) }, scope);
  }
  const standing = /^并?(?:长期|永久)(?:公开|有效|公示|保留)?(?:\((.*)\))?$/.exec(body);
  if (standing) {
    const note = standing[1];
    return withScope({ kind: 'standing', text, ...(note === undefined ? {} : { note }) }, scope);
  }
  const withEvent =
    /^随(.+?)(?:一并|同步)?(?:公开|发布)$/.exec(body) ?? /^在?(.+?)时(?:予以)?(?:公开|公示|发布|公布)$/.exec(body);
  if (withEvent?.[1] !== undefined && !/\d/.test(body))
    return withScope({ kind: 'withEvent', event: withEvent[1], text }, scope);
  const byDate = /^(?:每(年|季度|半年|月))?(\d{1,2})月(底|末|\d{1,2}日)(?:前|之前|以前)?(?:公开|更新|发布)?$/.exec(
    body,
  );
  if (byDate?.[2] !== undefined && byDate[3] !== undefined) {
    const month = Number(byDate[2]);
    const day = byDate[3] === '底' || byDate[3] === '末' ? 'end' : Number.parseInt(byDate[3], 10);
    if (month >= 1 && month <= 12 && (day === 'end' || (day >= 1 && day <= 31))) {
      return withScope(
        { kind: 'periodic', frequency: FREQUENCIES[byDate[1] ?? '年'] ?? 'yearly', by: { month, day }, text },
        scope,
      );
    }
  }
  const atLeast = /^(每年|每半年|半年|每季度|季度|每月)(?:至少|不少于)(?:更新|公开|发布)?(\d+)次$/.exec(body);
  if (atLeast?.[1] !== undefined && atLeast[2] !== undefined) {
    const frequency = FREQUENCIES[atLeast[1]] ?? 'yearly';
    return withScope({ kind: 'periodic', frequency, times: Number(atLeast[2]), text }, scope);
  }
  const display = new RegExp(
    String.raw`^([^,;\d]*?)公示(?:期|时间)?(?:为|不得少于|不应少于|不少于|少于)?${NUMBER}${UNIT}(?:以上)?$`,
  ).exec(body);
  if (display?.[2] !== undefined && display[3] !== undefined && !(display[1] ?? '').endsWith('少于')) {
    const period = amountOf(display[2], display[3]);
    const prefix = display[1]?.trim() ?? '';
    if (period !== undefined) {
      return withScope({ kind: 'minimumDisplay', ...period, text }, prefix === '' ? scope : (scope ?? prefix));
    }
  }
  const lead =
    new RegExp(`^(.*?)提前${NUMBER}${UNIT}(.*)$`).exec(body) ??
    new RegExp(`^(.+?)前${NUMBER}${UNIT}(?:内)?(.*)$`).exec(body) ??
    new RegExp(`^(.+?)${NUMBER}${UNIT}(?:之?前|以前)(.*)$`).exec(body);
  if (lead?.[2] !== undefined && lead[3] !== undefined) {
    const rest = (lead[4] ?? '').trim();
    const period = amountOf(lead[2], lead[3]);
    const event = (lead[1] ?? '').replace(/^(?:于|在|应当?|须)/, '').trim();
    if (
      period !== undefined &&
      !/\d/.test(event) &&
      (rest === '' || SUFFIX.test(rest) || /^(?:发布?|发出)?(?:通知|公告|告知)$/.test(rest))
    ) {
      return withScope({ kind: 'leadTime', ...period, event, text }, scope);
    }
  }
  const period = new RegExp(`^(.*?)${NUMBER}${UNIT}(?:内|以内)?(.*)$`).exec(body);
  if (period?.[2] !== undefined && period[3] !== undefined && SUFFIX.test((period[4] ?? '').trim())) {
    const amount = amountOf(period[2], period[3]);
    let prefix = (period[1] ?? '').trim();
    const scoped = /^(?:其中)?(.+?)(?:应当?|须|在)(?:自|从|于)?(.+)$/.exec(prefix);
    if (scoped?.[1] !== undefined && scoped[2] !== undefined && !/^(?:自|从)/.test(prefix)) {
      scope = scope ?? scoped[1].trim();
      prefix = scoped[2].trim();
    }
    if (amount !== undefined && !/公示(?:期|时间)?(?:为)?$/.test(prefix) && !prefix.startsWith('每')) {
      const trigger: Trigger = { kind: classifyTrigger(prefix), text: prefix };
      return withScope({ kind: 'period', ...amount, trigger, text }, scope);
    }
  }
  return { kind: 'unrecognized', text };
}

const recognizes = (piece: string): boolean => parseClause(piece, piece).kind !== 'unrecognized';

/** The longest cell read: no real 公开时限 comes near it; a longer text is kept, unread. */
const MAX_CELL_LENGTH = 1000;

/** The longest a cell may be split into pieces when no reading of it as a whole works. */
const MAX_PIECES = 40;

/**
 * Reads one `;`-separated part: as a whole; then with the spaces a table's line breaks left inside
 * words removed (制 定 或 获 取 信 息之日起); then as the fewest groups of its comma- and
 * space-separated pieces that each read (a period and a standing duty, two periods side by side).
 */
function segment(part: string): string[] {
  if (recognizes(part)) return [part];
  const joined = part.replace(/\s+/g, '');
  if (joined !== part && recognizes(joined)) return [joined];
  const pieces = part
    .split(/,|\s+|(?<=[^\d])(?=\d+\.[^\d])|(?=并(?:长期|永久))/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < 2 || pieces.length > MAX_PIECES) return [part];
  // best[i]: the fewest readable groups covering pieces[0, i), and where the last group starts.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let i = 1; i <= pieces.length; i++) {
    let found: { count: number; from: number } | undefined;
    for (let j = 0; j < i; j++) {
      const before = best[j];
      if (before === undefined || before.count === Number.POSITIVE_INFINITY) continue;
      if ((found === undefined || before.count + 1 < found.count) && recognizes(pieces.slice(j, i).join('')))
        found = { count: before.count + 1, from: j };
    }
    best.push(found ?? { count: Number.POSITIVE_INFINITY, from: -1 });
  }
  if (best[pieces.length]?.count === Number.POSITIVE_INFINITY) return [part];
  const groups: string[] = [];
  for (let i = pieces.length; i > 0;) {
    const from = best[i]?.from ?? 0;
    groups.unshift(pieces.slice(from, i).join(''));
    i = from;
  }
  return groups;
}

function splitClauses(normalized: string): string[] {
  const pieces: string[] = [];
  for (const part of normalized.split(';')) {
    const trimmed = part.trim();
    if (trimmed !== '') pieces.push(...segment(trimmed));
  }
  return pieces;
}

/**
 * Reads a 公开时限 cell into structured clauses, keeping the original text. Recognises the
 * wordings counties write: periods in 工作日, 日 or 月 from a trigger (信息形成或者变更之日起20个工作日内,
 * 本级人民代表大会或其常务委员会批准后20日内), periodic limits (每年3月底前, 半年至少更新1次), 实时公开,
 * 及时公开, 长期公开, minimum display periods, 随…公开, 同上, several clauses in one cell, and the closing
 * "法律、法规…另有规定的，从其规定". Anything else becomes an `unrecognized` clause: never dropped.
 * @param input - the cell as written (anything that is not text is read as an empty cell)
 * @returns the time limit; `recognized` is false when any clause was not understood
 * @example
 * ```ts
 * readTimeLimit('信息形成或者变更之日起20个工作日内').clauses[0];
 * // { kind: 'period', amount: 20, unit: 'workday', trigger: { kind: 'formedOrChanged', text: '信息形成或者变更之日起' }, … }
 * ```
 */
export function readTimeLimit(input: string): TimeLimit {
  // A cell read from a file may be anything: what is not text is read as an empty cell.
  const text = typeof input === 'string' ? input : '';
  if (text.length > MAX_CELL_LENGTH) {
    const unread: TimeLimitClause = { kind: 'unrecognized', text };
    return Object.freeze({
      text,
      clauses: Object.freeze([unread]),
      otherLawsPrevail: false,
      recognized: false,
    });
  }
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

/** @deprecated Renamed {@link readTimeLimit}: it never fails, so it is a `read`, not a `parse`. Removed in the next minor version. */
export const parseTimeLimit: typeof readTimeLimit = readTimeLimit;
