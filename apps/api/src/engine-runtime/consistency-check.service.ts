import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { checkInvariants, type InstanceState } from '@anxin/process-engine';
import { DefinitionRegistry } from './definition-registry.service';
import { timerJobKey } from './step-plan';

export interface ConsistencyProblem {
  readonly instanceId: string;
  readonly code: string;
  readonly message: string;
}

interface Row {
  id: string;
  state: InstanceState;
  status: string;
  definition_id: string;
}

/**
 * Checks that the database tells one story: every instance state keeps the engine invariants, its open task rows
 * are exactly the state's tasks, and its pending timer jobs are exactly the state's timers. Run by the crash tests
 * and available to operators.
 */
@Injectable()
export class ConsistencyCheck {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: DefinitionRegistry,
  ) {}

  async run(): Promise<ConsistencyProblem[]> {
    const em = this.em.fork();
    const instances = await em.execute<Row[]>('select id, state, status, definition_id from process_instance');
    const openTasks = await em.execute<{ id: string; instance_id: string }[]>(
      `select id, instance_id from user_task where status in ('open', 'delegated')`,
    );
    const jobs = await em.execute<{ key: string; locked: boolean }[]>(
      `select key, locked_at is not null as locked from graphile_worker.jobs
        where task_identifier = 'anxin.fire-timer' and key is not null`,
    );
    const tasksByInstance = groupBy(openTasks, (t) => t.instance_id);
    const jobKeys = new Set(jobs.map((j) => j.key));
    const knownTimerKeys = new Set<string>();
    const problems: ConsistencyProblem[] = [];
    for (const row of instances) {
      const model = await this.definitions.modelById(row.definition_id);
      for (const violation of checkInvariants(model, row.state)) {
        problems.push({ instanceId: row.id, code: `invariant.${violation.code}`, message: violation.message });
      }
      if (row.status !== row.state.status) {
        problems.push({
          instanceId: row.id,
          code: 'row.status',
          message: `row ${row.status}, state ${row.state.status}`,
        });
      }
      const rows = new Set((tasksByInstance.get(row.id) ?? []).map((t) => t.id));
      const inState = new Set(Object.keys(row.state.tasks));
      for (const id of rows)
        if (!inState.has(id))
          problems.push({
            instanceId: row.id,
            code: 'task.orphanRow',
            message: `open task row ${id} has no task in the state`,
          });
      for (const id of inState)
        if (!rows.has(id))
          problems.push({ instanceId: row.id, code: 'task.missingRow', message: `task ${id} has no open task row` });
      for (const timerId of Object.keys(row.state.timers)) {
        const key = timerJobKey(timerId);
        knownTimerKeys.add(key);
        if (!jobKeys.has(key))
          problems.push({ instanceId: row.id, code: 'timer.missingJob', message: `timer ${timerId} has no job` });
      }
    }
    // A locked job is a fire in flight: its step may have committed (the timer left the state) before the worker
    // recorded the job's completion (batched, ADR 0008), or the worker died in between and the reaper will hand the
    // job to another, which finds the timer gone and completes it. Only an unlocked job without a timer leaks.
    for (const { key, locked } of jobs) {
      if (!locked && !knownTimerKeys.has(key))
        problems.push({ instanceId: '', code: 'timer.orphanJob', message: `job ${key} has no timer` });
    }
    return problems;
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
