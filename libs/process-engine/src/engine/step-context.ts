import type { JsonObject } from '@anxin/rules';
import type { ProcessEffect } from '../effects/effect.type';
import type { ProcessModel } from '../model/process-model.type';
import type {
  ActionState,
  InstanceState,
  ScopeState,
  TaskState,
  TimerState,
  TokenState,
  TrailEntry,
} from '../state/instance-state.type';
import type { EngineEnv } from './engine-env.type';
import type { CommandError, CommandErrorCode } from './step-result.type';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The state while one step runs: every map is a private copy, so the caller's state is never touched. */
export interface DraftState extends Mutable<Omit<InstanceState, 'tokens' | 'scopes' | 'tasks' | 'timers' | 'actions'>> {
  variables: JsonObject;
  tokens: Record<string, TokenState>;
  scopes: Record<string, ScopeState>;
  tasks: Record<string, TaskState>;
  timers: Record<string, TimerState>;
  actions: Record<string, ActionState>;
  trail: TrailEntry[];
}

/** Work the run loop still has to do, in order. */
export type Work =
  | { readonly kind: 'enter'; readonly tokenId: string; readonly elementId: string; readonly flowId?: string }
  | { readonly kind: 'leave'; readonly tokenId: string; readonly onlyFlowId?: string }
  | {
      readonly kind: 'activityDone';
      readonly tokenId: string;
      /** Data the output mappings may read besides the variables (`result` of an action, a child's output). */
      readonly output?: JsonObject;
      /** Leave through this flow only (an approval's `onReject` flow). */
      readonly onlyFlowId?: string;
    };

export interface StepContext {
  readonly model: ProcessModel;
  readonly env: EngineEnv;
  /** The instant of this step, read once. */
  readonly now: number;
  readonly nowIso: string;
  /** Who caused this step (`system` for timers and host callbacks). */
  readonly actor: string;
  readonly state: DraftState;
  readonly effects: ProcessEffect[];
  readonly queue: Work[];
}

/** Thrown inside a step to refuse the whole command; caught by `start`/`execute`, never escapes the engine. */
export class StepRefusal extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

/** Refuses the command being executed: nothing of the step is kept. */
export function refuse(code: CommandErrorCode, path: string, message: string): never {
  throw new StepRefusal({ code, path, message });
}

/** A broken invariant: always a bug in the engine, never a user error. */
export class EngineInvariantError extends Error {
  override readonly name = 'EngineInvariantError';
}

export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new EngineInvariantError(message);
}

export function draftOf(state: InstanceState): DraftState {
  return {
    ...state,
    variables: { ...state.variables },
    tokens: { ...state.tokens },
    scopes: { ...state.scopes },
    tasks: { ...state.tasks },
    timers: { ...state.timers },
    actions: { ...state.actions },
    trail: [...state.trail],
  };
}

export function createContext(model: ProcessModel, state: DraftState, env: EngineEnv, actor: string): StepContext {
  const now = env.now();
  return { model, env, now, nowIso: new Date(now).toISOString(), actor, state, effects: [], queue: [] };
}

export function emit(ctx: StepContext, effect: ProcessEffect): void {
  ctx.effects.push(effect);
}

export function recordHistory(
  ctx: StepContext,
  action: string,
  fields: { elementId?: string; taskId?: string; comment?: string; details?: JsonObject; actor?: string } = {},
): void {
  const { actor = ctx.actor, ...rest } = fields;
  emit(ctx, { type: 'HistoryRecorded', entry: { at: ctx.nowIso, actor, action, ...rest } });
}
