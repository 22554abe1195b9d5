import type { JsonLogicRule, JsonValue, RuleVariable } from '@anxin/rules';

/**
 * The engine's own reading of a BPMN process: plain, readonly data. The runtime never touches moddle objects, so a
 * model can be cached, serialised and shared between the browser and the server.
 */
export interface ProcessModel {
  /** The process id: the key other processes call it by. */
  readonly key: string;
  readonly name?: string;
  /** The `<definitions id>` (kept because an element may not reuse it). */
  readonly definitionsId: string;
  /** Variables the process declares (`anxin:variable`), used to check every rule in it. */
  readonly variables: readonly RuleVariable[];
  /** Declared variables marked `index="true"`: the runtime copies them into typed, indexed columns. */
  readonly indexedVariables: readonly IndexedVariable[];
  /** Whether the initiator may revoke (撤销) a running instance; default true. */
  readonly allowRevoke: boolean;
  /** When set, revoking is allowed only while this rule over the process variables holds (`anxin:revokeCondition`). */
  readonly revokeCondition?: JsonLogicRule;
  /** Present when instances are tickets (`<anxin:ticket>`): the host keeps a ticket read model from it. */
  readonly ticket?: TicketSpec;
  /** Every flow node, including those nested in sub-processes, by id. */
  readonly elements: Readonly<Record<string, FlowNode>>;
  /** Every sequence flow by id. */
  readonly flows: Readonly<Record<string, SequenceFlow>>;
  /** The top-level scope (the process itself). */
  readonly scope: ScopeModel;
  /** Every scope by id: the top level under the process key, each embedded sub-process under its id. */
  readonly scopes: Readonly<Record<string, ScopeModel>>;
}

/**
 * How an instance projects onto a ticket (`<anxin:ticket>`): the status comes from the `anxin:status` of the flow
 * nodes its tokens are on (see README), the fields from rules over the instance's variables.
 */
export interface TicketSpec {
  /** Ticket numbers start with it (e.g. `BX`). */
  readonly prefix: string;
  /** Key of the dictionary whose items are the statuses (codes and labels). */
  readonly statuses?: string;
  /** Status of an instance that reached its end normally / was revoked (撤销). */
  readonly completedStatus?: string;
  readonly revokedStatus?: string;
  /** Ticket field name → rule computing it, in document order. */
  readonly projections: readonly TicketProjection[];
}

export interface TicketProjection {
  readonly field: string;
  readonly rule: JsonLogicRule;
}

export type IndexedVariableType = 'string' | 'number' | 'date';

/** How many variables of each type a process may index (the typed business columns of an instance). */
export const INDEXED_VARIABLE_SLOTS: Readonly<Record<IndexedVariableType, number>> = { string: 6, number: 4, date: 4 };

/** A variable copied into the typed column `slot` (1-based, per type) of its instance, for queries and reports. */
export interface IndexedVariable {
  readonly name: string;
  readonly type: IndexedVariableType;
  readonly slot: number;
}

/** A process or an embedded sub-process: the container tokens of one scope move in. */
export interface ScopeModel {
  /** The process key for the top level, the sub-process id otherwise. */
  readonly id: string;
  /** None start events of this scope (exactly one for sub-processes). */
  readonly noneStartIds: readonly string[];
  /** Message start events of this scope, by message name (top level only). */
  readonly messageStartIds: Readonly<Record<string, string>>;
  /** Ids of the flow nodes directly inside this scope. */
  readonly nodeIds: readonly string[];
}

export interface SequenceFlow {
  readonly id: string;
  readonly name?: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** JSONLogic condition (`<conditionExpression language="jsonlogic">`); absent means always taken. */
  readonly condition?: JsonLogicRule;
}

/** A literal value or a JSONLogic rule computing it (`{"rule": …}` in the XML attribute or a `${…}` free form). */
export type ValueSource =
  { readonly kind: 'literal'; readonly value: JsonValue } | { readonly kind: 'rule'; readonly rule: JsonLogicRule };

/** `target = rule` evaluated in the activity's scope; `anxin:input` / `anxin:output`. */
export interface VariableMapping {
  readonly target: string;
  readonly rule: JsonLogicRule;
}

export type TimerKind = 'duration' | 'date' | 'cycle';

/** A timer definition: ISO 8601 text, or a rule returning it; optionally in working time. */
export interface TimerDefinition {
  readonly kind: TimerKind;
  /** `PT4H`, `2026-01-01T09:00:00+08:00`, `R3/PT1H`, or a rule that returns such a string. */
  readonly value: ValueSource;
  /** Business calendar name (`anxin:calendar`): durations count working time only. */
  readonly calendar?: string;
}

export type EventTrigger =
  | { readonly type: 'none' }
  | { readonly type: 'message'; readonly messageName: string }
  | { readonly type: 'timer'; readonly timer: TimerDefinition }
  /** An error event; `errorCode` absent on a boundary catches every error. */
  | { readonly type: 'error'; readonly errorCode?: string }
  | { readonly type: 'escalation'; readonly escalationCode?: string }
  | { readonly type: 'terminate' };

export type ApprovalMode = 'all' | 'any' | 'sequential' | 'ratio';

/** `anxin:approval`: the Chinese approval shorthand over a multi-instance user task. */
export interface ApprovalSpec {
  readonly mode: ApprovalMode;
  /** Share of approvals needed in `ratio` mode (0 < ratio ≤ 1). */
  readonly ratio?: number;
  /** On rejection: end the instance, leave through a named flow, or (absent) leave normally with the outcome set. */
  readonly onReject?: { readonly kind: 'end' } | { readonly kind: 'flow'; readonly flowId: string };
}

