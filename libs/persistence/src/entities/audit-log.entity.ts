import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per GraphQL mutation (and per sign-in attempt): who, what, on which target, a summary of the input with
 * secrets removed, the outcome (`ok` or the error code), from which address and when. `tenantId` and `actorId` are
 * empty for attempts nobody could be identified for (a failed login); such rows are visible to operators only.
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['tenantId', 'at'] })
@Index({ properties: ['tenantId', 'actorId', 'at'] })
export class AuditLog {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  tenantId?: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** The mutation's field name, e.g. `login`, `completeTask`. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text', nullable: true })
  targetId?: string;

  @Property({ type: 'json', columnType: 'jsonb' })
  summary!: object;

  /** `ok`, or the GraphQL error code the mutation ended with. */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'text', nullable: true })
  ip?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
