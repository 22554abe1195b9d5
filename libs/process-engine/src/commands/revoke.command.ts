import { endInstance } from '../engine/instance-end';
import { dataAt, evaluateRule } from '../engine/scope-data';
import { refuse, type StepContext } from '../engine/step-context';
import { isTruthy } from '@anxin/rules';
import type { RevokeCommand } from './command.type';

/** 撤销: the initiator withdraws the whole request (while `anxin:revokeCondition` holds); every task and timer goes. */
export function revoke(ctx: StepContext, command: RevokeCommand): void {
  if (command.actor !== ctx.state.initiator)
    refuse('revoke.notAllowed', 'actor', 'only the initiator may revoke the instance');
  if (!ctx.model.allowRevoke) refuse('revoke.notAllowed', '', `process ${ctx.model.key} does not allow revoking`);
  const condition = ctx.model.revokeCondition;
  if (condition !== undefined) {
    const data = dataAt(ctx, ctx.model.key);
    if (!isTruthy(evaluateRule(ctx, condition, data, 'anxin:revokeCondition')))
      refuse('revoke.notAllowed', '', `process ${ctx.model.key} no longer allows revoking (anxin:revokeCondition)`);
  }
  endInstance(ctx, 'terminated', 'revoked');
}
