import { activateInstance, advanceBody, bodyOf, saveBody } from '../elements/multi-instance-body';
import { emit, recordHistory, refuse, type StepContext } from '../engine/step-context';
import { cancelToken, createToken, tokenOf, updateToken } from '../engine/token-ops';
import type { BodyInstance, BodyScopeState, TaskState } from '../state/instance-state.type';
import type { AddSignersCommand, RemoveSignerCommand } from './command.type';
import { requireWorker, saveTask, taskOf } from './task-access';

/**
 * A single task becomes a body of one instance (会签 of everyone who will sign), so 加签 works the same on single
 * tasks and multi-instance ones. The task moves to the new inner token; boundary timers stay on the outer one.
 */
function bodyForTask(ctx: StepContext, task: TaskState): BodyScopeState {
  const token = tokenOf(ctx, task.tokenId);
  if (token.loop) return bodyOf(ctx, token.loop.bodyId);
  const node = ctx.model.elements[token.elementId];
  if (node?.type !== 'userTask') return refuse('signer.invalid', 'taskId', 'signers can only be added to user tasks');
  const body = saveBody(ctx, {
    kind: 'body',
    id: ctx.env.newId('body'),
    parentTokenId: token.id,
    elementId: node.id,
    sequential: false,
    mode: node.approval?.mode ?? 'all',
    instances: [{ index: 0, item: task.assignee ?? ctx.actor, status: 'active' }],
    nrOfInstances: 1,
    nrOfActiveInstances: 1,
    nrOfCompletedInstances: 0,
    nrOfApproved: 0,
    nrOfRejected: 0,
  });
  const inner = createToken(ctx, { elementId: node.id, scopeId: body.id, loop: { bodyId: body.id, index: 0 } });
  updateToken(ctx, token.id, { phase: 'body' });
  saveTask(ctx, { ...task, tokenId: inner.id }, 'signersChanged');
  for (const timer of Object.values(ctx.state.timers)) {
    if (timer.tokenId === token.id && timer.purpose === 'sla')
      ctx.state.timers[timer.id] = { ...timer, tokenId: inner.id };
  }
  return saveBody(ctx, {
    ...body,
    instances: [{ index: 0, item: task.assignee ?? ctx.actor, status: 'active', tokenId: inner.id }],
  });
}

function validUsers(body: BodyScopeState, users: readonly string[], actor: string): string[] {
  const live = new Set(
    body.instances.filter((i) => i.status === 'active' || i.status === 'pending').map((i) => i.item),
  );
  users.forEach((user, i) => {
    if (typeof user !== 'string' || user.trim() === '') refuse('signer.invalid', `users/${i}`, 'a user id is required');
    if (user === actor || live.has(user)) refuse('signer.invalid', `users/${i}`, `${user} already signs this step`);
  });
  const unique = [...new Set(users)];
  if (unique.length === 0) refuse('signer.invalid', 'users', 'name at least one signer');
  return unique;
}

/**
 * 加签. `parallel`: the new signers sign now, alongside. `before`: they sign now and the actor's task waits for
 * them. `after`: they sign once the actor has (right after the actor's turn in a sequential body). Counters
 * (`nrOfInstances`, `nrOfActiveInstances`) include them at once.
 */
export function addSigners(ctx: StepContext, command: AddSignersCommand): void {
  const task = taskOf(ctx, command.taskId);
  requireWorker(ctx, task, command.groups);
  if (task.status === 'delegated') refuse('task.notAllowed', 'taskId', 'a delegated task is resolved first');
  const users = validUsers(bodyForTask(ctx, task), command.users, ctx.actor);
  const body = bodyForTask(ctx, ctx.state.tasks[task.id] as TaskState);
  const current = tokenOf(ctx, (ctx.state.tasks[task.id] as TaskState).tokenId).loop?.index ?? 0;
  let nextIndex = Math.max(...body.instances.map((i) => i.index)) + 1;
  const added: BodyInstance[] = users.map((item) => ({
    index: nextIndex++,
    item,
    status: 'pending',
    addedBy: ctx.actor,
    ...(command.position === 'after' && !body.sequential ? { after: current } : {}),
  }));
  const at = body.instances.findIndex((i) => i.index === current) + 1;
  const instances =
    command.position === 'after' && body.sequential
      ? [...body.instances.slice(0, at), ...added, ...body.instances.slice(at)]
      : [...body.instances, ...added];
  saveBody(ctx, { ...body, instances, nrOfInstances: body.nrOfInstances + added.length });
  if (command.position !== 'after') for (const instance of added) activateInstance(ctx, body.id, instance.index);
  if (command.position === 'before') {
    const blocked = ctx.state.tasks[task.id] as TaskState;
    saveTask(
      ctx,
      { ...blocked, blockedBy: [...(blocked.blockedBy ?? []), ...added.map((i) => i.index)] },
      'signersChanged',
    );
  }
  recordHistory(ctx, 'signersAdded', {
    elementId: task.elementId,
    taskId: task.id,
    details: { users, position: command.position },
    ...(command.comment ? { comment: command.comment } : {}),
  });
}

/** 减签: a signer who has not signed yet is taken off; the body may be decided by those who remain. */
export function removeSigner(ctx: StepContext, command: RemoveSignerCommand): void {
  const task = taskOf(ctx, command.taskId);
  requireWorker(ctx, task, command.groups);
  const token = tokenOf(ctx, task.tokenId);
  if (!token.loop) refuse('signer.invalid', 'taskId', 'this step has a single signer');
  const body = bodyOf(ctx, token.loop.bodyId);
  const victim = body.instances.find(
    (i) => i.item === command.user && (i.status === 'active' || i.status === 'pending'),
  );
  if (!victim || victim.index === token.loop.index) {
    refuse('signer.invalid', 'user', `${command.user} is not a signer of this step who has yet to sign`);
  }
  if (victim.tokenId) cancelToken(ctx, victim.tokenId, 'signerRemoved');
  const wasActive = victim.status === 'active';
  saveBody(ctx, {
    ...body,
    instances: body.instances.map((i) =>
      i.index === victim.index ? { index: i.index, item: i.item, status: 'cancelled' as const } : i,
    ),
    nrOfInstances: body.nrOfInstances - 1,
    nrOfActiveInstances: body.nrOfActiveInstances - (wasActive ? 1 : 0),
  });
  for (const t of Object.values(ctx.state.tasks)) {
    if (!t.blockedBy?.includes(victim.index)) continue;
    const rest = t.blockedBy.filter((i) => i !== victim.index);
    const { blockedBy: _old, ...unblocked } = t;
    ctx.state.tasks[t.id] = rest.length > 0 ? { ...t, blockedBy: rest } : unblocked;
    emit(ctx, { type: 'TaskUpdated', task: ctx.state.tasks[t.id] as TaskState, change: 'signersChanged' });
  }
  recordHistory(ctx, 'signerRemoved', {
    elementId: task.elementId,
    taskId: task.id,
    details: { user: command.user },
    ...(command.comment ? { comment: command.comment } : {}),
  });
  advanceBody(ctx, body.id);
}
