// 政府开放日: an agency opens its doors on a set day (宁夏's 全区统一的政府开放日制度, seed 003: 公民走进政府,
// 评议政务公开). Each open day is announced ahead, takes registrations within a window up to its
// capacity, and afterwards publishes its record and the public's evaluation. The periods are local
// practice: settings with this project's defaults.
import type { IssueUnion, LocalDate } from '@gk/core';
import { addDays, createIssue, isLocalDate, maskName, maskPhone } from '@gk/core';
import type { OpenDayIssueParams } from './issues.js';

/** An issue of an open day or a registration. */
export type OpenDayIssue = IssueUnion<OpenDayIssueParams>;

/** What the public said afterwards (评议): how many answered, how many were satisfied. */
export interface OpenDayEvaluation {
  readonly respondents: number;
  readonly satisfied: number;
}

/** The record published after the day: what happened, who came, what they said. */
export interface OpenDayRecord {
  readonly publishedOn: string;
  readonly summary: string;
  readonly participants: number;
  readonly evaluation?: OpenDayEvaluation;
}

/** An open day as the agency plans it. */
export interface OpenDay {
  /** The open day's id. */
  readonly id: string;
  /** The agency holding it. */
  readonly agencyId: string;
  /** Its theme, as the notice announces it. */
  readonly theme: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where visitors go. */
  readonly place: string;
  /** How many visitors it takes; registrations stop at this number. */
  readonly capacity: number;
  /** The first day to register, `YYYY-MM-DD`. */
  readonly registrationOpensOn: string;
  /** The last day to register, `YYYY-MM-DD`. */
  readonly registrationClosesOn: string;
  /** The day its notice was published; `null` before. */
  readonly noticePublishedOn: string | null;
  /** The published record of the day (活动记录), or `null` before it is published. */
  readonly record: OpenDayRecord | null;
}

/** A visitor's registration: name and phone are personal data, shown masked to the public. */
export interface OpenDayRegistration {
  readonly receiptNo: string;
  readonly name: string;
  readonly phone: string;
  readonly registeredOn: string;
}

/** Local practice for open days. */
export interface OpenDaySettings {
  /**
   * Days the notice is published before the day: 7 by default ("提前一周发通知"). The seed sets up the
   * system without a period; set your province's.
   */
  readonly noticeLeadDays?: number;
  /** Days after the day within which the record is published: 15 by default, this project's choice. */
  readonly recordDays?: number;
}

/** Options of {@link checkOpenDay}. */
export interface OpenDayCheckOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
  readonly settings?: OpenDaySettings;
}

/** What a visitor gives to register. */
export interface OpenDayVisitor {
  readonly name: string;
  readonly phone: string;
}

/** Options of {@link registerForOpenDay}. */
export interface OpenDayRegisterOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
  /** The receipt number to give the visitor. */
  readonly receiptNo: string;
}

/** The defaults of {@link OpenDaySettings}. */
export const DEFAULT_OPEN_DAY_SETTINGS: Required<OpenDaySettings> = { noticeLeadDays: 7, recordDays: 15 };

/** The most visitors one open day takes, whatever its plan says. */
export const MAX_OPEN_DAY_CAPACITY = 10_000;

const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/**
 * Checks an open day's plan and, as of today, its duties: the window inside the plan, the notice
 * published the set days ahead, registrations within the capacity, the record published within the set
 * days after the day.
 * @param day - the open day
 * @param registrations - its registrations
 * @param options - today and the settings
 * @returns the issues, each with the field it concerns
 */
