import { dataAtToken } from '../engine/scope-data';
import { recordHistory, type StepContext } from '../engine/step-context';
import { firstDue, scheduleTimer } from '../engine/timer-schedule';
import { updateToken } from '../engine/token-ops';
import type { IntermediateCatchEventNode, IntermediateThrowEventNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';
import { throwEscalation } from './event-propagation';

export function enterIntermediateCatchEvent(
  ctx: StepContext,
  token: TokenState,
  node: IntermediateCatchEventNode,
): void {
  updateToken(ctx, token.id, { phase: 'waitingEvent' });
  if (node.trigger.type !== 'timer') return;
  const { timer } = node.trigger;
  scheduleTimer(ctx, {
    tokenId: token.id,
    elementId: node.id,
    purpose: 'catch',
    due: firstDue(ctx, timer, dataAtToken(ctx, token.id)),
    ...(timer.calendar ? { calendar: timer.calendar } : {}),
  });
}

export function enterIntermediateThrowEvent(
  ctx: StepContext,
  token: TokenState,
  node: IntermediateThrowEventNode,
): void {
  if (node.trigger.type === 'escalation') {
    recordHistory(ctx, 'escalationThrown', {
      elementId: node.id,
      details: { code: node.trigger.escalationCode ?? null },
    });
    throwEscalation(ctx, token, node.trigger.escalationCode);
  }
  if (ctx.state.tokens[token.id]) ctx.queue.push({ kind: 'leave', tokenId: token.id });
}
