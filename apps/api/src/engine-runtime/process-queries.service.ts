import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { HistoryEvent, ProcessInstance, UserTask } from '@anxin/persistence';
import { RuntimeError } from './runtime-error';

export interface InboxQuery {
  readonly user: string;
  readonly groups?: readonly string[];
  /** Page size (at most 200). */
  readonly limit?: number;
  /** Only tasks created before this instant (keyset pagination: pass the last row's `createdAt`). */
  readonly before?: Date;
}

/**
 * Reads for the GraphQL layer: instances, tasks, inboxes and history. Queries use the typed columns and partial
 * indexes of the query-first tables; none searches inside an instance's jsonb state.
 */
@Injectable()
export class ProcessQueries {
  constructor(private readonly em: EntityManager) {}

  async instance(instanceId: string): Promise<ProcessInstance> {
    const found = await this.em.fork().findOne(ProcessInstance, { id: instanceId });
    if (!found) throw RuntimeError.instanceNotFound(instanceId);
    return found;
  }

  tasksOf(instanceId: string): Promise<UserTask[]> {
    return this.em.fork().find(UserTask, { instanceId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /**
   * One user's open tasks, newest first: assigned to them, or unassigned with them or one of their groups among the
   * candidates. Two index scans (the partial assignee index, the GIN candidate indexes) merged by PostgreSQL.
   */
  async inbox(query: InboxQuery): Promise<UserTask[]> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    const before = query.before ?? new Date('9999-12-31T00:00:00Z');
    const rows = await this.em.fork().execute<{ id: string }[]>(
      `select id from (
         select id, created_at from user_task
          where status in ('open', 'delegated') and assignee = ? and created_at < ?
         union all
         select id, created_at from user_task
          where status = 'open' and assignee is null and created_at < ?
            and (candidate_users @> array[?]::text[] or candidate_groups && array(select jsonb_array_elements_text(?::jsonb)))
       ) t order by created_at desc, id desc limit ?`,
      [query.user, before, before, query.user, JSON.stringify(query.groups ?? []), limit],
    );
    if (rows.length === 0) return [];
    const tasks = await this.em.fork().find(UserTask, { id: { $in: rows.map((r) => r.id) } });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    return tasks.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  history(instanceId: string): Promise<HistoryEvent[]> {
    return this.em.fork().find(HistoryEvent, { instanceId }, { orderBy: { id: 'asc' } });
  }
}
