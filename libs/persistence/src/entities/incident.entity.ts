import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type IncidentStatus = 'open' | 'resolved';

/** An action or job that failed after its retries: visible to operators, and retryable. */
@Entity({ tableName: 'incident' })
@Index({ properties: ['status', 'createdAt'] })
export class Incident {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  instanceId?: string;

  /** The job that failed (`anxin.run-action`, `anxin.fire-timer`, …). */
  @Property({ type: 'text' })
  jobName!: string;

  @Property({ type: 'text', nullable: true })
  elementId?: string;

  @Property({ type: 'text' })
  error!: string;

  /** The job's payload, to retry it as it was. */
  @Property({ type: 'json', columnType: 'jsonb' })
  payload!: object;

  @Property({ type: 'text', default: 'open' })
  status: IncidentStatus = 'open';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date;
}
