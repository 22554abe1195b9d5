import { commandHandlers } from '../commands/command-handlers';
import type { ProcessCommand } from '../commands/command.type';
import type { ProcessModel } from '../model/process-model.type';
import type { InstanceState } from '../state/instance-state.type';
import type { EngineEnv } from './engine-env.type';
import { runUntilQuiet } from './run-loop';
import { createContext, draftOf, StepRefusal } from './step-context';
import type { StepResult } from './step-result.type';

/** Commands that only tell people something: they do not count as acting on the instance (撤回 stays possible). */
const NOTIFY_ONLY: ReadonlySet<ProcessCommand['type']> = new Set(['cc', 'urge']);

/**
 * Executes one command on an instance: `(model, state, command, env) → { state, effects }`. A refused command
 * (`ok: false`) changes nothing; an accepted one increments `revision` by one. A command that finds nothing to do
 * (a timer that already fired) returns the state unchanged with no effects.
 */
export function execute(
  model: ProcessModel,
  state: InstanceState,
  command: ProcessCommand,
  env: EngineEnv,
): StepResult {
  if (state.status !== 'running') {
    if (command.type === 'fireTimer') return { ok: true, state, effects: [] };
    return { ok: false, error: { code: 'instance.notRunning', path: '', message: `instance is ${state.status}` } };
  }
  if (!Object.hasOwn(commandHandlers, command.type)) {
    return {
      ok: false,
      error: { code: 'command.unknown', path: 'type', message: `unknown command "${String(command.type)}"` },
    };
  }
  const draft = draftOf(state);
  const ctx = createContext(model, draft, env, command.actor);
  try {
    const handler = commandHandlers[command.type] as (c: typeof ctx, cmd: ProcessCommand) => 'noop' | void;
    if (handler(ctx, command) === 'noop') return { ok: true, state, effects: [] };
    runUntilQuiet(ctx);
  } catch (error) {
    if (error instanceof StepRefusal) return { ok: false, error: error.error };
    throw error;
  }
  draft.revision = state.revision + 1;
  if (!NOTIFY_ONLY.has(command.type)) draft.lastMoveRevision = draft.revision;
  return { ok: true, state: draft, effects: ctx.effects };
}
