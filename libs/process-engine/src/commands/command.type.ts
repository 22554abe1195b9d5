import type { JsonObject, JsonValue } from '@anxin/rules';

/**
 * Everything that can happen to a running instance. Each command is executed as one pure step that keeps every
 * invariant (see the README); `actor` is the authenticated user the host vouches for (`system` for timers/jobs).
 */
export type ProcessCommand =
  | CompleteCommand
  | ApproveCommand
  | RejectCommand
  | ClaimCommand
  | UnclaimCommand
  | TransferCommand
  | DelegateCommand
  | ResolveCommand
  | AddSignersCommand
  | RemoveSignerCommand
  | ReturnToCommand
  | WithdrawCommand
  | RevokeCommand
  | CcCommand
  | UrgeCommand
  | SignalCommand
  | FireTimerCommand
  | CompleteActionCommand
  | CompleteCallCommand;

export type CommandType = ProcessCommand['type'];

interface ByActor {
  readonly actor: string;
  /** The actor's groups (roles), as the host knows them: candidate-group tasks check them. */
  readonly groups?: readonly string[];
  readonly comment?: string;
}

/** Finish a task (办理); `variables` are the submitted form values. */
export interface CompleteCommand extends ByActor {
  readonly type: 'complete';
  readonly taskId: string;
  readonly variables?: JsonObject;
}

export interface ApproveCommand extends ByActor {
  readonly type: 'approve';
  readonly taskId: string;
  readonly variables?: JsonObject;
}

export interface RejectCommand extends ByActor {
  readonly type: 'reject';
  readonly taskId: string;
  readonly variables?: JsonObject;
}

export interface ClaimCommand extends ByActor {
  readonly type: 'claim';
  readonly taskId: string;
}

export interface UnclaimCommand extends ByActor {
  readonly type: 'unclaim';
  readonly taskId: string;
}

/** 转办: the task now belongs to `to`; the actor is done with it. */
export interface TransferCommand extends ByActor {
  readonly type: 'transfer';
  readonly taskId: string;
  readonly to: string;
}

/** 委派: `to` works on the task, which returns to the actor when `to` resolves it. */
export interface DelegateCommand extends ByActor {
  readonly type: 'delegate';
  readonly taskId: string;
  readonly to: string;
}

/** The delegate hands a delegated task back to its owner. */
export interface ResolveCommand extends ByActor {
  readonly type: 'resolve';
  readonly taskId: string;
  readonly variables?: JsonObject;
}

export type SignerPosition = 'before' | 'after' | 'parallel';

/** 加签. */
export interface AddSignersCommand extends ByActor {
  readonly type: 'addSigners';
  readonly taskId: string;
  readonly users: readonly string[];
  readonly position: SignerPosition;
}

/** 减签: remove a signer who has not signed yet. */
export interface RemoveSignerCommand extends ByActor {
  readonly type: 'removeSigner';
  readonly taskId: string;
  readonly user: string;
}

/** 退回: go back to an earlier completed node. */
export interface ReturnToCommand extends ByActor {
  readonly type: 'returnTo';
  readonly taskId: string;
  readonly targetElementId: string;
}

/** 撤回: the actor takes back their last step while the next step is untouched. */
export interface WithdrawCommand extends ByActor {
  readonly type: 'withdraw';
}

/** 撤销: the initiator cancels the whole instance. */
export interface RevokeCommand extends ByActor {
  readonly type: 'revoke';
}

/** 抄送. */
export interface CcCommand extends ByActor {
  readonly type: 'cc';
  readonly taskId?: string;
  readonly users: readonly string[];
}

/** 催办. */
export interface UrgeCommand extends ByActor {
  readonly type: 'urge';
  readonly taskId: string;
}

/** A message arrives (message catch, boundary, event-based gateway). */
export interface SignalCommand extends ByActor {
  readonly type: 'signal';
  readonly messageName: string;
  readonly variables?: JsonObject;
}

/** Idempotent: a timer whose token is gone does nothing. */
export interface FireTimerCommand extends ByActor {
  readonly type: 'fireTimer';
  readonly timerId: string;
}

export interface CompleteActionCommand extends ByActor {
  readonly type: 'completeAction';
  readonly actionId: string;
  /** Output of the action, read by the task's output mappings (as `result`). */
  readonly result?: JsonValue;
  /** The action failed with a business error: caught by an error boundary, else the instance fails. */
  readonly error?: { readonly code: string; readonly message?: string };
}

/** The child instance started by a call activity ended. */
export interface CompleteCallCommand extends ByActor {
  readonly type: 'completeCall';
  readonly actionId: string;
  readonly output?: JsonObject;
  readonly error?: { readonly code: string; readonly message?: string };
}
