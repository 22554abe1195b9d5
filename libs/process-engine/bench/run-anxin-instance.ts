import type { JsonObject } from '@anxin/rules';
import type { ProcessCommand } from '../src/commands/command.type';
import type { EngineEnv } from '../src/engine/engine-env.type';
import { execute } from '../src/engine/execute';
import { start } from '../src/engine/start';
import type { StepResult } from '../src/engine/step-result.type';
import type { ProcessModel } from '../src/model/process-model.type';
import type { InstanceState, TaskState } from '../src/state/instance-state.type';

function accepted(result: StepResult, what: string): InstanceState {
  if (!result.ok) throw new Error(`${what} refused: ${result.error.code} ${result.error.message}`);
  return result.state;
}

/** The oldest open task (tasks keep their creation order in the state). */
function firstOpenTask(state: InstanceState): TaskState {
  for (const id in state.tasks) {
    const task = state.tasks[id];
    if (task) return task;
  }
  throw new Error(`instance ${state.instanceId} is running but has no open task`);
}

function commandFor(model: ProcessModel, task: TaskState): ProcessCommand {
  if (!task.assignee) throw new Error(`task ${task.id} at ${task.elementId} has no assignee`);
  const node = model.elements[task.elementId];
  const isApproval = node?.type === 'userTask' && node.approval !== undefined;
  return { type: isApproval ? 'approve' : 'complete', taskId: task.id, actor: task.assignee };
}

export interface AnxinRun {
  /** The state the last step returned. */
  readonly state: InstanceState;
  /** Element ids of the tasks worked, in order. */
  readonly worked: readonly string[];
}

/**
 * Runs one instance of `model` to its end as the runtime would, minus persistence: `start`, then one command per
 * open task — `approve` on approval tasks, `complete` on the others, by the task's assignee — each on the state the
 * previous step returned. Throws if a step is refused or the instance ends other than completed.
 */
export function runAnxinInstance(model: ProcessModel, variables: JsonObject, env: EngineEnv): AnxinRun {
  let state = accepted(start(model, { processVersion: 1, initiator: 'service-desk', variables }, env), 'start');
  const worked: string[] = [];
  while (state.status === 'running') {
    const task = firstOpenTask(state);
    state = accepted(execute(model, state, commandFor(model, task), env), `task ${task.elementId}`);
    worked.push(task.elementId);
  }
  if (state.status !== 'completed') throw new Error(`instance ended ${state.status} (${state.endReason ?? ''})`);
  return { state, worked };
}
