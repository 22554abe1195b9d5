import type { InstanceState, ProcessEffect, ProcessModel, TaskState } from '@anxin/process-engine';
import type { JsonValue } from '@anxin/rules';

/** The job names the worker handles; payloads carry the instance id so each job loads one instance. */
export const JOB = {
  fireTimer: 'anxin.fire-timer',
  runAction: 'anxin.run-action',
  startCall: 'anxin.start-call',
  completeCall: 'anxin.complete-call',
  deliverOutbox: 'anxin.deliver-outbox',
} as const;

export interface TaskRow {
  id: string;
  instance_id: string;
  element_id: string;
  name: string | null;
  assignee: string | null;
  owner: string | null;
  candidate_users: readonly string[];
  candidate_groups: readonly string[];
  status: 'open' | 'delegated' | 'completed' | 'cancelled';
  due_at: string | null;
  form_key: string | null;
  field_permissions: Record<string, string> | null;
  created_at: string;
  claimed_at: string | null;
  completed_at: string | null;
  completed_by: string | null;
  outcome: string | null;
  comment: string | null;
}

export interface HistoryRow {
  instance_id: string;
  type: string;
  element_id: string | null;
  task_id: string | null;
  actor: string;
  at: string;
  comment: string | null;
  data: JsonValue;
}

export interface OutboxRow {
  instance_id: string;
  kind: string;
  payload: unknown;
}

export interface JobSpec {
  identifier: string;
  payload: unknown;
  run_at: string;
  job_key: string;
  max_attempts: number;
}

/** Columns of the instance row besides the state: status, end, and the typed business columns. */
export interface InstanceColumns {
  status: InstanceState['status'];
  ended_at: string | null;
  end_reason: string | null;
  slots: Record<string, string | number | null>;
}

/** Everything one step writes, in rows: applied by a single SQL statement (see instance-store.ts). */
export interface StepPlan {
  readonly columns: InstanceColumns;
  readonly tasks: TaskRow[];
  readonly history: HistoryRow[];
  readonly outbox: OutboxRow[];
  readonly jobs: JobSpec[];
  readonly removedJobKeys: string[];
}

export interface PlanOptions {
  readonly actionMaxAttempts: number;
  /** Set when this instance was started by a call activity: its end reports back to the parent. */
  readonly parent?: { readonly instanceId: string; readonly actionId: string };
  /** The command's comment, kept on the tasks it completes. */
  readonly comment?: string;
}

export const timerJobKey = (timerId: string) => `timer:${timerId}`;
export const actionJobKey = (actionId: string) => `action:${actionId}`;
export const callDoneJobKey = (actionId: string) => `call-done:${actionId}`;
/**
 * One delivery job at a time is enough: it drains every pending outbox row. Steps do not add it themselves: the
 * runtime wakes it after their commit (`OutboxWake`), and the worker's minutely sweep uses the same key.
 */
export const OUTBOX_JOB_KEY = 'outbox';

function taskRow(instanceId: string, model: ProcessModel, task: TaskState): TaskRow {
  const node = model.elements[task.elementId];
  return {
    id: task.id,
    instance_id: instanceId,
    element_id: task.elementId,
    name: task.name ?? null,
    assignee: task.assignee ?? null,
    owner: task.owner ?? null,
    candidate_users: task.candidateUsers,
    candidate_groups: task.candidateGroups,
    status: task.status,
    due_at: task.dueAt ?? null,
    form_key: task.formKey ?? null,
    field_permissions: node?.type === 'userTask' ? { ...node.fieldPermissions } : null,
    created_at: task.createdAt,
    claimed_at: null,
    completed_at: null,
    completed_by: null,
    outcome: null,
    comment: null,
  };
}

/**
 * Folds a step's effects into rows: one row per touched task (its final state in this step), history and outbox
 * rows, and the jobs to add or remove. A timer scheduled and cancelled in the same step never reaches the queue.
 */
