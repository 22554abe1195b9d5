import type { BoundaryEventNode } from '../../model/process-model.type';
import { childOf, flagOf, idOf, type ModdleElement } from '../moddle-element';
import { readAllowedTrigger } from './read-allowed-trigger';
import { report, type ReadContext } from './read-context';
import { readNodeBase, type NodeInput } from './read-node-base';
import { isSupportedActivity } from './supported-activity';

/** The activity a boundary event is validly attached to: a supported activity of the same scope. */
export function attachedActivity(boundary: ModdleElement): ModdleElement | undefined {
  const attached = childOf(boundary, 'attachedToRef');
  if (attached === undefined || !isSupportedActivity(attached)) return undefined;
  return attached.$parent === boundary.$parent ? attached : undefined;
}

function reportInvalidAttachment(boundary: ModdleElement, ctx: ReadContext): void {
  const elementId = idOf(boundary) ?? '';
  const attached = childOf(boundary, 'attachedToRef');
  const what =
    attached === undefined
      ? 'is not attached to any element'
      : `is attached to "${idOf(attached) ?? '?'}" (${attached.$type}), which is not a supported activity of its scope`;
  const message = `Boundary event "${elementId}" ${what}; attach it to a task, call activity or sub-process.`;
  report(ctx, { code: 'boundary.invalidAttachment', elementId, path: 'attachedToRef', message });
}

/** A boundary event; `cancelActivity` (default true) makes it interrupting, and error boundaries always are. */
export function readBoundaryEvent(input: NodeInput, ctx: ReadContext): BoundaryEventNode | undefined {
  const { el } = input;
  const base = readNodeBase(input);
  const allowed = ['timer', 'error', 'escalation', 'message'] as const;
  const trigger = readAllowedTrigger({ el, elementId: base.id, allowed }, ctx);
  const attached = attachedActivity(el);
  if (attached === undefined) reportInvalidAttachment(el, ctx);
  if (trigger === undefined) return undefined;
  const interrupting = trigger.type === 'error' || flagOf(el, 'cancelActivity') !== false;
  const ref = childOf(el, 'attachedToRef');
  const attachedToId = (ref && idOf(ref)) ?? '';
  return { ...base, type: 'boundaryEvent', attachedToId, interrupting, trigger };
}
