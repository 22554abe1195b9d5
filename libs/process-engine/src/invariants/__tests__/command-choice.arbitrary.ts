import fc from 'fast-check';
import type { JsonObject } from '@anxin/rules';
import type { ProcessCommand, SignerPosition } from '../../commands/command.type';
import { canReach } from '../../engine/model-graph';
import type { ProcessModel } from '../../model/process-model.type';
import type { InstanceState, TaskState } from '../../state/instance-state.type';
import { FLAGS, INITIATOR, USERS } from './model-family.arbitrary';

/**
 * A command is generated as a *choice* (what kind, plus a few numbers) and only turned into a command against the
 * state it runs on, so that every choice means something in every state and fast-check can shrink the list.
 */
export type CommandOp =
  | 'finish'
  | 'addSigners'
  | 'removeSigner'
  | 'returnTo'
  | 'withdraw'
  | 'transfer'
  | 'delegate'
  | 'resolve'
  | 'claim'
  | 'fireTimer'
  | 'staleTimer'
  | 'cc'
  | 'urge'
  | 'garbage'
  | 'wrongActor'
  | 'revoke';

export interface CommandChoice {
  readonly op: CommandOp;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly flag: boolean;
}

const WEIGHTS: readonly (readonly [CommandOp, number])[] = [
  ['finish', 28],
  ['addSigners', 8],
  ['removeSigner', 4],
  ['returnTo', 10],
  ['withdraw', 6],
  ['transfer', 2],
  ['delegate', 4],
  ['resolve', 4],
  ['claim', 2],
  ['fireTimer', 8],
  ['staleTimer', 2],
  ['cc', 2],
  ['urge', 2],
  ['garbage', 4],
  ['wrongActor', 2],
  ['revoke', 1],
];

export const commandChoiceArb: fc.Arbitrary<CommandChoice> = fc.record({
  op: fc.oneof(...WEIGHTS.map(([op, weight]) => ({ arbitrary: fc.constant(op), weight }))),
  a: fc.nat(999),
  b: fc.nat(999),
  c: fc.nat(999),
  flag: fc.boolean(),
});

/** What the step must do: be refused, be accepted as a no-op, or either (then the invariants decide). */
export type Expectation = 'refused' | 'noop' | 'any';

export interface PickedCommand {
  readonly command: ProcessCommand;
  readonly expect: Expectation;
}

/** What the picker remembers across steps: every timer id it has seen (fired or cancelled ones become stale). */
export interface PickMemory {
  readonly seenTimerIds: Set<string>;
}

const ALL_USERS: readonly string[] = [...USERS, INITIATOR];

function nth<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** Who may work the task: its assignee, else its first candidate, else (a pool task) anybody. */
export function workerOf(task: TaskState): string {
  return task.assignee ?? task.candidateUsers[0] ?? 'anyone';
}

