import { Injectable } from '@nestjs/common';
import { applyPermissions, type FieldDefinition, type FormPermissions } from '@anxin/form-engine';
import type { InstanceState } from '@anxin/process-engine';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { sqlDate, sqlDateOrNull } from '../../../common/database/sql-date.util';
import { pageOf, pageWithTotal, type PageInput } from '../../../common/graphql/page.input';
import { DataScope, type SqlCondition } from '../../../common/scope/data-scope.service';
import { assertUuid } from '../../../common/validation/uuid.util';
import { groupsOf, InstanceAccess } from '../access/instance-access.service';
import { UserNames } from '../access/user-names.service';
import { FormLoader } from '../forms/form-loader.service';
import { TaskStatusFilter, type TaskDetailObject, type TaskFilterInput, type TaskObject, type TaskPageObject } from './task.object'; // prettier-ignore
import { TASK_COLUMNS, taskListSql } from './task-list-sql.util';

export interface TaskRow {
  id: string;
  name: string | null;
  element_id: string;
  status: string;
  assignee: string | null;
  owner: string | null;
  candidate_users: string[];
  candidate_groups: string[];
  // Raw statements (`em.execute`) answer timestamps as strings: `objects` turns them into Dates.
  due_at: Date | string | null;
  priority: number;
  form_key: string | null;
  field_permissions: Record<string, 'read' | 'write' | 'hidden'> | null;
  instance_id: string;
  definition_key: string;
  number: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
  outcome: string | null;
  comment: string | null;
}

type TaskPageRow = TaskRow & { total: string };

/** Task lists and one task with its permitted form, within the caller's scope. */
@Injectable()
export class TaskQueries {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
    private readonly access: InstanceAccess,
    private readonly names: UserNames,
    private readonly forms: FormLoader,
  ) {}

  async list(filter: TaskFilterInput | undefined, page: PageInput | undefined): Promise<TaskPageObject> {
    const actor = this.scope.actor;
    const where: SqlCondition[] = [];
    if (!filter?.mine) where.push(this.access.visibleCondition());
    if (filter?.processInstanceId) {
      assertUuid('filter.processInstanceId', filter.processInstanceId);
      where.push({ sql: 'ut.instance_id = ?::uuid', params: [filter.processInstanceId] });
    }
    if (filter?.ticketNumber) where.push({ sql: 't.number = ?', params: [filter.ticketNumber] });
    if (filter?.candidateGroup)
      where.push({ sql: 'ut.candidate_groups @> array[?]::text[]', params: [filter.candidateGroup] });
    const status = filter?.status ?? (filter?.mine ? TaskStatusFilter.OPEN : TaskStatusFilter.ALL);
    const mine = filter?.mine ? { userId: actor.userId, groups: groupsOf(actor) } : undefined;
    const { rows, total } = await pageWithTotal(pageOf(page), (limit, offset) => {
      const query = taskListSql({ status, ...(mine ? { mine } : {}), where, limit, offset });
      return this.db.transaction((em) => em.execute<TaskPageRow[]>(query.sql, [...query.params]));
    });
    return { items: await this.objects(rows), total };
  }

  /** One task the caller may see, with its form after the task's field permissions and the current values. */
  async detail(id: string): Promise<TaskDetailObject> {
    await this.access.instanceOfTask(id);
    const [row] = await this.db.transaction((em) =>
      em.execute<(TaskRow & { state: InstanceState })[]>(
        `select ${TASK_COLUMNS}, i.state from user_task ut join process_instance i on i.id = ut.instance_id
           left join ticket t on t.instance_id = ut.instance_id where ut.id = ?::uuid`,
        [id],
      ),
    );
    if (!row) throw new Error(`task ${id} vanished after its access check`);
    const [task] = await this.objects([row]);
    if (!row.form_key) return { ...task!, formVersion: null, form: null, values: {} };
    const loaded = await this.forms.form(row.form_key);
    const permissions: FormPermissions = { fields: row.field_permissions ?? {} };
    const { form } = applyPermissions(loaded.form, permissions);
    const values: Record<string, unknown> = {};
    const collect = (fields: readonly FieldDefinition[]) => {
      for (const field of fields) {
        if (field.type === 'section') collect(field.fields);
        else if (field.type === 'divider') continue;
        else if (field.permission !== 'hidden' && Object.hasOwn(row.state.variables, field.key))
          values[field.key] = row.state.variables[field.key];
      }
    };
    collect(form.fields);
    return { ...task!, formVersion: loaded.version, form, values };
  }

  async objects(rows: readonly TaskRow[]): Promise<TaskObject[]> {
    const names = await this.names.refs(rows.flatMap((r) => [r.assignee, r.owner]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      elementId: r.element_id,
      status: r.status,
      assignee: r.assignee ? (names.get(r.assignee) ?? null) : null,
      owner: r.owner ? (names.get(r.owner) ?? null) : null,
      candidateUsers: r.candidate_users,
      candidateGroups: r.candidate_groups,
      dueAt: sqlDateOrNull(r.due_at),
      priority: r.priority,
      formKey: r.form_key,
      processInstanceId: r.instance_id,
      processKey: r.definition_key,
      ticketNumber: r.number,
      createdAt: sqlDate(r.created_at),
      completedAt: sqlDateOrNull(r.completed_at),
      outcome: r.outcome,
      comment: r.comment,
    }));
  }
}
