import type { ServiceTaskNode } from '../../model/process-model.type';
import { trimmedOf } from '../moddle-element';
import { readActivityBase } from './read-activity-base';
import { report, type ReadContext } from './read-context';
import type { NodeInput } from './read-node-base';

/** A service task: the host performs the named `anxin:action`. */
export function readServiceTask(input: NodeInput, ctx: ReadContext): ServiceTaskNode {
  const base = readActivityBase(input, ctx);
  const action = trimmedOf(input.el, 'action');
  if (action === undefined) {
    const message = `Service task "${base.id}" needs anxin:action naming what the host does (e.g. dispatch, notify).`;
    report(ctx, { code: 'task.missingAction', elementId: base.id, path: 'anxin:action', message });
  }
  return { ...base, type: 'serviceTask', action: action ?? '' };
}
