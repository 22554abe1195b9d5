import { decideApproval } from '../elements/approval-decision';
import type { BodyInstance, BodyScopeState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Multi-instance bodies: the counters add up; each active instance has exactly one live inner token carrying its
 * loop and no other instance has one; a sequential body runs one turn at a time (signers added by 加签 `before` or
 * `parallel` sign alongside it, so only instances without `addedBy` count); a live body has an active instance and
 * no pending one that could start; its approval is still undecided (a decided body would have finished).
 */
export function checkBodies(index: StateIndex): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  for (const scope of Object.values(index.state.scopes)) {
    if (scope.kind !== 'body') continue;
    found.push(...checkCounters(index, scope), ...checkInstanceTokens(index, scope), ...checkProgress(scope));
  }
  return found;
}

function countWhere(body: BodyScopeState, test: (instance: BodyInstance) => boolean): number {
  return body.instances.filter(test).length;
}

function checkCounters(index: StateIndex, body: BodyScopeState): InvariantViolation[] {
  const expected = {
    nrOfInstances: countWhere(body, (i) => i.status !== 'cancelled'),
    nrOfActiveInstances: countWhere(body, (i) => i.status === 'active'),
    nrOfCompletedInstances: countWhere(body, (i) => i.status === 'completed'),
    nrOfApproved: countWhere(body, (i) => i.status === 'completed' && i.outcome === 'approved'),
    nrOfRejected: countWhere(body, (i) => i.status === 'completed' && i.outcome === 'rejected'),
  };
  const found: InvariantViolation[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const actual = body[name as keyof typeof expected];
    if (actual !== value) {
      found.push(
        violation('body.counters', `body ${body.id} has ${name} = ${actual}, its instances say ${value}`, body.id),
      );
    }
  }
  const inner = index.tokensByScope.get(body.id)?.length ?? 0;
  if (inner !== body.nrOfActiveInstances) {
    found.push(
      violation(
        'body.counters',
        `body ${body.id} has nrOfActiveInstances = ${body.nrOfActiveInstances} but ${inner} inner tokens`,
        body.id,
      ),
    );
  }
  return found;
}

function checkInstanceTokens({ state, tokensByScope }: StateIndex, body: BodyScopeState): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  const problem = (message: string, ...ids: string[]) =>
    found.push(violation('body.instanceToken', message, body.id, ...ids));
  const indexes = body.instances.map((i) => i.index);
  if (new Set(indexes).size !== indexes.length)
    problem(`body ${body.id} reuses an instance index: ${indexes.join(', ')}`);
  for (const instance of body.instances) {
    const what = `instance ${instance.index} (${instance.status}) of body ${body.id}`;
    if (instance.status !== 'active') {
      if (instance.tokenId) problem(`${what} still holds token ${instance.tokenId}`, instance.tokenId);
      continue;
    }
    const token = instance.tokenId ? state.tokens[instance.tokenId] : undefined;
    if (!token) problem(`${what} has no live inner token (${instance.tokenId ?? 'none'})`);
    else if (token.scopeId !== body.id || token.loop?.bodyId !== body.id || token.loop.index !== instance.index) {
      problem(
        `${what} holds token ${token.id}, whose scope ${token.scopeId} / loop ${JSON.stringify(token.loop ?? null)} do not match`,
        token.id,
      );
    }
  }
  for (const token of tokensByScope.get(body.id) ?? []) {
    const owner = body.instances.find((i) => i.status === 'active' && i.tokenId === token.id);
    if (!owner) problem(`inner token ${token.id} of body ${body.id} belongs to no active instance`, token.id);
  }
  return found;
}

function checkProgress(body: BodyScopeState): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  const active = body.instances.filter((i) => i.status === 'active');
  const turns = active.filter((i) => i.addedBy === undefined);
  if (body.sequential && turns.length > 1) {
    found.push(
      violation(
        'body.sequentialOverlap',
        `sequential body ${body.id} runs ${turns.length} turns at once: instances ${turns.map((i) => i.index).join(', ')}`,
        body.id,
      ),
    );
  }
  if (active.length === 0) {
    found.push(
      violation('body.stalled', `body ${body.id} of ${body.elementId} is live but has no active instance`, body.id),
    );
  }
  const startable = body.sequential
    ? []
    : body.instances.filter(
        (i) => i.status === 'pending' && body.instances.find((j) => j.index === i.after)?.status !== 'active',
      );
  if (startable.length > 0) {
    const list = startable.map((i) => i.index).join(', ');
    found.push(
      violation(
        'body.stalled',
        `parallel body ${body.id} leaves instances ${list} pending with nothing to wait for`,
        body.id,
      ),
    );
  }
  const decided = decideApproval(body);
  if (decided) {
    found.push(violation('body.decided', `body ${body.id} is ${decided} by its votes but still running`, body.id));
  }
  return found;
}
