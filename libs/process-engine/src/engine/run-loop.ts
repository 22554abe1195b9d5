import { enterActivity, completeActivity } from '../elements/activity';
import { enterEndEvent } from '../elements/end-event';
import { enterEventBasedGateway } from '../elements/event-based-gateway';
import { leaveNode } from '../elements/flow-selection';
import { enterInclusiveGateway, fireReadyInclusiveJoins } from '../elements/inclusive-gateway';
import { enterIntermediateCatchEvent, enterIntermediateThrowEvent } from '../elements/intermediate-event';
import { enterParallelGateway } from '../elements/parallel-gateway';
import type { FlowNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';
import { emit, invariant, type StepContext, type Work } from './step-context';
import { updateToken } from './token-ops';

/**
 * Runs queued work until the instance is quiet: every token waits (task, timer, join, message) or is gone.
 * Inclusive joins are decided at quiescence, when no token that could still arrive is in flight.
 */
export function runUntilQuiet(ctx: StepContext): void {
  for (;;) {
    let next = 0;
    while (next < ctx.queue.length && ctx.state.status === 'running') {
      perform(ctx, ctx.queue[next] as Work);
      next += 1;
    }
    ctx.queue.length = 0;
    if (ctx.state.status !== 'running' || !fireReadyInclusiveJoins(ctx)) return;
  }
}

function perform(ctx: StepContext, work: Work): void {
  if (!ctx.state.tokens[work.tokenId]) return; // cancelled by an earlier piece of work in this step
  switch (work.kind) {
    case 'enter': {
      const node = ctx.model.elements[work.elementId];
      invariant(node, `unknown element ${work.elementId}`);
      const token = updateToken(ctx, work.tokenId, { elementId: node.id, phase: 'active', arrivedBy: work.flowId });
      if (node.status !== undefined) emit(ctx, { type: 'StatusReached', elementId: node.id, status: node.status });
      enterNode(ctx, token, node);
      return;
    }
    case 'leave':
      leaveNode(ctx, work.tokenId, work.onlyFlowId);
      return;
    case 'activityDone':
      completeActivity(ctx, work.tokenId, work.output, work.onlyFlowId);
      return;
  }
}

function enterNode(ctx: StepContext, token: TokenState, node: FlowNode): void {
  switch (node.type) {
    case 'startEvent':
    case 'boundaryEvent':
    case 'exclusiveGateway':
      ctx.queue.push({ kind: 'leave', tokenId: token.id });
      return;
    case 'endEvent':
      return enterEndEvent(ctx, token, node);
    case 'userTask':
    case 'serviceTask':
    case 'businessRuleTask':
    case 'subProcess':
    case 'callActivity':
      return enterActivity(ctx, token, node);
    case 'parallelGateway':
      return enterParallelGateway(ctx, token, node);
    case 'inclusiveGateway':
      return enterInclusiveGateway(ctx, token, node);
    case 'eventBasedGateway':
      return enterEventBasedGateway(ctx, token, node);
    case 'intermediateCatchEvent':
      return enterIntermediateCatchEvent(ctx, token, node);
    case 'intermediateThrowEvent':
      return enterIntermediateThrowEvent(ctx, token, node);
  }
}
