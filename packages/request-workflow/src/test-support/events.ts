// Test support: builders for case events.
import type { Actor, CaseEvent, ReceivedEvent } from '../events.js';

/** A registrar (登记员). */
export const clerk: Actor = { id: 'u1', role: 'registrar', name: '登记员' };
/** A case handler (承办人). */
export const handler: Actor = { id: 'u2', role: 'handler', name: '承办人' };
/** The head of the disclosure office (负责人). */
export const head: Actor = { id: 'u3', role: 'head', name: '负责人' };

/** A `received` event in person, with a complete applicant and request; `extra` overrides. */
export function received(on: string, extra: Partial<ReceivedEvent> = {}): ReceivedEvent {
  return {
    type: 'received',
    on,
    actor: clerk,
    channel: 'in-person',
    applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
    request: { description: '2024年度某镇财政预算执行情况', forms: ['electronic'], deliveryPreferences: ['email'] },
    ...extra,
  };
}

/** Any other event by the handler; `extra` adds its fields. */
export function event(
  type: Exclude<CaseEvent['type'], 'received'>,
  on: string,
  extra: Record<string, unknown> = {},
): CaseEvent {
  return { type, on, actor: handler, ...extra } as CaseEvent;
}
