import type { ProcessModel } from '../model/process-model.type';
import type {
  ActionState,
  InstanceState,
  ScopeState,
  TaskState,
  TimerState,
  TokenState,
} from '../state/instance-state.type';

/** What the checks look up again and again, grouped once per state: what each token holds, what each scope holds. */
export interface StateIndex {
  readonly model: ProcessModel;
  readonly state: InstanceState;
  readonly tokensByScope: ReadonlyMap<string, readonly TokenState[]>;
  readonly tasksByToken: ReadonlyMap<string, readonly TaskState[]>;
  readonly timersByToken: ReadonlyMap<string, readonly TimerState[]>;
  readonly actionsByToken: ReadonlyMap<string, readonly ActionState[]>;
  /** Sub-process and body scopes by the token they hang on. */
  readonly childScopesByToken: ReadonlyMap<string, readonly Exclude<ScopeState, { kind: 'process' }>[]>;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexState(model: ProcessModel, state: InstanceState): StateIndex {
  return {
    model,
    state,
    tokensByScope: groupBy(Object.values(state.tokens), (t) => t.scopeId),
    tasksByToken: groupBy(Object.values(state.tasks), (t) => t.tokenId),
    timersByToken: groupBy(Object.values(state.timers), (t) => t.tokenId),
    actionsByToken: groupBy(Object.values(state.actions), (a) => a.tokenId),
    childScopesByToken: groupBy(
      Object.values(state.scopes).filter((s): s is Exclude<ScopeState, { kind: 'process' }> => s.kind !== 'process'),
      (s) => s.parentTokenId,
    ),
  };
}

/** How many items of a group there are (0 when the group is absent). */
export function countOf<T>(map: ReadonlyMap<string, readonly T[]>, key: string): number {
  return map.get(key)?.length ?? 0;
}
