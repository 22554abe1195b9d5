import type { JsonValue } from '@anxin/rules';
import { endInstance } from '../engine/instance-end';
import { dataAtToken, evaluateRule, writeVariable } from '../engine/scope-data';
import { emit, invariant, recordHistory, refuse, type StepContext } from '../engine/step-context';
import { cancelToken, createToken, tokenOf, updateToken } from '../engine/token-ops';
import type { ActivityNode } from '../model/process-model.type';
import type { BodyInstance, BodyScopeState, TokenState } from '../state/instance-state.type';
import { executeActivity } from './activity';
import { decideApproval, type Outcome } from './approval-decision';

export function bodyOf(ctx: StepContext, bodyId: string): BodyScopeState {
  const body = ctx.state.scopes[bodyId];
  invariant(body?.kind === 'body', `unknown body ${bodyId}`);
  return body;
}

export function saveBody(ctx: StepContext, body: BodyScopeState): BodyScopeState {
  ctx.state.scopes[body.id] = body;
  return body;
}

function collectionOf(ctx: StepContext, token: TokenState, node: ActivityNode): JsonValue[] {
  const spec = node.multiInstance;
  invariant(spec, `${node.id} is not multi-instance`);
  const data = dataAtToken(ctx, token.id);
  const where = `elements/${node.id}/multiInstance`;
  if (spec.collection !== undefined) {
    const items = evaluateRule(ctx, spec.collection, data, `${where}/collection`);
    if (!Array.isArray(items))
      return refuse('rule.failed', `${where}/collection`, 'the collection rule must return a list');
    return items;
  }
  const count = spec.cardinality === undefined ? 0 : evaluateRule(ctx, spec.cardinality, data, `${where}/cardinality`);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    return refuse('rule.failed', `${where}/cardinality`, 'the cardinality rule must return a whole number ≥ 0');
  }
  return Array.from({ length: count }, (_, i) => i);
}

/** Items of an approval whose collection is empty, per the empty-approver policy (undefined: auto-approve). */
function emptyApprovalItems(ctx: StepContext, node: ActivityNode): JsonValue[] | undefined {
  if (node.type !== 'userTask' || !node.approval) return [];
  const policy = node.emptyApprover;
  if (policy.kind === 'assignTo') return [policy.user];
  if (policy.kind === 'escalate') {
    emit(ctx, {
      type: 'NotificationRequested',
      kind: 'escalation',
      recipients: [],
      elementId: node.id,
      actor: ctx.actor,
      comment: 'no approver found',
    });
    return [null];
  }
  return undefined;
}

/** Starts a multi-instance activity: one instance per item, all at once (parallel) or one by one (sequential). */
export function startBody(ctx: StepContext, token: TokenState, node: ActivityNode): void {
  let items = collectionOf(ctx, token, node);
  if (items.length === 0) {
    const fallback = emptyApprovalItems(ctx, node);
    if (fallback === undefined) {
      recordHistory(ctx, 'autoApproved', { elementId: node.id, comment: 'no approver found' });
      writeVariable(ctx, token.scopeId, `${node.id}Outcome`, 'approved', node.id);
      ctx.queue.push({ kind: 'activityDone', tokenId: token.id });
      return;
    }
    items = fallback;
  }
  const approval = node.type === 'userTask' ? node.approval : undefined;
  const body = saveBody(ctx, {
    kind: 'body',
    id: ctx.env.newId('body'),
    parentTokenId: token.id,
    elementId: node.id,
    sequential: node.multiInstance?.sequential ?? false,
    ...(approval ? { mode: approval.mode, ...(approval.ratio ? { ratio: approval.ratio } : {}) } : {}),
    instances: items.map((item, index) => ({ index, item, status: 'pending' })),
    nrOfInstances: items.length,
    nrOfActiveInstances: 0,
    nrOfCompletedInstances: 0,
    nrOfApproved: 0,
    nrOfRejected: 0,
  });
  updateToken(ctx, token.id, { phase: 'body' });
  if (items.length === 0) return finishBody(ctx, body.id);
  const first = body.instances.slice(0, body.sequential ? 1 : undefined);
  for (const instance of first) activateInstance(ctx, body.id, instance.index);
}

/** Starts one instance: an inner token runs the activity with the instance's item. */
export function activateInstance(ctx: StepContext, bodyId: string, index: number): void {
  const body = bodyOf(ctx, bodyId);
  const node = ctx.model.elements[body.elementId];
  invariant(node && 'boundaryIds' in node, `body ${bodyId} on a non-activity`);
  const inner = createToken(ctx, { elementId: node.id, scopeId: bodyId, loop: { bodyId, index } });
  saveBody(ctx, {
    ...body,
    instances: body.instances.map((i) => (i.index === index ? { ...i, status: 'active', tokenId: inner.id } : i)),
    nrOfActiveInstances: body.nrOfActiveInstances + 1,
  });
  executeActivity(ctx, inner, node);
}

