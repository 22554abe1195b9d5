import type { CallActivityNode } from '../../model/process-model.type';
import { trimmedOf } from '../moddle-element';
import { readActivityBase } from './read-activity-base';
import { report, type ReadContext } from './read-context';
import type { NodeInput } from './read-node-base';

function readCalledVersion(
  { text, elementId }: { text: string | undefined; elementId: string },
  ctx: ReadContext,
): number | 'latest' {
  if (text === undefined || text === 'latest') return 'latest';
  if (/^[1-9]\d{0,8}$/.test(text)) return Number(text);
  const message = `anxin:calledVersion "${text}" must be "latest" or a positive version number.`;
  report(ctx, { code: 'extension.invalid', elementId, path: 'anxin:calledVersion', message });
  return 'latest';
}

/** A call activity: starts the process `calledElement`, at `anxin:calledVersion` (default latest). */
export function readCallActivity(input: NodeInput, ctx: ReadContext): CallActivityNode {
  const base = readActivityBase(input, ctx);
  const calledKey = trimmedOf(input.el, 'calledElement');
  if (calledKey === undefined) {
    const message = `Call activity "${base.id}" needs calledElement: the key of the process to call.`;
    report(ctx, { code: 'callActivity.missingKey', elementId: base.id, path: 'calledElement', message });
  }
  const calledVersion = readCalledVersion({ text: trimmedOf(input.el, 'calledVersion'), elementId: base.id }, ctx);
  return { ...base, type: 'callActivity', calledKey: calledKey ?? '', calledVersion };
}
