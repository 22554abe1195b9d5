import { Injectable } from '@nestjs/common';
import { applyPermissions, processVariablesOf } from '@anxin/form-engine';
import type { ProcessCommand } from '@anxin/process-engine';
import type { JsonObject } from '@anxin/rules';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { AppError } from '../../../common/errors/app-error';
import { ActorContext } from '../../../common/context/actor-context.service';
import { isUuid } from '../../../common/validation/uuid.util';
import { EngineRuntime, type StepOutcome } from '../../../engine-runtime/engine-runtime.service';
import { groupsOf, InstanceAccess, type TaskForCommand } from '../access/instance-access.service';
import { jsonObjectArg, scopedRequestId } from '../access/request-id.util';
import { FormLoader } from '../forms/form-loader.service';
import { FormValidation } from '../forms/form-validation.service';

/** What a task command carries besides the task. */
export interface TaskCommandInput {
  readonly comment?: string;
  readonly data?: unknown;
  readonly requestId?: string;
}

/** A command as a resolver names it: the actor and his groups are added here. */
export type TaskCommand = ProcessCommand extends infer C
  ? C extends ProcessCommand
    ? Omit<C, 'actor' | 'groups'>
    : never
  : never;

/**
 * The approval operations on one task: the scope check, form validation of submitted data against the task's form
 * (after its field permissions), then one engine step. The engine decides what the actor may do to the task
 * (assignee, candidate, initiator…) and refuses the rest with a coded error.
 */
@Injectable()
export class TaskCommands {
  constructor(
    private readonly runtime: EngineRuntime,
    private readonly access: InstanceAccess,
    private readonly actors: ActorContext,
    private readonly db: TenantDatabase,
    private readonly forms: FormLoader,
    private readonly validation: FormValidation,
  ) {}

  /** Runs `command` on the task's instance. */
  async run(taskId: string, command: TaskCommand, input: TaskCommandInput = {}): Promise<StepOutcome> {
    // Commands that finish the user's part of a task submit its form, even empty (its required fields count).
    const submitsForm = command.type === 'complete' || command.type === 'approve' || command.type === 'resolve';
    const actor = this.actors.require();
    const requestId = scopedRequestId(actor, input.requestId);
    // The scope check, the task's form facts and the instance the step starts from, in one statement.
    const task = await this.access.taskForCommand(taskId, requestId);
    const variables = submitsForm ? await this.formData(task, input.data) : undefined;
    const full = {
      ...command,
      actor: actor.userId,
      groups: groupsOf(actor),
      ...(input.comment ? { comment: input.comment } : {}),
      ...(variables ? { variables } : {}),
    } as ProcessCommand;
    // The step is the command's whole change: the mutation's audit row goes into its statement.
    const audit = this.actors.pendingAudit()?.claim(taskId);
    return this.runtime.execute(task.id, full, requestId, { snapshot: task.snapshot, ...(audit ? { audit } : {}) });
  }

  /** 撤回: the instance's last move by the caller, named by the task he completed. */
  async withdraw(taskId: string, requestId?: string): Promise<StepOutcome> {
    const { id: instanceId } = await this.access.instanceOfTask(taskId);
    const actor = this.actors.require();
    const command: ProcessCommand = { type: 'withdraw', actor: actor.userId, groups: groupsOf(actor) };
    const audit = this.actors.pendingAudit()?.claim(taskId);
    return this.runtime.execute(instanceId, command, scopedRequestId(actor, requestId), audit ? { audit } : {});
  }

  /** Users named as targets must be active users of the caller's tenant: BAD_USER_INPUT otherwise. */
  async assertUsers(path: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) throw AppError.invalidInput(path, `${path} must name at least one user`);
    if (!userIds.every(isUuid)) throw AppError.invalidInput(path, `${path} must list user ids (UUIDs)`);
    const [row] = await this.db.transaction((em) =>
      em.execute<{ found: number }[]>(
        `select count(*)::int as found from app_user
          where active and id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))`,
        [JSON.stringify([...new Set(userIds)])],
      ),
    );
    if ((row?.found ?? 0) !== new Set(userIds).size)
      throw AppError.invalidInput(path, `${path} names a user who does not exist or is inactive`);
  }

  /** The task's form data validated and turned into process variables; plain variables when it has no form. */
  private async formData(task: TaskForCommand, data: unknown): Promise<JsonObject | undefined> {
    const object = jsonObjectArg(data, 'data') as JsonObject;
    if (!task.formKey) return Object.keys(object).length > 0 ? object : undefined;
    const loaded = await this.forms.form(task.formKey);
    const { form } = applyPermissions(loaded.form, { fields: task.fieldPermissions });
    const previous = task.snapshot.state.variables;
    const result = await this.validation.validate(form, object, this.actors.require(), { previous });
    return form.processVariables ? processVariablesOf(form, result.value) : result.value;
  }
}
