import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A company: the tenant. Every tenant-owned row carries its id as `tenant_id`, and PostgreSQL row-level security
 * confines the application role to the tenant of the current transaction (see the migration that created it).
 */
@Entity({ tableName: 'company' })
export class Company {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Short, stable code users may give at login when their username exists in several tenants. */
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
