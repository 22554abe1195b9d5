import type { EmptyApproverPolicy, InitiatorApproverPolicy } from '../../model/process-model.type';
import { trimmedOf } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import type { ElementInput } from './read-node-base';

/** `anxin:emptyApprover`: `autoApprove` (default), `assignTo:<user>` or `escalate`. */
export function readEmptyApprover({ el, elementId }: ElementInput, ctx: ReadContext): EmptyApproverPolicy {
  const text = trimmedOf(el, 'emptyApprover');
  if (text === undefined || text === 'autoApprove') return { kind: 'autoApprove' };
  if (text === 'escalate') return { kind: 'escalate' };
  const user = /^assignTo:(.+)$/.exec(text)?.[1]?.trim();
  if (user) return { kind: 'assignTo', user };
  const message = `anxin:emptyApprover "${text}" must be autoApprove, assignTo:<user> or escalate.`;
  report(ctx, { code: 'extension.invalid', elementId, path: 'anxin:emptyApprover', message });
  return { kind: 'autoApprove' };
}

/** `anxin:initiatorApprover`: `keep` (default) or `skip` when the initiator would approve their own request. */
export function readInitiatorApprover({ el, elementId }: ElementInput, ctx: ReadContext): InitiatorApproverPolicy {
  const text = trimmedOf(el, 'initiatorApprover');
  if (text === undefined || text === 'keep' || text === 'skip') return text ?? 'keep';
  const message = `anxin:initiatorApprover "${text}" must be skip or keep.`;
  report(ctx, { code: 'extension.invalid', elementId, path: 'anxin:initiatorApprover', message });
  return 'keep';
}
