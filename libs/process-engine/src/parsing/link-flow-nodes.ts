import { childOf, childrenOf, isA, type ModdleElement } from './moddle-element';

function containers(root: ModdleElement): ModdleElement[] {
  const found: ModdleElement[] = [];
  const visit = (el: ModdleElement): void => {
    if (isA(el, 'bpmn:FlowElementsContainer')) found.push(el);
    for (const child of [...childrenOf(el, 'rootElements'), ...childrenOf(el, 'flowElements')]) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Rebuilds every flow node's `incoming` / `outgoing` from the sequence flows' `sourceRef` / `targetRef`, as bpmn-js
 * does on import: generated or hand-written XML often omits `<bpmn:incoming>`, and both the reader and bpmnlint
 * read these lists. Mutates the moddle tree the reader owns.
 */
export function linkFlowNodes(definitions: ModdleElement): void {
  const all = containers(definitions);
  const nodes = all.flatMap((c) => childrenOf(c, 'flowElements')).filter((el) => isA(el, 'bpmn:FlowNode'));
  const incoming = new Map<ModdleElement, ModdleElement[]>(nodes.map((n) => [n, []]));
  const outgoing = new Map<ModdleElement, ModdleElement[]>(nodes.map((n) => [n, []]));
  for (const flow of all.flatMap((c) => childrenOf(c, 'flowElements'))) {
    if (flow.$type !== 'bpmn:SequenceFlow') continue;
    const source = childOf(flow, 'sourceRef');
    const target = childOf(flow, 'targetRef');
    if (source !== undefined) outgoing.get(source)?.push(flow);
    if (target !== undefined) incoming.get(target)?.push(flow);
  }
  for (const node of nodes) {
    node.set('incoming', incoming.get(node) ?? []);
    node.set('outgoing', outgoing.get(node) ?? []);
  }
}
