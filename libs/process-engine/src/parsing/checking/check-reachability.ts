import type { ModelProblem } from '../../model/model-problem.type';
import { isActivity, type FlowNode, type ProcessModel } from '../../model/process-model.type';
import { modelProblem } from '../model-problem.util';
import type { ReadContext } from '../reading/read-context';

/** Targets of each node's flows that stay in the flow's scope (unsupported nodes pass tokens on, too). */
function successors(model: ProcessModel, ctx: ReadContext): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const flow of Object.values(model.flows)) {
    const scope = ctx.flowScopes.get(flow.id);
    if (ctx.nodeScopes.get(flow.sourceId) !== scope || ctx.nodeScopes.get(flow.targetId) !== scope) continue;
    next.set(flow.sourceId, [...(next.get(flow.sourceId) ?? []), flow.targetId]);
  }
  return next;
}

/** Nodes a token can reach besides flow targets: attached boundary events and a sub-process's start events. */
function entered(model: ProcessModel, node: FlowNode | undefined): readonly string[] {
  if (node === undefined || !isActivity(node)) return [];
  const starts =
    node.type === 'subProcess'
      ? (model.scopes[node.id]?.nodeIds ?? []).filter((id) => model.elements[id]?.type === 'startEvent')
      : [];
  return [...node.boundaryIds, ...starts];
}

function reachable(model: ProcessModel, ctx: ReadContext, attached: ReadonlySet<string>): Set<string> {
  const next = successors(model, ctx);
  const reached = new Set<string>();
  // Badly attached boundary events count as reachable: `boundary.invalidAttachment` already names them.
  const detached = Object.values(model.elements).filter((n) => n.type === 'boundaryEvent' && !attached.has(n.id));
  const pending = [
    ...model.scope.noneStartIds,
    ...Object.values(model.scope.messageStartIds),
    ...detached.map((n) => n.id),
  ];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...entered(model, model.elements[id]), ...(next.get(id) ?? []));
  }
  return reached;
}

/**
 * Every node must be reachable from a start event of the process: through flows, from an activity to its boundary
 * events, and from a sub-process to its start events (so an unreachable sub-process's content is unreachable too).
 * Without any start event there is nothing to report beyond `start.missing`.
 */
export function checkReachability(model: ProcessModel, ctx: ReadContext): ModelProblem[] {
  const { scope } = model;
  if (scope.noneStartIds.length === 0 && Object.keys(scope.messageStartIds).length === 0) return [];
  const reached = reachable(model, ctx, new Set([...ctx.boundaries.values()].flat()));
  return Object.values(model.elements)
    .filter((node) => !reached.has(node.id))
    .map((node) => {
      const message = `"${node.id}" can never be reached from a start event.`;
      return modelProblem({ code: 'node.unreachable', elementId: node.id, path: 'incoming', message });
    });
}
