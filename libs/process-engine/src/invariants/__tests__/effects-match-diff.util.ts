import type { ProcessCommand } from '../../commands/command.type';
import type { ProcessEffect } from '../../effects/effect.type';
import type { InstanceState, TaskState } from '../../state/instance-state.type';

/**
 * The effects of an accepted step against the difference between the states before and after it: the runtime
 * mirrors tasks and timers from the effects alone, so every change must be announced, and nothing announced may be
 * missing from the state. Returns what does not match (empty when all does).
 */
export function effectsMismatch(
  before: InstanceState,
  after: InstanceState,
  effects: readonly ProcessEffect[],
  command: ProcessCommand | undefined,
): string[] {
  return [
    ...taskMismatch(before, after, effects),
    ...timerMismatch(before, after, effects, command),
    ...endMismatch(before, after, effects),
  ];
}

/**
 * Every task still open whose content changed (as the host sees it: the token it hangs on is internal) is announced
 * by a TaskUpdated effect carrying its new content. Returns the tasks that changed silently.
 */
export function silentTaskChanges(
  before: InstanceState,
  after: InstanceState,
  effects: readonly ProcessEffect[],
): string[] {
  const problems: string[] = [];
  for (const [id, task] of Object.entries(after.tasks)) {
    const old = before.tasks[id];
    if (!old || visible(old) === visible(task)) continue;
    const announced = effects.some((e) => e.type === 'TaskUpdated' && visible(e.task) === visible(task));
    if (!announced) problems.push(`task ${id} changed without a TaskUpdated effect carrying its new content`);
  }
  return problems;
}

/** A task as the host sees it: everything but the engine-internal token it hangs on. */
function visible(task: TaskState): string {
  const { tokenId: _internal, ...rest } = task;
  return JSON.stringify(rest);
}

function taskMismatch(before: InstanceState, after: InstanceState, effects: readonly ProcessEffect[]): string[] {
  const problems: string[] = [];
  const created = new Set<string>();
  const finished = new Set<string>();
  effects.forEach((effect, i) => {
    if (effect.type === 'TaskCreated') {
      created.add(effect.task.id);
      const laterGone = effects
        .slice(i + 1)
        .some((e) => (e.type === 'TaskCancelled' || e.type === 'TaskCompleted') && e.taskId === effect.task.id);
      if (!after.tasks[effect.task.id] && !laterGone)
        problems.push(`TaskCreated ${effect.task.id} is neither open nor finished afterwards`);
    }
    if (effect.type === 'TaskCancelled' || effect.type === 'TaskCompleted') {
      if (finished.has(effect.taskId)) problems.push(`task ${effect.taskId} finished twice in one step`);
      if (!before.tasks[effect.taskId] && !created.has(effect.taskId))
        problems.push(`${effect.type} for unknown task ${effect.taskId}`);
      if (after.tasks[effect.taskId]) problems.push(`${effect.type} ${effect.taskId} but the task is still open`);
      finished.add(effect.taskId);
    }
  });
  for (const id of Object.keys(before.tasks)) {
    if (!after.tasks[id] && !finished.has(id))
      problems.push(`task ${id} disappeared without TaskCompleted/TaskCancelled`);
  }
  for (const id of Object.keys(after.tasks)) {
    if (!before.tasks[id] && !created.has(id)) problems.push(`task ${id} appeared without TaskCreated`);
  }
  return problems;
}

function timerMismatch(
  before: InstanceState,
  after: InstanceState,
  effects: readonly ProcessEffect[],
  command: ProcessCommand | undefined,
): string[] {
  const problems: string[] = [];
  const fired = command?.type === 'fireTimer' ? command.timerId : undefined;
  const scheduled = new Set<string>();
  const cancelled = new Set<string>();
  effects.forEach((effect, i) => {
    if (effect.type === 'TimerScheduled') {
      scheduled.add(effect.timerId);
      const laterCancelled = effects
        .slice(i + 1)
        .some((e) => e.type === 'TimerCancelled' && e.timerId === effect.timerId);
      if (!after.timers[effect.timerId] && !laterCancelled)
        problems.push(`TimerScheduled ${effect.timerId} is gone afterwards`);
    }
    if (effect.type === 'TimerCancelled') {
      if (!before.timers[effect.timerId] && !scheduled.has(effect.timerId))
        problems.push(`TimerCancelled for unknown timer ${effect.timerId}`);
      if (effect.timerId === fired) problems.push(`timer ${effect.timerId} fired and was cancelled in the same step`);
      cancelled.add(effect.timerId);
    }
  });
  for (const id of Object.keys(before.timers)) {
    if (!after.timers[id] && !cancelled.has(id) && id !== fired)
      problems.push(`timer ${id} disappeared without TimerCancelled`);
  }
  for (const id of Object.keys(after.timers)) {
    if (!before.timers[id] && !scheduled.has(id)) problems.push(`timer ${id} appeared without TimerScheduled`);
  }
  return problems;
}

function endMismatch(before: InstanceState, after: InstanceState, effects: readonly ProcessEffect[]): string[] {
  const ended = effects.filter((e) => e.type === 'InstanceEnded');
  const endsNow = before.status === 'running' && after.status !== 'running';
  if (endsNow && (ended.length !== 1 || ended[0]?.result !== after.status)) {
    return [`the instance ended as ${after.status} with ${ended.length} InstanceEnded effects`];
  }
  if (!endsNow && ended.length > 0) return ['InstanceEnded emitted but the instance did not end in this step'];
  return [];
}
