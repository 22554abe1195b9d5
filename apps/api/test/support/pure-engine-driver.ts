import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  execute,
  hasModelErrors,
  parseProcess,
  projectTicket,
  start,
  type EngineEnv,
  type ProcessCommand,
  type ProcessEffect,
  type ProcessModel,
  type InstanceState,
  type TaskState,
} from '@anxin/process-engine';
import { cnWorkdaysCalendar, type DecisionTable, type JsonObject, type JsonValue } from '@anxin/rules';
import { workspaceRoot } from '@anxin/testing';

/** A file of the real `definitions/` folder. */
export function definitionText(relative: string): string {
  return readFileSync(path.join(workspaceRoot, 'definitions', relative), 'utf8');
}

export async function definitionModel(relative: string): Promise<ProcessModel> {
  const { model, problems } = await parseProcess(definitionText(relative));
  if (!model || hasModelErrors(problems)) throw new Error(`${relative}: ${JSON.stringify(problems)}`);
  return model;
}

/** A fake clock, sequential ids, the given decision tables and the built-in cn-workdays calendar. */
export function pureEnv(startAt: number, tables: Record<string, DecisionTable>) {
  let now = startAt;
  let counter = 0;
  const calendar = cnWorkdaysCalendar();
  const env: EngineEnv & { advanceTo: (ms: number) => void } = {
    now: () => now,
    newId: (prefix) => `${prefix}-${++counter}`,
    decisionTable: (key) => tables[key],
    calendar: (name) => (name === 'cn-workdays' ? calendar : undefined),
    advanceTo: (ms) => {
      now = ms;
    },
  };
  return env;
}

/**
 * Drives one instance of a definition through the pure engine, as the runtime would (without a database): keeps
 * the state, every effect so far and the ticket statuses reached, and fails loudly when a command is refused.
 */
export class PureDriver {
  state: InstanceState;
  readonly effects: ProcessEffect[] = [];
  readonly statuses: string[] = [];

  constructor(
    readonly model: ProcessModel,
    readonly env: ReturnType<typeof pureEnv>,
    input: { initiator: string; variables: JsonObject },
  ) {
    const result = start(model, { processVersion: 1, ...input }, env);
    if (!result.ok) throw new Error(`start refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.record(result.effects);
  }

  run(command: ProcessCommand): readonly ProcessEffect[] {
    const result = execute(this.model, this.state, command, this.env);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.record(result.effects);
    return result.effects;
  }

  /** Runs a command expected to be refused; returns the error (the state does not change). */
  refused(command: ProcessCommand) {
    const result = execute(this.model, this.state, command, this.env);
    if (result.ok) throw new Error(`${command.type} was accepted`);
    return result.error;
  }

  /** The one open task at `elementId` (for `assignee`, if given). */
  task(elementId: string, assignee?: string): TaskState {
    const found = Object.values(this.state.tasks).filter(
      (t) => t.elementId === elementId && (assignee === undefined || t.assignee === assignee),
    );
    if (found.length !== 1) throw new Error(`expected one task at ${elementId}, found ${found.length}`);
    return found[0] as TaskState;
  }

  /** Open tasks as `elementId:assignee` (or `elementId:[groups]`), sorted. */
  openTasks(): string[] {
    return Object.values(this.state.tasks)
      .map((t) => `${t.elementId}:${t.assignee ?? `[${t.candidateGroups.join(',')}]`}`)
      .sort();
  }

  complete(elementId: string, actor: string, variables?: JsonObject, groups?: string[]) {
    const command = { type: 'complete', taskId: this.task(elementId).id, actor } as const;
    return this.run({ ...command, ...(variables ? { variables } : {}), ...(groups ? { groups } : {}) });
  }

  approve(elementId: string, actor: string) {
    return this.run({ type: 'approve', taskId: this.task(elementId, actor).id, actor });
  }

  reject(elementId: string, actor: string, comment: string) {
    return this.run({ type: 'reject', taskId: this.task(elementId, actor).id, actor, comment });
  }

  /** The pending action at `elementId`: its action name and input. */
  action(elementId: string): { id: string; action: string; input: JsonObject } {
    const pending = Object.values(this.state.actions).find((a) => a.elementId === elementId);
    if (!pending) throw new Error(`no pending action at ${elementId}`);
    const requested = this.effects.filter(
      (e): e is Extract<ProcessEffect, { type: 'ActionRequested' }> =>
        e.type === 'ActionRequested' && e.actionId === pending.id,
    )[0];
    if (!requested) throw new Error(`no ActionRequested for ${pending.id}`);
    return { id: pending.id, action: requested.action, input: requested.input };
  }

  answer(elementId: string, result: JsonValue) {
    return this.run({ type: 'completeAction', actionId: this.action(elementId).id, actor: 'system', result });
  }

  timer(elementId: string) {
    const found = Object.values(this.state.timers).find((t) => t.elementId === elementId);
    if (!found) throw new Error(`no timer at ${elementId}`);
    return found;
  }

  fire(elementId: string) {
    const timer = this.timer(elementId);
    this.env.advanceTo(Date.parse(timer.dueAt));
    return this.run({ type: 'fireTimer', timerId: timer.id, actor: 'system' });
  }

  ticketFields() {
    return projectTicket(this.model, this.state, [])?.fields ?? {};
  }

  private record(effects: readonly ProcessEffect[]) {
    this.effects.push(...effects);
    for (const status of projectTicket(this.model, this.state, effects)?.statuses ?? []) {
      if (this.statuses[this.statuses.length - 1] !== status) this.statuses.push(status);
    }
  }
}
