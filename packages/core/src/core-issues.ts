import type { IssueUnion } from './issue.js';

/** The params of each `@gk/core` issue code. */
export interface CoreIssueParams {
  /** The value is not a string where a date string was expected. */
  'date.type': { readonly received: string };
  /** The text is not of the form `YYYY-MM-DD`. */
  'date.format': { readonly input: string };
  /** The text has the right form but names no day of the calendar (`2025-02-29`). */
  'date.nonexistent': {
    readonly input: string;
    readonly year: number;
    readonly month: number;
    readonly daysInMonth: number;
  };
  /** The text is not an ISO 8601 instant with an offset. */
  'instant.format': { readonly input: string };
  /** A 统一社会信用代码 has the wrong length or characters. */
  'uscc.format': { readonly input: string };
  /** A 统一社会信用代码's check character is wrong. */
  'uscc.checksum': { readonly input: string; readonly expected: string };
  /** The first character is not a 登记管理部门码. */
  'uscc.authority': { readonly input: string; readonly authority: string };
  /** Characters 9–17 (the 组织机构代码) fail their GB 11714 check character. */
  'uscc.organizationCode': { readonly input: string; readonly expected: string };
  /** A 公民身份号码 has the wrong length or characters. */
  'residentId.format': { readonly input: string };
  /** A 公民身份号码's address code names no province. */
  'residentId.region': { readonly input: string; readonly province: string };
  /** A 公民身份号码's birth date is not a real day, or lies after `today`. */
  'residentId.birthDate': { readonly input: string };
  /** A 公民身份号码's check character is wrong. */
  'residentId.checksum': { readonly input: string; readonly expected: string };
  /** A 行政区划代码 is not six digits. */
  'divisionCode.format': { readonly input: string };
  /** A 行政区划代码's first two digits name no province. */
  'divisionCode.province': { readonly input: string; readonly province: string };
  /** A 行政区划代码 has a county part under no prefecture (`xx00yy`). */
  'divisionCode.structure': { readonly input: string };
  /** A citation's article, paragraph or item is not a positive whole number. */
  'citation.number': { readonly field: 'article' | 'paragraph' | 'item'; readonly value: number };
  /** A citation names a law the registry does not hold. */
  'citation.law': { readonly law: string };
}

/** Every issue `@gk/core` reports. */
export type CoreIssue = IssueUnion<CoreIssueParams>;

/** Every issue code `@gk/core` reports. */
export type CoreIssueCode = keyof CoreIssueParams;
