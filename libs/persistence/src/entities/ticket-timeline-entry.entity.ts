import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A ticket's status change: what the owner's parcel-style tracking shows (the note is internal). */
@Entity({ tableName: 'ticket_timeline' })
@Index({ properties: ['instanceId', 'id'] })
export class TicketTimelineEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'uuid' })
  instanceId!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  /** User id, or `system` for timers and actions. */
  @Property({ type: 'text' })
  actor!: string;

  /** The comment of the command that changed the status: staff only. */
  @Property({ type: 'text', nullable: true })
  note?: string;
}
