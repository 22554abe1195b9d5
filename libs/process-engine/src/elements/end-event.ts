import { endInstance } from '../engine/instance-end';
import { recordHistory, invariant, type StepContext } from '../engine/step-context';
import { byId, cancelToken, tokensInScope } from '../engine/token-ops';
import type { EndEventNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';
import { consumeToken, completeScopeIfEmpty } from './flow-selection';
import { throwError, throwEscalation } from './event-propagation';

/**
 * None end: the token is consumed. Terminate end: every token of the scope goes (the process ends as terminated,
 * a sub-process completes). Error end: the error propagates to the nearest catching boundary. Escalation end:
 * the escalation is thrown, then the token is consumed.
 */
export function enterEndEvent(ctx: StepContext, token: TokenState, node: EndEventNode): void {
  switch (node.trigger.type) {
    case 'none':
      return consumeToken(ctx, token.id);
    case 'escalation':
      throwEscalation(ctx, token, node.trigger.escalationCode);
      if (ctx.state.tokens[token.id]) consumeToken(ctx, token.id);
      return;
    case 'error':
      return throwError(ctx, token, node.trigger.errorCode ?? '', `error end event ${node.id}`);
    case 'terminate': {
      const scope = ctx.state.scopes[token.scopeId];
      invariant(scope, `unknown scope ${token.scopeId}`);
      recordHistory(ctx, 'terminated', { elementId: node.id });
      if (scope.kind === 'process') return endInstance(ctx, 'terminated', 'terminate end event');
      for (const t of tokensInScope(ctx, scope.id).sort(byId)) cancelToken(ctx, t.id, 'interrupted');
      return completeScopeIfEmpty(ctx, scope.id);
    }
  }
}
