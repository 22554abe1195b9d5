import { activateInstance, bodyOf, saveBody } from '../elements/multi-instance-body';
import { canReach } from '../engine/model-graph';
import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import { byId, cancelToken } from '../engine/token-ops';
import type { BodyScopeState, TrailEntry } from '../state/instance-state.type';
import type { WithdrawCommand } from './command.type';
import { moveBackTo } from './return-to.command';

/**
 * 撤回: the actor takes back their last step, allowed only while nobody has acted since (their step is the last
 * one in the trail, no command but 抄送/催办 came after it, and no later task is delegated). A signer of a running multi-instance gets their own instance
 * back (counters are undone; in a sequential body the next signer's untouched turn goes back to pending). Any
 * other step — including the vote that decided a body — is moved back to, like 退回 (the whole approval runs
 * again), and the next step's tasks are cancelled.
 */
export function withdraw(ctx: StepContext, command: WithdrawCommand): void {
  const last = ctx.state.trail[ctx.state.trail.length - 1];
  if (!last || last.actor !== command.actor) {
    refuse('withdraw.notPossible', 'actor', 'only the last step may be withdrawn, by the person who did it');
  }
  if (last.revision !== ctx.state.lastMoveRevision) {
    refuse('withdraw.notPossible', '', 'somebody has acted on the instance since');
  }
  if (Object.values(ctx.state.tasks).some((t) => t.status === 'delegated' || t.blockedBy?.length)) {
    refuse('withdraw.notPossible', '', 'the next step has already been worked on');
  }
  const body = liveBodyOf(ctx, last);
  recordHistory(ctx, 'withdrawn', {
    elementId: last.elementId,
    ...(command.comment ? { comment: command.comment } : {}),
  });
  ctx.state.trail.pop();
  if (body) return reopenInstance(ctx, body, last);
  const anchor = Object.values(ctx.state.tokens)
    .filter((t) => t.scopeId === last.scopeId && canReach(ctx.model, last.elementId, t.elementId))
    .sort(byId)[0];
  if (!anchor) refuse('withdraw.notPossible', '', 'the step is no longer on a path that can go back');
  moveBackTo(ctx, anchor, last.elementId, 'withdrawn');
}

function liveBodyOf(ctx: StepContext, entry: TrailEntry): BodyScopeState | undefined {
  const scope = entry.bodyId ? ctx.state.scopes[entry.bodyId] : undefined;
  return scope?.kind === 'body' ? bodyOf(ctx, scope.id) : undefined;
}

function reopenInstance(ctx: StepContext, body: BodyScopeState, entry: TrailEntry): void {
  const instance = body.instances.find((i) => i.status === 'completed' && i.doneBy === entry.actor);
  if (!instance) return refuse('withdraw.notPossible', '', 'the signature is no longer in a running step');
  let next = body;
  if (body.sequential) {
    for (const other of body.instances.filter((i) => i.status === 'active' && i.tokenId)) {
      cancelToken(ctx, other.tokenId as string, 'withdrawn');
      next = {
        ...next,
        instances: next.instances.map((i) =>
          i.index === other.index
            ? { index: i.index, item: i.item, status: 'pending' as const, ...(i.addedBy ? { addedBy: i.addedBy } : {}) }
            : i,
        ),
        nrOfActiveInstances: next.nrOfActiveInstances - 1,
      };
    }
  }
  saveBody(ctx, {
    ...next,
    instances: next.instances.map((i) =>
      i.index === instance.index
        ? { index: i.index, item: i.item, status: 'pending' as const, ...(i.addedBy ? { addedBy: i.addedBy } : {}) }
        : i,
    ),
    nrOfCompletedInstances: next.nrOfCompletedInstances - 1,
    nrOfApproved: next.nrOfApproved - (instance.outcome === 'approved' ? 1 : 0),
    nrOfRejected: next.nrOfRejected - (instance.outcome === 'rejected' ? 1 : 0),
  });
  activateInstance(ctx, body.id, instance.index);
}
