import type { JsonObject } from '@anxin/rules';
import type { ProcessEffect } from '../effects/effect.type';
import type { InstanceState } from '../state/instance-state.type';

/** Codes of commands the engine refuses; the state is then unchanged and no effect is produced. */
export type CommandErrorCode =
  | 'command.unknown'
  | 'instance.notRunning'
  | 'task.notFound'
  | 'task.notAllowed'
  | 'task.notApproval'
  | 'task.blocked'
  | 'task.notDelegated'
  | 'task.alreadyAssigned'
  | 'timer.notFound'
  | 'action.notFound'
  | 'message.notExpected'
  | 'signer.invalid'
  | 'return.invalidTarget'
  | 'withdraw.notPossible'
  | 'revoke.notAllowed'
  | 'start.invalid'
  | 'rule.failed';

export interface CommandError {
  readonly code: CommandErrorCode;
  /** Which part of the command is at fault (`taskId`, `users/1`, `targetElementId`…). */
  readonly path: string;
  readonly message: string;
}

/** The outcome of `start` or `execute`: the next state and its effects, or a refusal that changed nothing. */
export type StepResult =
  | { readonly ok: true; readonly state: InstanceState; readonly effects: readonly ProcessEffect[] }
  | { readonly ok: false; readonly error: CommandError };

export interface StartInput {
  readonly instanceId?: string;
  readonly processVersion: number;
  readonly initiator: string;
  readonly variables?: JsonObject;
  /** Start through the message start event of that name instead of the none start event. */
  readonly messageName?: string;
}
