import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@anxin/persistence';
import { ActorContext } from '../../common/context/actor-context.service';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { AppError } from '../../common/errors/app-error';
import { pageOf, type PageInput } from '../../common/graphql/page.input';
import { assertUuid } from '../../common/validation/uuid.util';
import type { NotificationObject } from './dtos/notification.object';

/** Ids one `markNotificationsRead` may name. */
export const MAX_MARK_IDS = 200;

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  instance_id: string | null;
  task_id: string | null;
  element_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
}

const SELECT = `select n.id, n.kind, n.title, n.body, n.instance_id, n.task_id, n.element_id, n.actor_id,
    a.display_name as actor_name, n.created_at, n.read_at
  from notification n left join app_user a on a.id = n.actor_id::uuid`;

/**
 * The signed-in user's notifications, in his tenant's transaction (RLS) and always filtered by his user id: nobody
 * reads or marks another user's notifications, whatever ids he sends.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly actors: ActorContext,
  ) {}

  /** Newest first. */
  list(options: { unreadOnly?: boolean; page?: PageInput } = {}): Promise<NotificationObject[]> {
    const userId = this.actors.require().userId;
    const { limit, offset } = pageOf(options.page);
    return this.rows(
      `${SELECT} where n.user_id = ? and (not ?::boolean or n.read_at is null)
        order by n.created_at desc, n.id desc limit ? offset ?`,
      [userId, options.unreadOnly === true, limit, offset],
    );
  }

  async unreadCount(): Promise<number> {
    const userId = this.actors.require().userId;
    const [row] = await this.db.transaction((em) =>
      em.execute<{ count: number }[]>(
        'select count(*)::int as count from notification where user_id = ? and read_at is null',
        [userId],
      ),
    );
    return row?.count ?? 0;
  }

  /** One of the caller's notifications (a live event names it), or undefined. */
  async get(id: string): Promise<NotificationObject | undefined> {
    const [found] = await this.rows(`${SELECT} where n.id = ? and n.user_id = ?`, [id, this.actors.require().userId]);
    return found;
  }

  /**
   * Marks the caller's notifications among `ids` read (those already read keep their time) and returns them. Ids of
   * other users' notifications, or of none, are ignored: the answer does not tell which exist.
   */
  async markRead(ids: readonly string[]): Promise<NotificationObject[]> {
    if (ids.length > MAX_MARK_IDS) throw AppError.invalidInput('ids', `at most ${MAX_MARK_IDS} ids at once`);
    ids.forEach((id, index) => assertUuid(`ids[${index}]`, id));
    const userId = this.actors.require().userId;
    if (ids.length === 0) return [];
    return this.db.transaction(async (em) => {
      const idList = JSON.stringify([...new Set(ids)]);
      await em.execute(
        `update notification set read_at = now()
          where user_id = ? and read_at is null and id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [userId, idList],
      );
      return this.rowsIn(
        em,
        `${SELECT} where n.user_id = ? and n.id in (select jsonb_array_elements_text(?::jsonb)::uuid)
          order by n.created_at desc, n.id desc`,
        [userId, idList],
      );
    });
  }

  private rows(sql: string, params: unknown[]): Promise<NotificationObject[]> {
    return this.db.transaction((em) => this.rowsIn(em, sql, params));
  }

  private async rowsIn(em: EntityManager, sql: string, params: unknown[]): Promise<NotificationObject[]> {
    return (await em.execute<NotificationRow[]>(sql, params)).map(toObject);
  }
}

function toObject(row: NotificationRow): NotificationObject {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    processInstanceId: row.instance_id,
    taskId: row.task_id,
    elementId: row.element_id,
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? '' } : null,
    createdAt: new Date(row.created_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
    read: row.read_at !== null,
  };
}
