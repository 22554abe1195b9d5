import type { FlowNode } from '../../model/process-model.type';
import { flagOf, idOf, isA } from '../moddle-element';
import { readBoundaryEvent } from './read-boundary-event';
import { readBusinessRuleTask } from './read-business-rule-task';
import { readCallActivity } from './read-call-activity';
import type { ReadContext } from './read-context';
import { readEndEvent, readIntermediateCatchEvent, readIntermediateThrowEvent, readStartEvent } from './read-events';
import { isSupportedGateway, readGateway } from './read-gateway';
import type { NodeInput } from './read-node-base';
import { readActivityBase } from './read-activity-base';
import { readSequenceFlow } from './read-sequence-flow';
import { readServiceTask } from './read-service-task';
import { readUserTask } from './read-user-task';
import { reportUnsupported } from './report-unsupported';

type NodeReader = (input: NodeInput, ctx: ReadContext) => FlowNode | undefined;

const NODE_READERS: Readonly<Record<string, NodeReader>> = {
  'bpmn:StartEvent': readStartEvent,
  'bpmn:EndEvent': readEndEvent,
  'bpmn:IntermediateCatchEvent': readIntermediateCatchEvent,
  'bpmn:IntermediateThrowEvent': readIntermediateThrowEvent,
  'bpmn:BoundaryEvent': readBoundaryEvent,
  'bpmn:UserTask': readUserTask,
  'bpmn:ServiceTask': readServiceTask,
  'bpmn:BusinessRuleTask': readBusinessRuleTask,
  'bpmn:CallActivity': readCallActivity,
  'bpmn:SubProcess': (input, ctx) => ({ ...readActivityBase(input, ctx), type: 'subProcess' }),
};

/** Flow elements that carry no behaviour: accepted and left out of the model. */
const IGNORED_TYPES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

function readerFor(input: NodeInput): NodeReader | undefined {
  const { $type } = input.el;
  if ($type === 'bpmn:SubProcess' && flagOf(input.el, 'triggeredByEvent') === true) return undefined;
  return isSupportedGateway($type) ? readGateway : NODE_READERS[$type];
}

/**
 * Reads one element of a process or sub-process: sequence flows into `ctx.flows`, supported flow nodes into the
 * returned node, the rest reported as `element.unsupported` (data objects and stores are ignored).
 */
export function readFlowElement(input: NodeInput, ctx: ReadContext): FlowNode | undefined {
  const { el, scopeId } = input;
  if (el.$type === 'bpmn:SequenceFlow') {
    readSequenceFlow(input, ctx);
    return undefined;
  }
  if (IGNORED_TYPES.has(el.$type)) return undefined;
  const id = idOf(el);
  if (id !== undefined && isA(el, 'bpmn:FlowNode')) ctx.nodeScopes.set(id, scopeId);
  const reader = readerFor(input);
  if (reader === undefined) {
    const eventSubProcess = el.$type === 'bpmn:SubProcess';
    reportUnsupported({ el, type: eventSubProcess ? 'bpmn:SubProcess (event sub-process)' : el.$type }, ctx);
    return undefined;
  }
  return reader(input, ctx);
}
