/** The order in which nodes can be computed, and the cycles that prevent it. */
export interface DependencyOrder {
  /** Every node once; a node comes after what it depends on, except inside cycles (then declaration order). */
  readonly order: readonly string[];
  /** Groups of nodes that depend on each other (or a node on itself), each in declaration order. */
  readonly cycles: readonly (readonly string[])[];
}

/** Strongly connected components (Tarjan), to name the cycles. */
function cyclesOf(nodes: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of deps.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === node) break;
    }
    if (component.length > 1 || deps.get(node)?.has(node)) {
      cycles.push(nodes.filter((n) => component.includes(n)));
    }
  };
  nodes.forEach((node) => index.has(node) || visit(node));
  return cycles;
}

/**
 * Orders `nodes` (in declaration order) so that each comes after the nodes it depends on; among the ready ones
 * the first declared goes first, so the order is stable. Dependencies on unknown nodes are ignored.
 *
 * ```text
 *   total ← cost ← quantity, unitPrice        order: quantity, unitPrice, cost, total
 * ```
 */
export function dependencyOrder(
  nodes: readonly string[],
  deps: ReadonlyMap<string, ReadonlySet<string>>,
): DependencyOrder {
  const known = new Set(nodes);
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < nodes.length) {
    const ready =
      nodes.find((n) => !placed.has(n) && [...(deps.get(n) ?? [])].every((d) => placed.has(d) || !known.has(d))) ??
      nodes.find((n) => !placed.has(n));
    if (ready === undefined) break;
    placed.add(ready);
    order.push(ready);
  }
  return { order, cycles: cyclesOf(nodes, deps) };
}
