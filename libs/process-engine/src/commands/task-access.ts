import type { JsonObject } from '@anxin/rules';
import { writeVariable, writeVariables } from '../engine/scope-data';
import { emit, recordHistory, refuse, type StepContext } from '../engine/step-context';
import { tokenOf } from '../engine/token-ops';
import { bodyOf } from '../elements/multi-instance-body';
import type { TaskState } from '../state/instance-state.type';

export function taskOf(ctx: StepContext, taskId: string): TaskState {
  return ctx.state.tasks[taskId] ?? refuse('task.notFound', 'taskId', `no open task ${taskId} in this instance`);
}

/** Whether `actor` may work the task: its assignee, or — while unassigned — one of its candidates. */
export function isWorker(task: TaskState, actor: string, groups: readonly string[] = []): boolean {
  if (task.assignee) return task.assignee === actor;
  // A pool task (nobody named in the model): the host decides who may see it; the engine lets any actor work it.
  if (task.candidateUsers.length + task.candidateGroups.length === 0) return true;
  return task.candidateUsers.includes(actor) || task.candidateGroups.some((g) => groups.includes(g));
}

export function requireWorker(ctx: StepContext, task: TaskState, groups?: readonly string[]): void {
  if (!isWorker(task, ctx.actor, groups)) {
    refuse('task.notAllowed', 'actor', `${ctx.actor} is not the assignee or a candidate of task ${task.id}`);
  }
}

export function saveTask(
  ctx: StepContext,
  task: TaskState,
  change: 'claimed' | 'unclaimed' | 'transferred' | 'delegated' | 'resolved' | 'signersChanged',
): void {
  ctx.state.tasks[task.id] = task;
  emit(ctx, { type: 'TaskUpdated', task, change });
}

export type TaskOutcome = 'approved' | 'rejected' | 'completed';

/**
 * The worker finishes a task: submitted variables are written, the step joins the trail (for 退回/撤回), and the
 * activity completes — for approvals the outcome counts in the body, a single task writes `<elementId>Outcome`.
 */
export function finishTask(
  ctx: StepContext,
  command: { taskId: string; variables?: JsonObject; comment?: string; groups?: readonly string[] },
  outcome: TaskOutcome,
): void {
  const task = taskOf(ctx, command.taskId);
  requireWorker(ctx, task, command.groups);
  if (task.status === 'delegated') refuse('task.notAllowed', 'taskId', 'a delegated task is resolved, not completed');
  if (task.blockedBy?.length) refuse('task.blocked', 'taskId', 'signers added before this one have not signed yet');
  const token = tokenOf(ctx, task.tokenId);
  if (command.variables) writeVariables(ctx, token.scopeId, command.variables, task.elementId);
  delete ctx.state.tasks[task.id];
  emit(ctx, { type: 'TaskCompleted', taskId: task.id, actor: ctx.actor, outcome });
  recordHistory(ctx, outcome === 'completed' ? 'taskCompleted' : outcome, {
    elementId: task.elementId,
    taskId: task.id,
    ...(command.comment ? { comment: command.comment } : {}),
  });
  ctx.state.trail.push({
    elementId: task.elementId,
    scopeId: token.loop ? tokenOf(ctx, bodyOf(ctx, token.loop.bodyId).parentTokenId).scopeId : token.scopeId,
    ...(token.loop ? { bodyId: token.loop.bodyId } : {}),
    tokenId: token.id,
    taskId: task.id,
    actor: ctx.actor,
    at: ctx.nowIso,
    revision: ctx.state.revision + 1,
  });
  if (!token.loop && outcome !== 'completed')
    writeVariable(ctx, token.scopeId, `${task.elementId}Outcome`, outcome, task.elementId);
  for (const timer of Object.values(ctx.state.timers)) {
    if (timer.tokenId === token.id && timer.purpose === 'sla') {
      delete ctx.state.timers[timer.id];
      emit(ctx, { type: 'TimerCancelled', timerId: timer.id });
    }
  }
  ctx.queue.push({ kind: 'activityDone', tokenId: token.id, output: { ...(command.variables ?? {}), outcome } });
}
