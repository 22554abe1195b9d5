import { childrenOf, idOf, type ModdleElement } from '../moddle-element';
import { attachedActivity } from './read-boundary-event';
import type { ReadContext } from './read-context';
import { readFlowElement } from './read-flow-element';
import type { NodeInput } from './read-node-base';

/** Indexes the boundary events of a container by the activity they are validly attached to. */
function indexBoundaries(container: ModdleElement, ctx: ReadContext): void {
  for (const el of childrenOf(container, 'flowElements')) {
    const activity = el.$type === 'bpmn:BoundaryEvent' ? attachedActivity(el) : undefined;
    const activityId = activity && idOf(activity);
    const boundaryId = idOf(el);
    if (activityId === undefined || boundaryId === undefined) continue;
    ctx.boundaries.set(activityId, [...(ctx.boundaries.get(activityId) ?? []), boundaryId]);
  }
}

/**
 * Reads the flow elements of a process (`scopeId` = the process key) or embedded sub-process (its id) into `ctx`,
 * recursing into sub-processes, and records the scope. Message starts count at the top level only.
 */
export function readScope({ el: container, scopeId }: NodeInput, ctx: ReadContext): void {
  indexBoundaries(container, ctx);
  const noneStartIds: string[] = [];
  const messageStartIds: Record<string, string> = {};
  const nodeIds: string[] = [];
  for (const el of childrenOf(container, 'flowElements')) {
    const node = readFlowElement({ el, scopeId }, ctx);
    if (node === undefined) continue;
    ctx.elements[node.id] = node;
    nodeIds.push(node.id);
    if (node.type === 'startEvent' && node.trigger.type === 'none') noneStartIds.push(node.id);
    if (node.type === 'startEvent' && node.trigger.type === 'message' && scopeId === ctx.processKey) {
      messageStartIds[node.trigger.messageName] = node.id;
    }
    if (node.type === 'subProcess') readScope({ el, scopeId: node.id }, ctx);
  }
  ctx.scopes[scopeId] = { id: scopeId, noneStartIds, messageStartIds, nodeIds };
}
