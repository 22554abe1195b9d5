import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The one row that identifies this Anxin installation. It is written on the first start and kept across restarts,
 * so operators (and tests) can tell a reused database from a fresh one.
 */
@Entity({ tableName: 'installation' })
export class Installation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  installedAt!: Date;
}
