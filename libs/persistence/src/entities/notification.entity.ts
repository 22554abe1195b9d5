import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import { User } from './user.entity';

/** `cc`, `urge`, `escalation`, `sla`, `reminder` (engine notifications) or `action` (a `notify` service task). */
export type NotificationKind = 'cc' | 'urge' | 'escalation' | 'sla' | 'reminder' | 'action';

/**
 * One in-app notification of one user (抄送、催办、超时提醒…), written by the in-app channel when it delivers an outbox
 * message. The tenant is the recipient's company. `(outboxId, userId)` is unique: an outbox message may be delivered
 * more than once, and the second delivery must not notify anybody twice.
 */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['outboxId', 'userId'] })
@Index({ properties: ['userId', 'createdAt'] })
@Index({
  name: 'notification_unread_index',
  expression: `create index "notification_unread_index" on "notification" ("user_id", "created_at") where "read_at" is null`,
})
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  /** The outbox message it came from (not a foreign key: delivered outbox rows may be purged). */
  @Property({ type: 'bigint' })
  outboxId!: string;

  @Property({ type: 'text' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'uuid', nullable: true })
  instanceId?: string;

  @Property({ type: 'uuid', nullable: true })
  taskId?: string;

  @Property({ type: 'text', nullable: true })
  elementId?: string;

  /** Who caused it (the engine's actor: a user id, or `system` for timers). */
  @Property({ type: 'text', nullable: true })
  actorId?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  readAt?: Date;
}
