import type { JsonObject, JsonValue } from '@anxin/rules';
import { dataAtToken, resolveSource } from '../engine/scope-data';
import { emit, recordHistory, type StepContext } from '../engine/step-context';
import { firstDue, scheduleTimer } from '../engine/timer-schedule';
import type { UserTaskNode, ValueSource } from '../model/process-model.type';
import type { BodyInstance, TaskState, TokenState } from '../state/instance-state.type';

function userIds(value: JsonValue): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(userIds);
  return [];
}

function collect(ctx: StepContext, sources: readonly ValueSource[], data: JsonObject, where: string): string[] {
  const ids = sources.flatMap((source, i) => userIds(resolveSource(ctx, source, data, `${where}/${i}`)));
  return [...new Set(ids)];
}

/** An instance added by 加签 is for the added user, whatever the model's assignee rule says. */
function addedInstance(ctx: StepContext, token: TokenState): BodyInstance | undefined {
  const body = token.loop ? ctx.state.scopes[token.loop.bodyId] : undefined;
  if (body?.kind !== 'body') return undefined;
  const instance = body.instances.find((i) => i.index === token.loop?.index);
  return instance?.addedBy ? instance : undefined;
}

interface Assignment {
  readonly assignee?: string;
  readonly candidateUsers: string[];
  readonly candidateGroups: string[];
}

/** Who the task is for: the assignee rule, else (inside a multi-instance) the item itself, plus candidates. */
export function resolveAssignment(ctx: StepContext, token: TokenState, node: UserTaskNode): Assignment {
  const data = dataAtToken(ctx, token.id);
  const where = `elements/${node.id}/assignment`;
  const variable = node.multiInstance?.elementVariable ?? 'item';
  const instance = token.loop ? addedInstance(ctx, token) : undefined;
  const assigned = instance
    ? userIds(instance.item)[0]
    : node.assignment.assignee
      ? userIds(resolveSource(ctx, node.assignment.assignee, data, `${where}/assignee`))[0]
      : token.loop
        ? userIds(data[variable] ?? null)[0]
        : undefined;
  return {
    ...(assigned ? { assignee: assigned } : {}),
    candidateUsers: collect(ctx, node.assignment.candidateUsers, data, `${where}/candidateUsers`),
    candidateGroups: collect(ctx, node.assignment.candidateGroups, data, `${where}/candidateGroups`),
  };
}

/**
 * Creates the task of a user task execution, applying the approver policies first: an approver who is the
 * initiator may be skipped (auto-approved), and an assignment that resolves to nobody falls back to the
 * empty-approver policy. A task whose model names nobody at all is created unassigned (a shared pool).
 */
export function executeUserTask(ctx: StepContext, token: TokenState, node: UserTaskNode): void {
  let assignment = resolveAssignment(ctx, token, node);
  const isApproval = !!node.approval;
  if (isApproval && node.initiatorApprover === 'skip' && assignment.assignee === ctx.state.initiator) {
    recordHistory(ctx, 'autoApproved', { elementId: node.id, comment: 'approver is the initiator' });
    ctx.queue.push({ kind: 'activityDone', tokenId: token.id, output: { outcome: 'approved' } });
    return;
  }
  const { assignee, candidateUsers, candidateGroups } = node.assignment;
  const modelAssigns = !!assignee || candidateUsers.length + candidateGroups.length > 0 || !!token.loop;
  const empty =
    modelAssigns && !assignment.assignee && assignment.candidateUsers.length + assignment.candidateGroups.length === 0;
  if (empty) {
    const policy = node.emptyApprover;
    if (policy.kind === 'autoApprove') {
      recordHistory(ctx, 'autoApproved', { elementId: node.id, comment: 'no approver found' });
      ctx.queue.push({ kind: 'activityDone', tokenId: token.id, output: { outcome: 'approved' } });
      return;
    }
    if (policy.kind === 'assignTo') assignment = { ...assignment, assignee: policy.user };
    else
      emit(ctx, {
        type: 'NotificationRequested',
        kind: 'escalation',
        recipients: [],
        elementId: node.id,
        actor: ctx.actor,
        comment: 'no approver found',
      });
  }
  createTask(ctx, token, node, assignment);
}

export function createTask(ctx: StepContext, token: TokenState, node: UserTaskNode, assignment: Assignment): TaskState {
  const taskId = ctx.env.newId('task');
  let dueAt: string | undefined;
  if (node.sla) {
    const timer = scheduleTimer(ctx, {
      tokenId: token.id,
      elementId: node.id,
      purpose: 'sla',
      due: firstDue(ctx, node.sla, dataAtToken(ctx, token.id)),
      ...(node.sla.calendar ? { calendar: node.sla.calendar } : {}),
    });
    dueAt = timer.dueAt;
  }
  const task: TaskState = {
    id: taskId,
    tokenId: token.id,
    elementId: node.id,
    ...(node.name ? { name: node.name } : {}),
    ...(assignment.assignee ? { assignee: assignment.assignee } : {}),
    candidateUsers: assignment.candidateUsers,
    candidateGroups: assignment.candidateGroups,
    status: 'open',
    createdAt: ctx.nowIso,
    ...(dueAt ? { dueAt } : {}),
    ...(node.formKey ? { formKey: node.formKey } : {}),
  };
  ctx.state.tasks[taskId] = task;
  emit(ctx, { type: 'TaskCreated', task });
  return task;
}
