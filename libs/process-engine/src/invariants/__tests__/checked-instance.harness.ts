import type { ProcessCommand } from '../../commands/command.type';
import type { ProcessEffect } from '../../effects/effect.type';
import { execute } from '../../engine/execute';
import { start } from '../../engine/start';
import type { InstanceState } from '../../state/instance-state.type';
import { fakeEnv } from '../../../test/support/engine-harness';
import { checkInvariants } from '../check-invariants';
import type { PickedCommand, PickMemory } from './command-choice.arbitrary';
import { effectsMismatch, silentTaskChanges } from './effects-match-diff.util';
import { familyViolations } from './family-invariants.util';
import { INITIATOR, type FamilyInstance } from './model-family.arbitrary';

export type StepOutcome = 'accepted' | 'noop' | 'refused';

/** Checks beyond the core ones (invariants, refusals, revision, effects vs diff), each switched on per property. */
export interface ExtraChecks {
  /** The family's own invariants: no duplicated token or task, one turn at a time in sequential bodies. */
  readonly family?: boolean;
  /** Every change of an open task is announced by TaskUpdated. */
  readonly taskUpdates?: boolean;
}

/**
 * Drives one instance of a generated model and checks, after `start` and after every command:
 * - `checkInvariants` finds nothing (nor the extra checks switched on);
 * - the state handed to the engine is never mutated;
 * - a refused command returns nothing new: the harness keeps the very same state object;
 * - an accepted command either is a no-op (the same state object, no effects, same revision) or raises the
 *   revision by exactly one, with effects that match the state diff.
 * Any failure throws with the commands so far, so fast-check can shrink it.
 */
export class CheckedInstance {
  state: InstanceState;
  readonly trace: string[] = [];
  readonly memory: PickMemory = { seenTimerIds: new Set() };
  private readonly alongside = new Set<string>();
  private readonly env = fakeEnv();

  constructor(
    readonly family: FamilyInstance,
    private readonly checks: ExtraChecks = {},
  ) {
    const result = start(
      family.model,
      { processVersion: 1, initiator: INITIATOR, variables: family.variables },
      this.env,
    );
    if (!result.ok) throw new Error(`start refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.trace.push('start');
    this.checkState(undefined, undefined, result.effects);
  }

  step({ command, expect }: PickedCommand): StepOutcome {
    const before = this.state;
    const snapshot = JSON.stringify(before);
    this.env.advance(60_000);
    this.trace.push(JSON.stringify(command));
    const result = execute(this.family.model, before, command, this.env);
    if (JSON.stringify(before) !== snapshot) this.fail('the engine mutated the state it was given');
    if (!result.ok) {
      if (expect === 'noop') this.fail(`expected a no-op, got refusal ${result.error.code}`);
      this.trace[this.trace.length - 1] += `  → refused ${result.error.code}`;
      return 'refused';
    }
    if (expect === 'refused') this.fail('expected a refusal, the command was accepted');
    if (result.state === before) {
      if (result.effects.length > 0) this.fail('a no-op step produced effects');
      this.trace[this.trace.length - 1] += '  → no-op';
      return 'noop';
    }
    if (expect === 'noop') this.fail('expected a no-op, the state changed');
    if (result.state.revision !== before.revision + 1) {
      this.fail(`revision went from ${before.revision} to ${result.state.revision}`);
    }
    this.state = result.state;
    this.checkState(before, command, result.effects);
    return 'accepted';
  }

  private checkState(
    before: InstanceState | undefined,
    command: ProcessCommand | undefined,
    effects: readonly ProcessEffect[],
  ) {
    const after = this.state;
    for (const id of Object.keys(after.timers)) this.memory.seenTimerIds.add(id);
    if (command?.type === 'addSigners' && command.position !== 'after') this.trackAlongside(before, command.taskId);
    this.forgetRequeued();
    const broken = [
      ...checkInvariants(this.family.model, after).map((v) => `${v.code}: ${v.message}`),
      ...(this.checks.family ? familyViolations(this.family, after, this.alongside) : []),
      // start is checked against an instance that has nothing yet
      ...effectsMismatch(before ?? { ...after, status: 'running', tasks: {}, timers: {} }, after, effects, command),
      ...(before && this.checks.taskUpdates ? silentTaskChanges(before, after, effects) : []),
    ];
    if (broken.length > 0) this.fail(broken.join('\n'));
  }

  /** Signers added `before`/`parallel` sign alongside the current turn of a sequential body. */
  private trackAlongside(before: InstanceState | undefined, taskId: string): void {
    const token = this.state.tokens[this.state.tasks[taskId]?.tokenId ?? ''];
    const body = token?.loop ? this.state.scopes[token.loop.bodyId] : undefined;
    if (body?.kind !== 'body') return;
    const old = before?.scopes[body.id];
    const known = new Set(old?.kind === 'body' ? old.instances.map((i) => i.index) : []);
    for (const i of body.instances) if (i.addedBy && !known.has(i.index)) this.alongside.add(`${body.id}#${i.index}`);
  }

  /** An alongside signer sent back to pending (撤回 in a sequential body) later signs in turn. */
  private forgetRequeued(): void {
    for (const key of this.alongside) {
      const [bodyId, index] = key.split('#');
      const body = this.state.scopes[bodyId ?? ''];
      const instance = body?.kind === 'body' ? body.instances.find((i) => String(i.index) === index) : undefined;
      if (!instance || instance.status === 'pending') this.alongside.delete(key);
    }
  }

  fail(message: string): never {
    const tokens = Object.values(this.state.tokens).map((t) => `${t.id}@${t.elementId}/${t.scopeId}/${t.phase}`);
    const tasks = Object.values(this.state.tasks).map((t) => `${t.id}@${t.elementId}:${t.assignee ?? '-'}`);
    throw new Error(
      [
        message,
        `status ${this.state.status}; tokens ${tokens.join(' ')}; tasks ${tasks.join(' ')}`,
        'steps:',
        ...this.trace.map((line) => `  ${line}`),
      ].join('\n'),
    );
  }
}
