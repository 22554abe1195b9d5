import { evaluate, type JsonObject, type JsonValue } from '@anxin/rules';
import type { ProcessModel } from '../model/process-model.type';
import type { InstanceState } from '../state/instance-state.type';

/** What an instance shows as a ticket: its status code and the declared fields. */
export interface TicketProjectionResult {
  /** Undefined while no token has reached a node with `anxin:status` (the host keeps the previous one). */
  readonly status?: string;
  readonly fields: Readonly<Record<string, JsonValue>>;
  /** Projections whose rule failed: the field is left out, the reason kept for the host to log. */
  readonly failures: readonly { readonly field: string; readonly message: string }[];
}

/**
 * Projects an instance onto its ticket (`<anxin:ticket>`). The status is, for a running instance, the `anxin:status`
 * of the node the newest token stands on among those that carry one (tokens are kept in creation order); for an
 * ended one, `revokedStatus` after 撤销 and `completedStatus` otherwise. Fields are the projection rules over the
 * process variables (plus `initiator`). Pure: the same state gives the same ticket.
 */
export function projectTicket(model: ProcessModel, state: InstanceState): TicketProjectionResult | undefined {
  const spec = model.ticket;
  if (spec === undefined) return undefined;
  const data: JsonObject = { ...state.variables, initiator: state.initiator };
  const fields: Record<string, JsonValue> = {};
  const failures: { field: string; message: string }[] = [];
  for (const { field, rule } of spec.projections) {
    const result = evaluate(rule, data);
    if (result.ok) fields[field] = result.value ?? null;
    else failures.push({ field, message: result.problems.map((p) => p.message).join('; ') });
  }
  const status = statusOf(model, state);
  return { ...(status !== undefined && { status }), fields, failures };
}

function statusOf(model: ProcessModel, state: InstanceState): string | undefined {
  const spec = model.ticket;
  if (state.status !== 'running') {
    return state.endReason === 'revoked' ? spec?.revokedStatus : (spec?.completedStatus ?? undefined);
  }
  let status: string | undefined;
  for (const token of Object.values(state.tokens)) {
    const nodeStatus = model.elements[token.elementId]?.status;
    if (nodeStatus !== undefined) status = nodeStatus;
  }
  return status;
}
