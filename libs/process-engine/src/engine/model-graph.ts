import type { FlowNode, ProcessModel } from '../model/process-model.type';

const reachCache = new WeakMap<ProcessModel, Map<string, ReadonlySet<string>>>();

function successors(model: ProcessModel, node: FlowNode): string[] {
  const next = node.outgoing.map((flowId) => model.flows[flowId]?.targetId).filter((id): id is string => !!id);
  if ('boundaryIds' in node) next.push(...node.boundaryIds);
  return next;
}

/**
 * Every node reachable from `fromId` along sequence flows (and through the boundary events of activities), in the
 * same scope. `fromId` itself is included only when a cycle leads back to it. Cached per model.
 */
export function reachableFrom(model: ProcessModel, fromId: string): ReadonlySet<string> {
  let cache = reachCache.get(model);
  if (!cache) {
    cache = new Map();
    reachCache.set(model, cache);
  }
  const cached = cache.get(fromId);
  if (cached) return cached;
  const seen = new Set<string>();
  const start = model.elements[fromId];
  const stack = start ? successors(model, start) : [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = model.elements[id];
    if (node) stack.push(...successors(model, node));
  }
  cache.set(fromId, seen);
  return seen;
}

/** True when a token on `fromId` may still arrive at `toId` (inclusive joins, 退回 targets). */
export function canReach(model: ProcessModel, fromId: string, toId: string): boolean {
  return reachableFrom(model, fromId).has(toId);
}

/**
 * True when a token that took `flowId` may arrive at `toId` — the flow's target is `toId` or reaches it. Used to
 * tell which join arrivals a 退回 to an earlier node will produce again.
 */
export function flowReaches(model: ProcessModel, flowId: string, fromId: string): boolean {
  const flow = model.flows[flowId];
  if (!flow) return false;
  return flow.sourceId === fromId || canReach(model, fromId, flow.sourceId);
}
