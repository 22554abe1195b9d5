import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { FormPermissions } from '@anxin/form-engine';
import type { InstanceState } from '@anxin/process-engine';
import type { Actor } from '../../../common/context/actor.type';
import type { SqlValue } from '../../../common/database/inline-sql.util';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { AppError } from '../../../common/errors/app-error';
import { DataScope, type SqlCondition } from '../../../common/scope/data-scope.service';
import { assertUuid } from '../../../common/validation/uuid.util';
import type { InstanceSnapshot, StepOutcome } from '../../../engine-runtime/engine-runtime.service';

/** The candidate groups an actor belongs to: his roles and his teams (by id and by code). */
export function groupsOf(actor: Actor): string[] {
  return [...actor.roles, ...actor.teamIds, ...actor.teamCodes];
}

/** An instance the caller may see, with the facts the resolvers need. */
export interface VisibleInstance {
  readonly id: string;
  readonly definitionId: string;
  readonly definitionKey: string;
  readonly definitionVersion: number;
  readonly initiator: string;
  readonly ticketNumber: string | null;
}

/**
 * Who sees which process instance (and so its tasks, history, diagram and ticket), inside the tenant that row-level
 * security already confines him to:
 * - `admin`: all;
 * - anybody involved: the initiator, and whoever holds, held, owns or is a candidate for one of its tasks;
 * - owners: tickets of their units;
 * - engineers: tickets of their teams;
 * - other staff: tickets of their projects, and instances that belong to no project.
 * Anything else is answered as absent (NOT_FOUND).
 */
@Injectable()
export class InstanceAccess {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
  ) {}

  /** SQL condition on an instance (alias `i`) and its ticket (alias `t`, left joined): the rules above. */
  visibleCondition(): SqlCondition {
    const actor = this.scope.actor;
    if (this.scope.isTenantWide()) return { sql: 'true', params: [] };
    const parts: string[] = [
      'i.initiator = ?',
      `exists (select 1 from user_task ut where ut.instance_id = i.id and (ut.assignee = ? or ut.owner = ?
         or ut.completed_by = ? or ut.candidate_users @> array[?]::text[]
         or ut.candidate_groups && array(select jsonb_array_elements_text(?::jsonb))))`,
    ];
    const params: unknown[] = [
      actor.userId,
      actor.userId,
      actor.userId,
      actor.userId,
      actor.userId,
      JSON.stringify(groupsOf(actor)),
    ];
    const list = (ids: readonly string[]) => JSON.stringify(ids);
    if (actor.roles.includes('owner')) {
      parts.push('t.unit_id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))');
      params.push(list(actor.unitIds));
    }
    if (actor.roles.includes('engineer')) {
      parts.push('t.team = any(array(select jsonb_array_elements_text(?::jsonb)))');
      params.push(list([...actor.teamIds, ...actor.teamCodes]));
    }
    if (actor.roles.some((r) => r !== 'owner' && r !== 'engineer')) {
      parts.push(
        '(t.project_id is null or t.project_id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid)))',
      );
      params.push(list(actor.projectIds));
    }
    return { sql: `(${parts.join(' or ')})`, params };
  }

  /** The instance if the caller may see it; NOT_FOUND otherwise (also for a malformed id). */
  async instance(instanceId: string, path = 'id'): Promise<VisibleInstance> {
    assertUuid(path, instanceId);
    const found = await this.db.transaction((em) => this.visible(em, 'i.id = ?::uuid', [instanceId]));
    if (!found) throw AppError.notVisible('process instance', instanceId);
    return found;
  }

  /** The instance of a task the caller may see; NOT_FOUND otherwise. */
  async instanceOfTask(taskId: string, path = 'id'): Promise<VisibleInstance & { taskId: string }> {
    assertUuid(path, taskId);
    const found = await this.db.transaction((em) =>
      this.visible(em, 'i.id = (select instance_id from user_task where id = ?::uuid)', [taskId]),
    );
    if (!found) throw AppError.notVisible('task', taskId);
    return { ...found, taskId };
  }

  /**
   * {@link instanceOfTask}, the task's form facts and the instance row the engine step starts from (state, revision,
   * parent, and the stored result of `requestId` if that request ran already) in ONE statement: what a task command
   * needs before its engine step, so the step skips its own load.
   */
  async taskForCommand(taskId: string, requestId: string | undefined, path = 'id'): Promise<TaskForCommand> {
    assertUuid(path, taskId);
    const condition = this.visibleCondition();
    // One round trip for the tenant's settings and the statement (TenantDatabase.query).
    const [row] = await this.db.query<InstanceRow & TaskFormRow>(
      `select ${INSTANCE_COLUMNS}, ut.form_key, ut.field_permissions, i.state, i.revision, i.parent_instance_id,
              i.parent_action_id, (select r.result from command_request r where r.request_id = ?::text) as prior
         from user_task ut join process_instance i on i.id = ut.instance_id
         left join ticket t on t.instance_id = i.id
        where ut.id = ?::uuid and ${condition.sql}`,
      [requestId ?? null, taskId, ...(condition.params as SqlValue[])],
    );
    if (!row) throw AppError.notVisible('task', taskId);
    return {
      ...instanceOf(row),
      taskId,
      formKey: row.form_key,
      fieldPermissions: row.field_permissions ?? {},
      snapshot: {
        state: row.state,
        revision: row.revision,
        definitionId: row.definition_id,
        parentInstanceId: row.parent_instance_id,
        parentActionId: row.parent_action_id,
        prior: row.prior,
      },
    };
  }

  private async visible(em: EntityManager, where: string, params: unknown[]): Promise<VisibleInstance | undefined> {
    const condition = this.visibleCondition();
    const [row] = await em.execute<InstanceRow[]>(
      `select ${INSTANCE_COLUMNS} from process_instance i left join ticket t on t.instance_id = i.id
        where ${where} and ${condition.sql}`,
      [...params, ...condition.params],
    );
    return row ? instanceOf(row) : undefined;
  }
}

/** A visible task's instance with the task's form facts ({@link InstanceAccess.taskForCommand}). */
export interface TaskForCommand extends VisibleInstance {
  readonly taskId: string;
  readonly formKey: string | null;
  readonly fieldPermissions: FormPermissions['fields'];
  /** The instance row as read with the scope check: the engine step starts from it instead of loading it. */
  readonly snapshot: InstanceSnapshot;
}

const INSTANCE_COLUMNS = 'i.id, i.definition_id, i.definition_key, i.definition_version, i.initiator, t.number';

interface InstanceRow {
  id: string;
  definition_id: string;
  definition_key: string;
  definition_version: number;
  initiator: string;
  number: string | null;
}

interface TaskFormRow {
  form_key: string | null;
  field_permissions: FormPermissions['fields'] | null;
  state: InstanceState;
  revision: number;
  parent_instance_id: string | null;
  parent_action_id: string | null;
  prior: StepOutcome | null;
}

function instanceOf(row: InstanceRow): VisibleInstance {
  return {
    id: row.id,
    definitionId: row.definition_id,
    definitionKey: row.definition_key,
    definitionVersion: row.definition_version,
    initiator: row.initiator,
    ticketNumber: row.number,
  };
}
