import { endInstance } from '../engine/instance-end';
import { refuse, type StepContext } from '../engine/step-context';
import type { RevokeCommand } from './command.type';

/** 撤销: the initiator withdraws the whole request; every task and timer goes. */
export function revoke(ctx: StepContext, command: RevokeCommand): void {
  if (command.actor !== ctx.state.initiator)
    refuse('revoke.notAllowed', 'actor', 'only the initiator may revoke the instance');
  if (!ctx.model.allowRevoke) refuse('revoke.notAllowed', '', `process ${ctx.model.key} does not allow revoking`);
  endInstance(ctx, 'terminated', 'revoked');
}
