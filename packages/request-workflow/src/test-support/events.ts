// Test support: builders for case events.
import type { Actor, CaseEvent, CaseEventType, ReceivedEvent } from '../events.js';

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
    channel: 'inPerson',
    applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
    request: { description: '2024年度某镇财政预算执行情况', forms: ['electronic'], deliveryPreferences: ['email'] },
    ...extra,
  };
}

/** The fields of an event of one type beyond `type` and `on`; the actor is optional (the handler by default). */
export type EventFields<T extends CaseEventType> = Omit<Extract<CaseEvent, { type: T }>, 'type' | 'on' | 'actor'> & {
  readonly actor?: Actor;
};

/**
 * Any other event, by the handler unless `extra` names an actor; `extra` is checked against the
 * event's type, so a fixture cannot drift from the events it stands for.
 */
export function event<T extends Exclude<CaseEventType, 'received'>>(
  type: T,
  on: string,
  ...[extra]: object extends EventFields<T> ? [EventFields<T>?] : [EventFields<T>]
): Extract<CaseEvent, { type: T }> {
  const built = { type, on, actor: handler, ...extra };
  return built as unknown as Extract<CaseEvent, { type: T }>;
}

/** What no type allows, as a hostile caller sends it: for tests of the checks that refuse it. */
export const untyped = (value: unknown): CaseEvent => value as CaseEvent;
