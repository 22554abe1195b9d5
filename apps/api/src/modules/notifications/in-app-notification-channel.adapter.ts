import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { NotificationChannel, OutboxMessageView } from '../../engine-worker/notification-channel.port';
import { LiveEvents } from '../live/live-events.service';
import { LIVE_TOPICS } from '../live/live-topic';
import { notificationRequestOf, type NotificationRequest } from './notification-request.util';
import { notificationText } from './notification-text.util';

interface NamesRow {
  actor_name: string | null;
  task_name: string | null;
  tenant_id: string | null;
}

// The actor's name, the task's name (by id, else the instance's latest task of that element) and the instance's
// company (its initiator's; else the actor's), which is where role recipients are looked for.
const NAMES_SQL = `select
  (select display_name from app_user where id = ?::uuid) as actor_name,
  coalesce((select name from user_task where id = ?::uuid),
           (select name from user_task where instance_id = ?::uuid and element_id = ? order by created_at desc limit 1))
    as task_name,
  coalesce((select u.tenant_id from process_instance pi join app_user u on u.id::text = pi.initiator
             where pi.id = ?::uuid),
           (select tenant_id from app_user where id = ?::uuid)) as tenant_id`;

// One row per active recipient, in the recipient's company; a message delivered again inserts nothing.
const INSERT_SQL = `insert into notification
    (id, tenant_id, user_id, outbox_id, kind, title, body, instance_id, task_id, element_id, actor_id, created_at)
  select gen_random_uuid(), u.tenant_id, u.id, ?::bigint, ?, ?, ?, ?::uuid, ?::uuid, ?, ?, now()
    from app_user u
   where u.active
     and (u.id in (select jsonb_array_elements_text(?::jsonb)::uuid)
          or (u.tenant_id = ?::uuid and u.roles && array(select jsonb_array_elements_text(?::jsonb))
              and (?::uuid is null
                   or exists (select 1 from user_project up where up.user_id = u.id and up.project_id = ?::uuid))))
  on conflict (outbox_id, user_id) do nothing
  returning id, user_id`;

/**
 * The in-app channel: one `notification` row per recipient user, and a `notificationAdded` live event for each
 * row written, sent with the insert's transaction. Idempotent per outbox message (`(outbox_id, user_id)` is unique,
 * and a row that already existed publishes nothing). It works across companies as system work (the tables' owner):
 * an outbox message names users, not a tenant; each row takes its recipient's company.
 */
@Injectable()
export class InAppNotificationChannel implements NotificationChannel {
  constructor(
    private readonly em: EntityManager,
    private readonly live: LiveEvents,
  ) {}

  async deliver(message: OutboxMessageView): Promise<void> {
    const request = notificationRequestOf(message);
    if (!request || request.userIds.length + request.roles.length === 0) return;
    const names = await this.namesOf(request);
    const { title, body } = notificationText({ ...request, ...names });
    await this.em.fork().transactional(async (em) => {
      const written = await em.execute<{ id: string; user_id: string }[]>(INSERT_SQL, [
        message.id,
        request.kind,
        title,
        body,
        request.instanceId ?? null,
        request.taskId ?? null,
        request.elementId ?? null,
        request.actorId ?? null,
        JSON.stringify(request.userIds),
        names.tenantId ?? null,
        JSON.stringify(request.roles),
        request.projectId ?? null,
        request.projectId ?? null,
      ]);
      for (const row of written) {
        await this.live.publishInTransaction(em, LIVE_TOPICS.notificationAdded(row.user_id), {
          notificationId: row.id,
        });
      }
    });
  }

  private async namesOf(
    request: NotificationRequest,
  ): Promise<{ actorName: string | undefined; taskName: string | undefined; tenantId: string | undefined }> {
    const [row] = await this.em
      .fork()
      .execute<NamesRow[]>(NAMES_SQL, [
        request.actorId ?? null,
        request.taskId ?? null,
        request.instanceId ?? null,
        request.elementId ?? null,
        request.instanceId ?? null,
        request.actorId ?? null,
      ]);
    return {
      actorName: row?.actor_name ?? undefined,
      taskName: row?.task_name ?? undefined,
      tenantId: row?.tenant_id ?? undefined,
    };
  }
}
