import { evaluate, type JsonObject, type JsonValue } from '@anxin/rules';
import type { ProcessModel } from '../model/process-model.type';
import type { ProcessEffect } from '../effects/effect.type';
import type { InstanceState } from '../state/instance-state.type';

/** What an instance shows as a ticket after a step: the statuses it went through and the declared fields. */
export interface TicketProjectionResult {
  /** Statuses reached in this step, in order, without repeats in a row; the last is the ticket's status now. */
  readonly statuses: readonly string[];
  readonly fields: Readonly<Record<string, JsonValue>>;
  /** Projections whose rule failed: the field is left out, the reason kept for the host to log. */
  readonly failures: readonly { readonly field: string; readonly message: string }[];
}

/**
 * Projects a step onto its instance's ticket (`<anxin:ticket>`). Statuses: each `anxin:status` a token reached in
 * the step (`StatusReached`, so a node passed through within one step, like an automatic dispatch, still shows on
 * the timeline), then `completedStatus` when the instance ended normally or `revokedStatus` after 撤销. A step that
 * reaches none leaves the status as it was. Fields are the projection rules over the process variables (plus
 * `initiator`), evaluated without a clock so that a field never changes with time alone. Pure.
 */
export function projectTicket(
  model: ProcessModel,
  state: InstanceState,
  effects: readonly ProcessEffect[],
): TicketProjectionResult | undefined {
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
  const statuses: string[] = [];
  const reach = (status: string | undefined) => {
    if (status !== undefined && statuses[statuses.length - 1] !== status) statuses.push(status);
  };
  for (const effect of effects) {
    if (effect.type === 'StatusReached') reach(effect.status);
    else if (effect.type === 'InstanceEnded')
      reach(
        state.endReason === 'revoked'
          ? spec.revokedStatus
          : effect.result === 'completed'
            ? spec.completedStatus
            : undefined,
      );
  }
  return { statuses, fields, failures };
}
