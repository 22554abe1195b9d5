import type { StartEventNode } from '../../model/process-model.type';
import { childrenOf, idOf, idsOf, trimmedOf, type ModdleElement } from '../moddle-element';

/** The element a node is read from and the scope it lives in. */
export interface NodeInput {
  readonly el: ModdleElement;
  readonly scopeId: string;
}

/** An element and its id, for the readers of its parts. */
export interface ElementInput {
  readonly el: ModdleElement;
  readonly elementId: string;
}

export type NodeBaseFields = Pick<StartEventNode, 'id' | 'name' | 'scopeId' | 'incoming' | 'outgoing'>;

/** Id, name, scope and flow ids shared by every node (flows as linked by `linkFlowNodes`). */
export function readNodeBase({ el, scopeId }: NodeInput): NodeBaseFields {
  const id = idOf(el) ?? '';
  const name = trimmedOf(el, 'name');
  const incoming = idsOf(childrenOf(el, 'incoming'));
  const outgoing = idsOf(childrenOf(el, 'outgoing'));
  return name === undefined ? { id, scopeId, incoming, outgoing } : { id, name, scopeId, incoming, outgoing };
}
