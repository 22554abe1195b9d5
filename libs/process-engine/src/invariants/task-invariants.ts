import type { TaskState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Every open task belongs to one live token, which is active at the task's user task; no token has two open tasks
 * (no duplicate tasks); a task has an owner exactly while delegated; a task blocked by 加签 waits only for
 * instances of its own body that are still active.
 */
export function checkTasks(index: StateIndex): InvariantViolation[] {
  const { model, state } = index;
  const found: InvariantViolation[] = [];
  for (const task of Object.values(state.tasks)) {
    const token = state.tokens[task.tokenId];
    if (!token) {
      found.push(
        violation(
          'task.orphan',
          `task ${task.id} at ${task.elementId} belongs to token ${task.tokenId}, which is gone`,
          task.id,
        ),
      );
      continue;
    }
    if (
      token.elementId !== task.elementId ||
      token.phase !== 'active' ||
      model.elements[task.elementId]?.type !== 'userTask'
    ) {
      found.push(
        violation(
          'task.misplaced',
          `task ${task.id} at ${task.elementId} belongs to token ${token.id} at ${token.elementId} (${token.phase})`,
          task.id,
          token.id,
        ),
      );
    }
    if ((task.status === 'delegated') !== (task.owner !== undefined)) {
      found.push(
        violation('task.delegation', `task ${task.id} is ${task.status} with owner ${task.owner ?? 'none'}`, task.id),
      );
    }
    const blocked = blockedByProblem(index, task);
    if (blocked) found.push(violation('task.blockedBy', blocked, task.id));
  }
  for (const [tokenId, tasks] of index.tasksByToken) {
    if (tasks.length < 2) continue;
    const ids = tasks.map((t) => t.id);
    found.push(
      violation(
        'task.duplicate',
        `token ${tokenId} has ${tasks.length} open tasks: ${ids.join(', ')}`,
        tokenId,
        ...ids,
      ),
    );
  }
  return found;
}

function blockedByProblem({ state }: StateIndex, task: TaskState): string | undefined {
  if (!task.blockedBy?.length) return undefined;
  const loop = state.tokens[task.tokenId]?.loop;
  const body = loop ? state.scopes[loop.bodyId] : undefined;
  if (!loop || body?.kind !== 'body')
    return `task ${task.id} is blocked by signers but is not in a multi-instance body`;
  const stale = task.blockedBy.filter(
    (i) => i === loop.index || body.instances.find((instance) => instance.index === i)?.status !== 'active',
  );
  if (stale.length === 0) return undefined;
  return `task ${task.id} is blocked by instances ${stale.join(', ')} of body ${body.id}, which are not active signers`;
}