function sortedTasks(state: InstanceState): TaskState[] {
  return Object.values(state.tasks).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

function finishCommand(task: TaskState, choice: CommandChoice, actor: string): ProcessCommand {
  const flagName = nth(FLAGS, choice.b) as string;
  const variables: JsonObject | undefined = choice.flag ? { [flagName]: choice.c % 2 === 0 } : undefined;
  const type = choice.c % 4 === 3 ? 'reject' : choice.c % 4 === 2 ? 'complete' : 'approve';
  return { type, taskId: task.id, actor, ...(variables ? { variables } : {}) };
}

/** Mostly a signer of the task's body who has yet to sign (not the actor's own instance), sometimes anybody. */
function signerOf(state: InstanceState, task: TaskState, n: number): string {
  const loop = state.tokens[task.tokenId]?.loop;
  const body = loop ? state.scopes[loop.bodyId] : undefined;
  const signers =
    body?.kind === 'body'
      ? body.instances
          .filter((i) => i.index !== loop?.index && (i.status === 'active' || i.status === 'pending'))
          .map((i) => i.item)
          .filter((item): item is string => typeof item === 'string')
      : [];
  return nth(signers.length > 0 && n % 4 !== 0 ? signers : ALL_USERS, n) as string;
}

/**
 * Mostly a completed user task that leads to the task (or lives in another scope: an enclosing one), sometimes any
 * trail entry or any element at all — the engine must refuse those.
 */
function returnTargetOf(model: ProcessModel, state: InstanceState, task: TaskState, n: number): string {
  const trail = [...new Set(state.trail.map((e) => e.elementId))];
  const here = model.elements[task.elementId]?.scopeId;
  const plausible = trail.filter(
    (id) => id !== task.elementId && (canReach(model, id, task.elementId) || model.elements[id]?.scopeId !== here),
  );
  if (plausible.length > 0 && n % 3 !== 0) return nth(plausible, n) as string;
  return nth(trail.length > 0 && n % 5 !== 0 ? trail : Object.keys(model.elements), n) as string;
}

function taskCommand(
  state: InstanceState,
  model: ProcessModel,
  task: TaskState,
  choice: CommandChoice,
): ProcessCommand {
  const actor = workerOf(task);
  const { a, b, c } = choice;
  switch (choice.op) {
    case 'addSigners': {
      const users = [...new Set([nth(ALL_USERS, b) as string, ...(choice.flag ? [nth(ALL_USERS, c) as string] : [])])];
      const position = nth<SignerPosition>(['before', 'after', 'parallel'], a) as SignerPosition;
      return { type: 'addSigners', taskId: task.id, actor, users, position };
    }
    case 'removeSigner':
      return { type: 'removeSigner', taskId: task.id, actor, user: signerOf(state, task, b) };
    case 'returnTo':
      return { type: 'returnTo', taskId: task.id, actor, targetElementId: returnTargetOf(model, state, task, b) };
    case 'transfer':
      return { type: 'transfer', taskId: task.id, actor, to: nth(ALL_USERS, b) as string };
    case 'delegate':
      return { type: 'delegate', taskId: task.id, actor, to: nth(ALL_USERS, b) as string };
    case 'cc':
      return { type: 'cc', actor, users: [nth(ALL_USERS, b) as string], ...(choice.flag ? { taskId: task.id } : {}) };
    case 'urge':
      return { type: 'urge', taskId: task.id, actor: INITIATOR };
    default:
      return finishCommand(task, choice, actor);
  }
}

const GARBAGE: readonly ((taskId: string, actor: string) => ProcessCommand)[] = [
  (taskId, actor) => ({ type: 'complete', taskId, actor }),
  (taskId, actor) => ({ type: 'approve', taskId, actor }),
  (taskId, actor) => ({ type: 'reject', taskId, actor }),
  (taskId, actor) => ({ type: 'claim', taskId, actor }),
  (taskId, actor) => ({ type: 'transfer', taskId, actor, to: 'bob' }),
  (taskId, actor) => ({ type: 'delegate', taskId, actor, to: 'bob' }),
  (taskId, actor) => ({ type: 'resolve', taskId, actor }),
  (taskId, actor) => ({ type: 'addSigners', taskId, actor, users: ['bob'], position: 'before' }),
  (taskId, actor) => ({ type: 'removeSigner', taskId, actor, user: 'bob' }),
  (taskId, actor) => ({ type: 'returnTo', taskId, actor, targetElementId: 'start' }),
  (taskId, actor) => ({ type: 'urge', taskId, actor }),
  (taskId, actor) => ({ type: 'cc', taskId, actor, users: ['bob'] }),
  (taskId, actor) => ({ type: 'escalate', taskId, actor }) as unknown as ProcessCommand,
];

/** Turns a choice into a command that makes sense in `state` (falling back to a timer or garbage when it cannot). */
export function pickCommand(
  model: ProcessModel,
  state: InstanceState,
  choice: CommandChoice,
  memory: PickMemory,
): PickedCommand {
  const tasks = sortedTasks(state);
  const timers = Object.keys(state.timers).sort();
  const { a, b } = choice;
  switch (choice.op) {
    case 'garbage': {
      const make = nth(GARBAGE, b) as (typeof GARBAGE)[number];
      return { command: make(`task-garbage-${a}`, nth(ALL_USERS, a) as string), expect: 'refused' };
    }
    case 'staleTimer': {
      const stale = [...memory.seenTimerIds].filter((id) => !state.timers[id]).sort();
      return {
        command: { type: 'fireTimer', timerId: nth(stale, a) ?? `timer-never-${a}`, actor: 'system' },
        expect: 'noop',
      };
    }
    case 'withdraw': {
      const last = state.trail.at(-1)?.actor;
      const actor = last && b % 4 !== 0 ? last : (nth(ALL_USERS, b) as string);
      return { command: { type: 'withdraw', actor }, expect: 'any' };
    }
    case 'revoke':
      return { command: { type: 'revoke', actor: b % 4 === 0 ? 'bob' : INITIATOR }, expect: 'any' };
    case 'fireTimer':
      if (timers.length > 0) {
        return { command: { type: 'fireTimer', timerId: nth(timers, a) as string, actor: 'system' }, expect: 'any' };
      }
      break;
    case 'resolve': {
      const delegated = tasks.filter((t) => t.status === 'delegated');
      const task = nth(delegated, a);
      if (task) return { command: { type: 'resolve', taskId: task.id, actor: workerOf(task) }, expect: 'any' };
      break;
    }
    case 'claim': {
      const unassigned = tasks.filter((t) => !t.assignee);
      const task = nth(unassigned, a);
      const actor = task?.candidateUsers[b % 3] ?? nth(ALL_USERS, b) ?? 'ann';
      if (task) return { command: { type: 'claim', taskId: task.id, actor }, expect: 'any' };
      break;
    }
    case 'wrongActor': {
      const task = nth(tasks, a);
      if (task) return { command: finishCommand(task, choice, 'mallory'), expect: 'any' };
      break;
    }
    case 'removeSigner': {
      const signing = tasks.filter((t) => state.tokens[t.tokenId]?.loop);
      const task = nth(signing.length > 0 ? signing : tasks, a);
      if (task) return { command: taskCommand(state, model, task, choice), expect: 'any' };
      break;
    }
    default: {
      const task = nth(tasks, a);
      // 退回 before anything was completed can only be refused: mostly make progress instead
      const pointless = choice.op === 'returnTo' && state.trail.length === 0 && b % 4 !== 0;
      if (task)
        return {
          command: taskCommand(state, model, task, pointless ? { ...choice, op: 'finish' } : choice),
          expect: 'any',
        };
    }
  }
  const timer = nth(timers, a);
  if (timer) return { command: { type: 'fireTimer', timerId: timer, actor: 'system' }, expect: 'any' };
  return { command: { type: 'complete', taskId: `task-garbage-${a}`, actor: 'ann' }, expect: 'refused' };
}
