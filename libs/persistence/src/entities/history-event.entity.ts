import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The append-only audit trail: who did what, when and why. Only the retention job deletes rows. */
@Entity({ tableName: 'history_event' })
@Index({ properties: ['instanceId', 'id'] })
@Index({ properties: ['at'] })
export class HistoryEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The company (tenant) the event belongs to; row-level security confines tenant work to it. */
  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'uuid' })
  instanceId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text', nullable: true })
  elementId?: string;

  @Property({ type: 'uuid', nullable: true })
  taskId?: string;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text', nullable: true })
  comment?: string;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  data?: object;
}