export function planStep(
  model: ProcessModel,
  before: InstanceState | undefined,
  after: InstanceState,
  effects: readonly ProcessEffect[],
  options: PlanOptions,
): StepPlan {
  const id = after.instanceId;
  const now = new Date().toISOString();
  const tasks = new Map<string, TaskRow>();
  const history: HistoryRow[] = [];
  const outbox: OutboxRow[] = [];
  const jobs = new Map<string, JobSpec>();
  const removed = new Set<string>();
  const known = (taskId: string): TaskRow | undefined => {
    const existing = tasks.get(taskId);
    if (existing) return existing;
    const old = before?.tasks[taskId];
    return old ? taskRow(id, model, old) : undefined;
  };
  for (const effect of effects) {
    switch (effect.type) {
      case 'TaskCreated':
        tasks.set(effect.task.id, taskRow(id, model, effect.task));
        break;
      case 'TaskUpdated': {
        const row = { ...(known(effect.task.id) ?? taskRow(id, model, effect.task)), ...liveFields(effect.task) };
        if (effect.change === 'claimed') row.claimed_at = now;
        tasks.set(effect.task.id, row);
        break;
      }
      case 'TaskCompleted': {
        const row = known(effect.taskId);
        if (row) {
          tasks.set(effect.taskId, {
            ...row,
            status: 'completed',
            completed_at: now,
            completed_by: effect.actor,
            outcome: effect.outcome ?? 'completed',
            comment: options.comment ?? null,
          });
        }
        break;
      }
      case 'TaskCancelled': {
        const row = known(effect.taskId);
        if (row) tasks.set(effect.taskId, { ...row, status: 'cancelled', completed_at: now, outcome: effect.reason });
        break;
      }
      case 'TimerScheduled':
        jobs.set(timerJobKey(effect.timerId), {
          identifier: JOB.fireTimer,
          payload: { instanceId: id, timerId: effect.timerId },
          run_at: effect.dueAt,
          job_key: timerJobKey(effect.timerId),
          max_attempts: 25,
        });
        break;
      case 'TimerCancelled':
        if (!jobs.delete(timerJobKey(effect.timerId))) removed.add(timerJobKey(effect.timerId));
        break;
      case 'ActionRequested':
        jobs.set(actionJobKey(effect.actionId), {
          identifier: JOB.runAction,
          payload: {
            instanceId: id,
            actionId: effect.actionId,
            action: effect.action,
            elementId: effect.elementId,
            input: effect.input,
          },
          run_at: now,
          job_key: actionJobKey(effect.actionId),
          max_attempts: options.actionMaxAttempts,
        });
        break;
      case 'ProcessStartRequested':
        jobs.set(actionJobKey(effect.actionId), {
          identifier: JOB.startCall,
          payload: {
            instanceId: id,
            actionId: effect.actionId,
            processKey: effect.processKey,
            version: effect.version,
            input: effect.input,
            initiator: after.initiator,
          },
          run_at: now,
          job_key: actionJobKey(effect.actionId),
          max_attempts: options.actionMaxAttempts,
        });
        break;
      case 'HistoryRecorded':
        history.push({
          instance_id: id,
          type: effect.entry.action,
          element_id: effect.entry.elementId ?? null,
          task_id: effect.entry.taskId ?? null,
          actor: effect.entry.actor,
          at: effect.entry.at,
          comment: effect.entry.comment ?? null,
          data: effect.entry.details ?? null,
        });
        break;
      case 'NotificationRequested':
        outbox.push({ instance_id: id, kind: `notification.${effect.kind}`, payload: { ...effect } });
        break;
      case 'StatusReached':
        break; // the ticket read model's business (ticket-plan.ts)
      case 'InstanceEnded':
        outbox.push({ instance_id: id, kind: 'instance.ended', payload: { ...effect } });
        if (options.parent) {
          jobs.set(callDoneJobKey(options.parent.actionId), {
            identifier: JOB.completeCall,
            payload: {
              instanceId: options.parent.instanceId,
              actionId: options.parent.actionId,
              childInstanceId: id,
              result: effect.result,
              output: after.variables,
            },
            run_at: now,
            job_key: callDoneJobKey(options.parent.actionId),
            max_attempts: options.actionMaxAttempts,
          });
        }
        break;
    }
  }
  return {
    columns: {
      status: after.status,
      ended_at: after.endedAt ?? null,
      end_reason: after.endReason ?? null,
      slots: slotValues(model, after),
    },
    tasks: [...tasks.values()],
    history,
    outbox,
    jobs: [...jobs.values()],
    removedJobKeys: [...removed],
  };
}

function liveFields(task: TaskState): Partial<TaskRow> {
  return {
    assignee: task.assignee ?? null,
    owner: task.owner ?? null,
    candidate_users: task.candidateUsers,
    candidate_groups: task.candidateGroups,
    status: task.status,
    due_at: task.dueAt ?? null,
  };
}

const SLOT_COLUMN = { string: 'text', number: 'number', date: 'date' } as const;

/** The typed business columns: `text1..6`, `number1..4`, `date1..4` from the indexed variables (null otherwise). */
export function slotValues(model: ProcessModel, state: InstanceState): Record<string, string | number | null> {
  const slots: Record<string, string | number | null> = {};
  for (const variable of model.indexedVariables) {
    const value = state.variables[variable.name];
    const column = `${SLOT_COLUMN[variable.type]}${variable.slot}`;
    if (variable.type === 'number') slots[column] = typeof value === 'number' && Number.isFinite(value) ? value : null;
    else if (variable.type === 'date')
      slots[column] = typeof value === 'string' && Number.isFinite(Date.parse(value)) ? value : null;
    else
      slots[column] =
        value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
  }
  return slots;
}
