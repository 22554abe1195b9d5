import type { JsonObject, JsonValue } from '@anxin/rules';
import type { ApprovalMode } from '../model/process-model.type';

/**
 * The whole durable state of one process instance: a plain JSON document. The runtime stores it as is and hands it
 * back with the next command; `revision` grows by one per executed command (optimistic locking).
 */
export interface InstanceState {
  readonly instanceId: string;
  readonly processKey: string;
  readonly processVersion: number;
  readonly revision: number;
  /** Revision of the last command that moved work (anything but 抄送/催办): 撤回 is only possible right after it. */
  readonly lastMoveRevision: number;
  readonly status: InstanceStatus;
  readonly initiator: string;
  readonly startedAt: string;
  readonly endedAt?: string;
  readonly endReason?: string;
  /** Process-level variables. */
  readonly variables: JsonObject;
  readonly tokens: Readonly<Record<string, TokenState>>;
  /** Live scopes: the root, each active sub-process, each multi-instance body. */
  readonly scopes: Readonly<Record<string, ScopeState>>;
  readonly tasks: Readonly<Record<string, TaskState>>;
  readonly timers: Readonly<Record<string, TimerState>>;
  /** Service tasks and call activities waiting for the host. */
  readonly actions: Readonly<Record<string, ActionState>>;
  /** Completed activity executions, oldest first: what 退回 and 撤回 may go back to. */
  readonly trail: readonly TrailEntry[];
}

export type InstanceStatus = 'running' | 'completed' | 'terminated' | 'failed';

/**
 * A token: one thread of control. `at` is the element it is on; `waiting` says why it is there (a join, a task, a
 * timer, an event-based gateway). Tokens inside a multi-instance body carry their instance.
 */
export interface TokenState {
  readonly id: string;
  readonly elementId: string;
  readonly scopeId: string;
  readonly phase: TokenPhase;
  /** The flow it arrived by (joins count arrivals per incoming flow). */
  readonly arrivedBy?: string;
  /** Set on the inner tokens of a multi-instance body. */
  readonly loop?: { readonly bodyId: string; readonly index: number };
}

/**
 * `active`: inside an activity (a task, a timer, an action or a child scope holds it).
 * `joining`: parked at a parallel or inclusive join.
 * `waitingEvent`: at an intermediate catch event or an event-based gateway.
 * `body`: the outer token of a multi-instance activity, while its instances run.
 */
export type TokenPhase = 'active' | 'joining' | 'waitingEvent' | 'body';

export type ScopeState = ProcessScopeState | SubProcessScopeState | BodyScopeState;

export interface ProcessScopeState {
  readonly kind: 'process';
  readonly id: string;
}

export interface SubProcessScopeState {
  readonly kind: 'subProcess';
  readonly id: string;
  readonly parentTokenId: string;
  /** Model scope id (the sub-process element id). */
  readonly elementId: string;
  readonly variables: JsonObject;
}

/** Multi-instance bookkeeping of one activation of a multi-instance (or 加签-expanded) activity. */
export interface BodyScopeState {
  readonly kind: 'body';
  readonly id: string;
  /** The outer token, phase `body`. */
  readonly parentTokenId: string;
  readonly elementId: string;
  readonly sequential: boolean;
  /** Approval semantics (from `anxin:approval`, or `all` once 加签 turned a single task into a body). */
  readonly mode?: ApprovalMode;
  readonly ratio?: number;
  /** Instances in execution order (加签 inserts into it); `index` is an instance's stable id. */
  readonly instances: readonly BodyInstance[];
  readonly nrOfInstances: number;
  readonly nrOfActiveInstances: number;
  readonly nrOfCompletedInstances: number;
  readonly nrOfApproved: number;
  readonly nrOfRejected: number;
}

export type BodyInstanceStatus = 'pending' | 'active' | 'completed' | 'cancelled';

export interface BodyInstance {
  readonly index: number;
  /** The collection item (for approvals: the signer). */
  readonly item: JsonValue;
  readonly status: BodyInstanceStatus;
  readonly tokenId?: string;
  readonly outcome?: 'approved' | 'rejected';
  /** Who completed it (撤回 gives it back to them). */
  readonly doneBy?: string;
  /** Signer added at run time (加签), and by whom. */
  readonly addedBy?: string;
  /** 向后加签 on a parallel body: starts once the instance with this index completes. */
  readonly after?: number;
}

export type TaskStatus = 'open' | 'delegated';

export interface TaskState {
  readonly id: string;
  readonly tokenId: string;
  readonly elementId: string;
  readonly name?: string;
  /** The responsible user; absent for candidate-only tasks until claimed. */
  readonly assignee?: string;
  /** While delegated (委派): the owner it returns to when resolved. */
  readonly owner?: string;
  readonly candidateUsers: readonly string[];
  readonly candidateGroups: readonly string[];
  readonly status: TaskStatus;
  readonly createdAt: string;
  readonly dueAt?: string;
  readonly formKey?: string;
  /** 向前加签: indexes of the body instances that must finish before this task may be completed. */
  readonly blockedBy?: readonly number[];
}

export interface TimerState {
  readonly id: string;
  readonly tokenId: string;
  /** The element that owns it: a boundary event, an intermediate catch event, or a user task's SLA. */
  readonly elementId: string;
  readonly purpose: 'boundary' | 'catch' | 'sla';
  readonly dueAt: string;
  /** For cycles (`R3/PT1H`): firings left after this one (absent: unbounded). */
  readonly repeatsLeft?: number;
  readonly interval?: string;
  readonly calendar?: string;
}

export interface ActionState {
  readonly id: string;
  readonly tokenId: string;
  readonly elementId: string;
  readonly kind: 'service' | 'callActivity';
}

export interface TrailEntry {
  readonly elementId: string;
  /** The live scope the element runs in (for a multi-instance instance: the scope of its body's outer token). */
  readonly scopeId: string;
  /** The multi-instance body the step was an instance of. */
  readonly bodyId?: string;
  readonly tokenId: string;
  readonly taskId?: string;
  readonly actor?: string;
  readonly at: string;
  /** Revision at which it completed: 撤回 checks that nothing happened after it. */
  readonly revision: number;
}
