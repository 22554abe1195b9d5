import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/**
 * Notifications and webhooks, written in the same transaction as the step that caused them and delivered by the
 * worker with retries: nothing is sent for a step that rolled back, nothing is lost for one that committed.
 */
@Entity({ tableName: 'outbox' })
@Index({
  name: 'outbox_pending_index',
  expression: `create index "outbox_pending_index" on "outbox" ("id") where "status" = 'pending'`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  instanceId?: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'json', columnType: 'jsonb' })
  payload!: object;

  @Property({ type: 'text', default: 'pending' })
  status: OutboxStatus = 'pending';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date;
}
