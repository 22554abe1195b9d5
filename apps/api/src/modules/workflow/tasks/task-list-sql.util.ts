import type { SqlCondition } from '../../../common/scope/data-scope.service';
import { TaskStatusFilter } from './task.object';

/** The columns of a task row, from `user_task ut join process_instance i left join ticket t`. */
export const TASK_COLUMNS = `ut.id, ut.name, ut.element_id, ut.status, ut.assignee, ut.owner, ut.candidate_users,
  ut.candidate_groups, ut.due_at, ut.priority, ut.form_key, ut.field_permissions, ut.instance_id, i.definition_key,
  t.number, ut.created_at, ut.completed_at, ut.outcome, ut.comment`;

const STATUS_SQL: Record<TaskStatusFilter, string> = {
  [TaskStatusFilter.OPEN]: `ut.status in ('open', 'delegated')`,
  [TaskStatusFilter.COMPLETED]: `ut.status = 'completed'`,
  [TaskStatusFilter.CANCELLED]: `ut.status = 'cancelled'`,
  [TaskStatusFilter.ALL]: 'true',
};

export interface TaskListQuery {
  readonly status: TaskStatusFilter;
  /** My inbox: tasks assigned to the user, and unassigned ones offered to him by name or to one of his groups. */
  readonly mine?: { readonly userId: string; readonly groups: readonly string[] };
  /** Further conditions on `ut`, `i` and `t` (the caller's scope, the filter's fields). */
  readonly where: readonly SqlCondition[];
  readonly limit: number;
  readonly offset: number;
}

/**
 * One page of tasks with `count(*) over ()` as `total`, newest first, as SQL with `?` parameters.
 *
 * "Mine" is two disjoint arms (assignee = me; assignee is null and I or my groups are candidates) combined with
 * UNION ALL, not OR: each arm on its own matches a partial index of user_task (`user_task_open_assignee_index`, and
 * the GIN `user_task_open_candidate_*_index`es, whose predicate is `status = 'open' and assignee is null`), so the
 * inbox reads the user's few dozen rows whatever the size of the table, and the total counts the same rows. An
 * unassigned open task is never `delegated` (delegating names the delegate as assignee), so the second arm asks for
 * `status = 'open'` exactly, as the indexes do.
 *
 * The open inbox (the common case) finds its ids through `anxin_open_inbox_tasks`, a SECURITY DEFINER function that
 * filters on the current tenant itself: under row-level security the array operators of the offered arm are not
 * leakproof, so PostgreSQL would not use the GIN indexes for them (docs/adr/0004-inbox-security-definer.md). The
 * rows are then read by id under the tenant policy as usual.
 */
export function taskListSql(query: TaskListQuery): SqlCondition {
  const extra = query.where.map((c) => c.sql);
  const extraParams = query.where.flatMap((c) => c.params);
  const page = [query.limit, query.offset];
  if (!query.mine) {
    return {
      sql: `select ${TASK_COLUMNS}, count(*) over () as total
          from user_task ut join process_instance i on i.id = ut.instance_id
          left join ticket t on t.instance_id = ut.instance_id
         where ${[STATUS_SQL[query.status], ...extra].join(' and ')}
         order by ut.created_at desc, ut.id desc limit ? offset ?`,
      params: [...extraParams, ...page],
    };
  }
  const mine =
    query.status === TaskStatusFilter.OPEN
      ? `select ut.* from anxin_open_inbox_tasks(?, array(select jsonb_array_elements_text(?::jsonb))) f
          join user_task ut on ut.id = f.id`
      : `select ut.* from user_task ut where ${STATUS_SQL[query.status]} and ut.assignee = ?
          union all
          select ut.* from user_task ut where ${STATUS_SQL[query.status]} and ut.assignee is null
             and (ut.candidate_users @> array[?]::text[]
                  or ut.candidate_groups && array(select jsonb_array_elements_text(?::jsonb)))`;
  const mineParams =
    query.status === TaskStatusFilter.OPEN
      ? [query.mine.userId, JSON.stringify(query.mine.groups)]
      : [query.mine.userId, query.mine.userId, JSON.stringify(query.mine.groups)];
  return {
    sql: `with mine as (${mine})
        select ${TASK_COLUMNS}, count(*) over () as total
          from mine ut join process_instance i on i.id = ut.instance_id
          left join ticket t on t.instance_id = ut.instance_id
         ${extra.length > 0 ? `where ${extra.join(' and ')}` : ''}
         order by ut.created_at desc, ut.id desc limit ? offset ?`,
    params: [...mineParams, ...extraParams, ...page],
  };
}
