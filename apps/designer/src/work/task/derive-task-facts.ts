import type { UserTaskInfo } from '../process/bpmn-user-tasks';
import type { HistoryEntry, TaskSummary, UserRef } from './task.operations';

export interface TaskFacts {
  approval: boolean;
  returnTargets: { id: string; name: string }[];
  signers: UserRef[];
}

const FINISHED = new Set(['taskCompleted', 'approved']);

/**
 * What the task page derives from the instance: whether the step is an approval (its BPMN), the earlier steps it
 * may go back to (user tasks finished before, from the history) and the other open signers of the same approval.
 */
export function deriveTaskFacts(input: {
  task: Pick<TaskSummary, 'id' | 'elementId'>;
  meId: string;
  userTasks: ReadonlyMap<string, UserTaskInfo>;
  history: readonly HistoryEntry[];
  instanceTasks: readonly TaskSummary[];
}): TaskFacts {
  const { task, meId, userTasks, history, instanceTasks } = input;
  const returnTargets = new Map<string, string>();
  for (const entry of history) {
    if (!FINISHED.has(entry.type) || !entry.elementId || entry.elementId === task.elementId) continue;
    const info = userTasks.get(entry.elementId);
    if (info) returnTargets.set(info.id, info.name);
  }
  const signers = instanceTasks
    .filter((other) => other.id !== task.id && other.elementId === task.elementId && other.status === 'open')
    .flatMap((other) => (other.assignee && other.assignee.id !== meId ? [other.assignee] : []));
  return {
    approval: userTasks.get(task.elementId)?.approval ?? false,
    returnTargets: [...returnTargets].map(([id, name]) => ({ id, name })),
    signers,
  };
}
