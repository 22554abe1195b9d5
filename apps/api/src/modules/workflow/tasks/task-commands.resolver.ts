import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar';
import { CommandResultObject, commandResultOf } from './command-result.object';
import { SignerPosition } from './task.object';
import { TaskCommands } from './task-commands.service';

const id = () => Args('id', { type: () => ID });
const requestId = () => Args('requestId', { type: () => String, nullable: true });
const comment = () => Args('comment', { type: () => String, nullable: true });
const data = () => Args('data', { type: () => JsonScalar, nullable: true });

/** The approval operations Chinese approvers expect, one engine step each (see the process engine's README). */
@Resolver()
export class TaskCommandsResolver {
  constructor(private readonly commands: TaskCommands) {}

  @Mutation(() => CommandResultObject, { description: '认领: take a task offered to you or your group.' })
  async claimTask(@id() taskId: string, @requestId() rid?: string): Promise<CommandResultObject> {
    return commandResultOf(await this.commands.run(taskId, { type: 'claim', taskId }, { ...opt(rid) }));
  }

  @Mutation(() => CommandResultObject, { description: 'Complete a task with its form data (validated).' })
  async completeTask(
    @id() taskId: string,
    @data() formData?: unknown,
    @comment() text?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    const input = { data: formData, ...opt(rid, text) };
    return commandResultOf(await this.commands.run(taskId, { type: 'complete', taskId }, input));
  }

  @Mutation(() => CommandResultObject, { description: '同意: approve (会签/或签/依次 count it).' })
  async approveTask(
    @id() taskId: string,
    @comment() text?: string,
    @data() formData?: unknown,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    const input = { data: formData, ...opt(rid, text) };
    return commandResultOf(await this.commands.run(taskId, { type: 'approve', taskId }, input));
  }

  @Mutation(() => CommandResultObject, { description: '驳回: reject, with a comment.' })
  async rejectTask(
    @id() taskId: string,
    @comment() text?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    return commandResultOf(await this.commands.run(taskId, { type: 'reject', taskId }, opt(rid, text)));
  }

  @Mutation(() => CommandResultObject, { description: '转办: the task now belongs to another user.' })
  async transferTask(
    @id() taskId: string,
    @Args('toUserId', { type: () => ID }) to: string,
    @comment() text?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    await this.commands.assertUsers('toUserId', [to]);
    return commandResultOf(await this.commands.run(taskId, { type: 'transfer', taskId, to }, opt(rid, text)));
  }

  @Mutation(() => CommandResultObject, { description: '委派: another user works on it; it comes back on resolve.' })
  async delegateTask(
    @id() taskId: string,
    @Args('toUserId', { type: () => ID }) to: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    await this.commands.assertUsers('toUserId', [to]);
    return commandResultOf(await this.commands.run(taskId, { type: 'delegate', taskId, to }, opt(rid)));
  }

  @Mutation(() => CommandResultObject, { description: 'The delegate hands a delegated task back to its owner.' })
  async resolveTask(
    @id() taskId: string,
    @data() formData?: unknown,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    const input = { data: formData, ...opt(rid) };
    return commandResultOf(await this.commands.run(taskId, { type: 'resolve', taskId }, input));
  }

  @Mutation(() => CommandResultObject, { description: '加签: add signers before, after or beside you.' })
  async addSigners(
    @id() taskId: string,
    @Args('userIds', { type: () => [ID] }) users: string[],
    @Args('position', { type: () => SignerPosition }) position: SignerPosition,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    await this.commands.assertUsers('userIds', users);
    const command = { type: 'addSigners' as const, taskId, users, position };
    return commandResultOf(await this.commands.run(taskId, command, opt(rid)));
  }

  @Mutation(() => CommandResultObject, { description: '减签: remove a signer who has not signed yet.' })
  async removeSigner(
    @id() taskId: string,
    @Args('userId', { type: () => ID }) user: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    return commandResultOf(await this.commands.run(taskId, { type: 'removeSigner', taskId, user }, opt(rid)));
  }

  @Mutation(() => CommandResultObject, { description: '退回: send the work back to an earlier step.' })
  async returnTask(
    @id() taskId: string,
    @Args('targetElementId', { type: () => String }) targetElementId: string,
    @comment() text?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    const command = { type: 'returnTo' as const, taskId, targetElementId };
    return commandResultOf(await this.commands.run(taskId, command, opt(rid, text)));
  }

  @Mutation(() => CommandResultObject, { description: '撤回: take back your last step while nobody acted on it.' })
  async withdrawTask(@id() taskId: string, @requestId() rid?: string): Promise<CommandResultObject> {
    return commandResultOf(await this.commands.withdraw(taskId, rid));
  }

  @Mutation(() => CommandResultObject, { description: '抄送: tell users about the task.' })
  async ccTask(
    @id() taskId: string,
    @Args('userIds', { type: () => [ID] }) users: string[],
    @comment() text?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    await this.commands.assertUsers('userIds', users);
    return commandResultOf(await this.commands.run(taskId, { type: 'cc', taskId, users }, opt(rid, text)));
  }

  @Mutation(() => CommandResultObject, { description: '催办: remind whoever holds the task.' })
  async urgeTask(
    @id() taskId: string,
    @Args('message', { type: () => String, nullable: true }) message?: string,
    @requestId() rid?: string,
  ): Promise<CommandResultObject> {
    return commandResultOf(await this.commands.run(taskId, { type: 'urge', taskId }, opt(rid, message)));
  }
}

function opt(requestId?: string, comment?: string): { requestId?: string; comment?: string } {
  return { ...(requestId !== undefined && { requestId }), ...(comment ? { comment } : {}) };
}
