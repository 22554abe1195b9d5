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

export type NodeBaseFields = Pick<StartEventNode, 'id' | 'name' | 'scopeId' | 'incoming' | 'outgoing' | 'status'>;

/** Id, name, scope, flow ids (as linked by `linkFlowNodes`) and ticket status shared by every node. */
export function readNodeBase({ el, scopeId }: NodeInput): NodeBaseFields {
  const id = idOf(el) ?? '';
  const name = trimmedOf(el, 'name');
  const status = trimmedOf(el, 'status');
  const incoming = idsOf(childrenOf(el, 'incoming'));
  const outgoing = idsOf(childrenOf(el, 'outgoing'));
  return {
    id,
    ...(name !== undefined && { name }),
    scopeId,
    incoming,
    outgoing,
    ...(status !== undefined && { status }),
  };
}