export interface MultiInstanceSpec {
  readonly sequential: boolean;
  /** Rule returning the collection (e.g. the users of a role); one instance per item. */
  readonly collection?: JsonLogicRule;
  /** Variable holding the current item inside each instance (`anxin:elementVariable`, default `item`). */
  readonly elementVariable: string;
  /** Rule returning the number of instances, when there is no collection. */
  readonly cardinality?: JsonLogicRule;
  /** Rule over `nrOf*` counters and variables; true ends the multi-instance early. */
  readonly completionCondition?: JsonLogicRule;
}

export type EmptyApproverPolicy =
  | { readonly kind: 'autoApprove' }
  | { readonly kind: 'assignTo'; readonly user: string }
  | { readonly kind: 'escalate' };

export type InitiatorApproverPolicy = 'skip' | 'keep';

export type FieldPermission = 'read' | 'write' | 'hidden';

export interface TaskAssignment {
  readonly assignee?: ValueSource;
  /** Each source yields a user id or a list of them. */
  readonly candidateUsers: readonly ValueSource[];
  readonly candidateGroups: readonly ValueSource[];
}

interface NodeBase {
  readonly id: string;
  readonly name?: string;
  /** Scope id the node lives in: the process key or the enclosing sub-process id. */
  readonly scopeId: string;
  readonly incoming: readonly string[];
  readonly outgoing: readonly string[];
  /** Ticket status a token on this node stands for (`anxin:status`). */
  readonly status?: string;
}

interface ActivityBase extends NodeBase {
  readonly inputs: readonly VariableMapping[];
  readonly outputs: readonly VariableMapping[];
  /** Boundary events attached to this activity. */
  readonly boundaryIds: readonly string[];
  readonly multiInstance?: MultiInstanceSpec;
  /** Flow taken by default when no conditional outgoing flow matches. */
  readonly defaultFlowId?: string;
}

export interface StartEventNode extends NodeBase {
  readonly type: 'startEvent';
  readonly trigger: Extract<EventTrigger, { type: 'none' | 'message' }>;
}

export interface EndEventNode extends NodeBase {
  readonly type: 'endEvent';
  readonly trigger: Extract<EventTrigger, { type: 'none' | 'terminate' | 'error' | 'escalation' }>;
}

export interface UserTaskNode extends ActivityBase {
  readonly type: 'userTask';
  readonly assignment: TaskAssignment;
  readonly formKey?: string;
  readonly fieldPermissions: Readonly<Record<string, FieldPermission>>;
  /** Service-level target for the step (`anxin:sla`), an ISO 8601 duration. */
  readonly sla?: TimerDefinition;
  readonly approval?: ApprovalSpec;
  readonly emptyApprover: EmptyApproverPolicy;
  readonly initiatorApprover: InitiatorApproverPolicy;
}

export interface ServiceTaskNode extends ActivityBase {
  readonly type: 'serviceTask';
  /** The named action the host performs (`anxin:action`), e.g. `dispatch`, `notify`. */
  readonly action: string;
}

export interface BusinessRuleTaskNode extends ActivityBase {
  readonly type: 'businessRuleTask';
  /** Key of the decision table the host provides through `env.decisionTable`. */
  readonly decisionKey: string;
}

export interface SubProcessNode extends ActivityBase {
  readonly type: 'subProcess';
}

export interface CallActivityNode extends ActivityBase {
  readonly type: 'callActivity';
  readonly calledKey: string;
  /** A pinned version, or the latest deployed one. */
  readonly calledVersion: number | 'latest';
}

export interface ExclusiveGatewayNode extends NodeBase {
  readonly type: 'exclusiveGateway';
  readonly defaultFlowId?: string;
}

export interface InclusiveGatewayNode extends NodeBase {
  readonly type: 'inclusiveGateway';
  readonly defaultFlowId?: string;
}

export interface ParallelGatewayNode extends NodeBase {
  readonly type: 'parallelGateway';
}

export interface EventBasedGatewayNode extends NodeBase {
  readonly type: 'eventBasedGateway';
}

export interface BoundaryEventNode extends NodeBase {
  readonly type: 'boundaryEvent';
  readonly attachedToId: string;
  /** Interrupting (`cancelActivity="true"`, the default) or not. */
  readonly interrupting: boolean;
  readonly trigger: Extract<EventTrigger, { type: 'timer' | 'error' | 'escalation' | 'message' }>;
}

export interface IntermediateCatchEventNode extends NodeBase {
  readonly type: 'intermediateCatchEvent';
  readonly trigger: Extract<EventTrigger, { type: 'timer' | 'message' }>;
}

export interface IntermediateThrowEventNode extends NodeBase {
  readonly type: 'intermediateThrowEvent';
  readonly trigger: Extract<EventTrigger, { type: 'none' | 'escalation' }>;
}

export type ActivityNode = UserTaskNode | ServiceTaskNode | BusinessRuleTaskNode | SubProcessNode | CallActivityNode;

export type GatewayNode = ExclusiveGatewayNode | InclusiveGatewayNode | ParallelGatewayNode | EventBasedGatewayNode;

export type FlowNode =
  | StartEventNode
  | EndEventNode
  | ActivityNode
  | GatewayNode
  | BoundaryEventNode
  | IntermediateCatchEventNode
  | IntermediateThrowEventNode;

export type FlowNodeType = FlowNode['type'];

const ACTIVITY_TYPES: ReadonlySet<FlowNodeType> = new Set([
  'userTask',
  'serviceTask',
  'businessRuleTask',
  'subProcess',
  'callActivity',
]);

export function isActivity(node: FlowNode): node is ActivityNode {
  return ACTIVITY_TYPES.has(node.type);
}
