import { maskKeepingEnds as keepEnds, maskPhone, maskResidentId } from '@gk/core';
import type { CaseEvent } from '@gk/request-workflow';

/** The applicant fields held apart and shown masked: ID numbers, phone, e-mail, address. */
export const PERSONAL_FIELDS = ['residentId', 'idDocument', 'phone', 'email', 'address'] as const;

type Personal = Partial<Record<(typeof PERSONAL_FIELDS)[number], unknown>>;

function mask(field: (typeof PERSONAL_FIELDS)[number], value: unknown): unknown {
  if (field === 'residentId' && typeof value === 'string') return maskResidentId(value);
  if (field === 'phone' && typeof value === 'string') return maskPhone(value);
  if (field === 'email' && typeof value === 'string') {
    const at = value.indexOf('@');
    return at <= 0 ? keepEnds(value, 1, 0) : `${value.charAt(0)}***${value.slice(at)}`;
  }
  if (field === 'address' && typeof value === 'string') return keepEnds(value, Math.min(6, value.length), 0);
  if (field === 'idDocument' && typeof value === 'object' && value !== null) {
    const doc = value as { type?: unknown; number?: unknown };
    return { ...doc, number: typeof doc.number === 'string' ? keepEnds(doc.number, 1, 2) : doc.number };
  }
  return '***';
}

/**
 * Splits an event into what the events table holds (personal fields masked) and the personal data
 * held apart; events other than `received` carry none.
 * @param event - the event as appended
 * @returns the masked event and the personal data (`null` when there is none)
 */
export function splitPersonalData(event: CaseEvent): {
  readonly masked: CaseEvent;
  readonly personal: Personal | null;
} {
  if (event.type !== 'received') return { masked: event, personal: null };
  const { masked, personal } = splitApplicant(event.applicant);
  return personal === null ? { masked: event, personal: null } : { masked: { ...event, applicant: masked }, personal };
}

/**
 * Splits an applicant into the applicant with its personal fields masked and those fields apart.
 * @param applicant - the applicant as given
 * @returns the masked applicant and the personal data (`null` when there is none)
 */
export function splitApplicant<A extends object>(
  applicant: A,
): { readonly masked: A; readonly personal: Personal | null } {
  const fields = applicant as Record<string, unknown>;
  const personal: Personal = {};
  const masked: Record<string, unknown> = { ...fields };
  for (const field of PERSONAL_FIELDS) {
    if (fields[field] === undefined) continue;
    personal[field] = fields[field];
    masked[field] = mask(field, fields[field]);
  }
  return Object.keys(personal).length === 0 ? { masked: applicant, personal: null } : { masked: masked as A, personal };
}

/**
 * Puts the personal data back into a masked event.
 * @param masked - the event as stored
 * @param personal - its personal data, if any
 * @returns the event as appended
 */
export function mergePersonalData(masked: CaseEvent, personal: Personal | null): CaseEvent {
  if (personal === null || masked.type !== 'received') return masked;
  return { ...masked, applicant: { ...masked.applicant, ...personal } as typeof masked.applicant };
}
