import type { StepContext } from '../engine/step-context';
import { completeAction, completeCall } from './action.command';
import type { CommandType, ProcessCommand } from './command.type';
import { cc, urge } from './notification.command';
import { returnTo } from './return-to.command';
import { revoke } from './revoke.command';
import { signal } from './signal.command';
import { addSigners, removeSigner } from './signers.command';
import { claim, delegate, resolve, transfer, unclaim } from './task-assignment.command';
import { finishTask } from './task-access';
import { fireTimer } from './timer.command';
import { withdraw } from './withdraw.command';

type Handler<K extends CommandType> = (
  ctx: StepContext,
  command: Extract<ProcessCommand, { type: K }>,
) => 'noop' | void;

/** One handler per command type; the mapped type makes a missing command a compile error. */
export const commandHandlers: { readonly [K in CommandType]: Handler<K> } = {
  complete: (ctx, command) => finishTask(ctx, command, 'completed'),
  approve: (ctx, command) => finishTask(ctx, command, 'approved'),
  reject: (ctx, command) => finishTask(ctx, command, 'rejected'),
  claim,
  unclaim,
  transfer,
  delegate,
  resolve,
  addSigners,
  removeSigner,
  returnTo,
  withdraw,
  revoke,
  cc,
  urge,
  signal,
  fireTimer,
  completeAction,
  completeCall,
};
