import type { ModelProblem } from '../../model/model-problem.type';
import type { ProcessModel } from '../../model/process-model.type';
import type { ReadContext } from '../reading/read-context';
import { checkFlowReferences } from './check-flow-references';
import { checkGateways } from './check-gateways';
import { checkReachability } from './check-reachability';
import { checkRuleUses } from './check-rule-uses';
import { checkScopes } from './check-scopes';
import { collectRuleUses } from './collect-rule-uses';
import { processRuleScope } from './process-rule-scope';

/** The checks that need the whole model: scopes, flows, reachability, gateways and every rule. */
export function checkModel(model: ProcessModel, ctx: ReadContext): ModelProblem[] {
  return [
    ...checkScopes(model),
    ...checkFlowReferences(model, ctx),
    ...checkReachability(model, ctx),
    ...checkGateways(model, ctx),
    ...checkRuleUses(collectRuleUses(model), processRuleScope(model)),
  ];
}
