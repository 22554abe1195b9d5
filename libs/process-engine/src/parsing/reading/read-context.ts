import type { FlowNode, ScopeModel, SequenceFlow } from '../../model/process-model.type';
import type { ModelProblem } from '../../model/model-problem.type';
import { modelProblem, type ProblemInit } from '../model-problem.util';

/** What reading a process collects: the model's parts, problems, and the index the checks need. */
export interface ReadContext {
  readonly processKey: string;
  readonly problems: ModelProblem[];
  readonly elements: Record<string, FlowNode>;
  readonly flows: Record<string, SequenceFlow>;
  readonly scopes: Record<string, ScopeModel>;
  /** Scope of every flow node met, supported or not (flows to unsupported nodes are not dangling). */
  readonly nodeScopes: Map<string, string>;
  /** Scope each sequence flow is declared in. */
  readonly flowScopes: Map<string, string>;
  /** Boundary events by the activity they are (validly) attached to. */
  readonly boundaries: Map<string, string[]>;
  /** Flows that have a `<conditionExpression>`, readable or not. */
  readonly conditionFlowIds: Set<string>;
}

export function createReadContext(processKey: string): ReadContext {
  return {
    processKey,
    problems: [],
    elements: {},
    flows: {},
    scopes: {},
    nodeScopes: new Map(),
    flowScopes: new Map(),
    boundaries: new Map(),
    conditionFlowIds: new Set(),
  };
}

export function report(ctx: ReadContext, init: ProblemInit): void {
  ctx.problems.push(modelProblem(init));
}
