import type {
  ActivityNode,
  FlowNode,
  MultiInstanceSpec,
  ProcessModel,
  TimerDefinition,
  ValueSource,
} from '../../model/process-model.type';
import { isActivity } from '../../model/process-model.type';
import { TIMER_PROPERTIES } from '../reading/read-timer';
import { NO_LOCALS, type RuleLocals, type RuleUse } from './rule-use.type';

const MI = 'multiInstanceLoopCharacteristics';
const COUNTERS = [
  'nrOfInstances',
  'nrOfActiveInstances',
  'nrOfCompletedInstances',
  'nrOfApproved',
  'nrOfRejected',
  'loopCounter',
];

/** What a rule evaluated inside one instance of a multi-instance activity sees. */
function instanceLocals(spec: MultiInstanceSpec | undefined): RuleLocals {
  if (spec === undefined) return NO_LOCALS;
  return { typed: COUNTERS.map((name) => ({ name, type: 'number' })), untyped: [spec.elementVariable] };
}

function sourceUses(use: Omit<RuleUse, 'rule'>, sources: readonly ValueSource[]): RuleUse[] {
  return sources.flatMap((source, i) =>
    source.kind === 'rule'
      ? [{ ...use, path: sources.length > 1 ? `${use.path}/${i}` : use.path, rule: source.rule }]
      : [],
  );
}

function timerUses({
  elementId,
  timer,
  path,
}: {
  elementId: string;
  timer?: TimerDefinition;
  path: string;
}): RuleUse[] {
  return timer === undefined ? [] : sourceUses({ elementId, path, locals: NO_LOCALS }, [timer.value]);
}

function multiInstanceUses(node: ActivityNode, instance: RuleLocals): RuleUse[] {
  const { id: elementId, multiInstance: spec } = node;
  if (spec === undefined) return [];
  const uses: RuleUse[] = [];
  if (spec.collection !== undefined) {
    uses.push({ elementId, path: `${MI}/anxin:collection`, rule: spec.collection, expect: 'array', locals: NO_LOCALS });
  }
  if (spec.cardinality !== undefined) {
    uses.push({
      elementId,
      path: `${MI}/loopCardinality`,
      rule: spec.cardinality,
      expect: 'number',
      locals: NO_LOCALS,
    });
  }
  if (spec.completionCondition !== undefined) {
    const path = `${MI}/completionCondition`;
    uses.push({ elementId, path, rule: spec.completionCondition, expect: 'boolean', locals: instance });
  }
  return uses;
}

function userTaskUses(node: ActivityNode, instance: RuleLocals): RuleUse[] {
  if (node.type !== 'userTask') return [];
  const { id: elementId, assignment } = node;
  return [
    ...sourceUses(
      { elementId, path: 'anxin:assignee', locals: instance },
      assignment.assignee ? [assignment.assignee] : [],
    ),
    ...sourceUses({ elementId, path: 'anxin:candidateUsers', locals: instance }, assignment.candidateUsers),
    ...sourceUses({ elementId, path: 'anxin:candidateGroups', locals: instance }, assignment.candidateGroups),
    ...timerUses({ elementId, timer: node.sla, path: 'anxin:sla' }),
  ];
}

function activityUses(node: ActivityNode): RuleUse[] {
  const elementId = node.id;
  const instance = instanceLocals(node.multiInstance);
  const producesResult = node.type === 'serviceTask' || node.type === 'businessRuleTask';
  const outputLocals: RuleLocals = producesResult ? { typed: [], untyped: ['result'] } : NO_LOCALS;
  return [
    ...node.inputs.map((m, i) => ({ elementId, path: `anxin:input/${i}`, rule: m.rule, locals: instance })),
    ...node.outputs.map((m, i) => ({ elementId, path: `anxin:output/${i}`, rule: m.rule, locals: outputLocals })),
    ...multiInstanceUses(node, instance),
    ...userTaskUses(node, instance),
  ];
}

function nodeUses(node: FlowNode): RuleUse[] {
  if (isActivity(node)) return activityUses(node);
  if ((node.type === 'boundaryEvent' || node.type === 'intermediateCatchEvent') && node.trigger.type === 'timer') {
    const { timer } = node.trigger;
    return timerUses({ elementId: node.id, timer, path: `timerEventDefinition/${TIMER_PROPERTIES[timer.kind]}` });
  }
  return [];
}

/** Every JSONLogic rule in the model with its location, expected result type and local variables. */
export function collectRuleUses(model: ProcessModel): RuleUse[] {
  const conditions = Object.values(model.flows).flatMap((flow): RuleUse[] =>
    flow.condition === undefined
      ? []
      : [
          {
            elementId: flow.id,
            path: 'conditionExpression',
            rule: flow.condition,
            expect: 'boolean',
            locals: NO_LOCALS,
          },
        ],
  );
  const projections = (model.ticket?.projections ?? []).map((projection, i): RuleUse => ({
    elementId: model.key,
    path: `anxin:ticket/anxin:projection/${i}`,
    rule: projection.rule,
    locals: NO_LOCALS,
  }));
  const revoke: RuleUse[] =
    model.revokeCondition === undefined
      ? []
      : [
          {
            elementId: model.key,
            path: 'anxin:revokeCondition',
            rule: model.revokeCondition,
            expect: 'boolean',
            locals: NO_LOCALS,
          },
        ];
  return [...conditions, ...Object.values(model.elements).flatMap(nodeUses), ...projections, ...revoke];
}