/** An instance finished (with an approval outcome for approvals): update counters, then decide the body. */
export function bodyInstanceDone(ctx: StepContext, inner: TokenState, outcome?: Outcome): void {
  invariant(inner.loop, `token ${inner.id} is not an instance`);
  const body = bodyOf(ctx, inner.loop.bodyId);
  const index = inner.loop.index;
  const vote: Outcome | undefined = body.mode ? (outcome ?? 'approved') : outcome;
  cancelToken(ctx, inner.id, 'completionConditionMet');
  saveBody(ctx, {
    ...body,
    instances: body.instances.map((i) => (i.index === index ? completed(i, vote, ctx.actor) : i)),
    nrOfActiveInstances: body.nrOfActiveInstances - 1,
    nrOfCompletedInstances: body.nrOfCompletedInstances + 1,
    nrOfApproved: body.nrOfApproved + (vote === 'approved' ? 1 : 0),
    nrOfRejected: body.nrOfRejected + (vote === 'rejected' ? 1 : 0),
  });
  unblockTasks(ctx, body.id, index);
  advanceBody(ctx, body.id);
}

function completed(instance: BodyInstance, outcome: Outcome | undefined, actor: string): BodyInstance {
  const { tokenId: _gone, ...rest } = instance;
  return { ...rest, status: 'completed', doneBy: actor, ...(outcome ? { outcome } : {}) };
}

/** 向前加签: a task blocked by the instance that just finished may be completed once none blocks it. */
function unblockTasks(ctx: StepContext, bodyId: string, index: number): void {
  for (const task of Object.values(ctx.state.tasks)) {
    if (!task.blockedBy?.includes(index) || tokenOf(ctx, task.tokenId).loop?.bodyId !== bodyId) continue;
    const rest = task.blockedBy.filter((i) => i !== index);
    const { blockedBy: _old, ...unblocked } = task;
    const next = rest.length > 0 ? { ...task, blockedBy: rest } : unblocked;
    ctx.state.tasks[task.id] = next;
    emit(ctx, { type: 'TaskUpdated', task: next, change: 'signersChanged' });
  }
}

/**
 * After any change to a body (an instance done, a signer added or removed): finish it when its approval rule or
 * completion condition is met or nothing is left to do; otherwise start what may start now.
 */
export function advanceBody(ctx: StepContext, bodyId: string): void {
  const body = bodyOf(ctx, bodyId);
  const decided = decideApproval(body);
  if (decided) return finishBody(ctx, bodyId, decided);
  const node = ctx.model.elements[body.elementId];
  const condition = node && 'multiInstance' in node ? node.multiInstance?.completionCondition : undefined;
  if (condition !== undefined && body.nrOfCompletedInstances > 0) {
    const data = dataAtToken(ctx, body.parentTokenId);
    const locals = {
      ...data,
      nrOfInstances: body.nrOfInstances,
      nrOfActiveInstances: body.nrOfActiveInstances,
      nrOfCompletedInstances: body.nrOfCompletedInstances,
      nrOfApproved: body.nrOfApproved,
      nrOfRejected: body.nrOfRejected,
    };
    if (evaluateRule(ctx, condition, locals, `elements/${body.elementId}/completionCondition`) === true) {
      return finishBody(ctx, bodyId, body.mode ? (body.nrOfRejected > 0 ? 'rejected' : 'approved') : undefined);
    }
  }
  const startable = body.instances.filter((i) => i.status === 'pending' && isStartable(body, i));
  const next =
    body.sequential && body.nrOfActiveInstances > 0 ? [] : startable.slice(0, body.sequential ? 1 : undefined);
  for (const instance of next) activateInstance(ctx, bodyId, instance.index);
  const after = bodyOf(ctx, bodyId);
  if (after.nrOfActiveInstances === 0 && !after.instances.some((i) => i.status === 'pending')) {
    finishBody(ctx, bodyId, after.mode ? 'approved' : undefined);
  }
}

function isStartable(body: BodyScopeState, instance: BodyInstance): boolean {
  if (instance.after === undefined) return true;
  return body.instances.find((i) => i.index === instance.after)?.status !== 'active';
}

/**
 * Ends a body: instances still running are cancelled, the outcome variable `<elementId>Outcome` is written for
 * approvals, and the outer token leaves — through `onReject` when the approval was rejected.
 */
export function finishBody(ctx: StepContext, bodyId: string, outcome?: Outcome): void {
  const body = bodyOf(ctx, bodyId);
  for (const instance of body.instances) {
    if (instance.tokenId) cancelToken(ctx, instance.tokenId, 'completionConditionMet');
  }
  delete ctx.state.scopes[bodyId];
  const outer = tokenOf(ctx, body.parentTokenId);
  const node = ctx.model.elements[body.elementId];
  invariant(node, `unknown element ${body.elementId}`);
  if (outcome) {
    writeVariable(ctx, outer.scopeId, `${node.id}Outcome`, outcome, node.id);
    recordHistory(ctx, outcome, {
      elementId: node.id,
      details: { approved: body.nrOfApproved, rejected: body.nrOfRejected, instances: body.nrOfInstances },
    });
  }
  const onReject = node.type === 'userTask' && outcome === 'rejected' ? node.approval?.onReject : undefined;
  if (onReject?.kind === 'end') return endInstance(ctx, 'terminated', 'rejected');
  ctx.queue.push({
    kind: 'activityDone',
    tokenId: outer.id,
    ...(onReject?.kind === 'flow' ? { onlyFlowId: onReject.flowId } : {}),
  });
}
