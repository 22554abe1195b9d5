import type { ProcessCommand } from '../../commands/command.type';
import type { CheckedInstance } from './checked-instance.harness';
import { workerOf } from './command-choice.arbitrary';

export interface DrainOptions {
  /** Fire every timer before touching tasks (exercises the boundary paths), else only when no task can be done. */
  readonly timersFirst: boolean;
  readonly maxSteps: number;
}

/** The obvious next step: resolve a delegated task, approve or complete an unblocked one, or fire a timer. */
function nextCommand(instance: CheckedInstance, timersFirst: boolean): ProcessCommand | undefined {
  const { state, family } = instance;
  const tasks = Object.values(state.tasks).sort((x, y) => (x.id < y.id ? -1 : 1));
  const timer = Object.keys(state.timers).sort()[0];
  const delegated = tasks.find((t) => t.status === 'delegated');
  if (delegated) return { type: 'resolve', taskId: delegated.id, actor: workerOf(delegated) };
  if (timersFirst && timer) return { type: 'fireTimer', timerId: timer, actor: 'system' };
  const task = tasks.find((t) => !t.blockedBy?.length);
  if (task) {
    const type = family.approvalIds.has(task.elementId) ? 'approve' : 'complete';
    return { type, taskId: task.id, actor: workerOf(task) };
  }
  return timer ? { type: 'fireTimer', timerId: timer, actor: 'system' } : undefined;
}

/**
 * Liveness: keeps doing the obvious next step until the instance ends; fails when nothing can be done while it
 * still runs, when an obvious step is refused, or when it takes more than `maxSteps` steps. Returns the step count.
 */
export function drainToEnd(instance: CheckedInstance, { timersFirst, maxSteps }: DrainOptions): number {
  let steps = 0;
  while (instance.state.status === 'running') {
    const command = nextCommand(instance, timersFirst);
    if (!command) instance.fail('liveness: the instance runs but has no task to complete and no timer to fire');
    steps += 1;
    if (steps > maxSteps) instance.fail(`liveness: still running after ${maxSteps} steps`);
    if (instance.step({ command, expect: 'any' }) === 'refused')
      instance.fail('liveness: the obvious next step was refused');
  }
  return steps;
}
