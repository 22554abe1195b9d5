import { dataAtToken } from '../engine/scope-data';
import type { StepContext } from '../engine/step-context';
import { firstDue, scheduleTimer } from '../engine/timer-schedule';
import { cancelTimersOf, updateToken } from '../engine/token-ops';
import type { EventBasedGatewayNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/** Waits for the first of its target events: timers are scheduled now, messages are matched by `signal`. */
export function enterEventBasedGateway(ctx: StepContext, token: TokenState, node: EventBasedGatewayNode): void {
  updateToken(ctx, token.id, { phase: 'waitingEvent' });
  for (const flowId of node.outgoing) {
    const target = ctx.model.elements[ctx.model.flows[flowId]?.targetId ?? ''];
    if (target?.type !== 'intermediateCatchEvent' || target.trigger.type !== 'timer') continue;
    const { timer } = target.trigger;
    scheduleTimer(ctx, {
      tokenId: token.id,
      elementId: target.id,
      purpose: 'catch',
      due: firstDue(ctx, timer, dataAtToken(ctx, token.id)),
      ...(timer.calendar ? { calendar: timer.calendar } : {}),
    });
  }
}

/** The race is won by `catchEventId`: the other timers go, and the token passes the winning event. */
export function resolveEventGateway(ctx: StepContext, tokenId: string, catchEventId: string): void {
  cancelTimersOf(ctx, tokenId);
  updateToken(ctx, tokenId, { elementId: catchEventId, phase: 'active', arrivedBy: undefined });
  ctx.queue.push({ kind: 'leave', tokenId });
}
