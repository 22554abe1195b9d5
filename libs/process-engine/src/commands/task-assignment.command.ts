import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import type { TaskState } from '../state/instance-state.type';
import type { ClaimCommand, DelegateCommand, ResolveCommand, TransferCommand, UnclaimCommand } from './command.type';
import { isWorker, requireWorker, saveTask, taskOf } from './task-access';
import { writeVariables } from '../engine/scope-data';
import { tokenOf } from '../engine/token-ops';

function withoutKeys(task: TaskState, ...keys: ('assignee' | 'owner')[]): TaskState {
  const copy: Record<string, unknown> = { ...task };
  for (const key of keys) delete copy[key];
  return copy as unknown as TaskState;
}

function requireUser(user: string, path: string): void {
  if (typeof user !== 'string' || user.trim() === '') refuse('task.notAllowed', path, 'a user id is required');
}

export function claim(ctx: StepContext, command: ClaimCommand): void {
  const task = taskOf(ctx, command.taskId);
  if (task.assignee) refuse('task.alreadyAssigned', 'taskId', `task ${task.id} is assigned to ${task.assignee}`);
  requireWorker(ctx, task, command.groups);
  saveTask(ctx, { ...task, assignee: ctx.actor }, 'claimed');
  recordHistory(ctx, 'claimed', { elementId: task.elementId, taskId: task.id });
}

export function unclaim(ctx: StepContext, command: UnclaimCommand): void {
  const task = taskOf(ctx, command.taskId);
  if (task.assignee !== ctx.actor || task.status !== 'open') {
    refuse('task.notAllowed', 'actor', 'only the assignee of an open task may give it back');
  }
  if (task.candidateUsers.length + task.candidateGroups.length === 0) {
    refuse('task.notAllowed', 'taskId', 'a task without candidates cannot be unclaimed: transfer it instead');
  }
  saveTask(ctx, withoutKeys(task, 'assignee'), 'unclaimed');
  recordHistory(ctx, 'unclaimed', { elementId: task.elementId, taskId: task.id });
}

/** 转办: the task now belongs to another user; the actor is done with it. */
export function transfer(ctx: StepContext, command: TransferCommand): void {
  const task = taskOf(ctx, command.taskId);
  requireUser(command.to, 'to');
  requireWorker(ctx, task, command.groups);
  if (task.status === 'delegated') refuse('task.notAllowed', 'taskId', 'a delegated task is resolved, not transferred');
  saveTask(ctx, { ...task, assignee: command.to }, 'transferred');
  recordHistory(ctx, 'transferred', {
    elementId: task.elementId,
    taskId: task.id,
    details: { from: ctx.actor, to: command.to },
    ...(command.comment ? { comment: command.comment } : {}),
  });
}

/** 委派: another user works the task, which comes back to the actor (its owner) when resolved. */
export function delegate(ctx: StepContext, command: DelegateCommand): void {
  const task = taskOf(ctx, command.taskId);
  requireUser(command.to, 'to');
  requireWorker(ctx, task, command.groups);
  if (task.status === 'delegated') refuse('task.notAllowed', 'taskId', 'the task is already delegated');
  if (command.to === ctx.actor) refuse('task.notAllowed', 'to', 'a task cannot be delegated to oneself');
  saveTask(ctx, { ...task, owner: ctx.actor, assignee: command.to, status: 'delegated' }, 'delegated');
  recordHistory(ctx, 'delegated', {
    elementId: task.elementId,
    taskId: task.id,
    details: { from: ctx.actor, to: command.to },
    ...(command.comment ? { comment: command.comment } : {}),
  });
}

/** The delegate hands the task back to its owner, with what they filled in. */
export function resolve(ctx: StepContext, command: ResolveCommand): void {
  const task = taskOf(ctx, command.taskId);
  if (task.status !== 'delegated' || !task.owner)
    refuse('task.notDelegated', 'taskId', `task ${task.id} is not delegated`);
  if (!isWorker(task, ctx.actor)) refuse('task.notAllowed', 'actor', 'only the delegate may resolve the task');
  if (command.variables) writeVariables(ctx, tokenOf(ctx, task.tokenId).scopeId, command.variables, task.elementId);
  saveTask(ctx, { ...withoutKeys(task, 'owner'), assignee: task.owner, status: 'open' }, 'resolved');
  recordHistory(ctx, 'resolved', {
    elementId: task.elementId,
    taskId: task.id,
    details: { to: task.owner },
    ...(command.comment ? { comment: command.comment } : {}),
  });
}
