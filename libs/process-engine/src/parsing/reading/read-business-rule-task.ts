import type { BusinessRuleTaskNode } from '../../model/process-model.type';
import { trimmedOf } from '../moddle-element';
import { readActivityBase } from './read-activity-base';
import { report, type ReadContext } from './read-context';
import type { NodeInput } from './read-node-base';

/** A business rule task: evaluates the decision table named by `anxin:decision`. */
export function readBusinessRuleTask(input: NodeInput, ctx: ReadContext): BusinessRuleTaskNode {
  const base = readActivityBase(input, ctx);
  const decisionKey = trimmedOf(input.el, 'decision');
  if (decisionKey === undefined) {
    const message = `Business rule task "${base.id}" needs anxin:decision naming a decision table.`;
    report(ctx, { code: 'task.missingDecision', elementId: base.id, path: 'anxin:decision', message });
  }
  return { ...base, type: 'businessRuleTask', decisionKey: decisionKey ?? '' };
}
