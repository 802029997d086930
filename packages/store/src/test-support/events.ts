// Test support: case events.
import type { CaseEvent } from '@gk/request-workflow';

const actor = { id: 'clerk-1', role: 'registrar' as const };

/** A received event for a natural person with an ID number, phone and address. */
export function received(on: string): CaseEvent {
  return {
    type: 'received',
    on,
    actor,
    channel: 'in-person',
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

/** Another event by the handler. */
export function step(
  type: Exclude<CaseEvent['type'], 'received'>,
  on: string,
  extra: Record<string, unknown> = {},
): CaseEvent {
  return { type, on, actor: { id: 'handler-1', role: 'handler' }, ...extra } as CaseEvent;
}
