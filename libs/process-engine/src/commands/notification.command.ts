import { emit, recordHistory, refuse, type StepContext } from '../engine/step-context';
import type { CcCommand, UrgeCommand } from './command.type';
import { taskOf } from './task-access';

/** 抄送: people are told about the instance (or one task); the flow does not change. */
export function cc(ctx: StepContext, command: CcCommand): void {
  const users = [...new Set(command.users.filter((u) => typeof u === 'string' && u.trim() !== ''))];
  if (users.length === 0) refuse('signer.invalid', 'users', 'name at least one user to copy');
  const task = command.taskId ? taskOf(ctx, command.taskId) : undefined;
  emit(ctx, {
    type: 'NotificationRequested',
    kind: 'cc',
    recipients: users,
    actor: ctx.actor,
    ...(task ? { taskId: task.id, elementId: task.elementId } : {}),
    ...(command.comment ? { comment: command.comment } : {}),
  });
  recordHistory(ctx, 'cc', {
    ...(task ? { taskId: task.id, elementId: task.elementId } : {}),
    details: { users },
    ...(command.comment ? { comment: command.comment } : {}),
  });
}

/** 催办: whoever holds the task is reminded. */
export function urge(ctx: StepContext, command: UrgeCommand): void {
  const task = taskOf(ctx, command.taskId);
  const recipients = task.assignee ? [task.assignee] : [...task.candidateUsers];
  emit(ctx, {
    type: 'NotificationRequested',
    kind: 'urge',
    recipients,
    taskId: task.id,
    elementId: task.elementId,
    actor: ctx.actor,
    ...(task.candidateGroups.length > 0 && !task.assignee ? { data: { groups: [...task.candidateGroups] } } : {}),
    ...(command.comment ? { comment: command.comment } : {}),
  });
  recordHistory(ctx, 'urged', { taskId: task.id, elementId: task.elementId, details: { recipients } });
}
