import type { JsonObject, JsonValue } from '@anxin/rules';
import type { TaskState } from '../state/instance-state.type';

/**
 * What the host must do after a step, as data. The api applies all effects of one step in the same transaction that
 * stores the new state.
 */
export type ProcessEffect =
  | TaskCreatedEffect
  | TaskUpdatedEffect
  | TaskCancelledEffect
  | TaskCompletedEffect
  | TimerScheduledEffect
  | TimerCancelledEffect
  | ActionRequestedEffect
  | ProcessStartRequestedEffect
  | HistoryRecordedEffect
  | NotificationRequestedEffect
  | StatusReachedEffect
  | InstanceEndedEffect;

export type EffectType = ProcessEffect['type'];

export interface TaskCreatedEffect {
  readonly type: 'TaskCreated';
  readonly task: TaskState;
}

export interface TaskUpdatedEffect {
  readonly type: 'TaskUpdated';
  readonly task: TaskState;
  readonly change: 'claimed' | 'unclaimed' | 'transferred' | 'delegated' | 'resolved' | 'signersChanged';
}

export interface TaskCancelledEffect {
  readonly type: 'TaskCancelled';
  readonly taskId: string;
  readonly reason: CancelReason;
}

export type CancelReason =
  'returned' | 'withdrawn' | 'revoked' | 'interrupted' | 'completionConditionMet' | 'signerRemoved' | 'instanceEnded';

export interface TaskCompletedEffect {
  readonly type: 'TaskCompleted';
  readonly taskId: string;
  readonly actor: string;
  readonly outcome?: 'approved' | 'rejected' | 'completed';
}

export interface TimerScheduledEffect {
  readonly type: 'TimerScheduled';
  readonly timerId: string;
  readonly dueAt: string;
}

export interface TimerCancelledEffect {
  readonly type: 'TimerCancelled';
  readonly timerId: string;
}

/** A service task asks the host to perform a named action; the host answers with `completeAction`. */
export interface ActionRequestedEffect {
  readonly type: 'ActionRequested';
  readonly actionId: string;
  readonly action: string;
  readonly elementId: string;
  readonly input: JsonObject;
}

/** A call activity asks the host to start another process; the host answers with `completeCall`. */
export interface ProcessStartRequestedEffect {
  readonly type: 'ProcessStartRequested';
  readonly actionId: string;
  readonly processKey: string;
  readonly version: number | 'latest';
  readonly input: JsonObject;
}

/** One audit line: who did what, when, and why; variable writes carry before/after. */
export interface HistoryRecordedEffect {
  readonly type: 'HistoryRecorded';
  readonly entry: HistoryEntry;
}

export interface HistoryEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly elementId?: string;
  readonly taskId?: string;
  readonly comment?: string;
  readonly details?: JsonObject;
}

export interface NotificationRequestedEffect {
  readonly type: 'NotificationRequested';
  readonly kind: 'cc' | 'urge' | 'escalation' | 'sla' | 'reminder';
  readonly recipients: readonly string[];
  readonly taskId?: string;
  readonly elementId?: string;
  readonly actor: string;
  readonly comment?: string;
  readonly data?: JsonValue;
}

/** A token entered a node that carries `anxin:status`: the ticket moves to that status (in effect order). */
export interface StatusReachedEffect {
  readonly type: 'StatusReached';
  readonly elementId: string;
  readonly status: string;
}

export interface InstanceEndedEffect {
  readonly type: 'InstanceEnded';
  readonly result: 'completed' | 'terminated' | 'failed';
  readonly reason?: string;
}
