/** How serious an issue is: an `error` makes input unusable, a `warning` only flags it. */
export type Severity = 'error' | 'warning';

/** Where an issue sits in the input: property names and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in input, as data: a code, where it is, the values its message needs.
 * Messages are rendered from locale catalogues, never stored on the issue.
 */
export interface Issue<Code extends string = string, Params extends object = object> {
  readonly code: Code;
  readonly path: IssuePath;
  readonly params: Params;
  readonly severity: Severity;
}

/** The union of issues described by a map from code to params type. */
export type IssueUnion<M extends object> = {
  [C in keyof M & string]: Issue<C, Extract<M[C], object>>;
}[keyof M & string];

/** A locale's messages: one function per code, from params to text. */
export type MessageCatalogue<M extends object> = {
  readonly [C in keyof M]: (params: M[C]) => string;
};

/** The locales every package ships messages for; `zh-CN` is the default. */
export type Locale = 'zh-CN' | 'en';

/** Every supported locale, default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The result of a `safeParse…` function: the parsed data, or the issues that prevented it. A success
 * may carry `warnings` (severity `warning`): what was read but should be written differently, such
 * as a value in a deprecated spelling.
 */
export type SafeParseResult<T, I extends Issue = Issue> =
  | { readonly success: true; readonly data: T; readonly warnings?: readonly I[] }
  | { readonly success: false; readonly issues: readonly I[] };

/**
 * Builds an issue.
 * @param code - the issue's code
 * @param params - the values its message needs
 * @param path - where in the input it sits (default: the root)
 * @param severity - `error` (default) or `warning`
 * @returns a frozen issue
 */
export function createIssue<C extends string, P extends object>(
  code: C,
  params: P,
  path: IssuePath = [],
  severity: Severity = 'error',
): Issue<C, P> {
  return Object.freeze({ code, path: Object.freeze([...path]), params: Object.freeze(params), severity });
}

/**
 * Writes an issue path the way a developer reads it: `items[3].timeLimit`.
 * @param path - the issue's path
 * @returns the path as text, empty for the root
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${String(part)}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * Puts an issue's path in front of its rendered message, in the locale's punctuation.
 * @param path - the issue's path
 * @param message - the rendered message
 * @param locale - the locale whose punctuation to use
 * @param describePath - writes the path for a person (default {@link formatPath})
 * @returns `path：message` (zh-CN) or `path: message` (en); the bare message at the root
 */
export function locateMessage(
  path: IssuePath,
  message: string,
  locale: Locale,
  describePath: (path: IssuePath, locale: Locale) => string = formatPath,
): string {
  const where = describePath(path, locale);
  if (where === '') return message;
  return locale === 'zh-CN' ? `${where}：${message}` : `${where}: ${message}`;
}

/** Renders issues of one message map in a locale, with their location. */
export type IssueFormatter<M extends object> = (issue: IssueUnion<M>, locale?: Locale) => string;

/**
 * Creates the formatter for one package's issues from its locale catalogues.
 * @param catalogues - one catalogue per locale, with a message for every code
 * @param options - how to write paths
 * @returns a function rendering an issue, zh-CN by default
 * @example
 * ```ts
 * const format = createIssueFormatter<CoreIssueParams>({ 'zh-CN': zhCN, en });
 * format(issue); // 'receivedOn：日期“2025-02-29”不存在：2025年2月只有28天'
 * ```
 */
export function createIssueFormatter<M extends object>(
  catalogues: Readonly<Record<Locale, MessageCatalogue<M>>>,
  options: IssueFormatterOptions = {},
): IssueFormatter<M> {
  return (issue, locale = 'zh-CN') => {
    const render = catalogues[locale][issue.code as keyof M] as (params: object) => string;
    return locateMessage(issue.path, render(issue.params), locale, options.describePath);
  };
}

/** Options of {@link createIssueFormatter}. */
export interface IssueFormatterOptions {
  /** Writes a path for a person in a locale, e.g. `第12项 公开时限`; default {@link formatPath}. */
  readonly describePath?: (path: IssuePath, locale: Locale) => string;
}
