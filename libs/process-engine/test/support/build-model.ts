import type { JsonLogicRule } from '@anxin/rules';
import type { FlowNode, ProcessModel, ScopeModel, SequenceFlow } from '../../src/model/process-model.type';

type Distribute<T> = T extends FlowNode ? Omit<T, 'incoming' | 'outgoing' | 'scopeId'> & { scopeId?: string } : never;

/** A node as tests write it: incoming/outgoing are derived from the flows, activity lists default to empty. */
export type NodeSpec = Partial<Distribute<FlowNode>> & { id: string; type: FlowNode['type'] };

/** `[source, target]`, or with an id, a condition and/or default marker. */
export type FlowSpec = readonly [string, string, { id?: string; condition?: JsonLogicRule; isDefault?: boolean }?];

const ACTIVITY_DEFAULTS = { inputs: [], outputs: [], boundaryIds: [] };
const USER_TASK_DEFAULTS = {
  assignment: { candidateUsers: [], candidateGroups: [] },
  fieldPermissions: {},
  emptyApprover: { kind: 'autoApprove' },
  initiatorApprover: 'keep',
};

function withDefaults(spec: NodeSpec, key: string): Record<string, unknown> {
  const base: Record<string, unknown> = { scopeId: key, incoming: [], outgoing: [], ...spec };
  if (['userTask', 'serviceTask', 'businessRuleTask', 'subProcess', 'callActivity'].includes(spec.type)) {
    Object.assign(base, { ...ACTIVITY_DEFAULTS, ...spec, scopeId: spec.scopeId ?? key });
  }
  if (spec.type === 'userTask')
    Object.assign(base, { ...USER_TASK_DEFAULTS, ...base, ...spec, scopeId: spec.scopeId ?? key });
  if (
    (spec.type === 'startEvent' || spec.type === 'endEvent' || spec.type === 'intermediateThrowEvent') &&
    !spec.trigger
  ) {
    base['trigger'] = { type: 'none' };
  }
  return base;
}

/**
 * Builds a {@link ProcessModel} directly (no XML), for engine unit and property tests. Boundary events are attached
 * to their activity, flows wired, scopes derived from `scopeId`.
 */
export function buildModel(key: string, nodes: readonly NodeSpec[], flowSpecs: readonly FlowSpec[]): ProcessModel {
  const elements: Record<string, Record<string, unknown>> = {};
  for (const spec of nodes) elements[spec.id] = withDefaults(spec, key);
  const flows: Record<string, SequenceFlow> = {};
  flowSpecs.forEach(([sourceId, targetId, options = {}], i) => {
    const id = options.id ?? `f${i + 1}_${sourceId}_${targetId}`;
    const source = elements[sourceId];
    const target = elements[targetId];
    if (!source || !target) throw new Error(`flow ${id} references a missing node`);
    flows[id] = {
      id,
      sourceId,
      targetId,
      ...(options.condition !== undefined ? { condition: options.condition } : {}),
    };
    source['outgoing'] = [...(source['outgoing'] as string[]), id];
    target['incoming'] = [...(target['incoming'] as string[]), id];
    if (options.isDefault) source['defaultFlowId'] = id;
  });
  for (const node of Object.values(elements)) {
    if (node['type'] !== 'boundaryEvent') continue;
    const host = elements[node['attachedToId'] as string];
    if (!host) throw new Error(`boundary ${String(node['id'])} attached to a missing activity`);
    host['boundaryIds'] = [...(host['boundaryIds'] as string[]), node['id'] as string];
    node['scopeId'] = host['scopeId'];
  }
  const scopes: Record<string, ScopeModel> = {};
  const scopeIds = [key, ...nodes.filter((n) => n.type === 'subProcess').map((n) => n.id)];
  for (const scopeId of scopeIds) {
    const inside = Object.values(elements).filter((n) => n['scopeId'] === scopeId);
    const starts = inside.filter((n) => n['type'] === 'startEvent');
    scopes[scopeId] = {
      id: scopeId,
      noneStartIds: starts
        .filter((n) => (n['trigger'] as { type: string }).type === 'none')
        .map((n) => n['id'] as string),
      messageStartIds: Object.fromEntries(
        starts
          .filter((n) => (n['trigger'] as { type: string }).type === 'message')
          .map((n) => [(n['trigger'] as { messageName: string }).messageName, n['id'] as string]),
      ),
      nodeIds: inside.map((n) => n['id'] as string),
    };
  }
  return {
    key,
    definitionsId: `${key}-definitions`,
    variables: [],
    indexedVariables: [],
    allowRevoke: true,
    elements: elements as unknown as Record<string, FlowNode>,
    flows,
    scope: scopes[key] as ScopeModel,
    scopes,
  };
}
