import { evaluate, type JsonLogicRule, type JsonObject, type JsonValue } from '@anxin/rules';
import type { ValueSource } from '../model/process-model.type';
import type { ScopeState } from '../state/instance-state.type';
import { invariant, recordHistory, refuse, type StepContext } from './step-context';

/**
 * The data a rule sees at a token: process variables, overlaid by each enclosing sub-process's locals and, inside a
 * multi-instance body, the item, `loopCounter` and the `nrOf*` counters. `initiator` is always readable.
 */
export function dataAt(ctx: StepContext, scopeId: string): JsonObject {
  const layers: JsonObject[] = [];
  let scope: ScopeState | undefined = ctx.state.scopes[scopeId];
  while (scope && scope.kind !== 'process') {
    layers.push(scope.kind === 'subProcess' ? scope.variables : bodyLocals(ctx, scope));
    const parent = ctx.state.tokens[scope.parentTokenId];
    invariant(parent, `scope ${scope.id} lost its parent token`);
    scope = ctx.state.scopes[parent.scopeId];
  }
  const data: Record<string, JsonValue> = { ...ctx.state.variables, initiator: ctx.state.initiator };
  for (let i = layers.length - 1; i >= 0; i -= 1) Object.assign(data, layers[i]);
  return data;
}

function bodyLocals(ctx: StepContext, body: Extract<ScopeState, { kind: 'body' }>): JsonObject {
  const node = ctx.model.elements[body.elementId];
  const variable = node && 'multiInstance' in node ? (node.multiInstance?.elementVariable ?? 'item') : 'item';
  return {
    nrOfInstances: body.nrOfInstances,
    nrOfActiveInstances: body.nrOfActiveInstances,
    nrOfCompletedInstances: body.nrOfCompletedInstances,
    nrOfApproved: body.nrOfApproved,
    nrOfRejected: body.nrOfRejected,
    [variable]: null,
  };
}

/** Data at a token: its scope's data plus, for an inner multi-instance token, its own item and loop counter. */
export function dataAtToken(ctx: StepContext, tokenId: string): JsonObject {
  const token = ctx.state.tokens[tokenId];
  invariant(token, `unknown token ${tokenId}`);
  const data = dataAt(ctx, token.scopeId);
  if (!token.loop) return data;
  const body = ctx.state.scopes[token.loop.bodyId];
  invariant(body?.kind === 'body', `token ${tokenId} lost its body`);
  const instance = body.instances.find((i) => i.index === token.loop?.index);
  const node = ctx.model.elements[body.elementId];
  const variable = node && 'multiInstance' in node ? (node.multiInstance?.elementVariable ?? 'item') : 'item';
  return { ...data, [variable]: instance?.item ?? null, loopCounter: token.loop.index };
}

/** Evaluates a rule; a failing rule refuses the whole command (nothing is half-applied). */
export function evaluateRule(ctx: StepContext, rule: JsonLogicRule, data: JsonObject, where: string): JsonValue {
  const result = ctx.env.evaluate
    ? ctx.env.evaluate(rule, data)
    : evaluate(rule, data, { now: ctx.env.now, ...(ctx.env.calendar ? { calendar: ctx.env.calendar } : {}) });
  if (result.ok) return result.value;
  const first = result.problems[0];
  return refuse('rule.failed', where, `${where}: ${first ? `${first.code} ${first.message}` : 'rule failed'}`);
}

export function resolveSource(ctx: StepContext, source: ValueSource, data: JsonObject, where: string): JsonValue {
  return source.kind === 'literal' ? source.value : evaluateRule(ctx, source.rule, data, where);
}

/**
 * Writes a variable where it lives: the nearest enclosing sub-process that declares it locally, else the process.
 * Every write is recorded in the history with its old and new value.
 */
export function writeVariable(ctx: StepContext, scopeId: string, name: string, value: JsonValue, elementId?: string) {
  let scope: ScopeState | undefined = ctx.state.scopes[scopeId];
  while (scope && scope.kind !== 'process') {
    if (scope.kind === 'subProcess' && Object.hasOwn(scope.variables, name)) {
      const before = scope.variables[name] ?? null;
      ctx.state.scopes[scope.id] = { ...scope, variables: { ...scope.variables, [name]: value } };
      recordWrite(ctx, name, before, value, elementId);
      return;
    }
    const parent = ctx.state.tokens[scope.parentTokenId];
    scope = parent ? ctx.state.scopes[parent.scopeId] : undefined;
  }
  const before = ctx.state.variables[name] ?? null;
  ctx.state.variables[name] = value;
  recordWrite(ctx, name, before, value, elementId);
}

function recordWrite(ctx: StepContext, name: string, before: JsonValue, after: JsonValue, elementId?: string) {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  recordHistory(ctx, 'variableChanged', { ...(elementId ? { elementId } : {}), details: { name, before, after } });
}

export function writeVariables(ctx: StepContext, scopeId: string, values: JsonObject, elementId?: string): void {
  for (const [name, value] of Object.entries(values)) writeVariable(ctx, scopeId, name, value ?? null, elementId);
}
