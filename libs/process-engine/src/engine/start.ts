import type { ProcessModel } from '../model/process-model.type';
import type { EngineEnv } from './engine-env.type';
import { runUntilQuiet } from './run-loop';
import { createContext, recordHistory, StepRefusal, type DraftState } from './step-context';
import type { StartInput, StepResult } from './step-result.type';
import { createToken } from './token-ops';

/**
 * Starts an instance of `model`: a token leaves the none start event (or the message start event named by
 * `input.messageName`) and runs until every token waits. Pure: the state and effects are returned as data.
 */
export function start(model: ProcessModel, input: StartInput, env: EngineEnv): StepResult {
  const startId = input.messageName ? model.scope.messageStartIds[input.messageName] : model.scope.noneStartIds[0];
  if (!startId) {
    const what = input.messageName ? `a message start event for "${input.messageName}"` : 'a none start event';
    return {
      ok: false,
      error: { code: 'start.invalid', path: 'messageName', message: `process ${model.key} has no ${what}` },
    };
  }
  const instanceId = input.instanceId ?? env.newId('instance');
  const draft: DraftState = {
    instanceId,
    processKey: model.key,
    processVersion: input.processVersion,
    revision: 0,
    lastMoveRevision: 0,
    status: 'running',
    initiator: input.initiator,
    startedAt: '',
    variables: { ...(input.variables ?? {}) },
    tokens: {},
    scopes: { [model.key]: { kind: 'process', id: model.key } },
    tasks: {},
    timers: {},
    actions: {},
    trail: [],
  };
  const ctx = createContext(model, draft, env, input.initiator);
  draft.startedAt = ctx.nowIso;
  try {
    recordHistory(ctx, 'instanceStarted', { elementId: startId, details: { variables: draft.variables } });
    const token = createToken(ctx, { elementId: startId, scopeId: model.key });
    ctx.queue.push({ kind: 'enter', tokenId: token.id, elementId: startId });
    runUntilQuiet(ctx);
  } catch (error) {
    if (error instanceof StepRefusal) return { ok: false, error: error.error };
    throw error;
  }
  draft.revision = 1;
  draft.lastMoveRevision = 1;
  return { ok: true, state: draft, effects: ctx.effects };
}
