import type { RuleVariable } from '@anxin/rules';
import type { ProcessModel } from '../../model/process-model.type';
import { isActivity } from '../../model/process-model.type';

/** The variables every rule of a process may read. */
export interface ProcessRuleScope {
  readonly typed: readonly RuleVariable[];
  /** Variables whose type is unknown (output mapping targets nobody declared): any use is accepted. */
  readonly untyped: readonly string[];
}

/**
 * Declared variables, plus the implicit ones: `initiator`, `<taskId>Outcome` of every approval or multi-instance
 * user task, and every output mapping target (untyped unless declared).
 */
export function processRuleScope(model: ProcessModel): ProcessRuleScope {
  const nodes = Object.values(model.elements);
  const outcomes = nodes
    .filter((node) => node.type === 'userTask' && (node.approval !== undefined || node.multiInstance !== undefined))
    .map((node): RuleVariable => ({ name: `${node.id}Outcome`, type: 'string' }));
  const implicit: RuleVariable[] = [{ name: 'initiator', type: 'string' }, ...outcomes];
  const declared = new Set(model.variables.map((v) => v.name));
  const typed = [...model.variables, ...implicit.filter((v) => !declared.has(v.name))];
  const typedNames = new Set(typed.map((v) => v.name));
  const targets = nodes.flatMap((node) => (isActivity(node) ? node.outputs.map((m) => m.target) : []));
  return { typed, untyped: [...new Set(targets)].filter((name) => !typedNames.has(name)) };
}
