import type { CoreIssue } from './core-issues.js';
import { formatCoreIssue } from './format-issue.js';
import type { Issue, Locale } from './issue.js';

/**
 * The base of every gk error: it carries issues as data and renders its message lazily,
 * zh-CN by default. Each package derives one class from it.
 */
export class GkError<I extends Issue = Issue> extends Error {
  /** The issues that caused the error, in the order found. */
  readonly issues: readonly I[];
  readonly #format: (issue: I, locale: Locale) => string;

  /**
   * @param issues - at least one issue
   * @param format - renders one issue in a locale
   */
  constructor(issues: readonly I[], format: (issue: I, locale: Locale) => string) {
    super();
    this.issues = Object.freeze([...issues]);
    this.#format = format;
    Object.defineProperty(this, 'message', {
      configurable: true,
      enumerable: false,
      get: () => this.format('zh-CN'),
    });
  }

  /**
   * Renders every issue in a locale, one per line.
   * @param locale - `zh-CN` (default) or `en`
   * @returns the message text
   */
  format(locale: Locale = 'zh-CN'): string {
    return this.issues.map((issue) => this.#format(issue, locale)).join('\n');
  }
}

/** The error `@gk/core` throws: dates, identifiers and citations that fail their checks. */
export class CoreError extends GkError<CoreIssue> {
  /** @param issues - the issues found */
  constructor(issues: readonly CoreIssue[]) {
    super(issues, formatCoreIssue);
    this.name = 'CoreError';
  }
}
