import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * The ticket read model: one row per instance of a process that declares `<anxin:ticket>`, written in the same
 * statement as the engine step that changed it. Typed columns hold the ticket fields the product knows (lists,
 * filters, scope and reports use them); `fields` keeps every projected value, known or not.
 */
@Entity({ tableName: 'ticket' })
@Unique({ properties: ['number'] })
@Index({ properties: ['tenantId', 'createdAt'] })
@Index({ properties: ['tenantId', 'projectId', 'status'] })
@Index({ properties: ['tenantId', 'unitId'] })
@Index({ properties: ['tenantId', 'assignee'] })
@Index({ properties: ['tenantId', 'updatedAt'] })
export class Ticket {
  /** The instance id: a ticket is the read model of one instance. */
  @PrimaryKey({ type: 'uuid' })
  instanceId!: string;

  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  processKey!: string;

  /** Status code (`anxin:status`); labels come from the dictionary `statusDictionary`. */
  @Property({ type: 'text', nullable: true })
  status?: string;

  @Property({ type: 'text', nullable: true })
  statusDictionary?: string;

  @Property({ type: 'text' })
  initiator!: string;

  @Property({ type: 'uuid', nullable: true })
  projectId?: string;

  @Property({ type: 'uuid', nullable: true })
  buildingId?: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string;

  @Property({ type: 'text', nullable: true })
  category?: string;

  @Property({ type: 'text', nullable: true })
  urgency?: string;

  @Property({ type: 'text', nullable: true })
  title?: string;

  /** The user holding the newest open task (derived from the tasks, not projected). */
  @Property({ type: 'text', nullable: true })
  assignee?: string;

  @Property({ type: 'text', nullable: true })
  team?: string;

  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  estimatedCost?: string;

  @Property({ type: 'integer', nullable: true })
  rating?: number;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  slaDueAt?: Date;

  /** The engineer responsible for the repair (kept after the ticket closes, unlike `assignee`). */
  @Property({ type: 'text', nullable: true })
  engineer?: string;

  /** Whether a service-level target of the ticket was missed. */
  @Property({ type: 'boolean', nullable: true })
  slaBreached?: boolean;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  dispatchExplanation?: unknown;

  @Property({ type: 'json', columnType: 'jsonb' })
  fields!: object;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date;
}
