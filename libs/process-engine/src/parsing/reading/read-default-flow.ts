import { childOf, idOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';

export interface DefaultFlowInput {
  readonly el: ModdleElement;
  readonly elementId: string;
  readonly outgoing: readonly string[];
}

/** The `default` flow id when it is one of the element's outgoing flows; otherwise `gateway.defaultNotOutgoing`. */
export function readDefaultFlow({ el, elementId, outgoing }: DefaultFlowInput, ctx: ReadContext): string | undefined {
  const flow = childOf(el, 'default');
  const flowId = flow && idOf(flow);
  if (flowId === undefined) return undefined;
  if (outgoing.includes(flowId)) return flowId;
  const message = `The default flow "${flowId}" is not an outgoing flow of "${elementId}".`;
  report(ctx, { code: 'gateway.defaultNotOutgoing', elementId, path: 'default', message });
  return undefined;
}
