import type { CoreIssueParams } from '../core-issues.js';
import type { MessageCatalogue } from '../issue.js';

/** `@gk/core` messages in English. */
export const en: MessageCatalogue<CoreIssueParams> = {
  'date.type': (p) => `A date must be text of the form "YYYY-MM-DD"; received ${p.received}`,
  'date.format': (p) => `"${p.input}" is not of the form "YYYY-MM-DD" (e.g. 2025-01-05)`,
  'date.nonexistent': (p) =>
    p.month < 1 || p.month > 12
      ? `"${p.input}" is not a date: the month must be 01 to 12`
      : p.year < 1
        ? `"${p.input}" is not a date: the year must be 0001 to 9999`
        : `"${p.input}" is not a date: ${MONTHS[p.month - 1] ?? ''} ${String(p.year)} has ${String(p.daysInMonth)} days`,
  'instant.format': (p) => `"${p.input}" is not an ISO 8601 instant with an offset (e.g. 2025-01-05T09:30:00+08:00)`,
  'uscc.format': (p) =>
    `"${p.input}" is not a unified social credit code: it must be 18 digits or capital letters other than I, O, S, V, Z, the 2nd a category digit 1–9 and the 3rd to 8th the registering authority's division code (GB 32100-2015)`,
  'uscc.authority': (p) =>
    `Unified social credit code "${p.input}" has no valid registration authority: its 1st character "${p.authority}" must be 1–9, A, N or Y (GB 32100-2015)`,
  'uscc.organizationCode': (p) =>
    `Unified social credit code "${p.input}" embeds an organisation code (characters 9–17) with a wrong check character: the 17th must be ${p.expected} (GB 11714-1997)`,
  'uscc.checksum': (p) =>
    `Unified social credit code "${p.input}" has a wrong check character: the 18th must be ${p.expected} (GB 32100-2015)`,
  'residentId.format': (p) =>
    `"${p.input}" is not a resident ID number: it must be 17 digits followed by a digit or X (GB 11643-1999)`,
  'residentId.region': (p) =>
    `Resident ID number "${p.input}" has an invalid address code: ${p.province} is not a province code`,
  'residentId.birthDate': (p) => `Resident ID number "${p.input}" has an invalid birth date (characters 7–14)`,
  'residentId.checksum': (p) =>
    `Resident ID number "${p.input}" has a wrong check character: the last must be ${p.expected} (GB 11643-1999)`,
  'divisionCode.format': (p) => `"${p.input}" is not a division code: it must be 6 digits (GB/T 2260)`,
  'divisionCode.province': (p) => `Division code "${p.input}" is invalid: ${p.province} is not a province code`,
  'divisionCode.structure': (p) =>
    `Division code "${p.input}" is malformed: when digits 3–4 are 00, digits 5–6 must be 00 too (GB/T 2260)`,
  'citation.number': (p) => `A citation's ${p.field} must be a positive whole number; got ${String(p.value)}`,
  'citation.law': (p) => `Unknown law or document: ${p.law}`,
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