export function checkOpenDay(
  day: OpenDay,
  registrations: readonly OpenDayRegistration[],
  options: OpenDayCheckOptions,
): OpenDayIssue[] {
  const { noticeLeadDays, recordDays } = { ...DEFAULT_OPEN_DAY_SETTINGS, ...options.settings };
  const found: OpenDayIssue[] = [];
  for (const field of ['date', 'registrationOpensOn', 'registrationClosesOn'] as const)
    if (!isLocalDate(day[field]))
      found.push(createIssue('openDay.date', { field, value: String(day[field]) }, [field]));
  if (!Number.isInteger(day.capacity) || day.capacity < 1 || day.capacity > MAX_OPEN_DAY_CAPACITY)
    found.push(
      createIssue('openDay.capacity', { value: String(day.capacity), max: MAX_OPEN_DAY_CAPACITY }, ['capacity']),
    );
  if (found.length > 0 || !isLocalDate(options.today)) return found;
  const date = day.date as LocalDate;
  if (day.registrationOpensOn > day.registrationClosesOn || day.registrationClosesOn >= date)
    found.push(
      createIssue('openDay.window', { opensOn: day.registrationOpensOn, closesOn: day.registrationClosesOn, date }, [
        'registrationClosesOn',
      ]),
    );
  const noticeDue = addDays(date, -noticeLeadDays);
  if (day.noticePublishedOn === null ? options.today > noticeDue : day.noticePublishedOn > noticeDue)
    found.push(createIssue('openDay.noticeLate', { dueOn: noticeDue, days: noticeLeadDays }, ['noticePublishedOn']));
  if (registrations.length > day.capacity)
    found.push(
      createIssue('openDay.overCapacity', { count: registrations.length, capacity: day.capacity }, ['capacity']),
    );
  const recordDue = addDays(date, recordDays);
  if (day.record === null ? options.today > recordDue : day.record.publishedOn > recordDue)
    found.push(createIssue('openDay.recordLate', { dueOn: recordDue, days: recordDays }, ['record']));
  return found;
}

/**
 * Takes a registration, or says why not: outside the window, the day full, the same phone twice, a
 * name or phone that cannot be right.
 * @param day - the open day
 * @param registrations - the registrations so far
 * @param visitor - the name and phone given
 * @param options - today and the receipt number to give
 */
export function registerForOpenDay(
  day: OpenDay,
  registrations: readonly OpenDayRegistration[],
  visitor: OpenDayVisitor,
  options: OpenDayRegisterOptions,
):
  | { readonly ok: true; readonly registration: OpenDayRegistration }
  | { readonly ok: false; readonly issue: OpenDayIssue } {
  const name = typeof visitor.name === 'string' ? visitor.name.trim() : '';
  // Full-width digits and hyphens (１３９…, －) typed on a Chinese keyboard are read as ASCII.
  const phone = typeof visitor.phone === 'string' ? visitor.phone.normalize('NFKC').replace(/\s/g, '') : '';
  if (name === '' || name.length > 50) return { ok: false, issue: createIssue('openDay.name', {}, ['name']) };
  if (!PHONE.test(phone)) return { ok: false, issue: createIssue('openDay.phone', {}, ['phone']) };
  if (options.today < day.registrationOpensOn || options.today > day.registrationClosesOn)
    return {
      ok: false,
      issue: createIssue(
        'openDay.closed',
        { opensOn: day.registrationOpensOn, closesOn: day.registrationClosesOn },
        [],
      ),
    };
  if (registrations.length >= day.capacity)
    return { ok: false, issue: createIssue('openDay.full', { capacity: day.capacity }, []) };
  if (registrations.some((r) => r.phone === phone))
    return { ok: false, issue: createIssue('openDay.duplicate', {}, ['phone']) };
  return { ok: true, registration: { receiptNo: options.receiptNo, name, phone, registeredOn: options.today } };
}

/**
 * The registrations as the public may see them: names and phones masked (张*、138****0000).
 * @param registrations - the registrations
 */
export function maskedRegistrations(registrations: readonly OpenDayRegistration[]): OpenDayRegistration[] {
  return registrations.map((r) => ({ ...r, name: maskName(r.name), phone: maskPhone(r.phone) }));
}
