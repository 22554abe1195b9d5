import type { JsonObject } from '@anxin/rules';
import type { ProcessCommand } from '../../src/commands/command.type';
import type { ProcessEffect } from '../../src/effects/effect.type';
import type { EngineEnv } from '../../src/engine/engine-env.type';
import { execute } from '../../src/engine/execute';
import { start } from '../../src/engine/start';
import type { StartInput } from '../../src/engine/step-result.type';
import type { ProcessModel } from '../../src/model/process-model.type';
import type { InstanceState, TaskState } from '../../src/state/instance-state.type';

/** A fake clock (advance it by hand) and sequential ids: the only fakes engine tests use. */
export function fakeEnv(startAt = Date.UTC(2026, 0, 5, 1, 0), extra: Partial<EngineEnv> = {}) {
  let now = startAt;
  let counter = 0;
  const env: EngineEnv & { advance: (ms: number) => void; setNow: (ms: number) => void } = {
    now: () => now,
    newId: (prefix) => `${prefix}-${++counter}`,
    advance: (ms) => {
      now += ms;
    },
    setNow: (ms) => {
      now = ms;
    },
    ...extra,
  };
  return env;
}

/** Drives one instance: keeps the latest state, the effects of the last step, and fails loudly on refusals. */
export class Driver {
  state: InstanceState;
  effects: readonly ProcessEffect[];

  constructor(
    readonly model: ProcessModel,
    readonly env: EngineEnv = fakeEnv(),
    input: Partial<StartInput> & { variables?: JsonObject } = {},
  ) {
    const result = start(model, { processVersion: 1, initiator: 'initiator', ...input }, env);
    if (!result.ok) throw new Error(`start refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.effects = result.effects;
  }

  run(command: ProcessCommand): readonly ProcessEffect[] {
    const result = execute(this.model, this.state, command, this.env);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.effects = result.effects;
    return result.effects;
  }

  /** Runs a command expected to be refused; returns the error and checks nothing changed. */
  refused(command: ProcessCommand) {
    const result = execute(this.model, this.state, command, this.env);
    if (result.ok) throw new Error(`${command.type} was accepted`);
    return result.error;
  }

  tasks(): TaskState[] {
    return Object.values(this.state.tasks).sort((a, b) => (a.createdAt + a.id < b.createdAt + b.id ? -1 : 1));
  }

  /** The open task at `elementId` (for `assignee`, if several). */
  task(elementId: string, assignee?: string): TaskState {
    const found = this.tasks().filter((t) => t.elementId === elementId && (!assignee || t.assignee === assignee));
    if (found.length !== 1)
      throw new Error(`expected one task at ${elementId}${assignee ? ` for ${assignee}` : ''}, found ${found.length}`);
    return found[0] as TaskState;
  }

  complete(elementId: string, variables?: JsonObject, assignee?: string) {
    const task = this.task(elementId, assignee);
    return this.run({
      type: 'complete',
      taskId: task.id,
      actor: task.assignee ?? 'anyone',
      ...(variables ? { variables } : {}),
    });
  }

  approve(elementId: string, assignee: string) {
    return this.run({ type: 'approve', taskId: this.task(elementId, assignee).id, actor: assignee });
  }

  reject(elementId: string, assignee: string) {
    return this.run({ type: 'reject', taskId: this.task(elementId, assignee).id, actor: assignee });
  }

  openAt(): string[] {
    return this.tasks()
      .map((t) => (t.assignee ? `${t.elementId}:${t.assignee}` : t.elementId))
      .sort();
  }
}
