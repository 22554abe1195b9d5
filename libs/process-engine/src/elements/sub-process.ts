import type { JsonObject } from '@anxin/rules';
import { invariant, type StepContext } from '../engine/step-context';
import { createToken } from '../engine/token-ops';
import type { SubProcessNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/** An embedded sub-process opens a child scope (input mappings become its local variables) at its start event. */
export function executeSubProcess(ctx: StepContext, token: TokenState, node: SubProcessNode, input: JsonObject): void {
  const startId = ctx.model.scopes[node.id]?.noneStartIds[0];
  invariant(startId, `sub-process ${node.id} has no start event`);
  const scopeId = ctx.env.newId('scope');
  ctx.state.scopes[scopeId] = {
    kind: 'subProcess',
    id: scopeId,
    parentTokenId: token.id,
    elementId: node.id,
    variables: input,
  };
  const inner = createToken(ctx, { elementId: startId, scopeId });
  ctx.queue.push({ kind: 'enter', tokenId: inner.id, elementId: startId });
}
