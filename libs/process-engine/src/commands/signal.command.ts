import { resolveEventGateway } from '../elements/event-based-gateway';
import { triggerBoundary } from '../elements/event-propagation';
import { writeVariables } from '../engine/scope-data';
import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import { byId } from '../engine/token-ops';
import type { FlowNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';
import type { SignalCommand } from './command.type';

function listensAt(node: FlowNode | undefined, name: string): boolean {
  return (
    (node?.type === 'intermediateCatchEvent' || node?.type === 'boundaryEvent') &&
    node.trigger.type === 'message' &&
    node.trigger.messageName === name
  );
}

type Receiver =
  | { kind: 'catch'; token: TokenState }
  | { kind: 'gateway'; token: TokenState; eventId: string }
  | { kind: 'boundary'; token: TokenState; boundaryId: string };

function receiverAt(ctx: StepContext, token: TokenState, name: string): Receiver | undefined {
  const node = ctx.model.elements[token.elementId];
  if (!node) return undefined;
  if (token.phase === 'waitingEvent' && node.type === 'intermediateCatchEvent' && listensAt(node, name)) {
    return { kind: 'catch', token };
  }
  if (token.phase === 'waitingEvent' && node.type === 'eventBasedGateway') {
    const eventId = node.outgoing
      .map((f) => ctx.model.flows[f]?.targetId ?? '')
      .find((id) => listensAt(ctx.model.elements[id], name));
    return eventId ? { kind: 'gateway', token, eventId } : undefined;
  }
  if ('boundaryIds' in node && !token.loop && (token.phase === 'active' || token.phase === 'body')) {
    const boundaryId = node.boundaryIds.find((id) => listensAt(ctx.model.elements[id], name));
    return boundaryId ? { kind: 'boundary', token, boundaryId } : undefined;
  }
  return undefined;
}

/**
 * A message arrives. It is delivered to one receiver — the oldest waiting token (by id) that listens for it: a
 * message catch event, an event-based gateway, or a message boundary event. Nobody listening refuses it.
 */
export function signal(ctx: StepContext, command: SignalCommand): void {
  const receiver = Object.values(ctx.state.tokens)
    .sort(byId)
    .map((t) => receiverAt(ctx, t, command.messageName))
    .find((r) => r !== undefined);
  if (!receiver) refuse('message.notExpected', 'messageName', `nothing waits for message "${command.messageName}"`);
  if (command.variables) writeVariables(ctx, receiver.token.scopeId, command.variables);
  recordHistory(ctx, 'messageReceived', {
    elementId: receiver.token.elementId,
    details: { message: command.messageName },
  });
  switch (receiver.kind) {
    case 'catch':
      ctx.queue.push({ kind: 'leave', tokenId: receiver.token.id });
      return;
    case 'gateway':
      return resolveEventGateway(ctx, receiver.token.id, receiver.eventId);
    case 'boundary': {
      const boundary = ctx.model.elements[receiver.boundaryId];
      if (boundary?.type === 'boundaryEvent') triggerBoundary(ctx, receiver.token, boundary);
      return;
    }
  }
}
