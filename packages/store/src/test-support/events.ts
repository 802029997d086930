// Test support: case events.
import type { CaseEvent, CaseEventType } from '@gk/request-workflow';

const actor = { id: 'clerk-1', role: 'registrar' as const };

/** A received event for a natural person with an ID number, phone and address. */
export function received(on: string): Extract<CaseEvent, { type: 'received' }> {
  return {
    type: 'received',
    on,
    actor,
    channel: 'inPerson',
    applicant: {
      kind: 'naturalPerson',
      name: '张三',
      residentId: '11010519491231002X',
      phone: '13912345678',
      address: '某县某镇某村12号',
    },
    request: { description: '某项目批复文件', forms: ['electronic'] },
  };
}

/** The fields of an event of one type beyond `type`, `on` and `actor`. */
type EventFields<T extends CaseEventType> = Omit<Extract<CaseEvent, { type: T }>, 'type' | 'on' | 'actor'>;

/** Another event by the handler; `extra` is checked against the event's type. */
export function step<T extends Exclude<CaseEventType, 'received'>>(
  type: T,
  on: string,
  ...[extra]: object extends EventFields<T> ? [EventFields<T>?] : [EventFields<T>]
): Extract<CaseEvent, { type: T }> {
  const built = { type, on, actor: { id: 'handler-1', role: 'handler' as const }, ...extra };
  return built as unknown as Extract<CaseEvent, { type: T }>;
}

/** What no type allows, as a hostile caller sends it: for tests of the checks that refuse it. */
export const untyped = (value: unknown): CaseEvent => value as CaseEvent;
